value = f"a } b"
