total = (
    a == b
) = 3
