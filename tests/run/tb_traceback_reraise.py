# Re-raising keeps the traceback and adds the frames it passes.
def fail():
    raise KeyError("k")
def catch_and_reraise():
    try:
        fail()
    except KeyError:
        raise
def raise_again():
    try:
        fail()
    except KeyError as e:
        raise e
def lines(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
for f in (catch_and_reraise, raise_again):
    try:
        f()
    except KeyError as e:
        print(f.__name__, lines(e))
raise_again()
