# int attributes and conversion dunders
for n in [0, 7, -7, 2**70, True]:
    print(repr(n), n.real, n.imag, n.numerator, n.denominator, type(n.real).__name__)
    print(n.__abs__(), n.__int__(), n.__index__(), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__float__())
    print(n.__round__(), n.__round__(-1), n.__getnewargs__(), n.__neg__(), n.__pos__(), n.__invert__())
print(int.real, int.numerator)
print((5).__divmod__(2), (5).__rdivmod__(17), (5).__divmod__(2.0), (-7).__divmod__(2))
print((5).__format__(''), (5).__format__('x'), (255).__format__('#010b'), format(5, '+d'))
print((5).__bool__(), (0).__bool__(), (5).__hash__(), (-1).__hash__(), (2**61).__hash__())
print(int.__round__(1234, -2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2))
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).__round__(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).__index__(1)
except TypeError as e:
    print(type(e).__name__, e)
