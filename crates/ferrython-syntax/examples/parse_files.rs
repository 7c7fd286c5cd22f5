//! Parses the files named on the command line and prints, for each, a
//! header line `=== <path>` followed by `ast.dump(tree, include_attributes=True)`
//! or the SyntaxError as `ERROR <Kind>: <msg> (<lineno>, <offset>, <end_lineno>, <end_offset>)`.
//! `-q` prints only timing totals (for benchmarking); `-e` parses in eval mode.
//! Used by `tools/compare_ast.py`-style scripts to diff against CPython.

use std::io::Write;
use std::time::Instant;

use ferrython_syntax::{ast_dump, parse, source, Mode};

fn main() {
    let mut quiet = false;
    let mut tokens_only = false;
    let mut mode = Mode::Exec;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "-q" => quiet = true,
            "-t" => {
                quiet = true;
                tokens_only = true
            }
            "-e" => mode = Mode::Eval,
            "-s" => mode = Mode::Single,
            _ => files.push(a),
        }
    }
    // Deeply nested input recurses deeply; give the parser room, as the CLI does.
    let child = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || run(&files, quiet, tokens_only, mode))
        .expect("spawn parser thread");
    let _ = child.join();
}

/// `tokens_only` times the tokenizer alone, to see the parser's share.
fn run(files: &[String], quiet: bool, tokens_only: bool, mode: Mode) {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut bytes_total = 0usize;
    let mut parse_time = 0f64;
    for path in files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                let _ = writeln!(out, "=== {path}\nIOERROR {e}");
                continue;
            }
        };
        let text = match source::decode_source(&bytes, path) {
            Ok(t) => t,
            Err(e) => {
                let _ = writeln!(out, "=== {path}\nERROR {}: {}", e.kind.name(), e.msg);
                continue;
            }
        };
        bytes_total += text.len();
        let t0 = Instant::now();
        if tokens_only {
            let t = ferrython_syntax::lexer::tokenize(&text);
            parse_time += t0.elapsed().as_secs_f64();
            drop(t);
            continue;
        }
        let result = parse(&text, mode);
        parse_time += t0.elapsed().as_secs_f64();
        if quiet {
            continue;
        }
        let _ = writeln!(out, "=== {path}");
        match result {
            Ok(m) => {
                let _ = writeln!(out, "{}", ast_dump::dump_mod(&m.module));
            }
            Err(e) => {
                let _ = writeln!(
                    out,
                    "ERROR {}: {} ({}, {}, {}, {})",
                    e.kind.name(),
                    e.msg,
                    e.lineno,
                    e.offset,
                    e.end_lineno,
                    e.end_offset
                );
            }
        }
    }
    if quiet {
        let mb = bytes_total as f64 / 1e6;
        let _ = writeln!(out, "{} files, {:.1} MB, {:.3} s, {:.1} MB/s", files.len(), mb, parse_time, mb / parse_time);
    }
}
