config = {"a": 1}}
