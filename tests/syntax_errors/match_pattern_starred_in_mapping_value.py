match config:
    case {"k": *v}:
        pass
