# complex methods and attributes, dunders via slot wrappers
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), z.__abs__(), z.__complex__(), z.__getnewargs__(), z.__neg__(), z.__pos__())
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__rmul__(1j), z.__truediv__(2))
print(z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__eq__(3 - 4j), z.__ne__(3), z.__lt__(1), z.__bool__(), z.__hash__())
print(z.__add__('x'), z.__format__('.1f'), complex.real, complex.conjugate.__name__, type(z.real).__name__)
print([n for n in dir(complex) if not n.startswith('_')], (1j).imag, (2 + 0j).real, complex(5).conjugate())
for expr in ["z.__floordiv__", "z.__mod__", "complex.conjugate(1)", "z.conjugate(1)", "z.real = 1", "z.__pow__(2, 3)"]:
    try:
        print(expr, '->', eval(expr) if '=' not in expr.replace('==', '') else exec(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
