# with statements: single, multiple, parenthesized, targets.
import contextlib


@contextlib.contextmanager
def ctx(value=None):
    yield value


with ctx():
    pass

with ctx(1) as one:
    print(one)

with ctx(1) as a, ctx(2) as b:
    print(a, b)

with (ctx(3) as c, ctx(4) as d):
    print(c, d)

with (
    ctx(5) as e,
    ctx(6),
    ctx(7) as f,
):
    print(e, f)

with (ctx(8)):
    pass

with (ctx(9)) as g:
    print(g)

with ctx((1, 2)) as (h, i):
    print(h, i)

with ctx([3, 4]) as [j, k]:
    print(j, k)


class Holder:
    pass


holder = Holder()
store = {}
with ctx(10) as holder.value, ctx(11) as store["key"]:
    print(holder.value, store)

with ctx((12, 13)) as (l, *m), ctx() as _:
    pass

with ctx(), ctx(): print("one line")
