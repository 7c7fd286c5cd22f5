import_, def = 1, 2
