class I(int):
    pass

i = I(5)
print(i, repr(i), type(i).__name__, i + 1, type(i + 1).__name__, -i, type(-i).__name__, i * i, i // 2, i ** 2)
print(i == 5, hash(i) == hash(5), i < 6, int(i), type(int(i)).__name__, float(i), bool(I(0)), bool(i))
print([0, 1, 2, 3, 4, 5][i], "abc" * I(2), range(I(3)), f"{i:03d}", "%d" % i, format(i, "x"), hex(i), str(i))
print(isinstance(i, int), I("12", 16), I(), I(2.9), abs(I(-3)), divmod(i, 2), round(i), i.bit_length())

class Money(int):
    def __new__(cls, amount, currency="EUR"):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__

m = Money(10, "USD")
print(m, repr(m), m + 5, 5 + m, m * 2, type(m * 2).__name__, str(m), f"{m}", [m])
print(sum([Money(1), Money(2)], Money(0)))

class F(float):
    def __repr__(self):
        return "F<" + super().__repr__() + ">"
f = F(1.5)
print(f, f + 1, type(f + 1).__name__, f * 2, float(f), type(float(f)).__name__, int(f), round(f), F("2.5"), F())
print(f == 1.5, f < 2, hash(f) == hash(1.5), f.is_integer(), f"{f:.2f}", str(f))

class C(complex):
    pass
c = C(1, 2)
print(c, c.real, c.imag, c + 1, type(c + 1).__name__, abs(C(3, 4)), c.conjugate(), complex(c), type(complex(c)).__name__)

class B(int):
    def __bool__(self):
        return False
print(bool(B(5)), not B(5), "yes" if B(5) else "no")

for base in (bool, range, slice, type(None), type(NotImplemented), type(Ellipsis), type(len), type(lambda: 0)):
    try:
        class X(base):
            pass
    except TypeError as e:
        print(type(e).__name__, e)

class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError("odd")
        return super().__new__(cls, n)
print(Even(4))
try:
    Even(3)
except ValueError as e:
    print("ValueError", e)
print(I(True), type(I(True)).__name__, I(2) is not I(2))
