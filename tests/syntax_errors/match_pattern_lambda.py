match value:
    case lambda: 0:
        pass
