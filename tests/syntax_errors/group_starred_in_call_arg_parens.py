print((*args))
