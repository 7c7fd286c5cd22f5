# Subscripts and slices of every shape.
seq = list(range(10))
print(seq[0], seq[-1], seq[1:3], seq[:3], seq[7:], seq[:], seq[::2], seq[::-1])
print(seq[1:8:3], seq[:5:2], seq[5::], seq[::], seq[-3:-1], seq[len(seq) // 2 :])


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[1, 2], g[1:2, 3], g[..., 0], g[:, ::2], g[()], g[1:2:3, ...])
print(g[(1, 2)], g[[1, 2]], g[{1: 2}[1]], g[lambda: 0] is not None)
print(g[a := 1], a, g[-1:+1], g[~0])
print(g[*seq[:2]], g[*seq[:1], 5], g[1, *seq[:2]])
print(g["key"], g[b"k"], g[f"{1}"], g[1.5j])
nested = [[1, [2, 3]], [4]]
print(nested[0][1][0], nested[-1][-1])
print("string"[1:-1][::-1])
print(g[
    1:
    2,
    3
])
