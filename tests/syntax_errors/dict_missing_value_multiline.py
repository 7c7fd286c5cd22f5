mapping = {
    "one": 1,
    "two":
}
