#!/usr/bin/env python3.11
"""Print the symbol tables of a Python file as `ferrython -X dump=symtable` does.

    python3.11 tools/symtable_dump.py FILE

CPython's own `symtable` module (symtable.symtable(source, FILE, "exec"))
computes the tables, so this script defines the golden format and CPython
fills it in. tests/golden/NAME.symtable is this script's output for NAME.py.

Format: one block per table, children after their parent's symbols and
indented two more spaces, in CPython's child order:

    module top line 0 optimized=False nested=False
      symbol x: DEF_LOCAL|USE scope=LOCAL [referenced assigned global local]
      function f line 3 optimized=True nested=False
        parameters: a b
        locals: a b y
        globals: print
        nonlocals:
        frees:
        symbol a: ...

- `symbol NAME: FLAGS scope=SCOPE [PREDICATES]`: FLAGS are the raw DEF_*/USE
  bits CPython recorded for the name (`-` if none), SCOPE the resolved scope
  (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL), PREDICATES the
  Symbol methods that return True, in this order: is_referenced,
  is_assigned, is_parameter, is_global, is_declared_global, is_local,
  is_nonlocal, is_free, is_imported, is_annotated, is_namespace (printed
  without the `is_`).
- Function tables also list get_parameters(), get_locals(), get_globals(),
  get_nonlocals() and get_frees(); class tables list get_methods().
- Symbols appear in the table's order (insertion order of CPython's
  ste_symbols dict), with one exception: a name that is in the table only
  because a nested scope uses it freely (it has no DEF_*/USE bit of its own;
  CPython's update_symbols adds it while iterating a *set*, so their relative
  order depends on the string hash seed) comes after all others, sorted by
  name. The function-table lists follow the same order.

If CPython's symtable raises SyntaxError (or RecursionError), the error is
printed on stderr as an uncaught one would be when running FILE, and the
exit status is 1.
"""

import symtable
import sys
import traceback

FLAG_NAMES = [
    (1, "DEF_GLOBAL"),
    (2, "DEF_LOCAL"),
    (4, "DEF_PARAM"),
    (8, "DEF_NONLOCAL"),
    (16, "USE"),
    (32, "DEF_FREE"),
    (64, "DEF_FREE_CLASS"),
    (128, "DEF_IMPORT"),
    (256, "DEF_ANNOT"),
    (512, "DEF_COMP_ITER"),
]
SCOPE_NAMES = {0: "-", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
SCOPE_OFF = 11
SCOPE_MASK = 15
PREDICATES = [
    "referenced",
    "assigned",
    "parameter",
    "global",
    "declared_global",
    "local",
    "nonlocal",
    "free",
    "imported",
    "annotated",
    "namespace",
]


def ordered_names(table):
    """The table's symbol names, propagated-only free names last and sorted."""
    raw = table._table.symbols
    own = [name for name in raw if raw[name] & ((1 << SCOPE_OFF) - 1)]
    propagated = sorted(name for name in raw if not raw[name] & ((1 << SCOPE_OFF) - 1))
    return own + propagated


def flag_text(flags):
    bits = flags & ((1 << SCOPE_OFF) - 1)
    names = [name for bit, name in FLAG_NAMES if bits & bit]
    return "|".join(names) if names else "-"


def dump(table, indent, out):
    pad = "  " * indent
    out.append(
        f"{pad}{table.get_type()} {table.get_name()} line {table.get_lineno()} "
        f"optimized={table.is_optimized()} nested={table.is_nested()}"
    )
    names = ordered_names(table)
    if isinstance(table, symtable.Function):
        for label, got in [
            ("parameters", table.get_parameters()),
            ("locals", table.get_locals()),
            ("globals", table.get_globals()),
            ("nonlocals", table.get_nonlocals()),
            ("frees", table.get_frees()),
        ]:
            chosen = set(got)
            out.append(f"{pad}  {label}:" + "".join(f" {n}" for n in names if n in chosen))
    elif isinstance(table, symtable.Class):
        out.append(f"{pad}  methods:" + "".join(f" {n}" for n in table.get_methods()))
    raw = table._table.symbols
    for name in names:
        sym = table.lookup(name)
        flags = raw[name]
        scope = SCOPE_NAMES.get((flags >> SCOPE_OFF) & SCOPE_MASK, "?")
        preds = " ".join(p for p in PREDICATES if getattr(sym, "is_" + p)())
        out.append(f"{pad}  symbol {name}: {flag_text(flags)} scope={scope} [{preds}]")
    for child in table.get_children():
        dump(child, indent + 1, out)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3.11 tools/symtable_dump.py FILE")
    path = sys.argv[1]
    with open(path, "rb") as f:
        source = f.read()
    try:
        top = symtable.symtable(source, path, "exec")
    except (SyntaxError, RecursionError) as e:
        sys.stderr.write("".join(traceback.format_exception_only(e)))
        sys.exit(1)
    out = []
    dump(top, 0, out)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
