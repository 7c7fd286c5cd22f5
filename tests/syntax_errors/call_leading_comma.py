result = f(, a)
