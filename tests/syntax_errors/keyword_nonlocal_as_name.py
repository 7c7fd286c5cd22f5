nonlocal = "x"
