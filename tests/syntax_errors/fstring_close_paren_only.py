value = f"{)}"
