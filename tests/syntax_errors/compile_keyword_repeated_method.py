o.m(x, key=1, key=2)
