for x, f(y) in pairs:
    pass
