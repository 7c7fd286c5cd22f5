# any() and all(): short-circuiting over iterables
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in range(5)), all(x < 2 for x in range(5)))
seen = []
def track(v):
    seen.append(v)
    return v
print(any(track(v) for v in [0, 1, 2]), seen)
seen.clear()
print(all(track(v) for v in [1, 0, 2]), seen)
print(any('abc'), all(''), any(iter([0, 0, 5])), all({1: 0}), any({0: 1}))
class Falsy:
    def __bool__(self):
        return False
print(any([Falsy()]), all([Falsy(), 1]))
for args in [(1,), (), ([], [])]:
    try:
        any(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    all(None)
except TypeError as e:
    print(e)
