# __getattr__, __getattribute__, __setattr__, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(('get', name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        delattr(self._target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x, hasattr(p, 'nothing'))
del p.x
print(hasattr(t, 'x'), p.log)
class Upper:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
    def __getattr__(self, name):
        return 'fallback:' + name
u = Upper()
u.word = 'hello'
print(u.word, u.secret, u.missing, getattr(u, 'word'))
class Slotted:
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError('private: ' + name)
        super().__setattr__(name, value)
s = Slotted()
s.ok = 1
try:
    s._bad = 2
except AttributeError as e:
    print(e, s.ok, s.__dict__)
class NoAttr:
    pass
try:
    NoAttr().missing
except AttributeError as e:
    print(e)
try:
    NoAttr.missing
except AttributeError as e:
    print(e)
try:
    del NoAttr().missing
except AttributeError as e:
    print(e)
