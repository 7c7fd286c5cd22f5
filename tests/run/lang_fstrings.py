# f-strings: conversions, format specs, nested fields, expressions,
# escapes, = specifier.
name = "Ferry"
n = 42
pi = 3.14159265
items = [1, 2]
print(f"hello {name}!")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:b}|{n:,}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.0%} {1e6:g} {-pi:+.1f}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{name:{'*'}^{width}}]")
print(f"{items[0] + items[1]} {len(items)} {items!r} {{literal}} {'nested'}")
print(f"{n if n > 10 else 0} {(lambda v: v * 2)(n)} {[x for x in range(3)]}")
print(f"{n=} {pi=:.2f} {name = } {n!r:>6}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{'a' 'b'} {f'{n}'} {f'{f"{n}"}'}" if False else f"{'a' 'b'} {f'{n}'}")
print(f"tab\t{n}\\n {n:{'>'}{5}}")
print(f"""multi
{name}
line""")
print(F"{n}" rf"\d{n}" fr"{n}\n")


class Fmt:
    def __format__(self, spec):
        return f"Fmt({spec!r})"

    def __repr__(self):
        return "Fmt-repr"

    def __str__(self):
        return "Fmt-str"


o = Fmt()
print(f"{o} {o:abc} {o!r} {o!s} {o!r:>10}")
import datetime
print(f"{datetime.date(2024, 1, 5):%Y/%m/%d}") if hasattr(datetime, "date") else None
print(f"{3 + 4j} {True:d} {None!r} {b'x'}")
print(f"{'x':{'<'}3}|{12345.678:_.2f}|{0.000012:.3g}|{255:#X}")
try:
    f"{n:z}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{pi:,d}"
except ValueError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 5


try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
print("%s is %d years, %.1f%%" % ("x", 3, 99.5), "{} {name}".format(1, name=2))
