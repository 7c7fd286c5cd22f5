# comparisons and searches that call __eq__, including ones that mutate the list
class Shrink:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
l = [1, 2, 3]
print(l.count(Shrink(l)), l)
l = [1, 2, 3]
try:
    l.index(Shrink(l))
except ValueError as e:
    print(type(e).__name__)
print(l)
l = [1, 2, 3]
print(Shrink(l) in l, l)
l = [1, 2, 3]
try:
    l.remove(Shrink(l))
except ValueError as e:
    print(type(e).__name__, e)
print(l)
class AlwaysEq:
    def __eq__(self, other):
        return True
print([1, 2] == [AlwaysEq(), AlwaysEq()], [AlwaysEq()] == [5], AlwaysEq() in [1])
class Boom:
    def __eq__(self, other):
        raise ValueError('boom')
try:
    [Boom()].count(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print([1, Boom()] == [1, 2])
except ValueError as e:
    print(type(e).__name__, e)
