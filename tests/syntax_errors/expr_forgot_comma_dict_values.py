table = {1: a b, 2: c}
