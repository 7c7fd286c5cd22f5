*a, *b = range(3)
