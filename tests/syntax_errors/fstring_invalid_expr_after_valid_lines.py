import math
radius = 2.0
area = math.pi * radius ** 2
print(f"area: {area:.2f} and {radius +* 2}")
