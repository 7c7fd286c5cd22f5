assert a < b = c
