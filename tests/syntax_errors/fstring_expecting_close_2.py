value = f"{x!r"
