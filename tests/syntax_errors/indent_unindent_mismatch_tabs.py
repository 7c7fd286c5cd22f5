if True:
	if True:
		pass
	    x = 1
