words = ["a", "b"]
joined = f"{'\n'.join(words)}"
