a, (b, None) = 1, (2, 3)
