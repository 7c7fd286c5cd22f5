def (x):
    return x
