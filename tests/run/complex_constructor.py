# complex(): numbers, strings and errors
for s in ['1+2j', '(1+2j)', ' ( 1-2J ) ', 'j', '-j', '+1.5e3j', 'inf', '-nanj', '1_0+2_0j', 'infj',
          '1e3', '-1', 'NaN+infj', '  3  ', '1.5j', '-1.5-2.5j', '(j)', '1e-3-1e-3j']:
    print(repr(s), complex(s))
for s in ['1e', '1+', '(1+2j', '1+2j)', '', ' ', 'j1', '1 + 2j', '1+2jj', '()', '1+-2j', '_1', '1__2j', 'x']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(complex(), complex(1), complex(1, 2), complex(1j, 1j), complex(True, False), complex(1.5), complex(imag=2))
print(complex(real=1, imag=2), complex(2j), complex(1, 2.5), complex(1 + 2j, 3), complex(0, 1j))
class C:
    def __complex__(self):
        return 5j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
for args in [('1', 2), (1, '2'), (None,), (1, None), ([],), (1, 2, 3)]:
    try:
        print(args, complex(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
try:
    complex(x=1)
except TypeError as e:
    print(e)
