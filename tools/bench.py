#!/usr/bin/env python3.11
"""Run the Python benchmarks under Ferrython and CPython side by side.

    python3.11 tools/bench.py [--ferrython PATH] [--python PATH] [--runs N]
                              [--startup-runs N] [--timeout S] [--json FILE]
                              [--list] [name ...]

Programs are benches/python/NAME.py; with no names, all of them run, then
the startup measurement (`-c pass`). Naming programs runs only those;
`startup` is accepted as a name.

Method
- The two interpreters run each program alternately, N rounds (default 5);
  the order flips every round (C F, F C, C F, ...) so neither always runs
  with a warm or cold cache after the other.
- The reported time is the MINIMUM wall time of the N runs. Interference
  from the rest of the machine (compiles, other sessions; the machine has
  two cores) only ever adds time, so the fastest run is the best estimate
  of the program's own cost and the most repeatable one. The median is
  also recorded in the JSON output for comparison.
- Wall time is measured around the whole process (spawn to exit), so
  interpreter start-up is included in every figure, for both sides alike.
- The CPU time (user + system) of each run is recorded too, from the
  child's resource usage, and its minimum-based ratio is printed beside
  the wall-clock one ("cpu"), with its own geometric mean. On a shared
  machine a run that is descheduled for a while gains wall time but no CPU
  time, so the CPU ratio is the steadier of the two; the wall-clock ratio
  stays the headline figure.
- Correctness: CPython's stdout of its first run is the expectation (and
  CPython must exit with status 0). Every Ferrython run must exit with 0
  and print exactly the same bytes. Otherwise the program is reported as
  FAIL with the reason, Ferrython stops being run on it, and it is left out
  of the geometric mean; the remaining programs still run.
- ratio = Ferrython seconds / CPython seconds (below 1.0 means Ferrython is
  faster). The summary gives the geometric mean and the maximum ratio over
  the programs that passed. Startup (`-c pass`, --startup-runs rounds,
  default 20) is printed on its own line and is not part of the geometric
  mean: it measures a fixed cost, not execution speed.
- PYTHONHASHSEED=0 is set for both interpreters to remove one source of
  run-to-run variation in CPython (the programs' output does not depend on
  it).

Defaults: --ferrython is target/release/ferrython under the workspace
root; --python is the first `python3.11` on PATH that does not live under
~/.pyenv (pyenv's shim runs an unoptimized build about 19% slower; the
yardstick is Debian's optimized /usr/bin/python3.11), falling back to
/usr/bin/python3.11.

Exit status: 0 when the measurement ran, whatever the results (failures
are part of the report); 2 on usage errors (unknown program, missing
interpreter).
"""

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "benches", "python")
STARTUP = "startup"


def default_python():
    """First python3.11 on PATH outside ~/.pyenv, else /usr/bin/python3.11."""
    pyenv = os.path.realpath(os.path.expanduser("~/.pyenv"))
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        candidate = os.path.join(directory or ".", "python3.11")
        if not (os.path.isfile(candidate) and os.access(candidate, os.X_OK)):
            continue
        for path in (os.path.abspath(candidate), os.path.realpath(candidate)):
            if path == pyenv or path.startswith(pyenv + os.sep):
                break
        else:
            return candidate
    return "/usr/bin/python3.11"


def available_programs():
    return sorted(f[:-3] for f in os.listdir(BENCH_DIR) if f.endswith(".py") and not f.startswith("_"))


