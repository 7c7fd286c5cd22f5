def gen():
    yield x = 1
