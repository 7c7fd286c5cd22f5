# slice.indices with huge, negative and zero values
for sl in (slice(-10 ** 20, 10 ** 20), slice(10 ** 20, None, -1), slice(None, -10 ** 20, -1), slice(-1, -2, -1),
           slice(3, 3), slice(0, 0, -1), slice(None, None, 10 ** 20), slice(None, None, -10 ** 20), slice(-3, -1, 1)):
    print(repr(sl), sl.indices(5), sl.indices(1), sl.indices(0))
print(slice(1, 2, 3).indices(10 ** 6), slice(None).indices(True))
try:
    slice(1).indices(10 ** 30)
except OverflowError as e:
    print(type(e).__name__, e)
