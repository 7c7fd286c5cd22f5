x = y = 3 = z
