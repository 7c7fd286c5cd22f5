match obj:
    case f()():
        pass
