# exec(): statements, namespaces, function definitions, errors
ns = {}
exec('a = 1\nb = a + 1\ndef f(x):\n    return x * b', ns)
print(ns['a'], ns['b'], ns['f'](5), sorted(k for k in ns if k != '__builtins__'))
g, l = {'y': 2}, {}
exec('z = y * 10', g, l)
print(l, 'z' in g)
exec('import sys\nw = sys.maxsize > 0', ns)
print(ns['w'])
exec('print("printed from exec")')
def func():
    ns = {}
    exec('inner = 5', globals(), ns)
    return ns['inner']
print(func())
r = exec('1 + 1')
print(r)
code = compile('for i in range(3):\n    total = total + i\n', '<loop>', 'exec')
env = {'total': 100}
exec(code, env)
print(env['total'])
exec('class K:\n    v = 3\n    def m(self):\n        return self.v * 2\nres = K().m()', ns)
print(ns['res'], ns['K'].__module__ if '__name__' in ns else ns['K'].__name__)
for src in ['x = ', 'def f(:', 'raise ValueError("inside")', 'return 1', 'undefined']:
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1,), ('1', []), ('1', {}, 5), ()]:
    try:
        exec(*args)
    except TypeError as e:
        print(type(e).__name__, e)
