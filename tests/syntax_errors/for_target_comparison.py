for i < 3 in range(5):
    pass
