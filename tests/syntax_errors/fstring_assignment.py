value = f"{x = 1}"
