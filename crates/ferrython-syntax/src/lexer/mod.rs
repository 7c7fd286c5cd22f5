//! The tokenizer: decoded source text → `Token`s, as CPython 3.11's
//! `Parser/tokenizer.c` produces them.
//!
//! # Design
//!
//! CPython's tokenizer is a hand-written state machine over a byte buffer
//! that it refills line by line; the interesting state is small: the
//! indentation stack (`indstack`/`altindstack`), the bracket stack
//! (`parenstack`), "at beginning of line", and the number of INDENT/DEDENT
//! tokens still owed (`pendin`). We keep exactly that state, but over the
//! whole source at once (`&str`, scanned as bytes), so a token is two byte
//! offsets plus CPython's line/column fields and tokenizing allocates nothing
//! per token. Every branch below names the C code it mirrors; the error
//! messages and the positions they carry were checked one by one against
//! `python3.11` (see the tests).
//!
//! Two modes share the machine:
//! * parser mode (`Lexer::new`, `tokenize`): what CPython's parser sees — no
//!   comments, no non-logical newlines;
//! * full mode (`Lexer::new_full`): also COMMENT and NL tokens, and ERRORTOKEN
//!   instead of some errors, placed where `python3.11 -m tokenize` puts them
//!   (that module is pure Python in 3.11; `tokens_dump` prints its format).
//!
//! Line endings: CPython translates `\r\n` and lone `\r` to `\n` before
//! tokenizing. We do not copy the source; instead every place that looks for
//! a newline accepts all three forms (`newline_len`). Token text therefore
//! keeps the original bytes: a triple-quoted string may contain `\r\n`, which
//! CPython's string parser would have seen as `\n`.
//!
//! Positions follow CPython's C tokenizer (what the parser and `ast` see):
//! 1-based lines, 0-based byte columns. The exceptions, all zero-width or
//! synthetic tokens, are documented on `next_token`.
//!
//! Nothing here recurses, and each byte is looked at a bounded number of
//! times (the only lookbacks are CPython's one-character `tok_backup`s and
//! the prefix check of string literals), so a million-line file or a 10 MB
//! line tokenize in linear time.

mod keyword_hash;
mod runs;

use crate::error::{byte_to_char_offset, CompileWarning, SyntaxError, SyntaxErrorKind};
use crate::token::{Token, TokenKind};

/// CPython: Parser/tokenizer.h, MAXINDENT. The indentation stack holds at
/// most this many levels, level 0 included.
const MAX_INDENT: usize = 100;
/// CPython: Parser/tokenizer.h, MAXLEVEL (bracket nesting).
const MAX_LEVEL: usize = 200;
/// CPython: TABSIZE; tabs advance to the next multiple of 8 columns. The
/// alternate column counts a tab as 1 (ALTTABSIZE) and exists only to detect
/// indentation whose meaning depends on the tab size (TabError).
const TAB_SIZE: u32 = 8;

/// `scan`'s dispatch on a token's first byte: the byte itself, except
/// `a` for a name's first letter or `_`, `b` for the letters that may start
/// a string prefix (`bBrRuUfF`), `0` for digits, `0x80` for non-ASCII
/// bytes, `"` for either quote, `\n` for `\r` and `\t` for form feed.
static DISPATCH: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = match c {
            b'b' | b'B' | b'r' | b'R' | b'u' | b'U' | b'f' | b'F' => b'b',
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => b'a',
            b'0'..=b'9' => b'0',
            0x80..=0xff => 0x80,
            b'\'' => b'"',
            b'\r' => b'\n',
            0x0c => b'\t',
            _ => c,
        };
        i += 1;
    }
    t
};

/// Internal results box the error: `SyntaxError` is ~90 bytes, and
/// keeping it out of the hot `Result<Token, _>` measured ~10% faster.
type LexResult<T> = Result<T, Box<SyntaxError>>;

/// A bracket that is open at the current point of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenBracket {
    /// `(`, `[` or `{`.
    pub kind: u8,
    pub lineno: u32,
    /// 0-based byte column.
    pub col_offset: u32,
}

/// The result of tokenizing a whole source in parser mode.
#[derive(Debug, Default)]
pub struct Tokenized {
    /// The tokens up to the first error; when there is no error the last one
    /// is ENDMARKER.
    pub tokens: Vec<Token>,
    pub error: Option<SyntaxError>,
    /// Brackets still open where tokenizing stopped (at ENDMARKER or at the
    /// error). At ENDMARKER a non-empty list means the source ended inside
    /// brackets; CPython's parser then reports "'(' was never closed" for
    /// the last one unless it found another error first.
    pub open_brackets: Vec<OpenBracket>,
    /// SyntaxWarnings CPython's tokenizer emits (`1if x else y`).
    pub warnings: Vec<CompileWarning>,
}

/// Tokenizes `source` for the parser: tokens up to the first error.
pub fn tokenize(source: &str) -> (Vec<Token>, Option<SyntaxError>) {
    let t = tokenize_all(source);
    (t.tokens, t.error)
}

/// Tokenizes `source` for the parser, returning everything the parser may
/// need besides the tokens.
pub fn tokenize_all(source: &str) -> Tokenized {
    let mut lexer = Lexer::new(source);
    // Measured on the standard library: about one token per 6 bytes of
    // source in parser mode. Over-reserving a little is cheaper than
    // regrowing a large vector.
    let mut tokens = Vec::with_capacity(source.len() / 5 + 16);
    let error = lexer.lex_into(&mut tokens, usize::MAX).err().map(|e| *e);
    Tokenized { tokens, error, open_brackets: lexer.brackets, warnings: lexer.warnings }
}

