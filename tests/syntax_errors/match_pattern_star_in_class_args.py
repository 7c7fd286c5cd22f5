match value:
    case Point(*args):
        pass
