//! F-strings, the 3.11 way: the whole f-string is one token, scanned here.
//!
//! This follows CPython 3.11's `Parser/string_parser.c` step by step
//! (`fstring_find_literal`, `fstring_find_expr`, `fstring_compile_expr`,
//! `FstringParser_ConcatFstring`/`Finish`), because its exact behaviour is
//! visible: which errors win, where nodes are placed, which literal pieces
//! are merged. The scanner does not tokenize the expression; it only tracks
//! quotes and brackets well enough to find where a replacement field ends
//! (`!`, `:`, `=` or `}` at bracket depth 0), then hands the text, wrapped
//! in parentheses, to the parser's `fstring` rule and shifts the resulting
//! positions (`relocate.rs`).
//!
//! All offsets are byte offsets into `Literal::text` (the whole token text,
//! prefix and quotes included), so `{` positions can be turned into
//! line/column shifts the way `fstring_find_expr_location` does.

use super::escapes;
use super::relocate;
use super::{str_constant, Literal, StrError, StrResult};
use crate::ast::{Expr, ExprKind, Location};
use crate::error::CompileWarning;
use crate::pystr::PyStr;
use crate::token::Token;

/// CPython's `MAXLEVEL`: bracket nesting the scanner tracks.
const MAXLEVEL: usize = 200;

/// What stays the same across the tokens of one concatenation.
pub(super) struct Ctx<'a> {
    pub first: &'a Token,
    pub last: &'a Token,
    /// The first token starts with `u`: literal parts get `kind='u'`.
    pub u_kind: bool,
    pub warnings: &'a mut Vec<CompileWarning>,
}

impl Ctx<'_> {
    fn span(&self) -> Location {
        self.first.loc().to(self.last.loc())
    }
}

/// CPython's `FstringParser`: the pending literal and the finished parts.
#[derive(Default)]
pub(super) struct FstringState {
    last_str: Option<PyStr>,
    values: Vec<Expr>,
    /// Some f-string was seen: the result is a JoinedStr.
    fmode: bool,
}

impl FstringState {
    /// `_PyPegen_FstringParser_ConcatAndDel`: empty pieces vanish.
    pub fn concat(&mut self, s: PyStr) {
        if s.is_empty() {
            return;
        }
        match &mut self.last_str {
            Some(prev) => prev.push_pystr(&s),
            None => self.last_str = Some(s),
        }
    }

    /// Turns the pending literal into a Constant part.
    fn flush(&mut self, loc: Location, u_kind: bool) {
        if let Some(s) = self.last_str.take() {
            self.values.push(str_constant(s, u_kind, loc));
        }
    }

    /// `_PyPegen_FstringParser_Finish`, with the span and `u` flag of the
    /// tokens CPython passes to it.
    pub fn finish(mut self, loc: Location, u_kind: bool) -> Expr {
        if !self.fmode {
            return str_constant(self.last_str.unwrap_or_default(), u_kind, loc);
        }
        self.flush(loc, u_kind);
        Expr { node: ExprKind::JoinedStr { values: self.values }, loc }
    }
}

/// `_PyPegen_FstringParser_ConcatFstring`: parses `text[*pos..end]` of
/// f-string token `lit` into `state`. At `recurse_lvl` 0 this is the whole
/// body; at 1 it is a format spec, which ends at its closing `}`.
pub(super) fn concat_fstring(
    cx: &mut Ctx,
    state: &mut FstringState,
    lit: &Literal,
    pos: &mut usize,
    end: usize,
    recurse_lvl: u32,
) -> StrResult<()> {
    state.fmode = true;
    let b = lit.text.as_bytes();
    loop {
        let (literal, more) = find_literal(cx, lit, pos, end, recurse_lvl)?;
        let mut expression = None;
        if !more && *pos < end && b[*pos] != b'}' {
            // We are on a '{'.
            expression = Some(find_expr(cx, lit, pos, end, recurse_lvl)?);
        }
        if let Some(l) = literal {
            state.concat(l);
        }
        let Some((expr_text, expr)) = expression else {
            if more {
                continue;
            }
            break;
        };
        if let Some(t) = expr_text {
            state.concat(PyStr::from(t));
        }
        state.flush(cx.span(), cx.u_kind);
        state.values.push(expr);
    }
    if recurse_lvl == 0 && *pos + 1 < end {
        return Err(StrError::AtLastToken("f-string: unexpected end of string".into()));
    }
    if recurse_lvl != 0 && b.get(*pos) != Some(&b'}') {
        return Err(expecting_brace());
    }
    Ok(())
}

fn expecting_brace() -> StrError {
    StrError::AtLastToken("f-string: expecting '}'".into())
}

