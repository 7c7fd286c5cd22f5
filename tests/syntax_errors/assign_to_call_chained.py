a = g(x) = 5
