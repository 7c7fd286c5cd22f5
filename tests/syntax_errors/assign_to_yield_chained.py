def gen():
    a = (yield) = 2
