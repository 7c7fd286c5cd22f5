//! Ferrython's front end: source decoding, tokenizer, parser and AST.
//!
//! The pipeline mirrors CPython 3.11's: `source` decodes bytes (PEP 263,
//! BOM), `lexer` turns text into `token::Token`s, `parser` (hand-written,
//! one function per rule of CPython's `Grammar/python.gram`) builds the
//! `ast` and reports `error::SyntaxError`s with CPython's messages and
//! positions, and `ast_dump` prints the tree as `ast.dump` does.

pub mod ast;
pub mod ast_dump;
pub mod codec_tables;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod pystr;
pub mod repr;
pub mod source;
pub mod string;
pub mod token;
pub mod tokens_dump;
pub mod unicode_tables;

pub use error::{CompileWarning, SyntaxError, SyntaxErrorKind};
pub use parser::{parse, parse_with_warnings, Mode, ParseFailure, ParseOutput};
