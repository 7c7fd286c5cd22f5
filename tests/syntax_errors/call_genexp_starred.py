x = [1, 2]
print(*a for a in x)
