value = f"{yield from}"
