def f(café, café):
    pass
