//! PEP 657 anchors: for a binary operation or subscript spanning the marked
//! segment, CPython draws `~` under the operands and `^` under the operator
//! (or the subscript brackets). It finds them by re-parsing the segment;
//! so do we.

use ferrython_syntax::ast::{ExprKind, Mod, StmtKind};

/// `(start, end)` in characters of the `^` part, when the segment is a
/// binary operation or a subscript.
pub fn anchors(segment: &str) -> Option<(usize, usize)> {
    let wrapped = format!("(\n{segment}\n)");
    let parsed = ferrython_syntax::parse(&wrapped, ferrython_syntax::Mode::Exec).ok()?;
    let Mod::Module { body, .. } = &parsed.module else { return None };
    let StmtKind::Expr { value } = &body.first()?.node else { return None };
    let line_start = |lineno: u32| -> usize {
        if lineno <= 2 {
            0
        } else {
            usize::MAX
        }
    };
    let to_char = |line: u32, col: u32| -> Option<usize> {
        if line != 2 {
            return None;
        }
        let base = line_start(line);
        let col = col as usize;
        segment.get(..col).map(|s| base + s.chars().count())
    };
    match &value.node {
        ExprKind::BinOp { left, right, .. } => {
            // The operator: first non-space, non-paren character after the left operand.
            let left_end = to_char(left.loc.end_lineno, left.loc.end_col_offset)?;
            let right_start = to_char(right.loc.lineno, right.loc.col_offset)?;
            let chars: Vec<char> = segment.chars().collect();
            let mut i = left_end;
            while i < right_start && (chars[i].is_whitespace() || chars[i] == ')') {
                i += 1;
            }
            let mut j = i;
            while j < right_start && !chars[j].is_whitespace() && chars[j] != '(' {
                j += 1;
            }
            if i < j {
                Some((i, j))
            } else {
                None
            }
        }
        ExprKind::Subscript { value: v, .. } => {
            let v_end = to_char(v.loc.end_lineno, v.loc.end_col_offset)?;
            let chars: Vec<char> = segment.chars().collect();
            let mut i = v_end;
            while i < chars.len() && chars[i] != '[' {
                i += 1;
            }
            Some((i, chars.len()))
        }
        _ => None,
    }
}
