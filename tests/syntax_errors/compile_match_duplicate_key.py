match x:
    case {1: a, -1: b, 'k': c, 1.0: d}:
        pass
