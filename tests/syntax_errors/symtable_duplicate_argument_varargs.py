def f(args, *args, **kw):
    pass
