# Uncaught AssertionError with a message, raised in a nested function.
def check(n):
    assert n >= 0, f"negative: {n}"
    return n


for n in (3, 0, -2):
    print(check(n))
