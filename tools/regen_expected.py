#!/usr/bin/env python3.11
"""Regenerate every expected output under tests/ from CPython 3.11.

    python3.11 tools/regen_expected.py

- tests/syntax_errors/NAME.py  ->  NAME.stderr, NAME.status (and NAME.stdout
  when CPython printed something on stdout): what `python3.11
  tests/syntax_errors/NAME.py` prints and returns when run from the
  workspace root. CPython prints the script's absolute path; the workspace
  root prefix is removed so the files do not depend on where the repository
  is checked out (tests/syntax_errors.rs strips it from ferrython's output
  the same way).
- tests/run/NAME.py  ->  the same three files for programs that run:
  their stdout, stderr (tracebacks included) and exit status.
- tests/golden/NAME.py  ->  NAME.tokens (stdout of `python3.11 -m tokenize -e
  tests/golden/NAME.py`) and NAME.ast (ast.dump(tree,
  include_attributes=True) plus a newline).

- with --bytecode: tests/golden/NAME.bytecode, Ferrython's own `-X
  dump=bytecode` (a reviewed snapshot; needs target/debug/ferrython).

Files whose name starts with `_` are helpers, not test programs. Expectation
files whose program no longer exists are deleted.
"""

import ast
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11: CPython 3.11 is the oracle")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = sys.executable

SYNTAX_SUFFIXES = (".stderr", ".status", ".stdout")
GOLDEN_SUFFIXES = (".tokens", ".ast", ".symtable")


def programs(directory):
    if not os.path.isdir(directory):
        return []
    return sorted(f[:-3] for f in os.listdir(directory) if f.endswith(".py") and not f.startswith("_"))


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def remove_stale(directory, names, suffixes):
    removed = 0
    live = set(names)
    for f in os.listdir(directory):
        for suffix in suffixes:
            if f.endswith(suffix) and f[: -len(suffix)] not in live:
                os.remove(os.path.join(directory, f))
                removed += 1
    return removed


def clean_env():
    env = dict(os.environ)
    # Nothing from the user's environment may change CPython's output.
    for var in list(env):
        if var.startswith("PYTHON"):
            del env[var]
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # UTF-8 output whatever the locale (ferrython always writes UTF-8).
    env["PYTHONUTF8"] = "1"
    # Sets print in hash order: the same seed on both sides (tests/harness does the same).
    env["PYTHONHASHSEED"] = "0"
    return env


def regen_syntax_errors():
    regen_runs("syntax_errors", expect_status=1)


def regen_runs(subdir, expect_status=None):
    """Runs every program of tests/SUBDIR and stores stderr, status, stdout."""
    directory = os.path.join(ROOT, "tests", subdir)
    names = programs(directory)
    # The path CPython prints is getcwd() + "/" + the relative path.
    prefix = (os.getcwd() + "/").encode()
    changed = 0
    for name in names:
        rel = f"tests/{subdir}/{name}.py"
        proc = subprocess.run([PY, rel], cwd=ROOT, env=clean_env(), capture_output=True, stdin=subprocess.DEVNULL, timeout=60)
        base = os.path.join(directory, name)
        changed += write_if_changed(base + ".stderr", proc.stderr.replace(prefix, b""))
        changed += write_if_changed(base + ".status", f"{proc.returncode}\n".encode())
        if proc.stdout:
            changed += write_if_changed(base + ".stdout", proc.stdout.replace(prefix, b""))
        elif os.path.exists(base + ".stdout"):
            os.remove(base + ".stdout")
            changed += 1
        if expect_status is not None and proc.returncode != expect_status:
            print(f"note: {rel} exits with {proc.returncode} under CPython (not a syntax error?)")
    removed = remove_stale(directory, names, SYNTAX_SUFFIXES)
    print(f"tests/{subdir}: {len(names)} programs, {changed} files written, {removed} stale removed")


def regen_golden():
    directory = os.path.join(ROOT, "tests", "golden")
    names = programs(directory)
    changed = 0
    for name in names:
        rel = f"tests/golden/{name}.py"
        base = os.path.join(directory, name)
        tok = subprocess.run([PY, "-m", "tokenize", "-e", rel], cwd=ROOT, env=clean_env(), capture_output=True, timeout=60)
        if tok.returncode != 0:
            print(f"warning: tokenize failed on {rel}: {tok.stderr.decode(errors='replace').strip()}")
        changed += write_if_changed(base + ".tokens", tok.stdout)
        with open(base + ".py", "rb") as f:
            source = f.read()
        try:
            tree = ast.parse(source, filename=rel)
        except SyntaxError as e:
            print(f"warning: {rel} is not valid Python 3.11: {e}")
            continue
        changed += write_if_changed(base + ".ast", (ast.dump(tree, include_attributes=True) + "\n").encode())
        sym = subprocess.run(
            [PY, os.path.join("tools", "symtable_dump.py"), rel], cwd=ROOT, env=clean_env(), capture_output=True, timeout=60
        )
        if sym.returncode != 0:
            print(f"warning: symtable_dump failed on {rel}: {sym.stderr.decode(errors='replace').strip()}")
        changed += write_if_changed(base + ".symtable", sym.stdout)
    removed = remove_stale(directory, names, GOLDEN_SUFFIXES)
    print(f"tests/golden: {len(names)} programs, {changed} files written, {removed} stale removed")


def regen_bytecode():
    """tests/golden/NAME.bytecode: Ferrython's own `-X dump=bytecode` (a
    snapshot: there is no CPython counterpart). Needs a built
    target/debug/ferrython; programs it cannot compile get no file."""
    exe = os.path.join(ROOT, "target", "debug", "ferrython")
    if not os.path.exists(exe):
        print("tests/golden: target/debug/ferrython not built; .bytecode files left as they are")
        return
    directory = os.path.join(ROOT, "tests", "golden")
    changed = written = 0
    for name in programs(directory):
        rel = f"tests/golden/{name}.py"
        proc = subprocess.run([exe, "-X", "dump=bytecode", rel], cwd=ROOT, env=clean_env(), capture_output=True, timeout=60)
        path = os.path.join(directory, name + ".bytecode")
        if proc.returncode == 0:
            written += 1
            # The dump names the file's absolute path: store it relative to the
            # workspace root (tests/golden.rs strips ferrython's output the same way).
            changed += write_if_changed(path, proc.stdout.replace((ROOT + "/").encode(), b""))
        elif os.path.exists(path):
            os.remove(path)
            changed += 1
    print(f"tests/golden: {written} bytecode snapshots, {changed} files written")


def main():
    os.chdir(ROOT)
    regen_syntax_errors()
    regen_runs("run")
    regen_golden()
    if "--bytecode" in sys.argv:
        regen_bytecode()


if __name__ == "__main__":
    main()
