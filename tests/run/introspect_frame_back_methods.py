# f_back across calls made by builtins: __init__, sorted keys, generators via next().
import sys
class Widget:
    def __init__(self):
        self.made_in = sys._getframe(1).f_code.co_name
def build():
    return Widget()
print(build().made_in)
def key(x):
    global seen
    seen = sys._getframe(1).f_code.co_name
    return x
def sorter():
    return sorted([3, 1, 2], key=key)
print(sorter(), seen)
def gen():
    yield sys._getframe().f_back.f_code.co_name
def driver():
    return next(gen())
print(driver())
g = gen()
fr = g.__next__ and None
def repr_caller():
    class R:
        def __repr__(self):
            return sys._getframe(1).f_code.co_name
    return repr(R())
print(repr_caller())
