def f(a, b=2, *, c=3, d):
    return a, b, c, d
print(f(1, d=4), f(1, 5, d=6, c=7), f(a=1, d=2))
for call in ["f()", "f(1)", "f(1, 2, 3, d=1)", "f(1, d=1, e=2)", "f(1, a=2, d=3)", "f(d=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
def g(x, y=[], /, z=None, **kw):
    return x, y, z, kw
print(g(1), g(1, 2, z=3, w=4), g(1, z=5))
try:
    g(x=1)
except TypeError as e:
    print(e)
class K:
    def m(self, v=10, *, w=20):
        return v + w
k = K()
print(k.m(), k.m(1), k.m(w=1), k.m(v=2, w=3))
K.m.__defaults__ = (100,)
print(k.m())
