# An error raised by a class pattern: the traceback points at the pattern.
class Point:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x

def describe(p):
    match p:
        case Point(0):
            return "zero"
        case [Point(x), Point(1, y)]:
            return "pair"
    return "none"

print(describe(Point(0)))
print(describe([Point(5), Point(1)]))
