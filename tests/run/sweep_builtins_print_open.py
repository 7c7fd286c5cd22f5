def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
import sys
show("print(sep=1)", "print(end=1)", "print(file=1)", "print(foo=1)", "print(1, 2, sep='-', end='!\\n')", "print('a', file=sys.stdout, flush=True)", "print(sep=None, end=None)", "print(*[1, 2], sep=', ')")
show("open()", "input(1, 2)", "globals(1)", "locals(1)", "eval()", "eval(1)", "exec(1)", "compile()", "compile('x', 'f', 'bad')", "eval('1 +')", "eval('x', {'x': 5})", "eval('y', {}, {'y': 6})", "exec('z = 1', {}, 1)", "eval('1', 1)")
