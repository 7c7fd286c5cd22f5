def f(*, **kwargs):
    pass
