def f():
    return [(x := 1) for y in [1] for x in [2]]
