def f(a, *args, /):
    pass
