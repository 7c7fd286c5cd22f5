//! Shared machinery of the differential test runners: find the programs,
//! run the `ferrython` binary on each (two at a time), compare byte for byte
//! with the expectations CPython produced (`python3.11
//! tools/regen_expected.py`), and report every mismatch with a short diff.

// Each runner includes this module and uses only part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The workspace root, canonical (CPython prints `getcwd()`-based paths,
/// and `getcwd()` is canonical).
pub fn root() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    dir.canonicalize().unwrap_or(dir)
}

/// The test programs `tests/<dir>/*.py`, sorted; names starting with `_`
/// are helper scripts.
pub fn programs(dir: &str) -> Vec<String> {
    let path = root().join("tests").join(dir);
    let mut names: Vec<String> = std::fs::read_dir(&path)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", path.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".py") && !name.starts_with('_'))
        .map(|name| name.trim_end_matches(".py").to_string())
        .collect();
    names.sort();
    names
}

/// Runs `ferrython ARGS...` in the workspace root with a clean environment.
pub fn run_ferrython(args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferrython"));
    cmd.args(args).current_dir(root()).stdin(Stdio::null());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(key);
        }
    }
    cmd.env("PYTHONHASHSEED", "0");
    cmd.output().unwrap_or_else(|e| panic!("cannot run ferrython: {e}"))
}

/// Removes the workspace root prefix from paths in the output, as
/// tools/regen_expected.py does for CPython's.
pub fn strip_root(bytes: &[u8]) -> Vec<u8> {
    let prefix = format!("{}/", root().display()).into_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(&prefix) {
            i += prefix.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// Reads an expectation file; a missing one is a failure, not a skip.
pub fn expected(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| {
        format!("cannot read {}: {e}\n  (run `python3.11 tools/regen_expected.py` to create it)", path.display())
    })
}

/// A short description of the first difference between two outputs: the
/// line number and up to two lines of context from each side.
pub fn short_diff(what: &str, want: &[u8], got: &[u8]) -> Option<String> {
    if want == got {
        return None;
    }
    let want_text = String::from_utf8_lossy(want);
    let got_text = String::from_utf8_lossy(got);
    let want_lines: Vec<&str> = want_text.split_inclusive('\n').collect();
    let got_lines: Vec<&str> = got_text.split_inclusive('\n').collect();
    let first =
        want_lines.iter().zip(&got_lines).position(|(a, b)| a != b).unwrap_or(want_lines.len().min(got_lines.len()));
    let mut out = format!("  {what} differs at line {}:\n", first + 1);
    let show = |out: &mut String, sign: char, lines: &[&str]| {
        let end = (first + 2).min(lines.len());
        if first >= lines.len() {
            out.push_str(&format!("    {sign} <end of output>\n"));
        }
        for line in &lines[first.min(end)..end] {
            out.push_str(&format!("    {sign} {}\n", clip(&format!("{line:?}"))));
        }
    };
    show(&mut out, '-', &want_lines);
    show(&mut out, '+', &got_lines);
    if let Some(col) = first_column(want_lines.get(first), got_lines.get(first)) {
        out.push_str(&format!("    (first difference at byte {col} of the line)\n"));
    }
    Some(out)
}

fn first_column(a: Option<&&str>, b: Option<&&str>) -> Option<usize> {
    let (a, b) = (a?.as_bytes(), b?.as_bytes());
    Some(a.iter().zip(b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len())))
}

/// Long lines (whole-module AST dumps) are clipped for the report.
fn clip(s: &str) -> String {
    const MAX: usize = 400;
    if s.len() <= MAX {
        return s.to_string();
    }
    let mut end = MAX;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}... ({} bytes)", &s[..end], s.len())
}

/// Checks every program with `check` (which returns a mismatch report or
/// `None`) on two threads, prints all mismatches and a count, and panics if
/// any program failed.
/// `dir` is the programs' directory under tests/, for the report.
pub fn check_all(suite: &str, dir: &str, names: &[String], check: impl Fn(&str) -> Option<String> + Sync) {
    assert!(!names.is_empty(), "no test programs found for {suite}");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(i) else { break };
                if let Some(report) = check(name) {
                    failures.lock().unwrap_or_else(|e| e.into_inner()).push((name.clone(), report));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    for (name, report) in &failures {
        eprintln!("MISMATCH tests/{dir}/{name}.py ({suite})\n{report}");
    }
    let passed = names.len() - failures.len();
    eprintln!("{suite}: {passed}/{} programs match CPython 3.11", names.len());
    assert!(
        failures.is_empty(),
        "{suite}: {} of {} programs differ from CPython 3.11 (see above)",
        failures.len(),
        names.len()
    );
}
