for i in range(10):
    total = 3x + i
