match value:
    case 1j + 2:
        pass
