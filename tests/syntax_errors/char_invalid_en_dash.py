delta = 10 – 3
