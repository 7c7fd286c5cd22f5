value = 1if True else 2and
