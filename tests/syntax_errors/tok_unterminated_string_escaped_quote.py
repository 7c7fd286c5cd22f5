s = "it ends with an escaped quote\"
t = 2