/// The tokenizer state. See the module documentation.
pub struct Lexer<'s> {
    src: &'s str,
    b: &'s [u8],
    /// Next byte to look at.
    pos: usize,
    /// Current line (1-based) and the byte offset where it starts.
    line: u32,
    line_start: usize,
    /// Emit COMMENT / NL / ERRORTOKEN (the `tokenize` module's stream).
    full: bool,
    /// CPython's `atbol`: the next call must measure indentation first.
    at_bol: bool,
    /// The current line holds only whitespace and/or a comment.
    blank_line: bool,
    /// Indentation stack: (column with tabsize 8, column with tabsize 1).
    indents: Vec<(u32, u32)>,
    /// INDENT (> 0) or DEDENT (< 0) tokens still to emit.
    pending: i32,
    /// Byte column of the first token of the line that owes them.
    pending_col: u32,
    brackets: Vec<OpenBracket>,
    /// Where the comment just skipped starts (parser mode): CPython's
    /// NEWLINE token after a comment starts at the '#'.
    comment_start: Option<usize>,
    /// Start of the line holding the first NUL byte, if any; CPython refuses
    /// such a line when it reads it.
    nul_line: Option<usize>,
    /// The ENDMARKER was returned; further calls return it again.
    done: bool,
    warnings: Vec<CompileWarning>,
}

/// `scan`'s arms: push the token built, and report that one was.
#[inline(always)]
fn emit(out: &mut Vec<Token>, t: Token) -> LexResult<bool> {
    out.push(t);
    Ok(true)
}

/// `emit` for the arms that may build no token.
#[inline(always)]
fn put(out: &mut Vec<Token>, t: Option<Token>) -> LexResult<bool> {
    match t {
        Some(t) => emit(out, t),
        None => Ok(false),
    }
}

/// Where the byte at `i` starts a line break, its length (1 or 2).
#[inline]
fn newline_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'\n') => 1,
        Some(b'\r') => {
            if b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            }
        }
        _ => 0,
    }
}

/// CPython's `is_potential_identifier_char`: ASCII letters, digits, `_`,
/// and every byte of a non-ASCII character.
static IDENT_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        i += 1;
    }
    t
};

#[inline]
fn is_ident_byte(c: u8) -> bool {
    IDENT_BYTE[c as usize]
}

/// ASCII letters, digits and `_`: the bytes of an all-ASCII identifier.
static ASCII_IDENT_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || c == b'_';
        i += 1;
    }
    t
};

