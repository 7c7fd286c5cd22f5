code = "y = 2"
exec code in globals()
