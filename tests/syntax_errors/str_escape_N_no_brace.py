letter = "\N"
