values = [1 for f() in items]
