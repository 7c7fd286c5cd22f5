def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
import sys, math, time
show("repr(sys)", "repr(time)", "sys.__name__", "math.__name__", "type(sys).__name__", "repr(__builtins__) if not isinstance(__builtins__, dict) else 'dict'", "hasattr(sys, 'zz')", "getattr(math, 'pi')", "math.nope", "setattr(math, 'mine', 1)", "math.mine", "delattr(math, 'mine')", "delattr(math, 'mine')", "__name__", "type(__builtins__).__name__")
show("len.__self__ is __builtins__", "print.__self__.__name__", "sys.__dict__ is vars(sys)", "'path' in dir(sys)")
