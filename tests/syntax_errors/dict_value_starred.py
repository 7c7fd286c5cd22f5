config = {"a": *defaults}
