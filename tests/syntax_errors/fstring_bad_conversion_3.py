value = f"{x!rr}"
