x = True()
True = 1
