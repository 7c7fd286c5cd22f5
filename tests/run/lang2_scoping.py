fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = []
for i in range(3):
    def g(): return i
    fs.append(g)
i = 10
print([f() for f in fs])

def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    inc = mid()
    inc(); inc()
    return x
print(outer())

def counter():
    n = 0
    def a():
        nonlocal n
        n += 1
        def b():
            nonlocal n
            n *= 10
            return n
        return b
    return a, lambda: n
a, get = counter()
b = a()
print(b(), get(), a()(), get())

class K:
    x = 5
    y = [x for _ in range(2)] if False else None
    try:
        z = [x for _ in range(2)]
    except NameError as e:
        z = str(e)
    w = [i for i in range(x)]
    lam = (lambda: x) 
    def meth(self):
        try:
            return x
        except NameError as e:
            return "NameError " + str(e)
print(K.z, K.w, K().meth())
try:
    K.lam()
except NameError as e:
    print("NameError", e)

x = "global"
class L:
    x = "class"
    def f(self): return x
    g = lambda self: x
    print(x)
print(L().f(), L().g())

def f1():
    x = "local"
    class M:
        print(x)
        x = "classvar"
        print(x)
    return M.x
print(f1())

def f2():
    x = "enclosing"
    class N:
        y = x
    return N.y
print(f2())

def f3():
    try:
        print(q)
    except NameError as e:
        print(type(e).__name__, e)
    q = 1
f3()

def f4():
    def inner():
        return free
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    free = 2
    return inner()
print(f4())

def f5():
    global gv
    gv = "set"
f5()
print(gv)

def f6():
    del_me = 1
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f6()

def f7():
    x = 1
    def g():
        print(x)
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
f7()

y = 1
def f8():
    y += 1
try:
    f8()
except UnboundLocalError as e:
    print(type(e).__name__, e)

print([j for j in range(3)], "j" in dir())
print({k: v for k, v in zip("ab", range(2))})
def f9():
    return [(lambda: k)() for k in range(3)]
print(f9())
g_lst = [[i * j for j in range(3)] for i in range(3)]
print(g_lst)
def f10(n):
    return (lambda: [n + m for m in range(2)])()
print(f10(5))
def make():
    v = []
    def add(x): v.append(x); return v
    return add
ad = make()
ad(1); print(ad(2), ad.__closure__[0].cell_contents)

def deco(tag):
    def w(fn):
        def inner(*a, **k):
            return tag + "(" + str(fn(*a, **k)) + ")"
        return inner
    return w
@deco("a")
@deco("b")
def base(x): return x * 2
print(base(3))
def dec_print(fn):
    print("decorating", fn.__name__)
    return fn
@dec_print
@dec_print
class Deco: pass
order = []
def d1(f): order.append("d1"); return f
def d2(f): order.append("d2"); return f
def mk(n): order.append("mk" + n); return d1 if n == "1" else d2
@mk("1")
@mk("2")
def dd(): pass
print(order)
n = 1
def default_time(a=n): return a
n = 2
print(default_time(), (lambda a=n: a)())
print(type(lambda: 0).__name__, (lambda: 0).__name__, (lambda *a, **k: (a, k))(1, b=2))
