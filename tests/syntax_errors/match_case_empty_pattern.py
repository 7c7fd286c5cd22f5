match value:
    case :
        pass
