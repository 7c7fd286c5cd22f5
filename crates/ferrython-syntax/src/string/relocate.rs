//! Placing a replacement field's nodes in the file.
//!
//! CPython 3.11 parses a field such as `{a + b}` with a second parser over
//! the buffer `(a + b)`, told to start at line `L` and column `C`
//! (`p2->starting_lineno`, `p2->starting_col_offset`). The second parser's
//! `_PyPegen_fill_token` adds `C` to a token's columns only when the
//! tokenizer is still on the buffer's first line when the token ends, and
//! numbers lines from `L`. We get positions relative to the buffer from
//! `parser::parse_fstring_expr` and apply the same rule afterwards:
//!
//! * a position on buffer line 1 moves to line `L`, column `C + col`;
//! * a position on buffer line `n > 1` moves to line `L + n - 1`, column
//!   unchanged;
//! * quirk kept on purpose: a token that starts on line 1 but ends on a later
//!   one (a triple-quoted string spanning lines) keeps its unshifted start
//!   column, and so does every node starting with it.
//!
//! Errors of the second parser are moved the same way, with CPython's
//! conventions for them: offsets are byte offsets (that parser has no
//! source encoding, so no character conversion happens) from which `C` is
//! subtracted, and the error line is the buffer's line, with a newline only
//! when it is the buffer's last line.

use crate::ast::{Arguments, Comprehension, Expr, ExprKind, Keyword, Location};
use crate::error::SyntaxError;

/// Shifts every position in `expr`, parsed from `buf`, to start at line
/// `start_line`, column `start_col`.
pub(super) fn relocate_expr(expr: &mut Expr, buf: &str, start_line: u32, start_col: u32) {
    let unshifted = multiline_string_starts(buf);
    let fix = |loc: &mut Location| {
        if loc.lineno == 1 && !unshifted.contains(&loc.col_offset) {
            loc.col_offset += start_col;
        }
        if loc.end_lineno == 1 {
            loc.end_col_offset += start_col;
        }
        loc.lineno += start_line.saturating_sub(1);
        loc.end_lineno += start_line.saturating_sub(1);
    };
    walk_expr(expr, fix);
}

/// Columns on line 1 of `buf` where a string token starts that ends on a
/// later line. Only triple-quoted strings can do that here: a field cannot
/// contain a backslash.
fn multiline_string_starts(buf: &str) -> Vec<u32> {
    let b = buf.as_bytes();
    let Some(first_nl) = b.iter().position(|&c| c == b'\n') else {
        return Vec::new();
    };
    let mut starts = Vec::new();
    let mut i = 0;
    while i < first_nl {
        let q = b[i];
        if q != b'\'' && q != b'"' {
            i += 1;
            continue;
        }
        let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
        let qlen = if triple { 3 } else { 1 };
        let mut j = i + qlen;
        let close = loop {
            match b.get(j) {
                None => break b.len(),
                Some(&c) if c == q && (!triple || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q))) => {
                    break j + qlen
                }
                Some(_) => j += 1,
            }
        };
        if triple && close > first_nl {
            // The token starts at its prefix letters.
            let mut s = i;
            while s > 0 && i - s < 3 && b"rRbBuUfF".contains(&b[s - 1]) {
                s -= 1;
            }
            starts.push(s as u32);
        }
        i = close;
    }
    starts
}

/// Moves an error of `parse_fstring_expr` (positions relative to `buf`)
/// the way CPython 3.11 reports errors of its f-string sub-parser.
pub(super) fn relocate_error(mut err: SyntaxError, buf: &str, start_line: u32, start_col: u32) -> SyntaxError {
    let lines: Vec<&str> = buf.split('\n').collect();
    let line_text = |n: i64| -> Option<&str> { usize::try_from(n - 1).ok().and_then(|i| lines.get(i).copied()) };
    // Back from character offsets to byte offsets in the buffer line.
    let to_bytes = |line: Option<&str>, offset: i64| -> i64 {
        match line {
            Some(text) if offset > 0 => {
                let chars = (offset - 1) as usize;
                let bytes: usize = text.chars().take(chars).map(char::len_utf8).sum();
                let extra = chars.saturating_sub(text.chars().count());
                (bytes + extra) as i64 + 1
            }
            _ => offset,
        }
    };
    let shift = start_col as i64;
    let rel_line = err.lineno;
    let rel_end_line = err.end_lineno;
    if err.offset > 0 {
        err.offset = to_bytes(line_text(rel_line), err.offset);
        if rel_line != 1 {
            err.offset -= shift;
        }
    }
    if err.end_offset > 0 {
        err.end_offset = to_bytes(line_text(rel_end_line), err.end_offset);
        if rel_end_line != 1 {
            err.end_offset -= shift;
        }
    }
    if let Some(text) = line_text(rel_line) {
        let last = rel_line as usize == lines.len();
        err.text = Some(if last { format!("{text}\n") } else { text.to_string() });
    }
    if err.lineno > 0 {
        err.lineno += start_line as i64 - 1;
    }
    if err.end_lineno > 0 {
        err.end_lineno += start_line as i64 - 1;
    }
    // The sub-parser's tokenizer reads a string without a cookie, so its
    // columns stay in bytes whatever the file declares: already final.
    err.byte_offsets = None;
    err
}

