ratio = 1.5f
