match value:
    case 1 | 2 as _:
        pass
