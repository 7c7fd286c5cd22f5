value = f"{x"
