//! Hostile inputs: deep nesting, huge files, huge tokens.
//!
//! Every test builds its input in memory (nothing large is committed), parses
//! it with `ferrython_syntax::parse(source, Mode::Exec)` and checks that the
//! outcome is the one CPython 3.11's parser gives for the same text: the tree
//! is built, or the same exception class and message (and position, where
//! CPython reports one). A panic, a native stack overflow or a hang is always
//! a failure.
//!
//! # How the parse is run
//!
//! Each parse runs on a spawned thread with a 64 MiB stack, as the
//! `ferrython` command line does for its main thread, so these tests check the
//! depth limits the real binary has (the default 2 MiB test-thread stack would
//! be stricter than production). The thread also drops the result, so a
//! recursive `Drop` of a deep tree is covered. The test thread waits with a
//! time bound; the bounds are generous because tests usually run unoptimized
//! on a loaded 2-core machine.
//!
//! # What CPython does (measured with python3.11 3.11.7, `ast.parse` and
//! `compile`)
//!
//! | input | CPython 3.11 |
//! |---|---|
//! | 100,000 nested `(` / `[` / `{` (or mixed) | `SyntaxError: too many nested parentheses` at line 1, offset 201 (the tokenizer's MAXLEVEL = 200) |
//! | 199 nested brackets inside an f-string replacement field | parses; 200 gives `too many nested parentheses` |
//! | 99 nested `if` blocks, one space per level | parses |
//! | 100 or 200 nested `if` blocks | `IndentationError: too many levels of indentation`, line 101, offset 1 (MAXINDENT = 100) |
//! | 100,000 nested unary minus (also `not`, `x if c else …`) | `MemoryError` (parser's MAXSTACK = 6000); the parser accepts up to 5,969 levels |
//! | nested `lambda: ` or right-nested `**` | parser accepts 2,984 levels; 2,985 → `MemoryError` |
//! | `1+1+…+1` of 10 MB, `a[0][0]…`, `f()()…`, `a.b.b…` (100,000 deep) | the parser succeeds; `ast.parse` then fails with `RecursionError: maximum recursion depth exceeded during ast construction` (converting the tree to Python objects, beyond ~2,988 levels) and `compile` with `RecursionError: maximum recursion depth exceeded during compilation` (symtable). Both are later stages than `ferrython_syntax::parse`, which must succeed. |
//! | 1,000,000 lines `x = 1` | parses (14 s in `ast.parse`, mostly object conversion) |
//! | a 10 MB string literal | parses |
//! | one line with a million tokens (`x = [1,1,…]`) | parses |
//! | f-strings nested four deep with the four quote kinds | parses |
//! | format specs nested three deep (`f'{x:{y:{z}}}'`) | `SyntaxError: f-string: expressions nested too deeply` |
//!
//! CPython's MemoryError carries no message; Ferrython's parser reports it as
//! a `SyntaxError` value whose `kind.name()` is `"MemoryError"`, which the
//! caller raises as MemoryError.

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use ferrython_syntax::{parse, Mode};

/// The stack the `ferrython` binary gives its main thread.
const STACK_SIZE: usize = 64 * 1024 * 1024;

/// What a parse produced: `None` for a tree, or the error's class name,
/// message, line and offset.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Parsed,
    Error { class: String, msg: String, lineno: i64, offset: i64 },
}

/// Parses `source` on a 64 MiB thread and returns the outcome, failing the
/// test on a panic or if the parse (including dropping its result) takes
/// longer than `bound`.
fn run(source: String, bound: Duration) -> Outcome {
    let (tx, rx) = mpsc::channel();
    let handle = thread::Builder::new()
        .name("parse".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let start = Instant::now();
            let outcome = match parse(&source, Mode::Exec) {
                Ok(output) => {
                    drop(output);
                    Outcome::Parsed
                }
                Err(e) => Outcome::Error {
                    class: e.kind.name().to_string(),
                    msg: e.msg.clone(),
                    lineno: e.lineno,
                    offset: e.offset,
                },
            };
            drop(source);
            let _ = tx.send((outcome, start.elapsed()));
        })
        .expect("spawn parse thread");
    match rx.recv_timeout(bound) {
        Ok((outcome, elapsed)) => {
            handle.join().expect("parse thread panicked");
            assert!(elapsed <= bound, "parse took {elapsed:?}, bound {bound:?}");
            outcome
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            // The thread ended without sending: it panicked.
            match handle.join() {
                Err(panic) => {
                    let text = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    panic!("parser panicked: {text}");
                }
                Ok(()) => panic!("parse thread ended without a result"),
            }
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("parse did not finish within {bound:?}")
        }
    }
}

