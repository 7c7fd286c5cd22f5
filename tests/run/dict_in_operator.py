# `in` on dicts tests keys using hashing
d = {1: 'one', 'two': 2, (3, 4): 'tuple', None: 0, 2.5: 'f'}
print(1 in d, 'one' in d, 'two' in d, (3, 4) in d, None in d, 2.5 in d, 1.0 in d, True in d, 0 in d)
print(1 not in d, [1] in [d], 'x' not in d)
for bad in ([3, 4], {}, {1}, bytearray(b'x') if False else [0]):
    try:
        print(bad in d)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return other == 1
print(H() in {1: 'x'}, H() in {2: 'y'})
