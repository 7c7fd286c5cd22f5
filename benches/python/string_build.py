# String building: += concatenation, str.join over lists, f-strings, str()
# and repr() of ints, % formatting, slicing and indexing of the result.


def concat_lines(n):
    out = ""
    for i in range(n):
        out += "line " + str(i) + ";"
    return out


def join_parts(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * i % 1000:03d}")
    return ",".join(parts)


def percent_format(n):
    rows = []
    for i in range(n):
        rows.append("%d-%s-%x" % (i, "ab" * (i % 3), i * 31))
    return "|".join(rows)


def checksum(s):
    h = 0
    for ch in s[::7]:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


total = 0
lengths = []
for rep in range(70):
    a = concat_lines(3000)
    b = join_parts(6000)
    c = percent_format(5000)
    lengths.append(len(a) + len(b) + len(c))
    total = (total + checksum(a) + checksum(b) + checksum(c)) % 1000000007
print("lengths", lengths[0], lengths[-1])
print("checksum", total)
print(repr(b[:30]), repr(c[-20:]))
