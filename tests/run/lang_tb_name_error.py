# Uncaught NameError at module level, after some output.
def helper(values):
    return [v * 2 for v in values]


print(helper([1, 2, 3]))
print(undefined_variable + 1)
