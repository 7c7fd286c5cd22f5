# len/bool of ranges and index arithmetic at the ends
for r in (range(0), range(1), range(10 ** 15), range(-10, 10, 7), range(10, -10, -7), range(0, 100, 33)):
    print(repr(r), len(r), bool(r), r[-1] if r else None, r[0] if r else None)
print(range(5)[-5], range(5)[4], range(0, -10, -1)[9])
for i in (5, -6):
    try:
        range(5)[i]
    except IndexError as e:
        print(type(e).__name__, e)
print(len(range(2 ** 40, 2 ** 41, 2 ** 30)), range(-2 ** 40, 0, 2 ** 38)[2])