fn err(class: &str, msg: &str, lineno: i64, offset: i64) -> Outcome {
    Outcome::Error { class: class.into(), msg: msg.into(), lineno, offset }
}

/// Asserts only the class and message (for errors whose position CPython
/// derives in ways not worth pinning here, or that have none).
fn assert_class_msg(outcome: Outcome, class: &str, msg: &str) {
    match outcome {
        Outcome::Error { class: c, msg: m, .. } => {
            assert_eq!((c.as_str(), m.as_str()), (class, msg));
        }
        Outcome::Parsed => panic!("parsed, expected {class}: {msg}"),
    }
}

const SHORT: Duration = Duration::from_secs(30);
const LONG: Duration = Duration::from_secs(180);

fn nested(open: &str, close: &str, n: usize, inner: &str) -> String {
    let mut s = String::with_capacity((open.len() + close.len()) * n + inner.len() + 1);
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..n {
        s.push_str(close);
    }
    s.push('\n');
    s
}

fn nested_ifs(levels: usize) -> String {
    let mut s = String::new();
    for i in 0..levels {
        s.push_str(&" ".repeat(i));
        s.push_str("if x:\n");
    }
    s.push_str(&" ".repeat(levels));
    s.push_str("pass\n");
    s
}

// ---- brackets: the tokenizer's MAXLEVEL (200) ----

#[test]
fn parentheses_100k() {
    let out = run(nested("(", ")", 100_000, "1"), SHORT);
    assert_eq!(out, err("SyntaxError", "too many nested parentheses", 1, 201));
}

#[test]
fn square_brackets_100k() {
    let out = run(nested("[", "]", 100_000, ""), SHORT);
    assert_eq!(out, err("SyntaxError", "too many nested parentheses", 1, 201));
}

#[test]
fn curly_braces_100k() {
    let out = run(nested("{", "}", 100_000, ""), SHORT);
    assert_eq!(out, err("SyntaxError", "too many nested parentheses", 1, 201));
}

#[test]
fn mixed_brackets_100k() {
    let out = run(nested("([{", "}])", 34_000, ""), SHORT);
    assert_eq!(out, err("SyntaxError", "too many nested parentheses", 1, 201));
}

#[test]
fn parentheses_200_is_the_limit() {
    assert_eq!(run(nested("(", ")", 200, "1"), SHORT), Outcome::Parsed);
    let out = run(nested("(", ")", 201, "1"), SHORT);
    assert_eq!(out, err("SyntaxError", "too many nested parentheses", 1, 201));
}

#[test]
fn parentheses_in_fstring_expression() {
    let ok = format!("f\"{{{}\"\n", nested("(", ")", 199, "1").trim_end().to_string() + "}");
    assert_eq!(run(ok, SHORT), Outcome::Parsed);
    let bad = format!("f\"{{{}\"\n", nested("(", ")", 200, "1").trim_end().to_string() + "}");
    let out = run(bad, SHORT);
    assert_class_msg(out.clone(), "SyntaxError", "too many nested parentheses");
    if let Outcome::Error { lineno, .. } = out {
        assert_eq!(lineno, 1);
    }
}

// ---- indentation: the tokenizer's MAXINDENT (100) ----

#[test]
fn nested_if_99_levels_parse() {
    assert_eq!(run(nested_ifs(99), SHORT), Outcome::Parsed);
}

#[test]
fn nested_if_100_levels() {
    let out = run(nested_ifs(100), SHORT);
    assert_eq!(out, err("IndentationError", "too many levels of indentation", 101, 1));
}

#[test]
fn nested_if_200_levels() {
    let out = run(nested_ifs(200), SHORT);
    assert_eq!(out, err("IndentationError", "too many levels of indentation", 101, 1));
}

// ---- prefix operators and lambdas: the parser's MAXSTACK (6000) ----

#[test]
fn unary_minus_100k() {
    let src = format!("{}1\n", "-".repeat(100_000));
    assert_class_msg(run(src, SHORT), "MemoryError", "");
}

#[test]
fn unary_minus_limit() {
    assert_eq!(run(format!("{}1\n", "-".repeat(5_969)), SHORT), Outcome::Parsed);
    assert_class_msg(run(format!("{}1\n", "-".repeat(5_970)), SHORT), "MemoryError", "");
}

