def f(x):
    for i in range(3):
        try:
            if i:
                break
            continue
        finally:
            x is 10
    try:
        return x
    finally:
        print(x is 11)
def g(x):
    try:
        try:
            return 1
        finally:
            x is 12
    finally:
        x is 13
match 5:
    case y if y is 14:
        pass
    case _:
        pass
z = [a for a in () if a is 15 if (a and
      a < 1 is 16)]
w = 1 if (0 and
      0 < 1 is 17) else 2
exec("x = 1\nx is 18")
code = compile("(1, 2)(19) if 0 else 0", "virtual.py", "exec")
print(eval("[1]['x'] if 0 else 20"))
exec(compile("assert (1, 'm')", "<s>", "exec"))
try:
    exec("x is 21\nx x")
except SyntaxError as e:
    print("SyntaxError", e)
x = 1
print(x is (not 1), x is 1 & 2, x is True & False, x is not -1.5, x is 2 ** -1, x is "a" * 2, x is b"a" + b"b")
print(x is 1/0 if 0 else 0, x is 1 % 0 if 0 else 0, x is ~True, x is 1 @ 2 if 0 else 0)
print(x is "%s" % 1, x is 2j, x is (1, (2, 3)), x is (1, [2]) if 0 else 0, x is ())
class C:
    def m(self):
        return self is 22
def deco(f): return f
@deco
def h(a=None is 23): pass
