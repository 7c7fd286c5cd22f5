def compute[x]:
    pass
