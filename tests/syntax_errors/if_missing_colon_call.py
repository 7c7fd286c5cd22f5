if check(value, strict=True)
    pass
