# __call__, __iter__/__next__, __getitem__ iteration, __contains__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), list(map(add5, [1, 2])))
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)], 2 in Countdown(3), max(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'end'))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        yield_list = [i * 10 for i in self.items]
        return iter(yield_list)
b = Box([1, 2])
print(1 in b, 3 in b, 3 not in b, list(b), sorted(b, reverse=True))
class NotIter:
    pass
for bad in [lambda: iter(NotIter()), lambda: list(NotIter()), lambda: 1 in NotIter(), lambda: NotIter()()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
