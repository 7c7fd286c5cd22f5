config = {"a": 1, "b": *others, "c": 3}
