config = {"name": "x", "age": , "city": "y"}
