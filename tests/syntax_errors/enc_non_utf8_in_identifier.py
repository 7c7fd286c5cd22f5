def füü():
    pass
