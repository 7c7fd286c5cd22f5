"""Writes the fixed 3.0 MB parser-measurement sample, one path a line.

The sorted `.py` paths under python3.11's stdlib directory (site-packages
included), shuffled after `random.seed(1)`, keeping files CPython parses
and that are UTF-8, until 3.0 MB (docs/internals/parser.md, Measuring).

    python3.11 tools/parse_sample.py > /tmp/sample.txt
    valgrind --tool=callgrind target/release/ferrython-bench-parse \\
        --files /tmp/sample.txt --only ferrython --rounds 1
"""
import ast
import os
import random
import sysconfig

root = sysconfig.get_paths()["stdlib"]
paths = []
for d, dirs, files in os.walk(root):
    dirs.sort()
    paths += [os.path.join(d, f) for f in files if f.endswith(".py")]
paths.sort()
random.seed(1)
random.shuffle(paths)
total = 0
for p in paths:
    if total >= 3_000_000:
        break
    try:
        src = open(p, "rb").read()
        text = src.decode("utf-8")
        ast.parse(src)
    except Exception:
        continue
    total += len(text.encode())
    print(p)
