del obj.attr
del obj.method()
