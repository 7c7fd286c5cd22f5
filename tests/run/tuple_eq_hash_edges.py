print((1,(2,3)) == (1,(2,3)), (1,2) == (1,2.0), (1,"a") == (1,"b"), () == (), (1,) == [1], (float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,))
class E:
    def __eq__(self, o): raise ValueError("no")
try:
    (1, E()) == (1, E())
except ValueError as e:
    print("ValueError", e)
print({(1, 2): 3}[(1, 2)], hash((1, 2)) == hash((1, 2)), hash(-1), hash(5), hash((-1, 0)))
a = ()
b = ()
for i in range(20000):
    a = (a,)
    b = (b,)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
