//! Syntax errors and compile-time warnings, as CPython reports them.
//!
//! The parser and tokenizer produce `SyntaxError` values carrying exactly the
//! attributes of CPython's exception object: `msg`, `lineno`, `offset`,
//! `end_lineno`, `end_offset` and `text`. Offsets are 1-based and counted in
//! characters (code points) of `text`, as CPython converts them from byte
//! columns in `_PyPegen_raise_error_known_location`; `0` is what CPython stores
//! when an offset is unknown. `ByteSpan` is the parser-side form in byte
//! columns; `SyntaxError::from_byte_span` performs CPython's conversion.

use std::fmt;

/// The exception class of a syntax error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a syntax error: CPython's parser gives up with MemoryError when
    /// rules nest deeper than its MAXSTACK (e.g. 100,000 unary minuses).
    MemoryError,
    /// Not a syntax error: CPython's compiler passes (AST optimizer,
    /// symtable) give up with RecursionError on trees nested deeper than
    /// 3 x the recursion limit.
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::MemoryError => "MemoryError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error with CPython's exception attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: i64,
    /// 1-based character offset into `text` (CPython's `SyntaxError.offset`).
    pub offset: i64,
    pub end_lineno: i64,
    /// 1-based character offset, or 0 / -1 as CPython leaves it.
    pub end_offset: i64,
    /// The source line the error is on, with its newline, as CPython stores it.
    pub text: Option<String>,
    /// `(offset, end_offset)` as CPython's parser computes them when it
    /// reads a *file*: 1-based UTF-8 *byte* columns, for errors raised
    /// through `_PyPegen_raise_error_known_location` (the parser, and the
    /// tokenizer errors it raises on the tokenizer's behalf). CPython
    /// converts those columns to characters only when the tokenizer knows
    /// the source encoding (`tok->encoding != NULL`): always for `-c` and
    /// `compile()` of text, but for a file only if it has a coding cookie or
    /// a BOM. They can also differ from a string's columns at the end of
    /// input. `offset` and `end_offset` above are the values for a string;
    /// `reported_for_file` gives a file's. `None` for errors CPython's
    /// tokenizer raises itself, which count characters in every case.
    pub byte_offsets: Option<(i64, i64)>,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}

/// A compile-time warning (e.g. DeprecationWarning for `"\d"`), reported by
/// the caller through the `warnings` machinery.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// `DeprecationWarning` or `SyntaxWarning`.
    pub category: &'static str,
    pub msg: String,
    pub lineno: u32,
}

impl SyntaxError {
    /// Builds an error the way CPython's `_PyPegen_raise_error_known_location`
    /// does. `col` and `end_col` are 1-based *byte* offsets into line `lineno`
    /// of `source` (CPython passes a token's `col_offset + 1`), `end_col` may
    /// be -1 (unknown) or 0. Each is converted to a character offset by
    /// decoding that many bytes of the line, as
    /// `_PyPegen_byte_offset_to_character_offset` does (a byte offset that
    /// splits a character counts that character).
    pub fn at(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        source: &str,
        lineno: i64,
        col: i64,
        end_lineno: i64,
        end_col: i64,
    ) -> SyntaxError {
        let raw = raw_source_line(source, lineno);
        // Undecodable bytes (stand-ins, 4 bytes here) are one byte each in
        // the raw line CPython's columns count.
        let carried = crate::source::holds_raw_bytes(source);
        let (col, end_col) = match &raw {
            Some(line) if carried && line.chars().any(|c| crate::source::raw_byte(c).is_some()) => {
                (raw_byte_column(line, col), raw_byte_column(line, end_col))
            }
            _ => (col, end_col),
        };
        let text = if carried { raw.map(|l| crate::source::replace_raw_bytes(&l)) } else { raw };
        let (offset, end_offset) = chars_from_bytes(text.as_deref(), col, end_col);
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text,
            byte_offsets: Some((col, end_col)),
        }
    }

    /// The error as CPython reports it when it runs a file read as bytes
    /// (see `byte_offsets`): the file's byte columns, converted to
    /// characters only with a declared encoding. `declared_encoding`: the
    /// file has a coding cookie or a BOM. `bom_in_line_1`: the file starts
    /// with a BOM and CPython re-reads line 1 from the file for `text` (a
    /// script, not stdin), BOM included, converting the byte columns
    /// against that text (the three BOM bytes count as one character).
    pub fn reported_for_file(&self, declared_encoding: bool, bom_in_line_1: bool) -> SyntaxError {
        let mut e = self.clone();
        let Some((col, end_col)) = self.byte_offsets else {
            return e;
        };
        if !declared_encoding {
            (e.offset, e.end_offset) = (col, end_col);
        } else {
            if bom_in_line_1 && self.lineno == 1 {
                e.text = self.text.as_ref().map(|text| format!("\u{feff}{text}"));
            }
            (e.offset, e.end_offset) = chars_from_bytes(e.text.as_deref(), col, end_col);
        }
        e
    }
}

