value = f"{a b}"
