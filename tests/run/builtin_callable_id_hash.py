# callable(), id(), hash()
class WithCall:
    def __call__(self):
        return 'called'
class Without:
    pass
print(callable(len), callable(WithCall()), callable(Without()), callable(Without), callable(1), callable(lambda: 0))
print(callable(print), callable(int.__add__), callable((1).__add__), callable(None), callable('s'.upper))
a = Without()
print(id(a) == id(a), id(a) != id(Without()), type(id(a)).__name__, id(None) == id(None))
for v in [0, 1, -1, 2**61 - 1, 2**61, -2**61, 2**100, 1.0, 1.5, -0.0, 0.0, float('inf'), float('-inf'),
          1 + 0j, 1 + 2j, 'abc', (1, 2), (), True, False, None is None]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(-1), hash(-2), hash(a) == hash(a))
for v in [[], {}, Without.__dict__ if False else [1]]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return 'x'
class BigHash:
    def __hash__(self):
        return 2**100
try:
    hash(BadHash())
except TypeError as e:
    print(e)
print(hash(BigHash()) == hash(2**100))
try:
    hash()
except TypeError as e:
    print(e)
