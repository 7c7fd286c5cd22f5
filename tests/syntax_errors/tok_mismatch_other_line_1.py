payload = {
    "id": 7,
    "tags": ["x", "y"],
)
