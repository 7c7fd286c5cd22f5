result = f(a,, b)
