//! `-X dump=tokens`: the token stream printed exactly as
//! `python3.11 -m tokenize -e FILE` prints it.
//!
//! That command runs the pure-Python `Lib/tokenize.py`, whose stream
//! differs from the C tokenizer's in ways the full-mode lexer reproduces
//! (COMMENT, NL). What is left here is its presentation: an ENCODING line
//! first, then one line per token,
//! `"%-20s%-15s%-15r" % ("L,C-L,C:", exact_type_name, string)`, where
//! columns count characters (tokenize works on `str` lines), keywords are
//! NAME, and the implicit NEWLINE at the end of a file without a final line
//! break is the empty string spanning one column.

use std::fmt::Write;

use crate::error::SyntaxError;
use crate::lexer::Lexer;
use crate::source::{decode_source, detect_encoding};
use crate::token::{Token, TokenKind};

/// Dumps a decoded source whose encoding `tokenize` reports as `utf-8`.
pub fn dump_tokens(source: &str) -> Result<String, SyntaxError> {
    dump_tokens_with_encoding(source, "utf-8")
}

/// Dumps a source file given as bytes (decoding it as CPython does) and
/// reports its encoding as `tokenize.detect_encoding` would.
pub fn dump_tokens_bytes(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let enc = detect_encoding(bytes)?;
    let text = decode_source(bytes, filename)?;
    dump_tokens_with_encoding(&text, enc.tokenize_name())
}

/// Dumps `source`, printing `encoding` as the ENCODING token.
pub fn dump_tokens_with_encoding(source: &str, encoding: &str) -> Result<String, SyntaxError> {
    let mut out = String::with_capacity(source.len() * 6 + 64);
    line(&mut out, (0, 0), (0, 0), "ENCODING", encoding);
    let mut lexer = Lexer::new_full(source);
    loop {
        let tok = lexer.next_token()?;
        let text = tok.text(source);
        let (start, end) = char_positions(source, &tok);
        line(&mut out, start, end, type_name(&tok, text), text);
        if tok.kind == TokenKind::EndMarker {
            return Ok(out);
        }
    }
}

/// `tokenize`'s exact type name: keywords are NAME, operators their type,
/// and operators `token.EXACT_TOKEN_TYPES` lacks are OP.
fn type_name(tok: &Token, text: &str) -> &'static str {
    match tok.kind {
        // `<>` is two tokens for `tokenize`; we only see it as one in an
        // invalid file, so say what it is.
        TokenKind::NotEqualBarry => "OP",
        TokenKind::Exclamation => "ERRORTOKEN",
        k => {
            let _ = text;
            k.cpython_name()
        }
    }
}

/// Start and end as (line, character column).
fn char_positions(source: &str, tok: &Token) -> ((u32, u32), (u32, u32)) {
    let b = source.as_bytes();
    let start_line = (tok.start - tok.col_offset) as usize;
    let start_col = char_count(&b[start_line..tok.start as usize]);
    let start = (tok.lineno, start_col);
    let end = match tok.kind {
        TokenKind::Newline | TokenKind::Nl => {
            let len = char_count(&b[tok.start as usize..tok.end as usize]);
            // The implicit NEWLINE ('') still spans one column.
            let len = if len == 0 && tok.kind == TokenKind::Newline { 1 } else { len };
            (tok.lineno, start_col + len)
        }
        _ => {
            let end_line = (tok.end - tok.end_col_offset) as usize;
            (tok.end_lineno, char_count(&b[end_line..tok.end as usize]))
        }
    };
    (start, end)
}

fn char_count(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&c| (c & 0xC0) != 0x80).count() as u32
}

fn line(out: &mut String, start: (u32, u32), end: (u32, u32), kind: &str, text: &str) {
    let range = format!("{},{}-{},{}:", start.0, start.1, end.0, end.1);
    let repr = py_repr(text);
    // "%-20s%-15s%-15r": pad to the width in characters.
    let _ = write!(out, "{:<20}{:<15}{:<15}", range, kind, repr);
    // `{:<15}` pads by `char` count, as Python does by code points.
    out.push('\n');
}

/// Python's `repr()` of a `str`.
pub(crate) fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut r = String::with_capacity(s.len() + 2);
    r.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => r.push_str("\\\\"),
            '\n' => r.push_str("\\n"),
            '\r' => r.push_str("\\r"),
            '\t' => r.push_str("\\t"),
            c if c == quote => {
                r.push('\\');
                r.push(c);
            }
            c if (c as u32) < 0x7f && (c as u32) >= 0x20 => r.push(c),
            c if (c as u32) < 0x80 => {
                let _ = write!(r, "\\x{:02x}", c as u32);
            }
            c if crate::unicode_tables::is_printable(c as u32) => r.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(r, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(r, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(r, "\\U{:08x}", c as u32);
            }
        }
    }
    r.push(quote);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        assert_eq!(py_repr("a"), "'a'");
        assert_eq!(py_repr("'"), "\"'\"");
        assert_eq!(py_repr("'\""), "'\\'\"'");
        assert_eq!(py_repr("\u{c}\u{a0}é\u{200b}"), "'\\x0c\\xa0é\\u200b'");
    }

    #[test]
    fn simple_dump() {
        let got = dump_tokens("if x:\n    y = 1  # c\n").unwrap();
        let want = "\
0,0-0,0:            ENCODING       'utf-8'        
1,0-1,2:            NAME           'if'           
1,3-1,4:            NAME           'x'            
1,4-1,5:            COLON          ':'            
1,5-1,6:            NEWLINE        '\\n'           
2,0-2,4:            INDENT         '    '         
2,4-2,5:            NAME           'y'            
2,6-2,7:            EQUAL          '='            
2,8-2,9:            NUMBER         '1'            
2,11-2,14:          COMMENT        '# c'          
2,14-2,15:          NEWLINE        '\\n'           
3,0-3,0:            DEDENT         ''             
3,0-3,0:            ENDMARKER      ''             
";
        assert_eq!(got, want);
    }
}
