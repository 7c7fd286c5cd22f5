def outer():
    def inner():
    return 1
