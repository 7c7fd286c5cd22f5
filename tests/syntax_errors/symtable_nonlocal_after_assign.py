def outer():
    x = 1
    def inner():
        x = 2
        nonlocal x
