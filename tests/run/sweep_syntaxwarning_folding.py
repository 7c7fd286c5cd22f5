x = 1
try:
    pass
finally:
    x is 2
if (x and
      x is 3):
    pass
y = (x and
     x is 4)
if x is -1 or x is (1, 2) or x is 1 + 2 or x is not ...: pass
if 1 < x is "s": pass
z = {1}[0] if 0 else 0
z = (lambda: 1)[0] if 0 else 0
z = None[0] if 0 else 0
z = 3.5(1) if 0 else 0
z = f"a{x}"(1) if 0 else 0
z = [1][1:2]
z = (1,2)[x]
z = (1,2)['a'] if 0 else 0
z = b'x'[1.0] if 0 else 0
z = [i for i in ()][()] if 0 else 0
z = f"{x}"[None] if 0 else 0
z = (x, 1)[True]
z = (1, 2)[-1]
assert ()
assert (1,)
assert (x, 2)
def f():
    assert x is 5, "m"
class C:
    q = x is 6
lam = lambda: x is 7
g = [x is 8 for _ in ()]
print((1)(2) if 0 else 0)
z = {}(1) if 0 else 0
z = (i for i in ())(1) if 0 else 0
z = [1][1, 2] if 0 else 0
z = "%s" % 1 is x
z = x is not -x
z = 1 is 1 is 1
while x is 9: break
