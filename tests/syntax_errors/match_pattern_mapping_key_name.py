match config:
    case {key: 1}:
        pass
