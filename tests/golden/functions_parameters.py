# Every parameter form, annotation and default.
def no_params():
    pass


def positional(a, b, c=3):
    return a, b, c


def posonly(a, b, /, c, d=4, *, e, f=6, **kw):
    return a, b, c, d, e, f, kw


def posonly_defaults(a=1, b=2, /):
    return a, b


def only_star(*, key):
    return key


def varargs(first, *rest, last="end", **options):
    return first, rest, last, options


def annotated(x: int, y: "str" = "y", *args: float, z: list[int] = None, **kw: dict) -> tuple:
    return x, y, args, z, kw


def annotated_posonly(a: int, /, b: int = 2, *, c: int) -> None:
    return None


def nested_default(callback=lambda x, *y, z=1, **w: (x, y, z, w)):
    return callback(1, 2, z=3, w=4)


def returns_complex() -> dict[str, list[tuple[int, ...]]]:
    return {}


def trailing_comma(
    a,
    b,
    *,
    c,
):
    return a + b + c


async def coroutine(a, /, b, *c, d, **e) -> "Awaitable":
    return a


def generator(n):
    yield n


def docstring():
    """A docstring."""
    ...


lambdas = [
    lambda: 0,
    lambda a: a,
    lambda a, b=1: a + b,
    lambda *a: a,
    lambda **k: k,
    lambda a, /, b: a,
    lambda a=1, /, b=2, *c, d, e=5, **f: (a, b, c, d, e, f),
    lambda *, x: x,
]
print(positional(1, 2), posonly(1, 2, 3, e=5), posonly_defaults(), only_star(key=1))
print(varargs(1, 2, 3, last=4, x=5), annotated(1), annotated_posonly(1, c=3))
print(nested_default(), returns_complex(), trailing_comma(1, 2, c=3), docstring())
print(lambdas[6](d=4))
