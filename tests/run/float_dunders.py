# float dunders: conversion, rounding, divmod, comparisons via slot wrappers
for x in [2.5, -2.5, 3.7, -3.7, 0.0, 1e16]:
    print(x, x.__trunc__(), x.__floor__(), x.__ceil__(), x.__int__(), x.__round__(), x.__round__(1), x.__abs__())
    print(x.__neg__(), x.__pos__(), x.__bool__(), x.__float__(), x.__getnewargs__(), x.__hash__())
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), (-7.5).__divmod__(2), (7.5).__divmod__(-2.0))
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__sub__(0.5), (1.5).__rsub__(3), (1.5).__mul__(2))
print((1.5).__truediv__(3), (1.5).__rtruediv__(3), (7.5).__floordiv__(2), (7.5).__rfloordiv__(20))
print((7.5).__mod__(2), (7.5).__rmod__(20), (2.0).__pow__(3), (2.0).__rpow__(3), (1.5).__add__('x'))
print((1.5).__lt__(2), (1.5).__eq__(1.5), (1.5).__ne__(1), (1.5).__ge__(2.0), (1.5).__lt__('a'))
print(float.__add__, (2.5).__format__('.3f'), (2.5).__format__(''), format(1234.5678, ',.2f'))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1e300, -300), round(123.456, -1))
for expr in ["float('inf').__trunc__()", "float('nan').__floor__()", "float('inf').__round__()",
             "(1.5).__round__(1.5)", "(2.0).__pow__(2, 3)", "(1.0).__divmod__(0.0)", "(1.5).__int__(1)",
             "(1.5).__trunc__(1)", "round(1e308, -308)", "(1e308).__round__(-309)"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
