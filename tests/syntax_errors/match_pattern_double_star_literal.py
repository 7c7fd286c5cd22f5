match config:
    case {**1}:
        pass
