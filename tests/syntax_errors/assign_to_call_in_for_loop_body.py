for item in items:
    process(item) = 1