#[test]
fn not_100k() {
    let src = format!("{}x\n", "not ".repeat(100_000));
    assert_class_msg(run(src, SHORT), "MemoryError", "");
}

#[test]
fn conditional_expressions_100k() {
    let src = format!("{}1\n", "1 if x else ".repeat(100_000));
    assert_class_msg(run(src, SHORT), "MemoryError", "");
}

#[test]
fn lambdas_100k() {
    let src = format!("{}1\n", "lambda: ".repeat(100_000));
    assert_class_msg(run(src, SHORT), "MemoryError", "");
}

#[test]
fn lambdas_limit() {
    assert_eq!(run(format!("{}1\n", "lambda: ".repeat(2_984)), SHORT), Outcome::Parsed);
    let out = run(format!("{}1\n", "lambda: ".repeat(2_985)), SHORT);
    assert_class_msg(out, "MemoryError", "");
}

#[test]
fn lambdas_in_parentheses_inside_fstring() {
    let src = format!("f\"{{{}}}\"\n", nested("(lambda: ", ")", 100, "1").trim_end());
    assert_eq!(run(src, SHORT), Outcome::Parsed);
}

#[test]
fn power_chain_100k() {
    let src = format!("2{}\n", "**2".repeat(100_000));
    assert_class_msg(run(src, SHORT), "MemoryError", "");
}

// ---- left-recursive chains: loops in the parser, deep trees ----

#[test]
fn expression_10mb() {
    // "1+1+…+1": 5,000,001 operands, a left-nested BinOp tree 5,000,000 deep.
    let mut src = "1+".repeat(5_000_000);
    src.push_str("1\n");
    assert_eq!(run(src, LONG), Outcome::Parsed);
}

#[test]
fn subscripts_100k() {
    let src = format!("a{}\n", "[0]".repeat(100_000));
    assert_eq!(run(src, SHORT), Outcome::Parsed);
}

#[test]
fn calls_100k() {
    let src = format!("f{}\n", "()".repeat(100_000));
    assert_eq!(run(src, SHORT), Outcome::Parsed);
}

#[test]
fn attributes_100k() {
    let src = format!("a{}\n", ".b".repeat(100_000));
    assert_eq!(run(src, SHORT), Outcome::Parsed);
}

#[test]
fn calls_100k_inside_fstring() {
    let src = format!("f\"{{f{}}}\"\n", "()".repeat(100_000));
    assert_eq!(run(src, SHORT), Outcome::Parsed);
}

// ---- f-string nesting ----

#[test]
fn fstrings_nested_with_four_quote_kinds() {
    let src = "f'''{f\"\"\"{f'{f\"{1}\"}'}\"\"\"}'''\n".to_string();
    assert_eq!(run(src, SHORT), Outcome::Parsed);
}

#[test]
fn fstring_format_specs_nested_too_deeply() {
    let out = run("f'{x:{y:{z}}}'\n".to_string(), SHORT);
    assert_eq!(out, err("SyntaxError", "f-string: expressions nested too deeply", 1, 15));
}

// ---- size ----

#[test]
fn million_lines() {
    let src = "x = 1\n".repeat(1_000_000);
    assert_eq!(run(src, LONG), Outcome::Parsed);
}

#[test]
fn string_literal_10mb() {
    let src = format!("s = '{}'\n", "a".repeat(10_000_000));
    assert_eq!(run(src, LONG), Outcome::Parsed);
}

#[test]
fn triple_quoted_string_10mb_of_lines() {
    let src = format!("s = '''{}'''\n", "abc\n".repeat(2_500_000));
    assert_eq!(run(src, LONG), Outcome::Parsed);
}

#[test]
fn million_tokens_on_one_line() {
    let src = format!("x = [{}]\n", "1,".repeat(1_000_000));
    assert_eq!(run(src, LONG), Outcome::Parsed);
}

#[test]
fn million_tokens_bare_tuple() {
    let src = format!("x = {}\n", "1,".repeat(1_000_000));
    assert_eq!(run(src, LONG), Outcome::Parsed);
}

#[test]
fn long_line_of_names_and_operators() {
    let src = format!("x = {}a\n", "a+".repeat(500_000));
    assert_eq!(run(src, LONG), Outcome::Parsed);
}

#[test]
fn nested_dicts_within_bracket_limit() {
    let src = nested("{1: ", "}", 150, "1");
    assert_eq!(run(src, SHORT), Outcome::Parsed);
}
