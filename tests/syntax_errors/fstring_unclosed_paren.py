value = f"{foo(x}"
