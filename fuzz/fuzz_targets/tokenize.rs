//! The tokenizer alone, in the full-stream mode used by `-X dump=tokens`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        std::hint::black_box(ferrython_syntax::tokens_dump::dump_tokens(text).is_ok());
    }
});
