value = f"{x!z}"
