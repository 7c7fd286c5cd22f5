# f-strings: conversions, nested specs, expressions, self-documenting
name, width, prec, val = "Ann", 10, 3, 3.14159
print(f"{name}|{name!r}|{name!s}|{name!a}|{'é'!a}")
print(f"{name:>{width}}|{val:.{prec}f}|{val:{width}.{prec}}|{name:*^{width}}")
print(f"{1 + 2}|{[1, 2][1]}|{ {'a': 1}['a'] }|{(lambda x: x * 2)(4)}|{'x' if val else 'y'}")
print(f"{{literal}}|{{{name}}}|{name.upper()}|{len(name):03d}")
print(f"{val=}|{name = }|{val=:.2f}|{name=!r:>8}")
items = ["a", "b"]
print(f"{', '.join(items)}|{items!r}|{items[0]:>3}")
print(f"{42:#x}|{42:b}|{-42:+08d}|{1234567:,}|{0.5:%}")
print(f"{'nested {braces}'}|{'}'}|{'{'}")
class C:
    def __format__(self, spec):
        return "C[" + spec + "]"
    def __repr__(self):
        return "C()"
c = C()
print(f"{c}|{c:xyz}|{c!r}|{c:{width}}|{format(c, 'q')}|{'{0:abc}'.format(c)}")
