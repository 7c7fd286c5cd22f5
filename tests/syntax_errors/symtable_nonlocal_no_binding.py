def f():
    def g():
        nonlocal y
    y = 1 if False else 0
    nonlocal_ = 2
    def h():
        nonlocal z
