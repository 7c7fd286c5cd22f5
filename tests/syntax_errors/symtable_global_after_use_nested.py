def f():
    x = 1
    print(x)
    def g():
        nonlocal x
        return x
    global x
