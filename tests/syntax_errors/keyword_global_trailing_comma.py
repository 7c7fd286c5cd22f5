global a, b,
