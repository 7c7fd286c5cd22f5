xs = [x for x in data if lambda: x]
