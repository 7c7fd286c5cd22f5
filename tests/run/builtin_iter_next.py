# iter() with one or two arguments, next() with default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
data = [5, 4, 3, 0, 2]
pos = [0]
def take():
    v = data[pos[0]]
    pos[0] += 1
    return v
ci = iter(take, 0)
print(type(ci).__name__, list(ci), list(ci))
print(list(iter([10, 20].pop, 10)))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        return self.n
print(list(iter(Counter(), 99)))
for args in [(1,), (None,), (1, 2), (), ([], 1, 2)]:
    try:
        iter(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [([1],), (1,), ()]:
    try:
        next(*args)
    except TypeError as e:
        print(type(e).__name__, e)
s = iter('ab')
print(iter(s) is s, next(s), list(s))
