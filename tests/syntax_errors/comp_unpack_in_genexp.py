gen = (*x for x in y)
