# Builtins come last.
values = [3, 1, 2]
print(sorted(values))
lenght = None
print(lenn(values))
