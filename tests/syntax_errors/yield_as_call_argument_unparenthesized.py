def gen():
    print(yield)
    f(x, yield y)
