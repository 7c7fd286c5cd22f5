match value:
    case a.b[0]:
        pass
