match x:
    case [a, {'k': a}]:
        pass
