match value:
    case x if:
        pass
