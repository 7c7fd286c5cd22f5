values = [a if a else b, c if d]
