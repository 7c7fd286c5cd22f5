def f(p, /, q, p=1):
    pass
