# __eq__ without __hash__ makes a class unhashable; __ne__ defaults to not __eq__
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x
print(P(1) == P(1), P(1) != P(1), P(1) != P(2), P(1) == 1, P(1) != 1, P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
class H(P):
    def __hash__(self):
        return hash(self.x)
print(hash(H(5)) == hash(5), len({H(1), H(1), H(2)}), H(1) in {H(1)})
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), Plain.__hash__ is object.__hash__, Plain.__eq__ is object.__eq__)
class NeOnly:
    def __ne__(self, other):
        return 'custom ne'
print(NeOnly() != 1, NeOnly() == 1, NeOnly.__hash__ is object.__hash__)
class Inherit(P):
    pass
print(Inherit.__hash__, Inherit(3) == Inherit(3))
class Both:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(Both() == 1, type(hash(Both())).__name__)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__lt__(a, b))
class Rev:
    def __eq__(self, o):
        return 'Rev.eq'
print(1 == Rev(), Rev() == 1, 'x' != Rev())
