# Uncaught RecursionError: repeated frames collapse into
# "[Previous line repeated N more times]".
def depth(n):
    return depth(n + 1) + 1


print("recursing")
depth(0)
