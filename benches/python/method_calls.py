# Classes: instance creation, attribute reads and writes, method calls,
# inheritance with overriding and super(), class attributes, isinstance.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def move(self, dx, dy):
        self.moves += 1
        return dx + dy

    def describe(self):
        return self.name + str(self.sides)


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def scale(self, k):
        self.w *= k
        self.h *= k


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def describe(self):
        return "sq:" + super().describe()


class Tri(Shape):
    sides = 3

    def __init__(self, b, h):
        Shape.__init__(self, "tri")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self):
        self.n += 1
        return self


def run(n):
    shapes = []
    for i in range(n):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 17 + 1, i % 5 + 1))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        else:
            shapes.append(Tri(i % 11 + 2, i % 7 + 2))
    total = 0
    moved = 0
    desc = 0
    rects = 0
    for s in shapes:
        total += s.area()
        moved += s.move(1, 2)
        desc += len(s.describe())
        if isinstance(s, Rect):
            rects += 1
            s.scale(2)
            total += s.area() - s.w
    c = Counter()
    for _ in range(n):
        c.incr().incr()
    return total, moved, desc, rects, c.n, shapes[-1].moves + Shape.sides


result = None
for _ in range(18):
    result = run(20000)
print(result)
