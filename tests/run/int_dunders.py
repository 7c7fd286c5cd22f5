# int operators through their slot wrappers
a, b = 17, 5
for name in ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__pow__',
             '__lshift__', '__rshift__', '__and__', '__or__', '__xor__',
             '__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__', '__rmod__', '__rpow__',
             '__rlshift__', '__rrshift__', '__rand__', '__ror__', '__rxor__',
             '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']:
    print(name, getattr(a, name)(b), getattr(int, name)(a, b))
print((17).__add__(1.5), (17).__eq__(17.0), (17).__lt__('x'), (3).__pow__(4, 5), (2).__pow__(10, None))
print(int.__add__, int.__neg__, int.__repr__, repr((5).__add__)[:27])
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print((-5).__neg__(), (5).__invert__(), (5).__repr__(), (5).__str__(), int.__repr__(True))
for expr in ["int.__add__('a', 1)", "int.__add__()", "(5).__add__()", "(5).__add__(1, 2)", "(5).__neg__(1)",
             "int.__add__(1, 2, 3)", "(5).__add__(x=1)", "(0).__rtruediv__(1)", "(2).__pow__(-1, 5)"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
print(True.__and__(False), True.__or__(False), True.__xor__(True), True & True, True | 0, True ^ 2)
print(type(True & False).__name__, type(True + True).__name__, bool.__and__)
print('__add__' in int.__dict__, '__add__' in bool.__dict__, '__and__' in bool.__dict__)
