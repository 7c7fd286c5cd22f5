flat = [*row for row in matrix]
