lookup = {"k": [1, 2)}
