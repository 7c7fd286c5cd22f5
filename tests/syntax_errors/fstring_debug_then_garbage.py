value = f"{x!r=}"
