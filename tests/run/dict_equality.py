# dict == / != and unsupported orderings
print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({1: 2} != {1: 2}, {1: [1]} == {1: [1]}, {1: 1} == {1: 1.0}, {1: 2} == [(1, 2)], {'a': {}} == {'a': {}})
for bad in (lambda: {} < {}, lambda: {1: 2} >= {1: 2}, lambda: {} > 1):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
nan = float('nan')
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1})
class Weird:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
print({Weird(): 1} == {Weird(): 1}, {1: Weird()} == {1: 5})
