# dict(**kw) and keyword update with non-identifier-ish values
def f(**kw):
    return kw
print(f(a=1, b=2), dict(f(c=3)), dict(**{'x': 1}), dict({'y': 2}, **{'z': 3}))
d = {}
d.update(a=1, b=2)
d.update({'a': 0}, c=9)
print(d)
print(dict(a=1) == {'a': 1}, dict([('a', 1)], a=2))
