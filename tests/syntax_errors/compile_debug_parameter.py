def f(a, __debug__):
    pass
