# Backtracking search: count the solutions of the N-queens problem with
# recursion, list-based column/diagonal flags, and collect the first one.


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    first = []
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if not first:
                first.extend(placement)
            return
        for c in range(n):
            a = row + c
            b = row - c + n
            if cols[c] or diag1[a] or diag2[b]:
                continue
            cols[c] = diag1[a] = diag2[b] = True
            placement[row] = c
            place(row + 1)
            cols[c] = diag1[a] = diag2[b] = False

    place(0)
    return count, first


results = []
for _ in range(3):
    results = [(size,) + solve(size) for size in (6, 7, 8, 9, 10, 11)]
for size, count, first in results:
    print(size, count, first)
