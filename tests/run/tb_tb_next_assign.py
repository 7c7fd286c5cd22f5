# tb_next is writable: traceback or None, no loops; other fields are read-only.
def f():
    1 / 0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
inner = tb.tb_next
print(inner.tb_next)
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = inner
print(tb.tb_next is inner)
for value in (inner, 3):
    try:
        inner.tb_next = tb if value is inner else value
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
try:
    tb.tb_lineno = 4
except AttributeError as err:
    print(type(err).__name__, err)
print(sorted(dir(tb)))
