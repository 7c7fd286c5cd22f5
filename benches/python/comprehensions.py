# Comprehensions: list, dict and set comprehensions, nested loops and
# conditions inside them, comprehensions over zip/enumerate/range.


def run(n):
    squares = [i * i for i in range(n)]
    evens = [x for x in squares if x % 2 == 0]
    pairs = [(i, j) for i in range(60) for j in range(i, 60) if (i + j) % 3 == 0]
    index = {i: x % 1000 for i, x in enumerate(evens)}
    residues = {x % 1013 for x in squares}
    table = [[(r * c) % 10 for c in range(40)] for r in range(40)]
    flat = [v for row in table for v in row if v]
    zipped = [a - b for a, b in zip(squares, evens)]
    inverted = {v: k for k, v in index.items()}
    words = [str(i) for i in range(0, n, 7)]
    lengths = {w: len(w) for w in words}
    return (len(evens), len(pairs), sum(index.values()), len(residues),
            sum(flat), sum(zipped), len(inverted), sum(lengths.values()))


result = None
for _ in range(75):
    result = run(20000)
print(result)
