class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class L(list):
    __iter__ = None
try:
    list(L([1]))
except TypeError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()])
print(iter(Seq()).__class__.__name__)

class Contains:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Contains(), 7 in Contains())

class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)

class Eq:
    def __eq__(self, other):
        return True
try:
    hash(Eq())
except TypeError as e:
    print(type(e).__name__, e)
print(Eq.__hash__)

class EqHash(Eq):
    def __hash__(self):
        return 1
print(hash(EqHash()))

class Inherit(EqHash):
    def __eq__(self, other):
        return False
try:
    hash(Inherit())
except TypeError as e:
    print(type(e).__name__, e)

class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)

class Bool:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Bool(True)), bool(Bool(False)), bool(Len(0)), bool(Len(2)), not Len(0), bool(object()))
try:
    bool(Bool(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Len(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(Len("x"))
except TypeError as e:
    print(type(e).__name__, e)

class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), [1, 2, 3, 4][Idx(1):Idx(3)])
try:
    [1][Idx("a")]
except TypeError as e:
    print(type(e).__name__, e)

class Call:
    def __call__(self, *a, **k):
        return ("called", a, k)
print(Call()(1, x=2), callable(Call()), callable(Call), callable(5))
try:
    object()()
except TypeError as e:
    print(type(e).__name__, e)

class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
print(format(Fmt(), "abc"), f"{Fmt():x>5}", "{:q}".format(Fmt()))
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)

class Dir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dir()))
class Plain:
    z = 1
    def m(self): pass
pl = Plain()
pl.y = 2
print([n for n in dir(pl) if not n.startswith("__")])
