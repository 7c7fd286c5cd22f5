#!/usr/bin/env python3
"""How often each instruction runs, and what it costs, for one program.

usage: python3.11 tools/opcode_profile.py [--binary PATH] PROGRAM.py [ARGS...]

Runs the program under callgrind (valgrind must be installed) with a
release build of ferrython, then reads the dispatch `match` of
`step_loop` back from the machine code: the jump table that the loop's one
indirect jump uses maps each opcode (the `Instr` discriminant, in the order
of crates/ferrython-bytecode/src/opcodes.rs) to the first instruction of
its arm, and callgrind's count for that instruction is how many times the
opcode was dispatched. Arms shared by several opcodes are reported once.

It prints, per opcode: dispatches, and the share of all dispatches. This
is the profile to read before adding a quickened instruction or a fused
one: the bytecode the benchmarks really run, not the bytecode one expects.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def opcode_names():
    text = open(os.path.join(ROOT, "crates/ferrython-bytecode/src/opcodes.rs")).read()
    body = text[text.index("opcodes! {"):]
    return re.findall(r"^    ([A-Z][A-Za-z0-9]*) \{[^}]*\} =>", body, re.M)


def disassemble(binary, symbol):
    out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", "-C", binary], capture_output=True, text=True).stdout
    lines, inside = [], False
    for line in out.splitlines():
        if line.endswith(">:"):
            inside = f"<{symbol}>:" in line
            continue
        if inside:
            lines.append(line)
    return lines


def jump_table(binary, lines, count):
    """The address of the first jump table `step_loop` indexes by a
    sign-extended 32-bit entry, and its first `count` targets."""
    for i, line in enumerate(lines):
        m = re.search(r"lea\s+-?0x[0-9a-f]+\(%rip\),(%r\w+)\s+# ([0-9a-f]+)", line)
        if not m:
            continue
        reg, table = m.group(1), int(m.group(2), 16)
        for follow in lines[i + 1:i + 3]:
            if re.search(r"movslq\s+\(" + re.escape(reg) + r",%r\w+,4\)", follow):
                dump = subprocess.run(
                    ["objdump", "-s", f"--start-address={table:#x}", f"--stop-address={table + 4 * count:#x}", binary],
                    capture_output=True, text=True).stdout
                data = bytearray()
                for row in dump.splitlines():
                    parts = row.split()
                    if parts and re.fullmatch(r"[0-9a-f]+", parts[0]) and len(parts) > 1:
                        for word in parts[1:5]:
                            if re.fullmatch(r"[0-9a-f]{2,8}", word):
                                data += bytes.fromhex(word)
                targets = [table + int.from_bytes(data[4 * k:4 * k + 4], "little", signed=True) for k in range(count)]
                jump = None
                for after in lines[i + 1:i + 6]:
                    if re.search(r"jmp\s+\*%r", after):
                        jump = int(after.split(":")[0], 16)
                        break
                return targets, jump
    sys.exit("could not find step_loop's dispatch table")


def instruction_counts(callgrind_out):
    """Self Ir per instruction address (callgrind --dump-instr=yes)."""
    counts = collections.Counter()
    prev = 0
    skip = False
    for line in open(callgrind_out):
        if line.startswith("calls="):
            skip = True
            continue
        if not line or not (line[0].isdigit() or line[0] in "+-*"):
            continue
        tok = line.split()
        a = tok[0]
        if a == "*":
            addr = prev
        elif a[0] in "+-":
            addr = prev + int(a, 0)
        else:
            addr = int(a, 0)
        prev = addr
        if skip:
            skip = False
            continue
        if len(tok) > 2:
            counts[addr] += int(tok[2])
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/ferrython"))
    ap.add_argument("program", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    if not args.program:
        ap.error("no program")
    names = opcode_names()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", "--dump-instr=yes", f"--callgrind-out-file={out}",
                        args.binary, *args.program], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        counts = instruction_counts(out)
    lines = disassemble(args.binary, "ferrython_vm::eval::step_loop")
    targets, jump = jump_table(args.binary, lines, len(names))
    by_target = collections.defaultdict(list)
    for name, t in zip(names, targets):
        by_target[t].append(name)
    # Every dispatch runs the indirect jump; an arm that does nothing
    # (`Nop`) jumps back to the loop head, whose count is every dispatch,
    # so its own count is what the other arms leave.
    total = counts.get(jump, 0) or 1
    rows = [(counts.get(t, 0), "|".join(ns)) for t, ns in by_target.items()]
    rows = [(c, n) for c, n in rows if c < total]
    rows.append((total - sum(c for c, _ in rows), "Nop (and any arm entered at the loop head)"))
    print(f"{'dispatches':>12}  {'share':>6}  opcode")
    for c, n in sorted(rows, reverse=True):
        if c:
            print(f"{c:12d}  {100 * c / total:5.1f}%  {n}")
    print(f"{total:12d}  total")


if __name__ == "__main__":
    main()
