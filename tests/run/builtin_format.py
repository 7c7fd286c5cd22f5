# format() and __format__
print(format(5), format(5, 'd'), format(255, 'x'), format(3.14159, '.2f'), format('s', '>5'), format(1+2j, '.1f'))
print(format(True), format(True, 'd'), format(None), format([1, 2]), format(1e100, 'g'), format(-0.0, 'z'))
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F()), format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()))
class P:
    def __str__(self):
        return 'P-str'
print(format(P()), f'{P()}', f'{P()!r:.3}')
for args in [(P(), 'x'), (1, 1), (object(), 's'), (1.5, 'd'), ('s', 'd'), (1, 'z'), (5, '=^')]:
    try:
        print(format(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(e)
