*a, b: int = data
