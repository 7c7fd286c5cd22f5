value = f"{{}"
