data = [3, 1, 2]
result = sorted(x for x in data, key=abs)
