//! String literals: from adjacent STRING tokens to a `Constant` or
//! `JoinedStr` node, as CPython 3.11 builds them.
//!
//! CPython 3.11 does this after parsing, in `Parser/action_helpers.c`
//! (`_PyPegen_concatenate_strings`) and `Parser/string_parser.c`: each token
//! is split into prefix, quotes and body (`_PyPegen_parsestr`), plain bodies
//! are decoded (`escapes.rs`) and f-string bodies are scanned by hand
//! (`fstring.rs`) — in 3.11 an f-string is one token and its replacement
//! fields are re-parsed from a substring by a second parser, whose node
//! positions are then shifted into the file (`relocate.rs`).
//!
//! Things that show in the output and are reproduced on purpose:
//!
//! * Implicit concatenation produces one node spanning all tokens. Literal
//!   pieces are merged and empty ones dropped; every `Constant` and
//!   `FormattedValue` inside a `JoinedStr` carries the span of the whole
//!   concatenation, except inside format specs, where some nodes carry the
//!   span of the f-string token itself (`fstring::FstringState::finish`).
//! * `kind='u'` is set when the *first* token starts with a lower-case `u`
//!   (`U'x'` gets no kind), and it is copied onto the literal parts of a
//!   `JoinedStr`.
//! * Most errors are raised with `RAISE_SYNTAX_ERROR`, which points at the
//!   last token the parser has fetched — the token after the strings, as
//!   the `STRING+` loop had to look at it. Callers that know that token pass
//!   it to `parse_strings_at`; `parse_strings` assumes it starts right where
//!   the last string ends (true for a string at the end of a line).
//! * CPython's tokenizer has turned `\r\n` and `\r` into `\n` before the
//!   string parser sees a token; our lexer hands over the raw text, so we
//!   translate here (only when a `\r` is present).
//!
//! Speed: the common literal (one token, no backslash, no `\r`) costs one
//! scan and one copy into the `PyStr`.

mod escapes;
mod fstring;
mod relocate;

use std::borrow::Cow;

use crate::ast::{self, Constant, Expr, ExprKind, Location};
use crate::error::{CompileWarning, SyntaxError, SyntaxErrorKind};
use crate::pystr::PyStr;
use crate::token::Token;

/// An error found while building a string node, before it is given
/// CPython's position.
#[derive(Debug)]
pub(crate) enum StrError {
    /// `RAISE_SYNTAX_ERROR`: at the parser's last fetched token.
    AtLastToken(String),
    /// `RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, …)`: on the token itself.
    AtToken(String, Token),
    /// Already positioned (errors of replacement-field expressions).
    Located(SyntaxError),
}

type StrResult<T> = Result<T, StrError>;

/// Builds the node for one or more adjacent STRING tokens (implicit
/// concatenation). See the module comment for where errors point.
pub fn parse_strings(source: &str, tokens: &[Token], warnings: &mut Vec<CompileWarning>) -> Result<Expr, SyntaxError> {
    parse_strings_at(source, tokens, None, warnings)
}

/// `parse_strings`, with the token that follows the strings (the parser's
/// lookahead), which CPython's error positions refer to.
pub fn parse_strings_at(
    source: &str,
    tokens: &[Token],
    lookahead: Option<&Token>,
    warnings: &mut Vec<CompileWarning>,
) -> Result<Expr, SyntaxError> {
    concatenate(source, tokens, warnings).map_err(|e| locate_error(e, source, tokens, lookahead))
}

fn locate_error(e: StrError, source: &str, tokens: &[Token], lookahead: Option<&Token>) -> SyntaxError {
    let at = |msg: String, t: &Token| {
        SyntaxError::at(
            SyntaxErrorKind::SyntaxError,
            msg,
            source,
            t.lineno as i64,
            t.col_offset as i64 + 1,
            t.end_lineno as i64,
            t.end_col_offset as i64 + 1,
        )
    };
    match e {
        StrError::Located(err) => err,
        StrError::AtToken(msg, t) => at(msg, &t),
        StrError::AtLastToken(msg) => match (lookahead, tokens.last()) {
            (Some(t), _) => at(msg, t),
            (None, Some(last)) => {
                let after = Token {
                    lineno: last.end_lineno,
                    col_offset: last.end_col_offset,
                    end_lineno: last.end_lineno,
                    end_col_offset: last.end_col_offset,
                    ..*last
                };
                at(msg, &after)
            }
            (None, None) => SyntaxError::at(SyntaxErrorKind::SyntaxError, msg, source, 0, 0, 0, -1),
        },
    }
}

/// One STRING token taken apart (`_PyPegen_parsestr`).
pub(crate) struct Literal<'s> {
    pub token: Token,
    /// The whole source (`utf8_error_in` asks whether it carries raw bytes).
    pub source: &'s str,
    /// The token text, with `\r\n` and `\r` translated to `\n`.
    pub text: Cow<'s, str>,
    /// The body (between the quotes) is `text[body_start..body_end]`.
    pub body_start: usize,
    pub body_end: usize,
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
}

