# str methods together on realistic text
text = """The quick brown fox
jumps over the lazy dog.\tTabs\there.
Ünïcödé lines, too: naïve café — ok?
"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = text.lower().replace(".", " ").replace(",", " ").replace("?", " ").split()
print(words)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print([l.expandtabs(4) for l in lines])
print(" | ".join(w.capitalize() for w in words[:6]), "-".join(reversed(words[:3])))
print(text.count("o"), text.find("lazy"), text.rfind("o"), text.index("Ü"), text.title().split("\n")[2])
table = str.maketrans("aeiou", "AEIOU", "ck")
print(lines[0].translate(table), lines[2].translate(table))
csv = "name,age,city\nAnn,30,Oslo\nBob,25,Rome"
rows = [r.split(",") for r in csv.splitlines()]
header, *data = rows
for r in data:
    print("{:<5}|{:>3}|{:^6}|".format(*r), dict(zip(header, r)))
print("%-10s%5s" % ("left", "right"), "%(a)s+%(b)s" % {"a": "x", "b": "y"})
print(f"{'centered':^20}|", "x".center(9, "="), "42".zfill(6), "3.5".rjust(6, "."))
path = "/usr/local/lib/python3.11/site-packages/pkg/__init__.py"
print(path.rpartition("/"), path.split("/", 3), path.rsplit("/", 2), path.removesuffix(".py").removeprefix("/usr/"))
print(path.startswith(("/usr", "/opt")), path.endswith(".py"), path.strip("/").count("/"))
