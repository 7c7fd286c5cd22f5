if a:
	if b:
		pass
        else_value = 1
