del [*a, b]
