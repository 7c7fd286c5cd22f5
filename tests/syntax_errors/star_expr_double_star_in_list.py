values = [**a]
