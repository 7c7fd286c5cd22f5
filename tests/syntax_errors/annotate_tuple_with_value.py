x, y: float = 1.0, 2.0
