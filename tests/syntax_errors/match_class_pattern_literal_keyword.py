match obj:
    case Point(1=x):
        pass
