while True:
    continue 2
