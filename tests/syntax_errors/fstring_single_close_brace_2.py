x = 1
value = f"{x}}"
