filtered = fn(key=1, x for x in y)
