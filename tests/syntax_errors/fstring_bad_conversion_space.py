value = f"{x! r}"
