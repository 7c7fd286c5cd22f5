//! Printing syntax errors and compile warnings exactly as CPython 3.11 does
//! when it runs a program.

use ferrython_syntax::{CompileWarning, SyntaxError, SyntaxErrorKind};

/// The text CPython 3.11 prints for an uncaught `SyntaxError` (or subclass)
/// raised while compiling `filename`.
///
/// CPython: Python/pythonrun.c, `print_exception_file_and_line`,
/// `parse_syntax_error` and `print_error_text`. Faithful down to their
/// quirks: `offset` is a character offset but is applied to the UTF-8 bytes
/// of the line (so the caret drifts left after non-ASCII text), subclasses
/// (`IndentationError`, `TabError`) always get a single caret, and a span
/// ending on a later line is highlighted to the end of the first.
pub fn format_syntax_error(err: &SyntaxError, filename: &str) -> String {
    let mut out = String::new();
    if has_location(err) {
        out.push_str(&format!("  File \"{filename}\", line {}\n", err.lineno));
        if let Some(text) = &err.text {
            let (end_lineno, mut end_offset) = match err.kind {
                SyntaxErrorKind::SyntaxError => (err.end_lineno, err.end_offset),
                _ => (err.lineno, -1),
            };
            let line_size = text.len() as i64;
            if end_lineno > err.lineno {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            print_error_text(&mut out, err.offset, end_offset, text.as_bytes());
        }
    }
    out.push_str(err.kind.name());
    // CPython prints the colon only when str(msg) is not empty.
    if !err.msg.is_empty() {
        out.push_str(": ");
        out.push_str(&err.msg);
    }
    out.push('\n');
    out
}

/// Whether CPython would print the `File "...", line N` part: errors raised
/// with a location carry `print_file_and_line`; those raised with a bare
/// message (source decoding: "encoding problem: foo", "Non-UTF-8 code ...")
/// do not, and the front end reports them with line 0.
fn has_location(err: &SyntaxError) -> bool {
    err.lineno > 0
}

/// CPython: Python/pythonrun.c, `print_error_text`. Works on bytes, as the C
/// code does on the UTF-8 form of the line.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &[u8]) {
    let carets = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    // 1-based to 0-based.
    let mut offset = offset - 1;
    let mut text = text;
    while let [b' ' | b'\t' | b'\x0c', rest @ ..] = text {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if text.last() == Some(&b'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    // Skip past newlines embedded in the text (the caret's line is printed).
    while let Some(nl) = text.iter().position(|&b| b == b'\n') {
        let nl = nl as i64;
        if nl >= offset {
            break;
        }
        text = &text[nl as usize + 1..];
        len -= nl + 1;
        offset -= nl + 1;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(text));
    // `text[len]` in C: the newline if the line had one, else the NUL.
    if usize::try_from(len).ok().and_then(|l| text.get(l)) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', offset as usize));
    out.extend(std::iter::repeat_n('^', carets.max(0) as usize));
    out.push('\n');
}

/// How a `-W` option or the default filters treat one warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WarnAction {
    Show,
    Ignore,
}

/// The text CPython 3.11 prints on stderr for the warnings the compiler
/// issues, with the default warning filters as modified by `-W` options.
///
/// Compile-time warnings are issued with `module` derived from the file
/// name (never `__main__`), so the default filters hide
/// `DeprecationWarning` and show `SyntaxWarning`; there is no "once per
/// location" registry for them, so repeats all print. The format is
/// `warnings.formatwarning`'s: `FILE:LINE: CATEGORY: MESSAGE` and, when
/// `linecache` can read the file, the stripped source line.
pub fn format_warnings(
    warnings: &[CompileWarning],
    filename: &str,
    source_lines: Option<&str>,
    warnoptions: &[String],
) -> String {
    let mut out = String::new();
    for w in warnings {
        if warn_action(w.category, warnoptions) == WarnAction::Ignore {
            continue;
        }
        out.push_str(&format!("{filename}:{}: {}: {}\n", w.lineno, w.category, w.msg));
        let line = source_lines.and_then(|src| src.split('\n').nth((w.lineno as usize).wrapping_sub(1)));
        if let Some(line) = line {
            out.push_str("  ");
            out.push_str(py_strip(line));
            out.push('\n');
        }
    }
    out
}

