value = f"{lambda x: x}"
