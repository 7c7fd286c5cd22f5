match value:
    case -x:
        pass
