# List operations: append, pop, insert, index, slicing, extend, reverse,
# in, len, del, list repeat and concatenation, indexing in loops.


def work(n):
    items = []
    for i in range(n):
        items.append(i * 3 % 1001)
    stack = []
    for x in items:
        if x % 5 == 0 and stack:
            stack.pop()
        else:
            stack.append(x)
    window = 0
    for i in range(0, len(items) - 8, 4):
        chunk = items[i:i + 8]
        window += chunk[0] - chunk[-1] + len(chunk)
    queue = [0] * 64
    for i in range(2000):
        queue.insert(i % 50, i)
        del queue[0]
    rev = items[:1000]
    rev.reverse()
    rev.extend(items[-500:])
    hits = 0
    for probe in range(0, 1001, 25):
        if probe in rev:
            hits += rev.index(probe)
    matrix = [[i * j for j in range(30)] for i in range(30)]
    diag = 0
    for k in range(30):
        diag += matrix[k][k] + matrix[k][29 - k]
    swapped = items[:]
    for i in range(0, len(swapped) - 1, 2):
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
    return len(stack), sum(stack), window, sum(queue), hits, diag, swapped[101]


result = None
for _ in range(70):
    result = work(30000)
print(result)
