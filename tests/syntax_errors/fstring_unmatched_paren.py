value = f"{x)}"
