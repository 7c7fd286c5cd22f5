value = f"{x}" f"{"
