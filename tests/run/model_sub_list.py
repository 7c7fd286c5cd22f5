class L(list):
    pass

l = L([3, 1, 2])
print(l, type(l).__name__, len(l), l[0], l[-1], l[1:])
l.append(4)
l.sort()
print(l, isinstance(l, list), isinstance(l, L), type(l) is L)
l.x = 5
print(l.x, l.__dict__)
print(list(l), [x * 2 for x in l], 3 in l, 9 in l)
print(l == [1, 2, 3, 4], l + [5], type(l + [5]).__name__)
l += [9]
print(l, type(l).__name__)
print(repr(l), str(l), bool(L()), bool(l))

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"

s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), len(s), s.pop(), s)

class Counted(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.count = len(self)
    def __len__(self):
        return 42
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
    def __contains__(self, x):
        return x == "magic"
    def __iter__(self):
        return iter(["a", "b"])
    def __eq__(self, other):
        return True

c = Counted([1, 2, 3])
print(c.count, len(c), c[0], "magic" in c, 1 in c, list(c), c == 5, c != 5)
print(sorted(c), [x for x in c])
a, b = c
print(a, b)
try:
    hash(c)
except TypeError as e:
    print(type(e).__name__, e)

class L2(list):
    def __init__(self, n):
        super().__init__(range(n))
print(L2(3))
try:
    L(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    L(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(L.__mro__, L.__base__, L.__bases__)
print(list.append(l, 100), l[-1])
print(l.copy(), type(l.copy()).__name__, l * 2, type(l[:]).__name__)
