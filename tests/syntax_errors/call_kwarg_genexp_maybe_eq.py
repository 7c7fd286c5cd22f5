result = any(x=1 for x in items)
