if x > 0
    print("positive")
