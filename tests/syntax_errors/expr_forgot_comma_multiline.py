items = [
    first,
    second
    third,
]
