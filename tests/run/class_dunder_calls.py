# explicit calls of inherited dunders through the slot wrappers
class A:
    def __init__(self, v):
        object.__init__(self)
        self.v = v
    def __repr__(self):
        return 'A(%r)' % self.v + '/' + object.__repr__(self)[:10]
a = A(3)
print(repr(a), str(a), a.__str__(), object.__str__(a), A.__str__(a))
print(a.__getattribute__('v'), object.__getattribute__(a, 'v'))
object.__setattr__(a, 'w', 4)
a.__setattr__('u', 5)
print(a.w, a.u)
a.__delattr__('u')
print(hasattr(a, 'u'))
print(a.__class__.__name__, a.__sizeof__() > 0, a.__format__(''), type(a.__dir__()).__name__)
print(object.__new__(A).__class__.__name__, A.__new__(A).__class__.__name__)
print(a.__eq__(a), a.__ne__(a), a.__eq__(1), a.__hash__() == hash(a), a.__reduce_ex__ is not None)
for expr in ["object.__new__(1)", "object.__new__(int)", "object.__init__(a, 1)", "a.__format__('x')",
             "a.__format__(1)", "object.__getattribute__(a, 1)", "a.__getattribute__('nope')",
             "object.__setattr__(1, 'x', 2)", "object.__repr__()", "int.__new__(bool)", "A.__init__(a)"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
