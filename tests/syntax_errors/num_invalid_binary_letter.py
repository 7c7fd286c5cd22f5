bits = 0b10z
