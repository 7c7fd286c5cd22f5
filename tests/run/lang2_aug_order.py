log = []
class Tr:
    def __init__(self, name):
        self.name = name
        self.d = {}
    def __getitem__(self, k):
        print(self.name, "getitem", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print(self.name, "setitem", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print(self.name, "delitem", k)
    def __getattr__(self, a):
        print(self.name, "getattr", a)
        return 10
    def __setattr__(self, a, v):
        if a in ("name", "d"):
            object.__setattr__(self, a, v)
            return
        print(self.name, "setattr", a, v)
def obj(n):
    print("eval obj", n)
    return T
def key(k):
    print("eval key", k)
    return k
def val(v):
    print("eval val", v)
    return v
T = Tr("T")
obj(1)[key("a")] += val(5)
obj(2).attr += val(6)
obj(3)[key("b")] = val(7)
obj(4)[key("x")], obj(5)[key("y")] = val(1), val(2)
del obj(6)[key("z")]
obj(7)[key(1):key(2)] = val([])
x = obj(8)[key("a")] = val(99)
print(x)
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self
    def __add__(self, o):
        print("add", o)
        return Num(self.v + o)
    def __radd__(self, o):
        print("radd", o)
        return Num(self.v + o)
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        print("mul", o)
        return Num(self.v * o)
n = Num(1)
m = n
n += 2
print(n is m, n.v)
n *= 3
print(n is m, n.v)
z = 5
z += Num(1)
print(z.v)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
tup = (1,)
ta = tup
tup += (2,)
print(ta, tup)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
s = "a"
s *= 3
print(s)
def side():
    print("side called")
    return 0
arr = [10, 20]
arr[side()] -= 1
print(arr)
dd = {"k": 1}
dd["k"] **= 3
dd["k"] <<= 2
dd["k"] //= 3
dd["k"] %= 7
dd["k"] |= 8
dd["k"] ^= 1
dd["k"] &= 0xf
dd["k"] >>= 1
dd["k"] @= 1 if False else 1