/// CPython's conversion of 1-based byte columns to characters in
/// `_PyPegen_raise_error_known_location`: the end column only when positive,
/// and nothing without a line to count in.
fn chars_from_bytes(line: Option<&str>, col: i64, end_col: i64) -> (i64, i64) {
    match line {
        Some(line) => {
            (byte_to_char_offset(line, col), if end_col > 0 { byte_to_char_offset(line, end_col) } else { end_col })
        }
        None => (col, end_col),
    }
}

/// Line `lineno` (1-based) of `source`, as CPython re-reads it for
/// `SyntaxError.text`: lines end at `\n`, `\r\n` or a lone `\r` (universal
/// newlines), and the terminator is given back as `\n`.
pub fn source_line(source: &str, lineno: i64) -> Option<String> {
    let line = raw_source_line(source, lineno);
    if crate::source::holds_raw_bytes(source) {
        return line.map(|l| crate::source::replace_raw_bytes(&l));
    }
    line
}

/// A 1-based byte column of a line holding stand-in characters, counted
/// with each stand-in as the one raw byte it represents.
fn raw_byte_column(line: &str, col: i64) -> i64 {
    if col <= 0 {
        return col;
    }
    let mut consumed = 0i64;
    let mut raw = 0i64;
    for c in line.chars() {
        if consumed >= col - 1 {
            break;
        }
        consumed += c.len_utf8() as i64;
        raw += if crate::source::raw_byte(c).is_some() { 1 } else { c.len_utf8() as i64 };
    }
    raw + (col - 1 - consumed).max(0) + 1
}

/// `source_line` with stand-in characters left in place.
fn raw_source_line(source: &str, lineno: i64) -> Option<String> {
    if lineno < 1 {
        return None;
    }
    let bytes = source.as_bytes();
    let mut start = 0;
    let mut line = 1;
    while line < lineno {
        let nl = bytes[start..].iter().position(|&b| b == b'\n' || b == b'\r')? + start;
        start = if bytes[nl] == b'\r' && bytes.get(nl + 1) == Some(&b'\n') { nl + 2 } else { nl + 1 };
        line += 1;
    }
    if start >= bytes.len() {
        return None;
    }
    // Undecodable bytes carried through the front end show as U+FFFD in
    // `source_line`, as CPython shows the line (decoded with errors="replace").
    match bytes[start..].iter().position(|&b| b == b'\n' || b == b'\r') {
        Some(i) => Some(format!("{}\n", &source[start..start + i])),
        None => Some(source[start..].to_string()),
    }
}

/// CPython's `_PyPegen_byte_offset_to_character_offset`: the number of
/// characters obtained by decoding the first `col` bytes of `line`
/// (clamped to its length + 1) with errors="replace".
pub fn byte_to_char_offset(line: &str, col: i64) -> i64 {
    if col <= 0 {
        return col;
    }
    let bytes = line.as_bytes();
    let col = (col as usize).min(bytes.len() + 1);
    let prefix = &bytes[..col.min(bytes.len())];
    // Count code points: every byte that is not a UTF-8 continuation byte
    // starts one; a truncated final character still counts as one (U+FFFD).
    let mut n = prefix.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as i64;
    if col > bytes.len() {
        n += 1;
    }
    n
}
