# bool: a subclass of int
print(True + True, True * 10, -True, +False, True / 2, True // 1, True % 2, True ** 5, abs(False))
print(repr(True), str(False), int(True), float(True), complex(True), bool(2), bool(0.0), bool(''), bool([0]))
print(True == 1, False == 0, hash(True), hash(False), isinstance(True, int), bool.__mro__)
print(bool(), bool(None), bool(object()), True.real, True.imag, True.numerator, False.denominator)
print(True.bit_length(), True.to_bytes(1, 'big'), True.conjugate(), (True).__add__(1), True.__and__(1))
print(sum([True] * 5), max(True, 2), [1, 2, 3][True], {True: 'a', 1: 'b'}, 'ab' * True)
class C:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(C()), bool(L()), not C(), 'yes' if L() else 'no')
class Bad:
    def __bool__(self):
        return 1
for v in [Bad()]:
    try:
        bool(v)
    except TypeError as e:
        print(e)
for args in [(1, 2)]:
    try:
        bool(*args)
    except TypeError as e:
        print(e)
print(True.__or__(False), True.__xor__(1), type(True.__xor__(1)).__name__, bool.__or__(True, True))
