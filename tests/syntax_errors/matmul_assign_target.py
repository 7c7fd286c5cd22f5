a @ b = c
