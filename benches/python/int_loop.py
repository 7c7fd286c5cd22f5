# Integer arithmetic in tight loops: while and for over range, +, *, //, %,
# bit operations, comparisons, local variables. Small ints only (no bigint).


def collatz_steps(limit):
    longest = 0
    best = 0
    total = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x = x >> 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
            best = n
        n += 1
    return best, longest, total


def digit_mix(count):
    acc = 0
    for i in range(count):
        a = i * 7 + 3
        b = a % 97
        c = (a // 5) ^ (b << 2)
        if c % 3 == 0:
            acc += c - b
        elif c % 3 == 1:
            acc -= b
        else:
            acc += (c | 1) & 0xFFFF
    return acc


best, longest, total = collatz_steps(40000)
mix = digit_mix(300000)
print("collatz", best, longest, total)
print("mix", mix)
