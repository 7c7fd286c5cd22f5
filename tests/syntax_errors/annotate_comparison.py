a < b: bool = True