/// The index of the first byte of `hay` equal to one of `needles`.
///
/// Comments and string bodies (docstrings above all) are most of the bytes
/// of typical source, so this scans a word at a time: `w ^ splat(n)` has a
/// zero byte where `w` holds `n`, and `(x - 0x01..01) & !x & 0x80..80` marks
/// the lowest zero byte of `x` exactly (a borrow can only produce false
/// marks above it). Measured: a third fewer instructions tokenizing the
/// stdlib than the byte-at-a-time `position`.
#[inline]
fn find_any<const N: usize>(hay: &[u8], needles: [u8; N]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let splats = needles.map(|n| LO * n as u64);
    let mut i = 0;
    while let Some(chunk) = hay.get(i..i + 8) {
        // The `get` above yields exactly 8 bytes.
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let mut marks = 0;
        for m in splats {
            let x = w ^ m;
            marks |= x.wrapping_sub(LO) & !x & HI;
        }
        if marks != 0 {
            return Some(i + (marks.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    hay[i..].iter().position(|c| needles.contains(c)).map(|j| i + j)
}

/// The kind of an ASCII name: a hard keyword's kind, else `Name`.
/// Dispatching on the length first keeps this to one or two compares for
/// most names (measured: the `&str` match of `TokenKind::keyword` cost 5%
/// of tokenizing time).
#[inline]
fn keyword(name: &[u8]) -> TokenKind {
    use TokenKind::*;
    match name.len() {
        2 => match name {
            b"if" => If,
            b"in" => In,
            b"is" => Is,
            b"or" => Or,
            b"as" => As,
            _ => Name,
        },
        3 => match name {
            b"def" => Def,
            b"for" => For,
            b"not" => Not,
            b"and" => And,
            b"del" => Del,
            b"try" => Try,
            _ => Name,
        },
        4 => match name {
            b"None" => TokenKind::None,
            b"True" => True,
            b"else" => Else,
            b"elif" => Elif,
            b"from" => From,
            b"pass" => Pass,
            b"with" => With,
            _ => Name,
        },
        5 => match name {
            b"False" => False,
            b"class" => Class,
            b"raise" => Raise,
            b"while" => While,
            b"yield" => Yield,
            b"break" => Break,
            b"async" => Async,
            b"await" => Await,
            _ => Name,
        },
        6 => match name {
            b"return" => Return,
            b"import" => Import,
            b"except" => Except,
            b"lambda" => Lambda,
            b"global" => Global,
            b"assert" => Assert,
            _ => Name,
        },
        7 => match name {
            b"finally" => Finally,
            _ => Name,
        },
        8 => match name {
            b"continue" => Continue,
            b"nonlocal" => Nonlocal,
            _ => Name,
        },
        _ => Name,
    }
}

/// Number of characters in a UTF-8 byte slice (each non-continuation byte
/// starts one).
#[inline]
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&c| (c & 0xC0) != 0x80).count()
}

impl<'s> Lexer<'s> {
    /// A tokenizer in parser mode.
    pub fn new(source: &'s str) -> Lexer<'s> {
        Lexer::with_mode(source, false)
    }

    /// A tokenizer producing the full stream (COMMENT, NL, ERRORTOKEN).
    pub fn new_full(source: &'s str) -> Lexer<'s> {
        Lexer::with_mode(source, true)
    }

    fn with_mode(source: &'s str, full: bool) -> Lexer<'s> {
        let b = source.as_bytes();
        let nul_line = memchr::memchr(0, b).map(|nul| memchr::memrchr2(b'\n', b'\r', &b[..nul]).map_or(0, |i| i + 1));
        let mut indents = Vec::with_capacity(16);
        indents.push((0, 0));
        Lexer {
            src: source,
            b,
            pos: 0,
            line: 1,
            line_start: 0,
            full,
            at_bol: true,
            blank_line: false,
            indents,
            pending: 0,
            pending_col: 0,
            brackets: Vec::new(),
            comment_start: None,
            nul_line,
            done: false,
            warnings: Vec::new(),
        }
    }

    /// The source being tokenized.
    pub fn source(&self) -> &'s str {
        self.src
    }

    /// Brackets open at the current point, innermost last.
    pub fn open_brackets(&self) -> &[OpenBracket] {
        &self.brackets
    }

    /// SyntaxWarnings emitted so far.
    pub fn warnings(&self) -> &[CompileWarning] {
        &self.warnings
    }

    /// Takes the warnings emitted so far.
    pub fn take_warnings(&mut self) -> Vec<CompileWarning> {
        std::mem::take(&mut self.warnings)
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        // 0 stands for "end of input": a real NUL byte is refused when its
        // line is entered (`enter_line`), before anything scans it.
        self.b.get(i).copied().unwrap_or(0)
    }

    #[inline]
    fn tok(&self, kind: TokenKind, start: usize, end: usize) -> Token {
        Token {
            kind,
            start: start as u32,
            end: end as u32,
            lineno: self.line,
            col_offset: (start - self.line_start) as u32,
            end_lineno: self.line,
            end_col_offset: (end - self.line_start) as u32,
        }
    }

    /// Moves past a line break of `len` bytes at `self.pos`.
    #[inline]
    fn enter_line(&mut self, len: usize) -> LexResult<()> {
        self.pos += len;
        self.line += 1;
        self.line_start = self.pos;
        self.check_nul()
    }

    #[cold]
    fn nul_error(&self) -> Box<SyntaxError> {
        // CPython (file input): "source code cannot contain null bytes" with
        // lineno = that line, offset 0, text = the line up to the NUL.
        let rest = &self.b[self.line_start..];
        let end = rest.iter().position(|&c| c == 0 || c == b'\n' || c == b'\r').unwrap_or(rest.len());
        Box::new(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "source code cannot contain null bytes".into(),
            lineno: self.line as i64,
            offset: 0,
            end_lineno: self.line as i64,
            end_offset: 0,
            text: Some(String::from_utf8_lossy(&rest[..end]).into_owned()),
            byte_offsets: None,
        })
    }

    #[inline]
    fn check_nul(&self) -> LexResult<()> {
        if self.nul_line == Some(self.line_start) {
            return Err(self.nul_error());
        }
        Ok(())
    }

    // ----- errors ---------------------------------------------------------

    /// The current line without its line break.
    fn line_text(&self, line_start: usize) -> String {
        let rest = &self.b[line_start.min(self.b.len())..];
        let end = rest.iter().position(|&c| c == b'\n' || c == b'\r').unwrap_or(rest.len());
        String::from_utf8_lossy(&rest[..end]).into_owned()
    }

    /// CPython's tokenizer `syntaxerror()`: offset and end offset are the
    /// number of characters from the line start to `cur`; the text is the
    /// line without its newline.
    #[cold]
    fn error_at(&self, msg: impl Into<String>, cur: usize) -> Box<SyntaxError> {
        let cur = cur.clamp(self.line_start, self.b.len());
        let col = char_count(&self.b[self.line_start..cur]) as i64;
        Box::new(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: self.line as i64,
            offset: col,
            end_lineno: self.line as i64,
            end_offset: col,
            text: Some(self.line_text(self.line_start)),
            byte_offsets: None,
        })
    }

    /// An error raised by CPython's parser on the tokenizer's behalf
    /// (`_Pypegen_tokenizer_error`): the text is the whole line with "\n",
    /// and the columns are 1-based byte offsets into it, converted to
    /// characters as `_PyPegen_raise_error_known_location` does.
    #[cold]
    fn parser_error(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        lineno: u32,
        line_start: usize,
        col: i64,
        end_col: i64,
    ) -> Box<SyntaxError> {
        let mut text = self.line_text(line_start);
        text.push('\n');
        let offset = byte_to_char_offset(&text, col);
        let end_offset = if end_col > 0 { byte_to_char_offset(&text, end_col) } else { end_col };
        Box::new(SyntaxError {
            kind,
            msg: msg.into(),
            lineno: lineno as i64,
            offset,
            end_lineno: lineno as i64,
            end_offset,
            text: Some(text),
            byte_offsets: Some((col, end_col)),
        })
    }

    /// Bytes from `line_start` to the end of that line, line break counted
    /// as one (CPython has translated it to "\n").
    fn line_len_bytes(&self, line_start: usize) -> i64 {
        let rest = &self.b[line_start.min(self.b.len())..];
        let end = rest.iter().position(|&c| c == b'\n' || c == b'\r').unwrap_or(rest.len());
        // A last line without a newline got one appended by CPython.
        end as i64 + 1
    }

    /// The error for end of input right after a backslash continuation
    /// (CPython: E_EOF in `_Pypegen_tokenizer_error`).
    #[cold]
    fn eof_error(&self, cont_line: u32, cont_line_start: usize) -> Box<SyntaxError> {
        if let Some(br) = self.brackets.last() {
            return self.unclosed_bracket_error_boxed(br);
        }
        let len = self.line_len_bytes(cont_line_start);
        self.parser_error(
            SyntaxErrorKind::SyntaxError,
            "unexpected EOF while parsing",
            cont_line,
            cont_line_start,
            len,
            -1,
        )
    }

    /// CPython's `raise_unclosed_parentheses_error`, for callers that want
    /// the error the parser raises at end of input inside brackets.
    pub fn unclosed_bracket_error(&self, br: &OpenBracket) -> SyntaxError {
        *self.unclosed_bracket_error_boxed(br)
    }

    fn unclosed_bracket_error_boxed(&self, br: &OpenBracket) -> Box<SyntaxError> {
        let ls = self.line_start_of(br.lineno, br.col_offset);
        self.parser_error(
            SyntaxErrorKind::SyntaxError,
            format!("'{}' was never closed", br.kind as char),
            br.lineno,
            ls,
            br.col_offset as i64 + 1,
            0,
        )
    }

    /// Start offset of line `lineno`. Brackets remember their line number
    /// only, so this walks back from the current line; it is used on error
    /// paths only.
    fn line_start_of(&self, lineno: u32, _col: u32) -> usize {
        let mut ls = self.line_start;
        let mut line = self.line;
        while line > lineno && ls > 0 {
            // Step over the break ending the previous line ("\r\n" is one).
            let mut i = ls - 1;
            if self.b[i] == b'\n' && i > 0 && self.b[i - 1] == b'\r' {
                i -= 1;
            }
            ls = self.b[..i].iter().rposition(|&c| c == b'\n' || c == b'\r').map_or(0, |j| j + 1);
            line -= 1;
        }
        ls
    }

    // ----- the main loop --------------------------------------------------

    /// Appends tokens to `tokens` until it holds more than `upto` or the
    /// ENDMARKER was appended (then returns `Ok(true)`); stops at an error.
    /// The one loop both `tokenize_all` and the parser's on-demand lexing
    /// (`Parser::lex_to`) run: with `lex_one` and `scan` inlined
    /// into it, a token costs ~20 instructions less than through a call;
    /// `inline(never)` keeps it (and that inlining) in one place.
    #[inline(never)]
    pub(crate) fn lex_into(&mut self, tokens: &mut Vec<Token>, upto: usize) -> LexResult<bool> {
        while tokens.len() <= upto {
            self.lex_one(tokens)?;
            // `done` is set by the call that pushes the first ENDMARKER, and
            // every later call pushes another: reading the flag spares a
            // load of the token just written (perf: 3.6% of lex_into's
            // samples on the branch after it).
            if self.done {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The next token. Positions are CPython's, except for tokens CPython
    /// gives no position (it stores -1):
    /// * INDENT spans the indentation, `(line, 0)-(line, col)`, DEDENT is
    ///   empty at `(line, col)`, where `col` is the byte column of the first
    ///   token of the line (what CPython's parser reports for errors at
    ///   these tokens, from its tokenizer's `cur`). DEDENTs at end of input
    ///   sit at `(last line + 1, 0)`.
    /// * NEWLINE has CPython's `col_offset == end_col_offset ==` column of
    ///   the line break; its `start..end` covers the break ("\n", "\r\n",
    ///   or nothing for the implicit NEWLINE at end of input).
    pub fn next_token(&mut self) -> Result<Token, SyntaxError> {
        let mut one = Vec::with_capacity(1);
        self.lex_into(&mut one, 0).map_err(|e| *e)?;
        Ok(one[0])
    }

    /// Appends the next token to `out`. Every arm of `scan` pushes the
    /// token it built itself: when the arms returned it (an
    /// `Option<Token>` joined from twenty arms), LLVM kept the joined token
    /// in a stack slot written field by field and read back in 8-byte
    /// pairs for the push, a store-forwarding stall on every token (perf:
    /// 14% of the lexer's samples on the instruction after that load).
    #[inline(always)]
    fn lex_one(&mut self, out: &mut Vec<Token>) -> LexResult<()> {
        loop {
            if self.pending != 0 {
                out.push(self.pending_token());
                return Ok(());
            }
            if self.done {
                out.push(self.tok(TokenKind::EndMarker, self.pos, self.pos));
                return Ok(());
            }
            if self.at_bol {
                if self.pos == 0 {
                    self.check_nul()?;
                }
                self.indentation()?;
                continue;
            }
            if self.scan(out)? {
                return Ok(());
            }
        }
    }

    fn pending_token(&mut self) -> Token {
        let col = self.pending_col as usize;
        let ls = self.line_start;
        if self.pending > 0 {
            self.pending -= 1;
            self.tok(TokenKind::Indent, ls, ls + col)
        } else {
            self.pending += 1;
            self.tok(TokenKind::Dedent, ls + col, ls + col)
        }
    }

    /// CPython: the `if (tok->atbol)` block of `tok_get`. Measures the
    /// indentation of a new line and schedules INDENT/DEDENT tokens.
    fn indentation(&mut self) -> LexResult<()> {
        self.at_bol = false;
        let mut p = self.pos;
        // The run of spaces first, without a branch on its length:
        // indentation is mostly spaces (the loop below then stops at once).
        let spaces = runs::indent_spaces(self.b, p);
        let mut col = u32::try_from(spaces).unwrap_or(u32::MAX);
        let mut altcol = col;
        p += spaces;
        loop {
            match self.byte(p) {
                b' ' => {
                    col = col.saturating_add(1);
                    altcol = altcol.saturating_add(1);
                }
                b'\t' => {
                    col = (col / TAB_SIZE).saturating_add(1).saturating_mul(TAB_SIZE);
                    altcol = altcol.saturating_add(1);
                }
                // Form feed resets the column ("for Emacs users").
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            p += 1;
        }
        let c = self.byte(p);
        let at_eof = p >= self.b.len();
        // Lines holding only whitespace and/or a comment do not affect
        // indentation; neither does a whitespace-only last line without a
        // newline (CPython appended one, making it blank).
        self.blank_line = matches!(c, b'#' | b'\n' | b'\r') || (at_eof && p > self.line_start);
        if !self.blank_line && self.brackets.is_empty() {
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if at_eof {
                col = 0;
                altcol = 0;
            }
            if col == top {
                if altcol != alttop {
                    return Err(self.tab_error());
                }
            } else if col > top {
                if self.indents.len() >= MAX_INDENT {
                    self.pos = p;
                    return Err(self.parser_error(
                        SyntaxErrorKind::IndentationError,
                        "too many levels of indentation",
                        self.line,
                        self.line_start,
                        1,
                        0,
                    ));
                }
                if altcol <= alttop {
                    return Err(self.tab_error());
                }
                self.pending = 1;
                self.indents.push((col, altcol));
            } else {
                let mut n = 0;
                while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                    self.indents.pop();
                    n += 1;
                }
                let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
                if col != top {
                    // CPython reports the end of the line (its `cur` after
                    // E_DEDENT is the end of the input buffer).
                    let len = self.line_len_bytes(self.line_start);
                    return Err(self.parser_error(
                        SyntaxErrorKind::IndentationError,
                        "unindent does not match any outer indentation level",
                        self.line,
                        self.line_start,
                        len,
                        -1,
                    ));
                }
                if altcol != alttop {
                    return Err(self.tab_error());
                }
                self.pending = -n;
            }
            self.pending_col = (p - self.line_start) as u32;
        }
        self.pos = p;
        Ok(())
    }

    #[cold]
    fn tab_error(&self) -> Box<SyntaxError> {
        self.parser_error(
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            self.line,
            self.line_start,
            1,
            0,
        )
    }

    /// Scans from `self.pos` (not at the beginning of a line). The match
    /// is on `DISPATCH[c]`, whose arms are single values: rustc lowers a
    /// range pattern (`b'a'..=b'z'`) to compares ahead of the jump table,
    /// and that branch on "letter or not" mispredicted 173 K times on the
    /// 3.0 MB sample; one jump table serves every first byte instead. Returns
    /// `false` when it consumed something that yields no token in this mode
    /// (a comment, a blank line, a continuation) and the caller must loop;
    /// otherwise it pushed the token onto `out`.
    fn scan(&mut self, out: &mut Vec<Token>) -> LexResult<bool> {
        // Skip spaces, tabs and form feeds.
        let p = self.pos + runs::space_len(self.b, self.pos);
        self.pos = p;
        let start = p;
        let c = self.byte(p);
        match DISPATCH[c as usize] {
            b'a' => emit(out, self.identifier(start)?),
            b'b' => {
                // String prefixes: b, r, u, f, br, rb, fr, rf in any case
                // (CPython's saw_b/saw_r/saw_u/saw_f loop).
                if let Some(q) = self.string_prefix_len(p) {
                    return emit(out, self.string(start, p + q)?);
                }
                emit(out, self.identifier(start)?)
            }
            0x80 => emit(out, self.identifier(start)?),
            b'0' => emit(out, self.number(start)?),
            b'"' => emit(out, self.string(start, p)?),
            b'\n' => {
                let len = newline_len(self.b, p);
                put(out, self.newline(start, len)?)
            }
            b'#' => {
                let rest = &self.b[p..];
                let end = p + memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len());
                self.pos = end;
                if self.full {
                    return emit(out, self.tok(TokenKind::Comment, start, end));
                }
                self.comment_start = Some(start);
                Ok(false)
            }
            b'\\' => {
                self.continuation(p)?;
                Ok(false)
            }
            b'\t' => {
                // Blanks other than spaces, which `space_len` stops at.
                self.pos = p + runs::blank_len_scalar(self.b, p);
                Ok(false)
            }
            0 if p >= self.b.len() => put(out, self.end_of_input()?),
            b'.' => {
                if self.byte(p + 1).is_ascii_digit() {
                    return emit(out, self.number(start)?);
                }
                if self.byte(p + 1) == b'.' && self.byte(p + 2) == b'.' {
                    self.pos = p + 3;
                    return emit(out, self.tok(TokenKind::Ellipsis, start, p + 3));
                }
                self.pos = p + 1;
                emit(out, self.tok(TokenKind::Dot, start, p + 1))
            }
            b'(' => put(out, self.open_bracket(start, TokenKind::Lpar)?),
            b'[' => put(out, self.open_bracket(start, TokenKind::Lsqb)?),
            b'{' => put(out, self.open_bracket(start, TokenKind::Lbrace)?),
            b')' => put(out, self.close_bracket(start, TokenKind::Rpar, b'(')?),
            b']' => put(out, self.close_bracket(start, TokenKind::Rsqb, b'[')?),
            b'}' => put(out, self.close_bracket(start, TokenKind::Rbrace, b'{')?),
            b',' => emit(out, self.op(start, TokenKind::Comma, 1)),
            b';' => emit(out, self.op(start, TokenKind::Semi, 1)),
            b'~' => emit(out, self.op(start, TokenKind::Tilde, 1)),
            b'=' => put(out, self.op_or_eq(start, TokenKind::Equal, TokenKind::EqEqual)?),
            b':' => put(out, self.op_or_eq(start, TokenKind::Colon, TokenKind::ColonEqual)?),
            b'!' => put(out, self.op_or_eq(start, TokenKind::Exclamation, TokenKind::NotEqual)?),
            b'+' => put(out, self.op_or_eq(start, TokenKind::Plus, TokenKind::PlusEqual)?),
            b'%' => put(out, self.op_or_eq(start, TokenKind::Percent, TokenKind::PercentEqual)?),
            b'&' => put(out, self.op_or_eq(start, TokenKind::Amper, TokenKind::AmperEqual)?),
            b'@' => put(out, self.op_or_eq(start, TokenKind::At, TokenKind::AtEqual)?),
            b'^' => put(out, self.op_or_eq(start, TokenKind::Circumflex, TokenKind::CircumflexEqual)?),
            b'|' => put(out, self.op_or_eq(start, TokenKind::Vbar, TokenKind::VbarEqual)?),
            b'-' => {
                if self.byte(p + 1) == b'>' {
                    return emit(out, self.op(start, TokenKind::Rarrow, 2));
                }
                put(out, self.op_or_eq(start, TokenKind::Minus, TokenKind::MinEqual)?)
            }
            b'*' => put(
                out,
                self.op_doubling(
                    start,
                    TokenKind::Star,
                    TokenKind::StarEqual,
                    TokenKind::DoubleStar,
                    TokenKind::DoubleStarEqual,
                )?,
            ),
            b'/' => put(
                out,
                self.op_doubling(
                    start,
                    TokenKind::Slash,
                    TokenKind::SlashEqual,
                    TokenKind::DoubleSlash,
                    TokenKind::DoubleSlashEqual,
                )?,
            ),
            b'<' => {
                if self.byte(p + 1) == b'>' {
                    return emit(out, self.op(start, TokenKind::NotEqualBarry, 2));
                }
                put(
                    out,
                    self.op_doubling(
                        start,
                        TokenKind::Less,
                        TokenKind::LessEqual,
                        TokenKind::LeftShift,
                        TokenKind::LeftShiftEqual,
                    )?,
                )
            }
            b'>' => put(
                out,
                self.op_doubling(
                    start,
                    TokenKind::Greater,
                    TokenKind::GreaterEqual,
                    TokenKind::RightShift,
                    TokenKind::RightShiftEqual,
                )?,
            ),
            _ => put(out, self.stray_byte(start)?),
        }
    }

    /// A line break at `start` of `len` bytes (0 for the end of input).
    fn newline(&mut self, start: usize, len: usize) -> LexResult<Option<Token>> {
        let blank_or_inside = self.blank_line || !self.brackets.is_empty();
        let tok = if blank_or_inside {
            if self.full {
                Some(self.tok(TokenKind::Nl, start, start + len))
            } else {
                None
            }
        } else {
            let mut t = self.tok(TokenKind::Newline, start, start + len);
            t.end_col_offset = t.col_offset;
            if let Some(c) = self.comment_start {
                t.col_offset = (c - self.line_start) as u32;
            }
            Some(t)
        };
        self.comment_start = None;
        self.pos = start;
        self.at_bol = true;
        if len == 0 {
            // The implicit newline at the end of input.
            self.line += 1;
            self.line_start = self.b.len();
            self.pos = self.b.len();
        } else {
            self.enter_line(len)?;
        }
        Ok(tok)
    }

    fn end_of_input(&mut self) -> LexResult<Option<Token>> {
        let end = self.b.len();
        if self.line_start < end {
            // The last line has no line break: CPython appends one.
            return self.newline(end, 0);
        }
        // At the start of a (virtual) line: indentation() scheduled the
        // DEDENTs already, unless brackets are open.
        self.done = true;
        Ok(Some(self.tok(TokenKind::EndMarker, end, end)))
    }

    /// CPython: `tok_continuation_line`. A backslash must be followed by a
    /// line break; the next line continues the logical line.
    fn continuation(&mut self, p: usize) -> LexResult<()> {
        let len = newline_len(self.b, p + 1);
        let (cont_line, cont_start) = (self.line, self.line_start);
        if len == 0 {
            if p + 1 >= self.b.len() {
                // CPython appended "\n" after the backslash, then hit EOF.
                return Err(self.eof_error(cont_line, cont_start));
            }
            // CPython: E_LINECONT, offset = 1-based column of the character
            // after the backslash, end offset 0.
            let col = (p + 1 - self.line_start) as i64 + 1;
            return Err(self.parser_error(
                SyntaxErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                self.line,
                self.line_start,
                col,
                0,
            ));
        }
        self.pos = p + 1;
        self.enter_line(len)?;
        if self.pos >= self.b.len() {
            return Err(self.eof_error(cont_line, cont_start));
        }
        Ok(())
    }

    // ----- names ------------------------------------------------------------

    /// Length of a string prefix at `p` if one is followed by a quote.
    #[inline]
    fn string_prefix_len(&self, p: usize) -> Option<usize> {
        let lower = |c: u8| c | 0x20;
        let c0 = lower(self.byte(p));
        if !matches!(c0, b'b' | b'r' | b'u' | b'f') {
            return None;
        }
        let c1 = self.byte(p + 1);
        if c1 == b'"' || c1 == b'\'' {
            return Some(1);
        }
        let c1 = lower(c1);
        let pair_ok = matches!((c0, c1), (b'b', b'r') | (b'r', b'b') | (b'f', b'r') | (b'r', b'f'));
        let c2 = self.byte(p + 2);
        if pair_ok && (c2 == b'"' || c2 == b'\'') {
            return Some(2);
        }
        None
    }

    #[inline(always)]
    fn identifier(&mut self, start: usize) -> LexResult<Token> {
        let b = self.b;
        let p = start + runs::ident_len(b, start);
        if p < b.len() && b[p] >= 0x80 {
            return self.identifier_unicode(start);
        }
        self.pos = p;
        Ok(self.tok(keyword_hash::keyword_at(b, start, p), start, p))
    }

    /// `identifier` for a name with non-ASCII characters. Inlined: a call
    /// returns its token through memory, and joining that with the ASCII
    /// path's token in registers made LLVM store the ASCII token's fields
    /// one by one and reload them in pairs, a store-forwarding stall on
    /// every identifier (perf: a tenth of the lexer's time on one load).
    #[inline(always)]
    fn identifier_unicode(&mut self, start: usize) -> LexResult<Token> {
        let mut p = start;
        let mut nonascii = false;
        while let Some(&c) = self.b.get(p) {
            if !is_ident_byte(c) {
                break;
            }
            nonascii |= c >= 0x80;
            p += 1;
        }
        // A byte >= 0x80 can only start a UTF-8 sequence that ends before
        // the next ASCII byte, so `p` is on a character boundary.
        self.pos = p;
        if nonascii {
            self.verify_identifier(start, p)?;
            return Ok(self.tok(TokenKind::Name, start, p));
        }
        Ok(self.tok(keyword(&self.b[start..p]), start, p))
    }

    /// CPython: `verify_identifier` — PEP 3131 identifiers: XID_Start (or
    /// `_`) then XID_Continue characters.
    #[inline(never)]
    fn verify_identifier(&mut self, start: usize, end: usize) -> LexResult<()> {
        let text = self.src.get(start..end).unwrap_or("");
        for (i, (off, ch)) in text.char_indices().enumerate() {
            let ok =
                if i == 0 { ch == '_' || unicode_ident::is_xid_start(ch) } else { unicode_ident::is_xid_continue(ch) };
            if !ok {
                let cur = start + off + ch.len_utf8();
                let msg = if crate::unicode_tables::is_printable(ch as u32) {
                    format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.error_at(msg, cur));
            }
        }
        Ok(())
    }

    // ----- operators --------------------------------------------------------
    //
    // CPython: PyToken_OneChar, PyToken_TwoChars, PyToken_ThreeChars. Each
    // operator's first byte has its own arm in `scan`'s byte match, so a
    // token costs one indirect jump: a second `match` on the byte pair here
    // was another jump table, mispredicted 192 K times on the 3.0 MB
    // sample (callgrind --branch-sim). The second and third bytes are plain
    // compares, mostly predictable (`=` rarely follows `(`).

    /// A one-byte operator, or the two-byte one when `=` follows.
    #[inline(always)]
    fn op_or_eq(&mut self, start: usize, one: TokenKind, with_eq: TokenKind) -> LexResult<Option<Token>> {
        if self.byte(start + 1) == b'=' {
            Ok(Some(self.op(start, with_eq, 2)))
        } else {
            Ok(Some(self.op(start, one, 1)))
        }
    }

    /// `**`, `//`, `<<`, `>>` (`double`, and with `=` after it `double_eq`),
    /// `X=` (`with_eq`), or the one-byte operator.
    #[inline(always)]
    fn op_doubling(
        &mut self,
        start: usize,
        one: TokenKind,
        with_eq: TokenKind,
        double: TokenKind,
        double_eq: TokenKind,
    ) -> LexResult<Option<Token>> {
        let c = self.byte(start);
        match self.byte(start + 1) {
            b'=' => Ok(Some(self.op(start, with_eq, 2))),
            c2 if c2 == c => {
                if self.byte(start + 2) == b'=' {
                    Ok(Some(self.op(start, double_eq, 3)))
                } else {
                    Ok(Some(self.op(start, double, 2)))
                }
            }
            _ => Ok(Some(self.op(start, one, 1))),
        }
    }

    #[inline(always)]
    fn op(&mut self, start: usize, kind: TokenKind, len: usize) -> Token {
        self.pos = start + len;
        self.tok(kind, start, start + len)
    }

    #[inline(always)]
    fn open_bracket(&mut self, start: usize, kind: TokenKind) -> LexResult<Option<Token>> {
        if self.brackets.len() >= MAX_LEVEL {
            return Err(self.too_many_brackets(start + 1));
        }
        self.brackets.push(OpenBracket {
            kind: self.b[start],
            lineno: self.line,
            col_offset: (start - self.line_start) as u32,
        });
        Ok(Some(self.op(start, kind, 1)))
    }

    #[inline(always)]
    fn close_bracket(&mut self, start: usize, kind: TokenKind, opener: u8) -> LexResult<Option<Token>> {
        match self.brackets.pop() {
            Some(open) if open.kind == opener => Ok(Some(self.op(start, kind, 1))),
            open => Err(self.bracket_mismatch(start, open)),
        }
    }

    #[cold]
    #[inline(never)]
    fn too_many_brackets(&self, end: usize) -> Box<SyntaxError> {
        self.error_at("too many nested parentheses", end)
    }

    /// The error for the closing bracket at `start` when the innermost open
    /// bracket is `open` (none, or one of another kind).
    #[cold]
    #[inline(never)]
    fn bracket_mismatch(&self, start: usize, open: Option<OpenBracket>) -> Box<SyntaxError> {
        let c = self.b[start];
        let end = start + 1;
        let Some(open) = open else {
            return self.error_at(format!("unmatched '{}'", c as char), end);
        };
        let msg = if open.lineno != self.line {
            format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                c as char, open.kind as char, open.lineno
            )
        } else {
            format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open.kind as char)
        };
        self.error_at(msg, end)
    }

    /// A byte no token starts with. CPython: any other printable ASCII
    /// character is a generic OP token the parser rejects ("invalid
    /// syntax"); others are "invalid non-printable character".
    #[cold]
    #[inline(never)]
    fn stray_byte(&mut self, start: usize) -> LexResult<Option<Token>> {
        let c = self.byte(start);
        if !(0x20..0x7f).contains(&c) {
            return Err(self.error_at(format!("invalid non-printable character U+{:04X}", c), start + 1));
        }
        Ok(Some(self.op(start, TokenKind::ErrorToken, 1)))
    }

    // ----- numbers ----------------------------------------------------------

    /// CPython's number branch of `tok_get`. `p` follows its `tok->cur`: the
    /// error positions are where CPython's `cur` is when it raises.
    fn number(&mut self, start: usize) -> LexResult<Token> {
        let b = self.b;
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut p = start;
        let c0 = self.byte(p);
        if c0 == b'0' && matches!(self.byte(p + 1) | 0x20, b'x' | b'o' | b'b') {
            let (radix, name) = match self.byte(p + 1) | 0x20 {
                b'x' => (16, "hexadecimal"),
                b'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            p += 2;
            // One or more groups of digits, each optionally preceded by "_".
            loop {
                if self.byte(p) == b'_' {
                    p += 1;
                }
                let c = self.byte(p);
                if !(c as char).is_digit(radix) {
                    if radix != 16 && c.is_ascii_digit() {
                        return Err(self.error_at(format!("invalid digit '{}' in {} literal", c as char, name), p + 1));
                    }
                    return Err(self.error_at(format!("invalid {} literal", name), p));
                }
                while (self.byte(p) as char).is_digit(radix) {
                    p += 1;
                }
                if self.byte(p) != b'_' {
                    break;
                }
            }
            let c = self.byte(p);
            if radix != 16 && c.is_ascii_digit() {
                return Err(self.error_at(format!("invalid digit '{}' in {} literal", c as char, name), p + 1));
            }
            p = self.end_of_number(p, name)?;
            return Ok(self.number_token(start, p));
        }
        if c0 == b'0' {
            // Old-style octal is gone: only zeros ("0_0") may be an int.
            p += 1;
            loop {
                if self.byte(p) == b'_' {
                    p += 1;
                    if !digit(p) {
                        return Err(self.error_at("invalid decimal literal", p));
                    }
                }
                if self.byte(p) != b'0' {
                    break;
                }
                p += 1;
            }
            // CPython's zeros_end is its cur, one past the first non-zero.
            let zeros_end = p + 1;
            let mut nonzero = false;
            if digit(p) {
                nonzero = true;
                p = self.decimal_tail(p)?;
            }
            let c = self.byte(p);
            if nonzero && !matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
                let col = (start - self.line_start) as i64 + 1;
                let end_col = (zeros_end.min(b.len() + 1) - self.line_start) as i64;
                let mut e = self.error_at(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    p,
                );
                // syntaxerror_known_range: byte columns, passed through.
                e.offset = col;
                e.end_offset = end_col;
                return Err(e);
            }
        } else if c0 != b'.' {
            p = self.decimal_tail(p)?;
        }
        // Fraction.
        if self.byte(p) == b'.' {
            p += 1;
            if digit(p) {
                p = self.decimal_tail(p)?;
            }
        }
        // Exponent.
        if matches!(self.byte(p), b'e' | b'E') {
            let e = p;
            p += 1;
            if matches!(self.byte(p), b'+' | b'-') {
                p += 1;
                if !digit(p) {
                    return Err(self.error_at("invalid decimal literal", p));
                }
            } else if !digit(p) {
                // "1else": the 'e' starts the next token, if that is valid.
                self.end_of_number(e, "decimal")?;
                return Ok(self.number_token(start, e));
            }
            p = self.decimal_tail(p)?;
        }
        if matches!(self.byte(p), b'j' | b'J') {
            p += 1;
            p = self.end_of_number(p, "imaginary")?;
        } else {
            p = self.end_of_number(p, "decimal")?;
        }
        Ok(self.number_token(start, p))
    }

    #[inline]
    fn number_token(&mut self, start: usize, end: usize) -> Token {
        self.pos = end;
        self.tok(TokenKind::Number, start, end)
    }

    /// CPython: `tok_decimal_tail`. Digits and single underscores between
    /// digits, from a digit at `p`; returns the end.
    fn decimal_tail(&self, mut p: usize) -> LexResult<usize> {
        loop {
            while self.byte(p).is_ascii_digit() {
                p += 1;
            }
            if self.byte(p) != b'_' {
                return Ok(p);
            }
            p += 1;
            if !self.byte(p).is_ascii_digit() {
                return Err(self.error_at("invalid decimal literal", p));
            }
        }
    }

    /// CPython: `verify_end_of_number`. A number directly followed by a
    /// keyword that may legally follow it (`1if x else y`) only warns; any
    /// other ASCII identifier character is an error. Returns the end of the
    /// number (`p`).
    fn end_of_number(&mut self, p: usize, kind: &str) -> LexResult<usize> {
        let c = self.byte(p);
        let rest = &self.b[p.min(self.b.len())..];
        let word = |w: &[u8]| rest.starts_with(w) && !is_ident_byte(rest.get(w.len()).copied().unwrap_or(0));
        let keyword_follows = match c {
            b'a' => word(b"and"),
            b'e' => word(b"else"),
            b'f' => word(b"for"),
            b'i' => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            b'o' => word(b"or"),
            b'n' => word(b"not"),
            _ => false,
        };
        if keyword_follows {
            self.warnings.push(CompileWarning {
                category: "SyntaxWarning",
                msg: format!("invalid {} literal", kind),
                lineno: self.line,
            });
        } else if c < 0x80 && is_ident_byte(c) {
            // CPython 3.11.7 tests `c < 128` here: a non-ASCII character
            // ends the number and is judged as the next token's start.
            return Err(self.error_at(format!("invalid {} literal", kind), p));
        }
        Ok(p)
    }

    // ----- strings ----------------------------------------------------------

    /// A string literal starting at `start` (prefix included) whose opening
    /// quote is at `q`.
    fn string(&mut self, start: usize, q: usize) -> LexResult<Token> {
        let quote = self.byte(q);
        let (first_line, first_line_start) = (self.line, self.line_start);
        let triple = self.byte(q + 1) == quote && self.byte(q + 2) == quote;
        let mut p = if triple { q + 3 } else { q + 1 };
        let b = self.b;
        if triple {
            loop {
                // Find the next quote, backslash or line break.
                let rest = b.get(p..).unwrap_or(&[]);
                let Some(i) = find_any(rest, [quote, b'\\', b'\n', b'\r']) else {
                    self.pos = b.len();
                    return Err(self.unterminated(true, start, first_line, first_line_start));
                };
                p += i;
                match b[p] {
                    b'\\' => {
                        // Skip the escaped character (a line break counts
                        // as one, whatever its form).
                        p += 1;
                        let nl = newline_len(b, p);
                        if nl > 0 {
                            self.pos = p;
                            self.enter_line(nl)?;
                            p = self.pos;
                        } else if p < b.len() {
                            p += 1;
                        }
                    }
                    b'\n' | b'\r' => {
                        let nl = newline_len(b, p);
                        self.pos = p;
                        self.enter_line(nl)?;
                        p = self.pos;
                    }
                    _ => {
                        if self.byte(p + 1) == quote && self.byte(p + 2) == quote {
                            p += 3;
                            break;
                        }
                        p += 1;
                    }
                }
            }
        } else {
            loop {
                let rest = b.get(p..).unwrap_or(&[]);
                let Some(i) = find_any(rest, [quote, b'\\', b'\n', b'\r']) else {
                    self.pos = b.len();
                    return Err(self.unterminated(false, start, first_line, first_line_start));
                };
                p += i;
                match b[p] {
                    b'\\' => {
                        p += 1;
                        let nl = newline_len(b, p);
                        if nl > 0 {
                            self.pos = p;
                            self.enter_line(nl)?;
                            p = self.pos;
                        } else if p < b.len() {
                            // Skip one whole character (keeps `p` on a
                            // character boundary).
                            p += utf8_len(b[p]);
                        }
                    }
                    b'\n' | b'\r' => {
                        self.pos = p;
                        return Err(self.unterminated(false, start, first_line, first_line_start));
                    }
                    _ => {
                        p += 1;
                        break;
                    }
                }
            }
        }
        let p = p.min(b.len());
        self.pos = p;
        Ok(Token {
            kind: TokenKind::String,
            start: start as u32,
            end: p as u32,
            lineno: first_line,
            col_offset: (start - first_line_start) as u32,
            end_lineno: self.line,
            end_col_offset: (p - self.line_start) as u32,
        })
    }

    #[cold]
    fn unterminated(&self, triple: bool, start: usize, first_line: u32, first_line_start: usize) -> Box<SyntaxError> {
        // CPython reports the line its tokenizer last read: at the end of
        // input right after a line break that is the line before ours.
        let at_eof_fresh_line = self.pos >= self.b.len() && self.line_start >= self.b.len() && self.line > 1;
        let detected = if at_eof_fresh_line && self.line > first_line { self.line - 1 } else { self.line };
        let msg = if triple {
            format!("unterminated triple-quoted string literal (detected at line {})", detected)
        } else {
            format!("unterminated string literal (detected at line {})", detected)
        };
        // Reported at the first character of the token (prefix included).
        let col = char_count(&self.b[first_line_start..start]) as i64 + 1;
        Box::new(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            lineno: first_line as i64,
            offset: col,
            end_lineno: first_line as i64,
            end_offset: col,
            text: Some(self.line_text(first_line_start)),
            byte_offsets: None,
        })
    }
}

/// Length of the UTF-8 sequence a lead byte starts (1 for anything else).
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests;
