# repr() and ascii()
for v in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\tnew\nline', 'uni é ☃ 😀', '\x00\x7f\x80\xff', 1, 1.5, None, [1, 'a'], (1,), {'k': 'v'}]:
    print(repr(v), ascii(v))
class R:
    def __repr__(self):
        return 'R-repr ☃'
print(repr(R()), ascii(R()), ascii([R()]), str(R()))
class Bad:
    def __repr__(self):
        return 42
for f in [repr, ascii, str]:
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, e)
l = [1]
l.append(l)
print(repr(l), ascii(l))
try:
    repr()
except TypeError as e:
    print(e)
