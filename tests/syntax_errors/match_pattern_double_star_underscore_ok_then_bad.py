match config:
    case {"key": 1, **rest, }:
        pass
    case {**rest, **more}:
        pass
