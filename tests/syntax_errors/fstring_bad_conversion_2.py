value = f"{x!}"
