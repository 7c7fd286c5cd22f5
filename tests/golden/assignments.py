# Assignment forms: chained, unpacking, augmented, annotated.
a = 1
b = c = d = 2
e, f = 3, 4
(g, h) = [5, 6]
[i, j] = (7, 8)
k, = [9]
l, *m = range(5)
*n, o = range(5)
p, *q, r = range(5)
(s, (t, u)), v = (1, (2, 3)), 4
[w, [x, *y]] = [1, [2, 3, 4]]
z = aa = bb, cc = (10, 11)


class Box:
    pass


box = Box()
box.attr = 1
box.attr += 2
items = [0] * 10
items[0] = 1
items[1:3] = [2, 3]
items[::2] = [9] * 5
items[-1] -= 5
mapping = {}
mapping["k"] = mapping["j"] = 0
box.lst = [1, 2]
box.lst[0], box.lst[1] = box.lst[1], box.lst[0]

counter = 100
counter += 1
counter -= 2
counter *= 3
counter /= 4
counter //= 2
counter %= 7
counter **= 2
counter = int(counter)
counter >>= 1
counter <<= 2
counter &= 0xFF
counter |= 0x100
counter ^= 0b1
text = "a"
text += "b"

annotated: int
annotated_value: int = 5
box.annotated: str = "x"
items[2]: int = 7
(parenthesized): float = 1.0
complex_annotation: dict[str, list[int | None]] = {}
tuple_value: tuple = 1, 2
starred_value: list = [*range(2)]
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc)
print(items, mapping, box.lst, counter, text, annotated_value, box.annotated, parenthesized)
