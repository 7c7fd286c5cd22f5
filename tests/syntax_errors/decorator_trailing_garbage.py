@property value
def f(self):
    pass
