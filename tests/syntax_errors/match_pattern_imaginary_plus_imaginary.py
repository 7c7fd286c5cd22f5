match value:
    case 1j + 2j:
        pass
