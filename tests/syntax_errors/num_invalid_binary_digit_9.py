bits = 0b19
