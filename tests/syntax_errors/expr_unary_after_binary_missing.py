total = 3 *
