bits = 0b1__0
