singles = {name, for name in names}
