# Three chained exceptions, a method frame, a lambda frame, and
# subscript and attribute markers.
class Box:
    def __init__(self, items):
        self.items = items

    def get(self, i):
        return self.items[i]


def first_item(box):
    try:
        return box.get(5)
    except IndexError as e:
        try:
            return box.missing_attr
        except AttributeError:
            raise RuntimeError("no fallback") from e


apply = lambda f, x: f(x)
print("start")
apply(first_item, Box([1, 2]))
