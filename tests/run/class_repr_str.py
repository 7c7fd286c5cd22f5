# __repr__ / __str__ defaults and overrides, including in containers and f-strings
class Default:
    pass
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class OnlyStr:
    def __str__(self):
        return 'only-str'
class Both:
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'
d = Default()
print(repr(d).startswith('<__main__.Default object at 0x'), str(d) == repr(d))
for o in [OnlyRepr(), Both()]:
    print(repr(o), str(o), f'{o}', f'{o!r}', [o], (o,), {'k': o}, '%s|%r' % (o, o), '{}|{!r}'.format(o, o))
o = OnlyStr()
print(str(o), repr(o)[:19], f'{o}', [o][0] is o)
class Sub(Both):
    def __str__(self):
        return 'Sub:' + super().__str__() + '/' + super().__repr__()
print(str(Sub()), repr(Sub()))
class Nested:
    class Inner:
        pass
print(repr(Nested.Inner())[:33], repr(Nested.Inner))
print(repr(object())[:17], repr(OnlyRepr), str(OnlyRepr), repr(int), repr(type))
