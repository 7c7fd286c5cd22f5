values = (1, **a)
