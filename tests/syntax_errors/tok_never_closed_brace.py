settings = {
    "debug": True,
    "level": 3,