/// `fstring_find_literal`: the literal text up to the next unescaped brace.
/// Returns it decoded, and whether the caller should go on scanning
/// literal text (after a doubled brace).
fn find_literal(
    cx: &mut Ctx,
    lit: &Literal,
    pos: &mut usize,
    end: usize,
    recurse_lvl: u32,
) -> StrResult<(Option<PyStr>, bool)> {
    let b = lit.text.as_bytes();
    let raw = lit.raw;
    let start = *pos;
    let mut s = start;
    let mut more = false;
    let lit_end;
    loop {
        if s >= end {
            lit_end = s;
            *pos = s;
            break;
        }
        let mut ch = b[s];
        s += 1;
        if !raw && ch == b'\\' && s < end {
            ch = b[s];
            s += 1;
            if ch == b'N' {
                // Skip `\N{...}` so its braces are not fields. CPython
                // consumes the character after `N` even if it is no `{`,
                // and ends the literal there (the decoder then fails).
                if s < end {
                    let open = b[s];
                    s += 1;
                    if open == b'{' {
                        while s < end {
                            s += 1;
                            if b[s - 1] == b'}' {
                                break;
                            }
                        }
                        continue;
                    }
                }
                lit_end = s;
                *pos = s;
                break;
            }
            if ch == b'{' {
                cx.warnings.push(CompileWarning {
                    category: "DeprecationWarning",
                    msg: "invalid escape sequence '\\{'".into(),
                    lineno: lit.token.lineno,
                });
            }
        }
        if ch == b'{' || ch == b'}' {
            // Doubled braces only count at the top level, or f'{0:{3}}'
            // would end with a doubled '}'.
            if recurse_lvl == 0 {
                if s < end && b[s] == ch {
                    *pos = s + 1;
                    lit_end = s;
                    more = true;
                    break;
                }
                if ch == b'}' {
                    *pos = s - 1;
                    return Err(StrError::AtLastToken("f-string: single '}' is not allowed".into()));
                }
            }
            s -= 1;
            lit_end = s;
            *pos = s;
            break;
        }
    }
    if lit_end == start {
        return Ok((None, more));
    }
    // The `\N` exit may stop inside a multi-byte character; the decoder
    // fails before reaching it, so extending the slice changes nothing.
    let mut stop = lit_end;
    while !lit.text.is_char_boundary(stop) {
        stop += 1;
    }
    let piece = &lit.text[start..stop];
    let value = if raw {
        PyStr::from(piece)
    } else {
        let mut out = PyStr::with_capacity(piece.len());
        let w = escapes::decode_str(piece, &mut out).map_err(|e| StrError::AtLastToken(e.message(piece)))?;
        super::warn(cx.warnings, w, &lit.token);
        out
    };
    Ok((Some(value), more))
}

