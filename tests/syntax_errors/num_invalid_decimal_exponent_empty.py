scale = 1e
