if x > 3:
print("big")
