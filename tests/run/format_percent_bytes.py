def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# bytes % args: %s/%b take bytes-like or __bytes__, %r/%a give ascii(), %c takes an int or one byte
t(lambda: b"%s %b" % (b"x", bytearray(b"y")))
t(lambda: b"%r %a" % ("é", b"z"))
t(lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
t(lambda: b"%d %i %u %x %X %o %e %f %g" % (1, -2, 3, 255, 255, 8, 1.5, 2.5, 1e20))
t(lambda: b"%5s|%-5s|%.1s" % (b"ab", b"cd", b"ef"))
t(lambda: b"%(a)s-%(b)d" % {b"a": b"A", b"b": 2})
t(lambda: bytearray(b"%s!") % b"hi")
t(lambda: b"%%" % ())
t(lambda: b"%s" % "str")
t(lambda: b"%s" % 5)
t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c" % "a")
t(lambda: b"%d" % b"1")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%(a)s" % b"x")
t(lambda: b"%z" % 1)
t(lambda: b"abc" % {})
t(lambda: b"abc" % b"")
t(lambda: b"%s" % memoryview if False else b"%s" % [b"x"])
class BB:
    def __bytes__(self):
        return b"BB"
t(lambda: b"[%s]" % BB())
t(lambda: b"%08.3f|%+d|% d|%#x" % (3.14159, 5, 5, 255))
t(lambda: b"%*d|%-*d|%.*f" % (4, 1, 4, 2, 1, 2.25))
