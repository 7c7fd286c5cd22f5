# Every pattern kind of structural pattern matching.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(subject):
    match subject:
        case None:
            return "none"
        case True | False:
            return "bool"
        case 0 | -1 | 1.5 | -2.5e3 | 3j | -1 + 2j | 1 - 2.5j:
            return "number literal"
        case "text" | b"bytes" | "implicit" "concat":
            return "string literal"
        case Color.RED:
            return "value pattern"
        case Color.GREEN as green:
            return f"value as {green}"
        case []:
            return "empty list"
        case [x]:
            return f"one element {x}"
        case (x, y, *rest) if rest:
            return f"tuple with rest {rest}"
        case [first, *_, last]:
            return f"first and last {first} {last}"
        case {"type": "event", "id": event_id, **others}:
            return f"mapping {event_id} {others}"
        case {1: _, Color.RED: _}:
            return "mapping literal and value keys"
        case {}:
            return "any mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y=0) if x > 0:
            return "positive x axis"
        case Point():
            return "some point"
        case int() | float() as number:
            return f"number {number}"
        case str(s):
            return f"string {s}"
        case (("nested" | "group") as word):
            return word
        case [Point(x=px), {"k": [1, *more]}, (a, b)]:
            return "deep"
        case _:
            return "wildcard"


for s in [None, True, 0, -1, 3j, "text", Color.RED, [], [1], (1, 2, 3), [1, 2], {"type": "event", "id": 1, "x": 2}, {}, Point(0, 0), Point(0, 5), Point(2, 0), Point(1, 1), 7.5, "other", object()]:
    print(describe(s))

match (1, 2):
    case a, b:
        print(a, b)

match 1, 2:
    case (1 | 2), *_:
        print("open tuple subject")

match [1, 2, 3]:
    case [*head, 3]:
        print(head)

match {"a": 1}:
    case {"a": 1, **rest} if not rest:
        print("exact")
