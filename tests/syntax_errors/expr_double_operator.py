y = a ** ** b
