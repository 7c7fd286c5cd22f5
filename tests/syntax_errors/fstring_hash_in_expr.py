value = f"{x # comment}"
