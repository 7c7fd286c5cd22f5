match config:
    case {**rest, "key": 1}:
        pass
