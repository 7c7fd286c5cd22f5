if f(x) = 3:
    pass
