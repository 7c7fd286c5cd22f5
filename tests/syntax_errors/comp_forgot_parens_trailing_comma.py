singles = [x, for x in items]
