for in in range(3):
    pass
