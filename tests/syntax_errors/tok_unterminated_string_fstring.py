user = "x"
msg = f"hello {user}
