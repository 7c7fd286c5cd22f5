print(round(3.14159, 2ndigits))
