value = f"{,}"
