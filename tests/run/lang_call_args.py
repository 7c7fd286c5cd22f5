# Function parameters: positional-only, keyword-only, defaults, *args,
# **kwargs, starred calls, and the argument-binding error messages.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(*[1, 2, 3], *(4,), d=0, **{"q": 1}, **{"r": 2}))
print(f(1, b=9, d=1))


def g(x, y, z=0):
    return x, y, z


print(g(1, 2), g(1, y=2), g(z=3, y=2, x=1), g(*(1, 2), z=5), g(**{"x": 1, "y": 2}))

cases = [
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, x=3),
    lambda: g(1, 2, w=3),
    lambda: g(1, 2, **{"z": 1}, **{"z": 2}),
    lambda: f(1),
    lambda: f(1, 2, 3, e=1),
    lambda: f(a=1, d=2),
    lambda: f(1, b=2, d=3, **{"b": 4}),
    lambda: g(*5),
    lambda: g(**[1]),
    lambda: g(**{1: 2}),
]


def kwonly(*, a, b):
    return a, b


def posonly(a, b, /):
    return a, b


def nodefault(a, b, c, d):
    return a


def manykw(*, a, b, c):
    return a


def no_args():
    return 0


def one_default(a, b=1):
    return a, b


class K:
    def m(self, x):
        return x

    @staticmethod
    def s(x):
        return x

    @classmethod
    def c(cls, x):
        return x


cases += [
    lambda: kwonly(1, 2),
    lambda: kwonly(a=1),
    lambda: kwonly(),
    lambda: kwonly(a=1, b=2, c=3),
    lambda: posonly(a=1, b=2),
    lambda: posonly(1, b=2),
    lambda: nodefault(1),
    lambda: nodefault(1, 2),
    lambda: manykw(a=1),
    lambda: no_args(1),
    lambda: no_args(x=1),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.s(),
    lambda: K.c(1, 2),
    lambda: K().m(x=1, y=2),
    lambda: (lambda q: q)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(x=1),
    lambda: f(1, 2, 3, 4, d=1, c=2),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print(type(e).__name__, e)


def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc


print(defaults_evaluated_once(1), defaults_evaluated_once(2))
print(f.__defaults__, f.__kwdefaults__)
print(f.__name__, f.__qualname__, K.m.__qualname__)


def star_only(*args):
    return args


def kw_only_star(**kwargs):
    return kwargs


print(star_only(), star_only(1, *[2, 3], 4), kw_only_star(), kw_only_star(a=1, **{"b": 2}, c=3))
args = (1, 2)
kwargs = {"z": 9}
print(g(*args, **kwargs))


def pos_kw_same_name(a, /, **kw):
    return a, kw


print(pos_kw_same_name(1, a=2))
print(max(*[3, 1, 2]), print(*"abc", sep="-", end="!\n"))


def annotated(a: int, b: "str" = "x", *c: float, d: bool = True, **e: dict) -> None:
    pass


print(annotated.__annotations__)
nums = [1, 2, 3]
print(*nums, *nums[::-1])
print(dict(**{"a": 1}, b=2))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print([*range(3), *"ab"], (*nums,), {*nums, 4})
