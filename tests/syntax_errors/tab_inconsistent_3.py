class C:
    def m(self):
        x = 1
    	return x
