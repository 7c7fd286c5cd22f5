evens = max(1, n for n in range(20) if n % 2 == 0)
