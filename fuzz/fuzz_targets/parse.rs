//! Tokenizer + parser on arbitrary bytes: decoding (PEP 263), then every
//! parse mode. Any panic, overflow or timeout is a bug; a SyntaxError is fine.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = ferrython_syntax::source::decode_source(data, "<fuzz>") {
        for mode in [ferrython_syntax::Mode::Exec, ferrython_syntax::Mode::Eval, ferrython_syntax::Mode::Single] {
            if let Ok(out) = ferrython_syntax::parse(&text, mode) {
                // The printer must cope with whatever the parser builds.
                std::hint::black_box(ferrython_syntax::ast_dump::dump_mod(&out.module));
            }
        }
    }
});
