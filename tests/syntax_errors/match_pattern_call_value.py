match value:
    case len(x) > 3:
        pass