/// Applies `fix` to the location of every node in `root`: expressions,
/// arguments, keywords. Iterative, with an explicit stack, so a deep tree
/// cannot overflow the native stack.
fn walk_expr(root: &mut Expr, mut fix: impl FnMut(&mut Location)) {
    let mut stack: Vec<&mut Expr> = vec![root];
    while let Some(e) = stack.pop() {
        fix(&mut e.loc);
        match &mut e.node {
            ExprKind::BoolOp { values, .. } => stack.extend(values.iter_mut()),
            ExprKind::NamedExpr { target, value } => {
                stack.push(target);
                stack.push(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                stack.push(left);
                stack.push(right);
            }
            ExprKind::UnaryOp { operand, .. } => stack.push(operand),
            ExprKind::Lambda { args, body } => {
                push_arguments(args, &mut stack, &mut fix);
                stack.push(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                stack.push(test);
                stack.push(body);
                stack.push(orelse);
            }
            ExprKind::Dict { keys, values } => {
                stack.extend(keys.iter_mut().flatten());
                stack.extend(values.iter_mut());
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                stack.extend(elts.iter_mut())
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                stack.push(elt);
                push_comprehensions(generators, &mut stack);
            }
            ExprKind::DictComp { key, value, generators } => {
                stack.push(key);
                stack.push(value);
                push_comprehensions(generators, &mut stack);
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => stack.push(value),
            ExprKind::Yield { value } => stack.extend(value.as_deref_mut()),
            ExprKind::Compare { left, comparators, .. } => {
                stack.push(left);
                stack.extend(comparators.iter_mut());
            }
            ExprKind::Call { func, args, keywords } => {
                stack.push(func);
                stack.extend(args.iter_mut());
                push_keywords(keywords, &mut stack, &mut fix);
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                stack.push(value);
                stack.extend(format_spec.as_deref_mut());
            }
            ExprKind::JoinedStr { values } => stack.extend(values.iter_mut()),
            ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => stack.push(value),
            ExprKind::Subscript { value, slice, .. } => {
                stack.push(value);
                stack.push(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                stack.extend(lower.as_deref_mut());
                stack.extend(upper.as_deref_mut());
                stack.extend(step.as_deref_mut());
            }
        }
    }
}

fn push_arguments<'a>(args: &'a mut Arguments, stack: &mut Vec<&'a mut Expr>, fix: &mut impl FnMut(&mut Location)) {
    let Arguments { posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults } = args;
    let all = posonlyargs
        .iter_mut()
        .chain(args.iter_mut())
        .chain(vararg.as_deref_mut())
        .chain(kwonlyargs.iter_mut())
        .chain(kwarg.as_deref_mut());
    for arg in all {
        fix(&mut arg.loc);
        stack.extend(arg.annotation.as_deref_mut());
    }
    stack.extend(kw_defaults.iter_mut().flatten());
    stack.extend(defaults.iter_mut());
}

fn push_keywords<'a>(keywords: &'a mut [Keyword], stack: &mut Vec<&'a mut Expr>, fix: &mut impl FnMut(&mut Location)) {
    for kw in keywords {
        fix(&mut kw.loc);
        stack.push(&mut kw.value);
    }
}

fn push_comprehensions<'a>(generators: &'a mut [Comprehension], stack: &mut Vec<&'a mut Expr>) {
    for g in generators {
        stack.push(&mut g.target);
        stack.push(&mut g.iter);
        stack.extend(g.ifs.iter_mut());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiline_starts() {
        assert_eq!(multiline_string_starts("(x)"), Vec::<u32>::new());
        assert_eq!(multiline_string_starts("(\"\"\"a\nb\"\"\" + x)"), vec![1]);
        assert_eq!(multiline_string_starts("(x + rb'''a\nb''')"), vec![5]);
        assert_eq!(multiline_string_starts("('a' + x\n)"), Vec::<u32>::new());
    }
}
