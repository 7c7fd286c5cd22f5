value = f"{*items}"
