def area(r: float) -> float:
# no body, just a comment
x = 1
