value = f"end}"
