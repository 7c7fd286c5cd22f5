code = 0012
