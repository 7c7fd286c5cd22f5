# globals(), locals(), vars()
top = 1
print('top' in globals(), globals() is locals(), globals()['top'])
def f(a, b=2, *args, **kw):
    c = a + b
    def inner():
        return c
    l = locals()
    return sorted(l), l['a'], l['c']
print(f(1))
def g():
    x = 1
    l1 = locals()
    y = 2
    return sorted(l1)
print(g())
class C:
    attr = 5
    names = sorted(k for k in locals() if not k.startswith('__'))
    print('class body', names, '__module__' in locals(), '__qualname__' in locals())
print(C.names)
def closure():
    v = 'free'
    def uses():
        return sorted(locals()), v
    return uses()
print(closure())
class O:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(O()), vars(C)['attr'], sorted(k for k in vars() if k in ('top', 'f')))
globals()['made'] = 'dynamic'
print(made)
for args in [(1,), (1, 2)]:
    try:
        vars(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    globals(1)
except TypeError as e:
    print(e)
