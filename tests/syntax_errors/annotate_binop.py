a + b: int
