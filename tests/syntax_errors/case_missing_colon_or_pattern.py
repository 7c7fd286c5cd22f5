match status:
    case 400 | 404 | 418
        pass
