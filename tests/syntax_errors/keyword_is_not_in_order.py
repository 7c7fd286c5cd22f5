if x is in y:
    pass
