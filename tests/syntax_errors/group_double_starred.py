value = (**mapping)
