value = f"{foo(x]}"
