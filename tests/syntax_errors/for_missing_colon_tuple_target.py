for key, value in mapping.items()
    print(key, value)
