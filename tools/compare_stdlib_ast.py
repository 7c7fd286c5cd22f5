#!/usr/bin/env python3.11
"""Compare ferrython's parser with CPython 3.11's on the whole standard library.

    python3.11 tools/compare_stdlib_ast.py [--ferrython PATH] [--show N] [--jobs N] [PATH ...]

For every .py file under python3.11's stdlib directory
(sysconfig.get_path('stdlib'), Lib/test included, site-packages excluded),
or under the PATHs given:
- files CPython parses: `ferrython -X dump=ast FILE` must print exactly
  ast.dump(ast.parse(source), include_attributes=True) plus a newline;
- files CPython rejects: `ferrython FILE` must print exactly what
  `python3.11 -I FILE` prints (the SyntaxError report shows class, msg,
  lineno, the source line and the caret span from offset to end_offset).
  The running interpreter is the oracle rather than compile(): reading a
  file differs from compiling bytes in the decoding errors' messages and
  locations. Both sides' (class, msg, lineno, offset, end_lineno,
  end_offset) are shown for context (ferrython prints them with
  `-X syntax_error_attrs`, CPython's come from compile()). CPython only
  runs files its compile() rejected, so nothing is executed.

Prints the first N mismatching files with the first differing position, then
`N/M identical`. Exit status 0 when every file is identical.
"""

import argparse
import ast
import multiprocessing
import os
import subprocess
import sys
import sysconfig

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11: CPython 3.11 is the oracle")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FERRYTHON = None  # set in each worker by init_worker
CONTEXT = 70


def default_ferrython():
    for profile in ("release", "debug"):
        path = os.path.join(ROOT, "target", profile, "ferrython")
        if os.path.exists(path):
            return path
    return None


def stdlib_files(roots):
    files = []
    for top in roots:
        if os.path.isfile(top):
            files.append(top)
            continue
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "dist-packages", "__pycache__"))
            files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return files


def cpython_result(path):
    """(True, dump) or (False, error tuple repr) for what CPython does with PATH."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        return False, repr((type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
    except (ValueError, RecursionError, MemoryError) as e:
        return False, repr((type(e).__name__, str(e)))
    return True, ast.dump(tree, include_attributes=True)


def first_difference(want, got):
    i = next((k for k, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
    start = max(0, i - CONTEXT)
    line = want.count("\n", 0, i) + 1
    return (
        f"    first difference at character {i} (line {line} of the output)\n"
        f"    cpython:   ...{want[start:i + CONTEXT]!r}\n"
        f"    ferrython: ...{got[start:i + CONTEXT]!r}"
    )


def init_worker(ferrython):
    global FERRYTHON
    FERRYTHON = ferrython


def compare(path):
    """Returns (path, None) when identical, else (path, report)."""
    try:
        ok, want = cpython_result(path)
    except OSError as e:
        return path, f"    cannot read: {e}"
    try:
        proc = subprocess.run(
            [FERRYTHON, "-X", "dump=ast", "-X", "syntax_error_attrs", path],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        return path, "    ferrython timed out (120 s)"
    stdout = proc.stdout.decode("utf-8", "surrogateescape")
    stderr = proc.stderr.decode("utf-8", "surrogateescape")
    if ok:
        if proc.returncode != 0:
            return path, f"    CPython parses it; ferrython exited {proc.returncode}:\n    {stderr.strip()[:500]}"
        if stdout != want + "\n":
            return path, first_difference(want + "\n", stdout)
        return path, None
    if proc.returncode == 0:
        return path, f"    CPython rejects it with {want}; ferrython accepted it"
    got_attrs = stderr.strip().splitlines()[-1] if stderr.strip() else f"<exit {proc.returncode}, no stderr>"
    try:
        cpython_run = run_capture([sys.executable, "-I", path])
        ferrython_run = run_capture([FERRYTHON, path])
    except subprocess.TimeoutExpired:
        return path, "    timed out (120 s) printing the syntax error"
    if cpython_run != ferrython_run:
        return path, (
            f"    attributes, cpython:   {want}\n    attributes, ferrython: {got_attrs}\n"
            + first_difference(cpython_run, ferrython_run)
        )
    return path, None


def run_capture(argv):
    """stderr and exit status of ARGV, as text."""
    proc = subprocess.run(argv, capture_output=True, stdin=subprocess.DEVNULL, timeout=120)
    return proc.stderr.decode("utf-8", "surrogateescape") + f"[exit status {proc.returncode}]\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--ferrython", default=default_ferrython(), help="the ferrython binary (default: target/release or target/debug)")
    parser.add_argument("--show", type=int, default=20, metavar="N", help="print the first N mismatches (default 20)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("paths", nargs="*", help="files or directories (default: the whole stdlib)")
    args = parser.parse_args()
    if not args.ferrython or not os.path.exists(args.ferrython):
        sys.exit("no ferrython binary: run `cargo build --release` or pass --ferrython PATH")
    files = stdlib_files(args.paths or [sysconfig.get_path("stdlib")])
    identical = 0
    shown = 0
    mismatches = []
    with multiprocessing.Pool(args.jobs, initializer=init_worker, initargs=(os.path.abspath(args.ferrython),)) as pool:
        for path, report in pool.imap_unordered(compare, files, chunksize=4):
            if report is None:
                identical += 1
            else:
                mismatches.append((path, report))
    mismatches.sort()
    for path, report in mismatches:
        if shown >= args.show:
            break
        print(f"MISMATCH {path}\n{report}")
        shown += 1
    if len(mismatches) > shown:
        print(f"... and {len(mismatches) - shown} more mismatching files")
    print(f"{identical}/{len(files)} identical")
    return 0 if identical == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
