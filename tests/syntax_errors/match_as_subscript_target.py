match value:
    case str() as names[0]:
        pass
