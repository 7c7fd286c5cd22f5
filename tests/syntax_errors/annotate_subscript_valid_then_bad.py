d["key"]: int = 1
d["key"] + 1: int = 2
