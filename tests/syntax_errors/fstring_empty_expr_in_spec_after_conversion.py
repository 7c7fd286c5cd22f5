value = f"{x!s:{}}"
