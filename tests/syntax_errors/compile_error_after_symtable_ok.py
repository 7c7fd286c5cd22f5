def f(x):
    def g():
        return x
    return g
class C:
    def m(self):
        return __class__
for i in range(3):
    pass
else:
    break
