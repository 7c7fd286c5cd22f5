items = [1, 2, 3]
if len(items) > 2 and \  # comment after backslash
        items[0] == 1:
    pass
