def f(x, *,):
    pass
