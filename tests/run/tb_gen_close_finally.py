# A generator dropped before it finishes runs its finally blocks and with exits.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
def counting():
    try:
        with Resource("r"):
            for i in range(10):
                yield i
    finally:
        print("finally ran")
g = counting()
print(next(g), next(g))
del g
print("after del")
def f():
    g = counting()
    next(g)
f()
print("after f")
for x in counting():
    if x == 1:
        break
print("after break")
print(sum(x for x in counting() if x < 3))
never_started = counting()
del never_started
print("done")
