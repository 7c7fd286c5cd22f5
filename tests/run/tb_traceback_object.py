# __traceback__ chains: tb_frame, tb_lineno, tb_next, frames' code and line.
def inner():
    x = 1
    return 1 / 0
def middle():
    y = 2
    return inner()
try:
    middle()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    while tb is not None:
        fr = tb.tb_frame
        line = fr.f_lineno if fr.f_code.co_name != "<module>" else "-"
        print(tb.tb_lineno, fr.f_code.co_name, line, type(tb.tb_lasti).__name__)
        tb = tb.tb_next
    print(e.__traceback__.tb_next.tb_frame.f_back is e.__traceback__.tb_frame)
    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals.items()))
    print(sorted(e.__traceback__.tb_next.tb_next.tb_frame.f_locals.items()))
print(ValueError().__traceback__)
