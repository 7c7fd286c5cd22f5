x = 0
(yield) |= 1
