# String methods on short and medium strings: split, join, strip, replace,
# upper/lower, find, startswith/endswith, count, isdigit, partition, in.

WORDS = ["alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def make_text(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        v = WORDS[(i * 7) % len(WORDS)]
        lines.append(f"  {w} = {i * 13 % 1000} ; {v}  # note {i}\n")
    return "".join(lines)


def process(text):
    keys = 0
    digits = 0
    found = 0
    hashes = 0
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        body, sep, comment = line.partition("#")
        if sep:
            hashes += 1
        name, _, rest = body.partition("=")
        name = name.strip().lower()
        value, _, other = rest.partition(";")
        value = value.strip()
        if value.isdigit():
            digits += int(value)
        if name.startswith("e") or name.endswith("a"):
            keys += 1
        if "ta" in other:
            found += other.find("ta")
        found += line.count("a")
        out.append(name.upper().replace("A", "4") + ":" + other.strip().title())
    return keys, digits, found, hashes, "/".join(out)


text = make_text(25000)
result = None
for _ in range(12):
    result = process(text)
keys, digits, found, hashes, joined = result
print(keys, digits, found, hashes, len(joined))
print(joined[:60])
