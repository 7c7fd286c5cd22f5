ratio = 1e_5
