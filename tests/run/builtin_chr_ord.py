# chr() and ord()
for i in [0, 65, 97, 255, 256, 0x3b1, 0x20ac, 0x1f600, 0x10ffff]:
    c = chr(i)
    print(i, repr(c), ord(c), len(c))
print(ord('a'), ord('\n'), ord('é'), ord(b'a'), ord(bytearray(b'z')), chr(True))
class I:
    def __index__(self):
        return 66
print(chr(I()))
for args in [(-1,), (0x110000,), (1.5,), ('a',), (), (2**70,)]:
    try:
        print(chr(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [('ab',), ('',), (1,), (b'ab',), ()]:
    try:
        print(ord(*args))
    except TypeError as e:
        print(type(e).__name__, e)
