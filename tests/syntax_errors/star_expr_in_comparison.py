if *a == b:
    pass
