result = sorted(items, key=lambda item, reverse=False, depth: item)