/// The last matching `-W action[:message[:category[:module[:lineno]]]]` wins;
/// otherwise the default filters apply. Only the action and category parts
/// are interpreted (the others cannot narrow compile warnings usefully yet).
fn warn_action(category: &str, warnoptions: &[String]) -> WarnAction {
    for opt in warnoptions.iter().rev() {
        let mut parts = opt.split(':');
        let action = parts.next().unwrap_or("").trim();
        let cat = parts.nth(1).unwrap_or("").trim();
        let matches = cat.is_empty() || cat == category || cat == "Warning";
        if !matches {
            continue;
        }
        // CPython accepts any unambiguous prefix of an action name.
        let is = |full: &str| !action.is_empty() && full.starts_with(action);
        if is("ignore") {
            return WarnAction::Ignore;
        }
        if is("default") || is("always") || is("module") || is("once") || is("error") {
            return WarnAction::Show;
        }
    }
    if category == "DeprecationWarning" || category == "PendingDeprecationWarning" {
        WarnAction::Ignore
    } else {
        WarnAction::Show
    }
}

/// Python's `str.strip()` with no argument: strips characters for which
/// `str.isspace()` is true (Rust's `char::is_whitespace` lacks U+001C..U+001F).
fn py_strip(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(
        kind: SyntaxErrorKind,
        msg: &str,
        line: i64,
        off: i64,
        end_line: i64,
        end_off: i64,
        text: &str,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno: line,
            offset: off,
            end_lineno: end_line,
            end_offset: end_off,
            text: Some(text.into()),
            byte_offsets: None,
        }
    }

    // Expected texts are what python3.11 prints for the same error attributes.
    #[test]
    fn carets() {
        use SyntaxErrorKind::*;
        let e = err(SyntaxError, "Generator expression must be parenthesized", 1, 3, 1, 15, "f(a for a in b, c)\n");
        assert_eq!(
            format_syntax_error(&e, "g.py"),
            "  File \"g.py\", line 1\n    f(a for a in b, c)\n      ^^^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"
        );
        let e = err(SyntaxError, "'(' was never closed", 1, 5, 1, 0, "x = (1,\n");
        assert_eq!(
            format_syntax_error(&e, "<string>"),
            "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
        );
        let e = err(IndentationError, "unexpected indent", 1, 1, 1, -1, "\tx = $\n");
        assert_eq!(
            format_syntax_error(&e, "d.py"),
            "  File \"d.py\", line 1\n    x = $\nIndentationError: unexpected indent\n"
        );
        let e = err(SyntaxError, "invalid syntax", 1, 9, 1, 10, "é = 1 +\n");
        assert_eq!(
            format_syntax_error(&e, "b.py"),
            "  File \"b.py\", line 1\n    é = 1 +\n            ^\nSyntaxError: invalid syntax\n"
        );
        let e = err(SyntaxError, "unterminated", 1, 5, 1, 5, "s = \"\"\"abc");
        assert_eq!(
            format_syntax_error(&e, "e.py"),
            "  File \"e.py\", line 1\n    s = \"\"\"abc\n        ^\nSyntaxError: unterminated\n"
        );
    }

    #[test]
    fn warnings() {
        let w = vec![
            CompileWarning { category: "SyntaxWarning", msg: "x".into(), lineno: 2 },
            CompileWarning { category: "DeprecationWarning", msg: "invalid escape sequence '\\d'".into(), lineno: 1 },
        ];
        let src = "\"\\d\"\n  if x is 1: pass  \n";
        assert_eq!(format_warnings(&w, "/f.py", Some(src), &[]), "/f.py:2: SyntaxWarning: x\n  if x is 1: pass\n");
        assert_eq!(format_warnings(&w, "<string>", None, &["ignore".into()]), "");
        assert_eq!(
            format_warnings(&w, "<string>", None, &["default".into()]),
            "<string>:2: SyntaxWarning: x\n<string>:1: DeprecationWarning: invalid escape sequence '\\d'\n"
        );
    }
}
