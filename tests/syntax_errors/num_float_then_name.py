speed = 9.81m
