# hasattr/getattr with properties that raise, and class-level access
class P:
    @property
    def ok(self):
        return 'fine'
    @property
    def attr_error(self):
        raise AttributeError('inside property')
    @property
    def value_error(self):
        raise ValueError('boom')
p = P()
print(hasattr(p, 'ok'), hasattr(p, 'attr_error'), getattr(p, 'attr_error', 'dflt'), type(P.ok).__name__)
try:
    hasattr(p, 'value_error')
except ValueError as e:
    print('ValueError propagates:', e)
try:
    p.attr_error
except AttributeError as e:
    print(e)
print(getattr(P, 'ok') is P.__dict__['ok'], hasattr(P, 'ok'), P.ok.fget(p))
