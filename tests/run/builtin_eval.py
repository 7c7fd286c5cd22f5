# eval(): expressions, namespaces, code objects, errors
x = 10
print(eval('x + 1'), eval('  x * 2'), eval('[i * x for i in range(3)]'), eval('(lambda y: y + x)(5)'))
print(eval('a + b', {'a': 1, 'b': 2}), eval('a * b', {'a': 3}, {'b': 4}), eval('len("abc")', {}))
g = {}
eval('1', g)
print(sorted(g), type(g['__builtins__']).__name__)
def f():
    local = 7
    return eval('local * 6'), eval('x + local')
print(f())
code = compile('x - 1', '<expr>', 'eval')
print(eval(code), eval(code, {'x': 100}))
class M:
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        raise KeyError(key)
print(eval('magic + 1', {}, M()))
for src in ['1 +', 'x = 1', 'undefined_name', '1 / 0', '(']:
    try:
        eval(src)
    except Exception as e:
        print(repr(src), type(e).__name__, e)
for args in [(1,), ('1', []), ('1', {}, 5), ()]:
    try:
        eval(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(eval(b'2 ** 8'), eval('\t3'))
