if x = 3:
    print("three")
