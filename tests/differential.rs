//! Differential test: `ferrython tests/DIR/NAME.py` must print the
//! same stderr (and stdout) and exit with the same status as `python3.11
//! tests/syntax_errors/NAME.py`, byte for byte. Expectations are
//! NAME.stderr, NAME.status and optionally NAME.stdout, written by
//! `python3.11 tools/regen_expected.py`.

mod harness;

use harness::{check_all, expected, programs, run_ferrython, short_diff, strip_root};

#[test]
fn syntax_errors_match_cpython() {
    compare_runs("syntax_errors");
}

#[test]
fn programs_match_cpython() {
    compare_runs("run");
}

/// Runs every program of tests/SUBDIR and compares with CPython's stored output.
fn compare_runs(subdir: &str) {
    let dir = harness::root().join("tests").join(subdir);
    let names = programs(subdir);
    check_all(subdir, subdir, &names, |name| {
        let load = |suffix: &str| expected(&dir.join(format!("{name}.{suffix}")));
        let (want_stderr, want_status) = match (load("stderr"), load("status")) {
            (Ok(e), Ok(s)) => (e, s),
            (Err(e), _) | (_, Err(e)) => return Some(format!("  {e}\n")),
        };
        let want_stdout = load("stdout").unwrap_or_default();
        let out = run_ferrython(&[&format!("tests/{subdir}/{name}.py")]);
        let status = match out.status.code() {
            Some(code) => format!("{code}\n"),
            None => "killed by a signal\n".to_string(),
        };
        let report: String = [
            short_diff("exit status", &want_status, status.as_bytes()),
            short_diff("stderr", &want_stderr, &strip_root(&out.stderr)),
            short_diff("stdout", &want_stdout, &strip_root(&out.stdout)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!report.is_empty()).then_some(report)
    });
}

/// Every operator and builtin driven with wrong types and bad values gives a
/// Python exception or a value, never a Rust panic or a native crash
/// (tests/robustness/operators_and_builtins.py prints "done" at its end).
#[test]
fn no_crash_from_python_code() {
    let out = run_ferrython(&["tests/robustness/operators_and_builtins.py"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && stdout.ends_with("done\n"), "status {:?}\nstderr:\n{stderr}", out.status);
}
