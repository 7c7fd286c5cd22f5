//! Prints the token stream of Python files as `python3.11 -m tokenize -e`
//! does (the tokenizer's self-check against CPython uses it).
//!
//! Usage: `cargo run --release -p ferrython-syntax --example dump_tokens -- FILE...`
//! With one file, the dump goes to stdout. With several, each dump goes to
//! `OUTDIR/<index>.tok` when `DUMP_OUTDIR` is set (the stdlib comparison
//! script uses this to avoid starting a process per file).
//! `--bench FILE...` instead times parser-mode tokenizing and prints MB/s.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--bench") {
        bench(&args[1..]);
        return;
    }
    let outdir = std::env::var("DUMP_OUTDIR").ok();
    let mut status = 0;
    for (i, path) in args.iter().enumerate() {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{}: {}", path, e);
                status = 1;
                continue;
            }
        };
        let out = match ferrython_syntax::tokens_dump::dump_tokens_bytes(&bytes, path) {
            Ok(s) => s,
            Err(e) => {
                status = 1;
                format!("ERROR {}: {} ({}:{})\n", e.kind.name(), e.msg, e.lineno, e.offset)
            }
        };
        match &outdir {
            Some(dir) => {
                let _ = std::fs::write(format!("{}/{}.tok", dir, i), out);
            }
            None => {
                let _ = std::io::stdout().write_all(out.as_bytes());
            }
        }
    }
    std::process::exit(status);
}

fn bench(paths: &[String]) {
    let sources: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|b| ferrython_syntax::source::decode_source(&b, "f").ok().map(|s| s.into_owned()))
        .collect();
    let total: usize = sources.iter().map(String::len).sum();
    let mut best = f64::MAX;
    let mut ntok = 0;
    for _ in 0..5 {
        let t = std::time::Instant::now();
        ntok = 0;
        for s in &sources {
            let (toks, _) = ferrython_syntax::lexer::tokenize(s);
            ntok += toks.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} files, {:.1} MB, {} tokens, best {:.3} s, {:.0} MB/s",
        sources.len(),
        total as f64 / 1e6,
        ntok,
        best,
        total as f64 / 1e6 / best
    );
}
