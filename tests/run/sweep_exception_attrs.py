def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
e = ValueError('a', 2)
show("e.args", "e.__cause__", "e.__context__", "e.__suppress_context__", "e.__traceback__", "e.__dict__", "str(e)", "repr(e)")
show("setattr(e, 'args', [1, 2])", "e.args", "setattr(e, 'args', 5)", "delattr(e, 'args')", "setattr(e, '__cause__', 1)", "setattr(e, '__context__', 1)", "setattr(e, '__suppress_context__', 1)", "setattr(e, '__traceback__', 1)")
show("setattr(e, '__cause__', KeyError())", "e.__cause__", "e.__suppress_context__", "setattr(e, '__cause__', None)", "e.__cause__", "setattr(e, '__suppress_context__', False)", "e.__suppress_context__")
show("delattr(e, '__cause__')", "delattr(e, '__context__')", "delattr(e, '__traceback__')", "delattr(e, '__suppress_context__')", "setattr(e, '__context__', TypeError('t'))", "e.__context__")
show("e.with_traceback(None) is e", "e.with_traceback(1)", "e.with_traceback()", "e.add_note('note 1')", "e.__notes__", "e.add_note(1)", "e.add_note()", "e.add_note('n2')", "e.__notes__")
show("setattr(e, 'custom', 3)", "e.custom", "e.__dict__", "delattr(e, 'custom')", "e.__dict__", "setattr(e, '__dict__', {'q': 1})", "e.q", "setattr(e, '__dict__', 1)")
show("KeyError().__dict__", "StopIteration(5).value", "SystemExit(3).code", "OSError(2, 'x').errno", "repr(BaseException.__dict__['args'])", "repr(BaseException.__dict__['__suppress_context__'])", "'with_traceback' in dir(e)", "'add_note' in dir(e)")
try:
    try:
        raise KeyError('k')
    except KeyError as inner:
        raise ValueError('v') from inner
except ValueError as outer:
    show("outer.__cause__", "outer.__context__", "outer.__suppress_context__")
