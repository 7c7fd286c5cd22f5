"""Self-check of the tokenizer: compare `dump_tokens` with
`python3.11 -m tokenize -e` over every .py file of the standard library.

Usage: python3.11 check_tokens_stdlib.py DUMP_TOKENS_BINARY [DIR]
(DUMP_TOKENS_BINARY is target/release/examples/dump_tokens; DIR defaults to
the stdlib). Prints the number of identical dumps and the first differences.
"""
import io, os, subprocess, sys, sysconfig, tempfile, tokenize

def expected(path):
    # What `python -m tokenize -e path` prints (Lib/tokenize.py, main()).
    out = io.StringIO()
    with open(path, 'rb') as f:
        tokens = list(tokenize.tokenize(f.readline))
    for token in tokens:
        token_range = "%d,%d-%d,%d:" % (token.start + token.end)
        out.write("%-20s%-15s%-15r\n" % (token_range, tokenize.tok_name[token.exact_type], token.string))
    return out.getvalue()

def main():
    binary = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else sysconfig.get_path("stdlib")
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".py"))
    same = differ = skipped = 0
    shown = 0
    with tempfile.TemporaryDirectory() as tmp:
        chunk = 500
        for base in range(0, len(files), chunk):
            part = files[base:base + chunk]
            subprocess.run([binary, *part], env={**os.environ, "DUMP_OUTDIR": tmp},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for i, path in enumerate(part):
                try:
                    want = expected(path)
                except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, IndentationError):
                    skipped += 1
                    continue
                try:
                    with open(os.path.join(tmp, f"{i}.tok"), encoding="utf-8", newline="") as f:
                        got = f.read()
                except FileNotFoundError:
                    got = "<no output>"
                if got == want:
                    same += 1
                    continue
                differ += 1
                if shown < 15:
                    shown += 1
                    g, w = got.splitlines(), want.splitlines()
                    for n, (a, b) in enumerate(zip(g, w)):
                        if a != b:
                            print(f"{path}:\n  got:  {a}\n  want: {b}")
                            break
                    else:
                        print(f"{path}: lengths {len(g)} vs {len(w)}; tail got {g[-1:]} want {w[len(g):len(g)+1]}")
    print(f"identical: {same}, different: {differ}, skipped (tokenize.py fails): {skipped}")

main()
