print((3 := x))