def children_cpu():
    """User + system CPU seconds of all waited-for children so far."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_once(argv, env, timeout):
    """Run argv; return (wall seconds, CPU seconds, returncode, stdout, stderr)."""
    start, cpu = time.perf_counter(), children_cpu()
    try:
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, 0.0, None, b"", b"timed out after %gs" % timeout
    except OSError as e:
        return 0.0, 0.0, None, b"", str(e).encode()
    return time.perf_counter() - start, children_cpu() - cpu, proc.returncode, proc.stdout, proc.stderr


def describe_failure(status, err):
    """Why a run failed: the exit status and the last line of stderr."""
    if status is None:  # timed out or could not start; run_once put why in err
        return last_line(err)
    return f"exit status {status}: {last_line(err)}"


def last_line(data):
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else ""


def first_difference(expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines()
    act = actual.decode("utf-8", "replace").splitlines()
    for i, (e, a) in enumerate(zip(exp, act)):
        if e != a:
            return f"stdout line {i + 1}: expected {e[:60]!r}, got {a[:60]!r}"
    return f"stdout has {len(act)} lines, expected {len(exp)}"


def measure(name, args, ferrython, python, rounds, timeout, env):
    """Alternate the two interpreters on one program; return a result dict."""
    cpython_times, ferrython_times = [], []
    cpython_cpu, ferrython_cpu = [], []
    expected = None
    failure = None
    for r in range(rounds):
        order = ("c", "f") if r % 2 == 0 else ("f", "c")
        for who in order:
            if who == "c":
                secs, cpu, status, out, err = run_once([python] + args, env, timeout)
                if status != 0:
                    # The program itself is broken (or CPython is): not a
                    # Ferrython failure, but nothing to compare against.
                    return {"name": name, "status": "ERROR",
                            "reason": "CPython " + describe_failure(status, err)}
                if expected is None:
                    expected = out
                elif out != expected:
                    return {"name": name, "status": "ERROR", "reason": "CPython output varies between runs"}
                cpython_times.append(secs)
                cpython_cpu.append(cpu)
            elif failure is None:
                secs, cpu, status, out, err = run_once([ferrython] + args, env, timeout)
                # Round 0 runs CPython first, so `expected` is set here.
                if status != 0:
                    failure = describe_failure(status, err)
                elif out != expected:
                    failure = first_difference(expected, out)
                else:
                    ferrython_times.append(secs)
                    ferrython_cpu.append(cpu)
    result = {
        "name": name,
        "cpython_times": cpython_times,
        "cpython_min": min(cpython_times),
        "cpython_median": statistics.median(cpython_times),
    }
    if failure is not None:
        result.update(status="FAIL", reason=failure)
        return result
    result.update(
        status="ok",
        ferrython_times=ferrython_times,
        ferrython_min=min(ferrython_times),
        ferrython_median=statistics.median(ferrython_times),
        ratio=min(ferrython_times) / min(cpython_times),
        cpython_cpu=cpython_cpu,
        ferrython_cpu=ferrython_cpu,
        cpu_ratio=min(ferrython_cpu) / max(min(cpython_cpu), 1e-9),
    )
    return result


def print_row(result):
    name = result["name"]
    if result["status"] == "ok":
        print(f"{name:<18} {result['cpython_min']:>9.3f} {result['ferrython_min']:>10.3f} {result['ratio']:>7.2f}"
              f" {result['cpu_ratio']:>6.2f}", flush=True)
    elif "cpython_min" in result:
        print(f"{name:<18} {result['cpython_min']:>9.3f} {'FAIL':>10} {'':>7}  {result['reason']}", flush=True)
    else:
        print(f"{name:<18} {'ERROR':>9} {'':>10} {'':>7}  {result['reason']}", flush=True)


def version_of(interpreter):
    try:
        proc = subprocess.run([interpreter, "-V"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return (proc.stdout or proc.stderr).decode("utf-8", "replace").strip()


def main():
    parser = argparse.ArgumentParser(
        description="Run benches/python/*.py under Ferrython and CPython alternately; print time ratios.")
    parser.add_argument("names", nargs="*", help="programs to run (default: all, then startup)")
    parser.add_argument("--ferrython", default=os.path.join(ROOT, "target", "release", "ferrython"))
    parser.add_argument("--python", default=None, help="reference CPython (default: Debian's python3.11)")
    parser.add_argument("--runs", type=int, default=5, help="alternating rounds per program (default 5)")
    parser.add_argument("--startup-runs", type=int, default=20, help="rounds for `-c pass` (default 20)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before one run is killed (default 120)")
    parser.add_argument("--json", metavar="FILE", help="also write all timings to FILE as JSON")
    parser.add_argument("--list", action="store_true", help="list the programs and exit")
    args = parser.parse_args()

    programs = available_programs()
    if args.list:
        print("\n".join(programs + [STARTUP]))
        return 0
    if args.runs < 1 or args.startup_runs < 1:
        parser.error("--runs and --startup-runs must be at least 1")
    unknown = [n for n in args.names if n not in programs and n != STARTUP]
    if unknown:
        parser.error(f"unknown program(s): {', '.join(unknown)} (see --list)")
    python = args.python or default_python()
    for label, path in (("--python", python), ("--ferrython", args.ferrython)):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            hint = " (build it with `cargo build --release`)" if label == "--ferrython" else ""
            parser.error(f"{label} {path}: not an executable file{hint}")

    selected = [n for n in programs if not args.names or n in args.names]
    with_startup = not args.names or STARTUP in args.names
    env = dict(os.environ, PYTHONHASHSEED="0")

    print(f"CPython:   {python} ({version_of(python)})")
    print(f"Ferrython: {args.ferrython}")
    print(f"{args.runs} alternating rounds per program, minimum wall time in seconds\n")
    print(f"{'program':<18} {'CPython':>9} {'Ferrython':>10} {'ratio':>7} {'cpu':>6}")
    results = []
    for name in selected:
        path = os.path.join(BENCH_DIR, name + ".py")
        result = measure(name, [path], args.ferrython, python, args.runs, args.timeout, env)
        results.append(result)
        print_row(result)

    passed = [r for r in results if r["status"] == "ok"]
    summary = {"programs": len(results), "passed": len(passed)}
    print()
    if passed:
        ratios = [r["ratio"] for r in passed]
        geomean = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        worst = max(passed, key=lambda r: r["ratio"])
        summary.update(geomean=geomean, max_ratio=worst["ratio"], max_ratio_program=worst["name"])
        cpu_ratios = [r["cpu_ratio"] for r in passed]
        cpu_geomean = math.exp(sum(math.log(x) for x in cpu_ratios) / len(cpu_ratios))
        cpu_worst = max(passed, key=lambda r: r["cpu_ratio"])
        summary.update(cpu_geomean=cpu_geomean, cpu_max_ratio=cpu_worst["cpu_ratio"])
        print(f"geometric mean of ratios: {geomean:.2f}  ({len(passed)}/{len(results)} programs passed)")
        print(f"maximum ratio:            {worst['ratio']:.2f}  ({worst['name']})")
        print(f"CPU time: geometric mean {cpu_geomean:.2f}, maximum {cpu_worst['cpu_ratio']:.2f} ({cpu_worst['name']})")
    elif results:
        print(f"no program passed (0/{len(results)}); no geometric mean")

    startup = None
    if with_startup:
        startup = measure(STARTUP, ["-c", "pass"], args.ferrython, python, args.startup_runs, args.timeout, env)
        if startup["status"] == "ok":
            print(f"startup (-c pass, {args.startup_runs} rounds): CPython {startup['cpython_min'] * 1000:.1f} ms, "
                  f"Ferrython {startup['ferrython_min'] * 1000:.1f} ms, ratio {startup['ratio']:.2f}")
        else:
            print(f"startup (-c pass): {startup['status']}: {startup['reason']}")

    if args.json:
        report = {
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "host": platform.node(),
            "cpython": {"path": python, "version": version_of(python)},
            "ferrython": {"path": args.ferrython},
            "runs": args.runs,
            "startup_runs": args.startup_runs,
            "statistic": "min",
            "results": results,
            "summary": summary,
            "startup": startup,
        }
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