impl<'s> Literal<'s> {
    fn new(source: &'s str, token: &Token) -> Literal<'s> {
        let raw_text = source.get(token.start as usize..token.end as usize).unwrap_or("");
        let text = if memchr::memchr(b'\r', raw_text.as_bytes()).is_some() {
            Cow::Owned(raw_text.replace("\r\n", "\n").replace('\r', "\n"))
        } else {
            Cow::Borrowed(raw_text)
        };
        let b = text.as_bytes();
        let (mut bytes, mut raw, mut fstring) = (false, false, false);
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            match c {
                b'b' | b'B' => bytes = true,
                b'r' | b'R' => raw = true,
                b'f' | b'F' => fstring = true,
                b'u' | b'U' => {}
                _ => break,
            }
            i += 1;
        }
        // The lexer only produces well-formed literals; stay total anyway.
        let quote = b.get(i).copied().unwrap_or(b'\'');
        let q = if b.len() >= i + 6 && b[i + 1] == quote && b[i + 2] == quote { 3 } else { 1 };
        let body_start = (i + q).min(b.len());
        let body_end = b.len().saturating_sub(q).max(body_start);
        Literal { token: *token, source, text, body_start, body_end, bytes, raw, fstring }
    }

    pub fn body(&self) -> &str {
        &self.text[self.body_start..self.body_end]
    }
}

/// `_PyPegen_concatenate_strings`.
fn concatenate(source: &str, tokens: &[Token], warnings: &mut Vec<CompileWarning>) -> StrResult<Expr> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Err(StrError::AtLastToken("expected a string literal".into()));
    };
    let span = first.loc().to(last.loc());
    let u_kind = source.as_bytes().get(first.start as usize) == Some(&b'u');

    // The common case: one plain literal without escapes.
    if tokens.len() == 1 {
        let lit = Literal::new(source, first);
        if !lit.fstring && !lit.bytes && (lit.raw || !lit.body().contains('\\')) {
            if let Some(msg) = crate::source::utf8_error_in(lit.body(), source) {
                return Err(StrError::AtLastToken(msg));
            }
            return Ok(str_constant(PyStr::from(lit.body()), u_kind, span));
        }
    }

    let mut cx = fstring::Ctx { first, last, u_kind, warnings };
    let mut state = fstring::FstringState::default();
    let mut bytes_value: Vec<u8> = Vec::new();
    let mut bytesmode = false;
    for (i, token) in tokens.iter().enumerate() {
        let lit = Literal::new(source, token);
        // Decode first: its errors win over "cannot mix".
        let decoded = if lit.fstring { None } else { Some(decode_plain(&lit, cx.warnings)?) };
        if i != 0 && bytesmode != lit.bytes {
            return Err(StrError::AtLastToken("cannot mix bytes and nonbytes literals".into()));
        }
        bytesmode = lit.bytes;
        match decoded {
            None => {
                let mut pos = lit.body_start;
                fstring::concat_fstring(&mut cx, &mut state, &lit, &mut pos, lit.body_end, 0)?;
            }
            Some(Decoded::Bytes(b)) => bytes_value.extend_from_slice(&b),
            Some(Decoded::Str(s)) => state.concat(s),
        }
    }
    if bytesmode {
        return Ok(Expr { node: ExprKind::Constant { value: Constant::Bytes(bytes_value), kind: None }, loc: span });
    }
    Ok(state.finish(span, u_kind))
}

enum Decoded {
    Str(PyStr),
    Bytes(Vec<u8>),
}

/// The value of a non-f-string literal (`_PyPegen_parsestr`).
fn decode_plain(lit: &Literal, warnings: &mut Vec<CompileWarning>) -> StrResult<Decoded> {
    let body = lit.body();
    let escapes = !lit.raw && body.contains('\\');
    if lit.bytes {
        if !body.is_ascii() {
            return Err(StrError::AtToken("bytes can only contain ASCII literal characters".into(), lit.token));
        }
        if !escapes {
            return Ok(Decoded::Bytes(body.as_bytes().to_vec()));
        }
        let mut out = Vec::with_capacity(body.len());
        let w = escapes::decode_bytes(body.as_bytes(), &mut out).map_err(|e| StrError::AtLastToken(e.message(body)))?;
        warn(warnings, w, &lit.token);
        Ok(Decoded::Bytes(out))
    } else if let Some(msg) = crate::source::utf8_error_in(body, lit.source) {
        Err(StrError::AtLastToken(msg))
    } else if !escapes {
        Ok(Decoded::Str(PyStr::from(body)))
    } else {
        let mut out = PyStr::with_capacity(body.len());
        let w = escapes::decode_str(body, &mut out).map_err(|e| StrError::AtLastToken(e.message(body)))?;
        warn(warnings, w, &lit.token);
        Ok(Decoded::Str(out))
    }
}

/// Records CPython 3.11's DeprecationWarning for an invalid escape: it is
/// reported on the line where the token starts.
fn warn(warnings: &mut Vec<CompileWarning>, msg: Option<String>, token: &Token) {
    if let Some(msg) = msg {
        warnings.push(CompileWarning { category: "DeprecationWarning", msg, lineno: token.lineno });
    }
}

fn str_constant(value: PyStr, u_kind: bool, loc: Location) -> Expr {
    Expr { node: ExprKind::Constant { value: Constant::Str(value), kind: u_kind.then_some(ast::ConstantKind::U) }, loc }
}

#[cfg(test)]
mod tests;
