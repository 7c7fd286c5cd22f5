def f():
    yield = 2
