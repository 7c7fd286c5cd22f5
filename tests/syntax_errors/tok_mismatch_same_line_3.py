call(a, b}
