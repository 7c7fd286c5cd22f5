# getattr, setattr, delattr, hasattr
class A:
    cls_attr = 'c'
    def __init__(self):
        self.x = 1
a = A()
print(getattr(a, 'x'), getattr(a, 'cls_attr'), getattr(a, 'missing', 'default'), getattr(A, 'cls_attr'))
setattr(a, 'y', 2)
print(a.y, hasattr(a, 'y'), hasattr(a, 'nope'), hasattr(A, 'x'))
delattr(a, 'y')
print(hasattr(a, 'y'), getattr(a, 'y', None))
print(getattr(5, 'real'), getattr('s', 'upper')(), hasattr(None, '__class__'), getattr(int, '__name__'))
for call in [lambda: getattr(a, 'missing'), lambda: getattr(a, 1), lambda: setattr(a, 1, 2), lambda: delattr(a, 'missing'),
             lambda: delattr(a, 2), lambda: hasattr(a, 3), lambda: getattr(a), lambda: setattr(5, 'x', 1),
             lambda: setattr(int, 'x', 1), lambda: delattr(int, 'real'), lambda: getattr(A, 'nope'),
             lambda: setattr(object(), 'x', 1), lambda: getattr(a, 'x', 1, 2)]:
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class G:
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name.upper()
        raise AttributeError(name)
g = G()
print(getattr(g, 'dyn_a'), hasattr(g, 'dyn_b'), hasattr(g, 'other'), getattr(g, 'other', 'dflt'))
class Raises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Raises(), 'k')
except KeyError as e:
    print('KeyError propagates', e)
