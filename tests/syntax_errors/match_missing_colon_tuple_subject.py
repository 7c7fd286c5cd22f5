match x, y
    case (0, 0):
        pass
