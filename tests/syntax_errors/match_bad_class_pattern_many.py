match shape:
    case Rect(0, w=1, h=2, 3, 4):
        pass
