//! Golden files for the front end: for each tests/golden/NAME.py,
//! `ferrython -X dump=tokens` must print NAME.tokens (CPython's `python3.11
//! -m tokenize -e`) and `ferrython -X dump=ast` must print NAME.ast
//! (`ast.dump(tree, include_attributes=True)`) and `ferrython -X
//! dump=symtable` must print NAME.symtable (`python3.11
//! tools/symtable_dump.py`, from CPython's `symtable` module), byte for
//! byte, exiting 0.
//! Regenerate with `python3.11 tools/regen_expected.py`.

mod harness;

use harness::{check_all, expected, programs, run_ferrython, short_diff, strip_root};

fn check_dump(name: &str, dump: &str, suffix: &str) -> Option<String> {
    let path = harness::root().join("tests/golden").join(format!("{name}.{suffix}"));
    let want = match expected(&path) {
        Ok(want) => want,
        Err(e) => return Some(format!("  {e}\n")),
    };
    let out = run_ferrython(&["-X", &format!("dump={dump}"), &format!("tests/golden/{name}.py")]);
    // The bytecode dump names the absolute path of the file; compare it
    // relative to the workspace root, as regen_expected.py stores it.
    let mut report = short_diff(&format!("-X dump={dump} stdout"), &want, &strip_root(&out.stdout)).unwrap_or_default();
    if !out.status.success() {
        report.push_str(&format!(
            "  -X dump={dump} exited with {:?}; stderr:\n    {}\n",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).trim_end().replace('\n', "\n    ")
        ));
    }
    (!report.is_empty()).then_some(report)
}

#[test]
fn tokens_match_cpython() {
    check_all("tokens", "golden", &programs("golden"), |name| check_dump(name, "tokens", "tokens"));
}

#[test]
fn ast_matches_cpython() {
    check_all("ast", "golden", &programs("golden"), |name| check_dump(name, "ast", "ast"));
}

#[test]
fn symtable_matches_cpython() {
    check_all("symtable", "golden", &programs("golden"), |name| check_dump(name, "symtable", "symtable"));
}

/// The bytecode dump has no CPython counterpart: NAME.bytecode is
/// Ferrython's own output, reviewed when it changes (a snapshot). Programs
/// the compiler does not support yet have no .bytecode file.
#[test]
fn bytecode_matches_snapshot() {
    let names: Vec<String> = programs("golden")
        .into_iter()
        .filter(|n| harness::root().join("tests/golden").join(format!("{n}.bytecode")).exists())
        .collect();
    assert!(!names.is_empty(), "no bytecode golden files");
    check_all("bytecode", "golden", &names, |name| check_dump(name, "bytecode", "bytecode"));
}