/// `fstring_find_expr`: parses the replacement field starting at the `{`
/// at `*pos`. Returns the `=` debug text, if any, and the FormattedValue.
fn find_expr(
    cx: &mut Ctx,
    lit: &Literal,
    pos: &mut usize,
    end: usize,
    recurse_lvl: u32,
) -> StrResult<(Option<String>, Expr)> {
    if recurse_lvl >= 2 {
        return Err(StrError::AtLastToken("f-string: expressions nested too deeply".into()));
    }
    let b = lit.text.as_bytes();
    *pos += 1;
    let expr_start = *pos;
    let mut quote_char = 0u8;
    let mut triple = false;
    let mut parens: Vec<u8> = Vec::new();
    while *pos < end {
        let ch = b[*pos];
        if ch == b'\\' {
            return Err(StrError::AtLastToken("f-string expression part cannot include a backslash".into()));
        }
        if quote_char != 0 {
            // Only the non-error cases of the tokenizer's string rules
            // matter: errors surface when the expression is parsed.
            if ch == quote_char {
                if !triple {
                    quote_char = 0;
                } else if *pos + 2 < end && b[*pos + 1] == ch && b[*pos + 2] == ch {
                    *pos += 2;
                    quote_char = 0;
                    triple = false;
                }
            }
        } else if ch == b'\'' || ch == b'"' {
            triple = *pos + 2 < end && b[*pos + 1] == ch && b[*pos + 2] == ch;
            if triple {
                *pos += 2;
            }
            quote_char = ch;
        } else if ch == b'[' || ch == b'{' || ch == b'(' {
            if parens.len() >= MAXLEVEL {
                return Err(StrError::AtLastToken("f-string: too many nested parenthesis".into()));
            }
            parens.push(ch);
        } else if ch == b'#' {
            return Err(StrError::AtLastToken("f-string expression part cannot include '#'".into()));
        } else if parens.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
            if let Some(&next) = b.get(*pos + 1).filter(|_| *pos + 1 < end) {
                // `!=`, `==`, `<=`, `>=` are operators, not field ends;
                // `<` and `>` alone never end a field.
                if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                    *pos += 2;
                    continue;
                }
                if ch == b'<' || ch == b'>' {
                    *pos += 1;
                    continue;
                }
            }
            break;
        } else if ch == b']' || ch == b'}' || ch == b')' {
            let Some(opening) = parens.pop() else {
                return Err(StrError::AtLastToken(format!("f-string: unmatched '{}'", ch as char)));
            };
            if !matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                return Err(StrError::AtLastToken(format!(
                    "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                    ch as char, opening as char
                )));
            }
        }
        *pos += 1;
    }
    let expr_end = *pos;
    if quote_char != 0 {
        return Err(StrError::AtLastToken("f-string: unterminated string".into()));
    }
    if let Some(&opening) = parens.last() {
        return Err(StrError::AtLastToken(format!("f-string: unmatched '{}'", opening as char)));
    }
    if *pos >= end {
        return Err(expecting_brace());
    }

    // Parse the expression first, so its errors win over those of the
    // conversion and format spec.
    let expression = compile_expr(lit, expr_start, expr_end)?;

    let mut expr_text = None;
    if b[*pos] == b'=' {
        *pos += 1;
        // Py_ISSPACE: the ASCII whitespace characters.
        while *pos < end && matches!(b[*pos], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
            *pos += 1;
        }
        expr_text = Some(lit.text[expr_start..*pos].to_string());
    }

    let mut conversion = -1;
    if *pos < end && b[*pos] == b'!' {
        *pos += 1;
        if *pos >= end {
            return Err(expecting_brace());
        }
        let c = b[*pos];
        *pos += 1;
        if !matches!(c, b's' | b'r' | b'a') {
            return Err(StrError::AtLastToken(
                "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
            ));
        }
        conversion = c as i32;
    }

    if *pos >= end {
        return Err(expecting_brace());
    }
    let mut format_spec = None;
    if b[*pos] == b':' {
        *pos += 1;
        if *pos >= end {
            return Err(expecting_brace());
        }
        // `fstring_parse`: a nested f-string whose own JoinedStr and last
        // literal carry the span of this token only.
        let mut spec = FstringState::default();
        concat_fstring(cx, &mut spec, lit, pos, end, recurse_lvl + 1)?;
        format_spec = Some(Box::new(spec.finish(lit.token.loc(), false)));
    }
    if *pos >= end || b[*pos] != b'}' {
        return Err(expecting_brace());
    }
    *pos += 1;

    // `=` without conversion or format spec means `!r`.
    if expr_text.is_some() && format_spec.is_none() && conversion == -1 {
        conversion = b'r' as i32;
    }
    let node = ExprKind::FormattedValue { value: Box::new(expression), conversion, format_spec };
    Ok((expr_text, Expr { node, loc: cx.span() }))
}

/// `fstring_compile_expr`: parses `text[expr_start..expr_end]` as
/// `(expr)` and places its nodes in the file.
fn compile_expr(lit: &Literal, expr_start: usize, expr_end: usize) -> StrResult<Expr> {
    let b = lit.text.as_bytes();
    // The parser ignores only these (`\r` is already `\n`); an all-blank
    // field would become the valid `()`, so it is caught here.
    if b[expr_start..expr_end].iter().all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c')) {
        let msg = match b.get(expr_end) {
            Some(&c @ (b'!' | b':' | b'=')) => format!("f-string: expression required before '{}'", c as char),
            _ => "f-string: empty expression not allowed".to_string(),
        };
        return Err(StrError::AtLastToken(msg));
    }
    let (lines, cols) = find_expr_location(b, expr_start - 1);
    let t = &lit.token;
    let start_line = t.lineno + lines;
    let start_col = if lines > 0 { cols } else { t.col_offset + cols };
    let buf = format!("({})", &lit.text[expr_start..expr_end]);
    match crate::parser::parse_fstring_expr(&buf) {
        Ok(mut expr) => {
            relocate::relocate_expr(&mut expr, &buf, start_line, start_col);
            Ok(expr)
        }
        Err(err) => Err(StrError::Located(relocate::relocate_error(err, &buf, start_line, start_col))),
    }
}

/// `fstring_find_expr_location`: how many lines the `{` at `brace` is below
/// the token start, and the column shift for the expression's first line.
/// When only blanks separate the `{` from a newline, the expression starts
/// on a later line and no column shift applies.
fn find_expr_location(b: &[u8], brace: usize) -> (u32, u32) {
    let mut newline_after_brace = true;
    let mut i = brace + 1;
    loop {
        match b.get(i) {
            Some(b'}') | Some(b'\n') => break,
            Some(b' ') | Some(b'\t') | Some(b'\x0c') => i += 1,
            _ => {
                newline_after_brace = false;
                break;
            }
        }
    }
    let mut cols = 0;
    if !newline_after_brace {
        let line_start = b[..brace].iter().rposition(|&c| c == b'\n').map_or(0, |nl| nl + 1);
        cols = (brace - line_start) as u32;
    }
    let lines = b[..brace].iter().filter(|&&c| c == b'\n').count() as u32;
    (lines, cols)
}
