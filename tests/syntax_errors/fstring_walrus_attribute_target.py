value = f"{(a.b := 1)}"
