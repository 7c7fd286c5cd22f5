match value:
    case {"k": v} as 1:
        pass
