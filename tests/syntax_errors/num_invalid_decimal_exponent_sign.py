scale = 2.5e+
