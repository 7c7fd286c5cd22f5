# Sequence patterns: which types are sequences, lengths, stars, nesting.

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [x, y, z]:
            return f"three: {x!r} {y!r} {z!r}"
        case [first, *middle, last]:
            return f"many: {first!r} {middle!r} {last!r}"
        case _:
            return "not a sequence"

values = [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), range(10), list(range(6)),
          "", "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, frozenset([1]), iter([1, 2]),
          (x for x in [1]), 12, None, {}, "a"]
for v in values:
    r = repr(v) if not hasattr(v, "__next__") else "an iterator"
    print(r, "->", shape(v))

# Stars in every position.
def stars(v):
    match v:
        case [*a, 9]:
            return f"ends with 9 after {a}"
        case [0, *b]:
            return f"starts with 0, then {b}"
        case [1, *c, 2, 3]:
            return f"1 .. {c} .. 2 3"
        case [*d]:
            return f"anything: {d}"

for v in [[9], [1, 9], [0], [0, 1, 2], [1, 2, 3], [1, 5, 6, 2, 3], [1, 2], (), (5, 6)]:
    print(v, "->", stars(v))

# The star captures a list even from a tuple or a range.
match (1, 2, 3):
    case (a, *rest):
        print(type(rest).__name__, rest)

match range(5):
    case [a, *rest, b]:
        print(a, rest, b)

# Star wildcard: items read by index from both ends.
for v in [[1, 2, 3, 4, 5], (1, 2), [1], range(100, 110)]:
    match v:
        case [a, b, *_, y, z]:
            print("ends", a, b, y, z)
        case [a, *_]:
            print("head", a)

# Only wildcards: just the length check.
for v in [[1, 2], [1, 2, 3], "ab", (1,)]:
    match v:
        case [_, _]:
            print(v, "has two items")
        case [_, *_]:
            print(v, "has at least one item")
        case _:
            print(v, "is something else")

# Nesting, parentheses, tuples vs lists are interchangeable.
def nested(v):
    match v:
        case [(a, b), [c, [d]]]:
            return ("deep", a, b, c, d)
        case ((a, b), (c, d)):
            return ("pairs", a, b, c, d)
        case (a, b), c:
            return ("open", a, b, c)
        case [[*inner]]:
            return ("inner", inner)
    return None

print(nested([(1, 2), [3, [4]]]))
print(nested(((1, 2), (3, 4))))
print(nested([[1, 2], 3]))
print(nested([[5, 6, 7]]))
print(nested([["no"], 1, 2]))

# Sub-pattern values and literals inside sequences.
def cmd(c):
    match c.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", item]:
            return f"picking up {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "say something"

for c in ["go north", "go up", "pick up lamp", "drop a b c", "drop", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", cmd(c))

# A failed sequence match binds nothing.
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        print("matched?")
    case _:
        print("x is still", x)

# Nested lists in a range-like subject and big lengths.
match list(range(1000)):
    case [0, 1, *mid, 998, 999]:
        print("long", len(mid), mid[0], mid[-1])

# A list mutated by the guard does not affect the already-read items.
lst = [1, 2, 3]
match lst:
    case [a, *b] if lst.append(4) is None and len(lst) == 4:
        print(a, b, lst)
