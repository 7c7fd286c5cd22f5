//! Printing an uncaught exception as CPython 3.11 does: the chain of causes
//! and contexts, each with "Traceback (most recent call last):", one entry
//! per frame (file, line, function, source line and PEP 657 markers), and
//! the final `Type: message` line.

use crate::object::Value;
use crate::types::{self, exceptions::exc_data, function::as_code};
use crate::vm::Vm;
use std::collections::HashMap;

/// Formats `exc` and its chain.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut ctx = PrintContext { seen: Vec::new(), group_depth: 0, need_close: false, sources: HashMap::new() };
    let mut out = String::new();
    print_exception_recursive(vm, exc, &mut ctx, &mut out, 0);
    out
}

/// CPython's `exception_print_context` (Python/pythonrun.c): exception
/// groups print their sub-exceptions nested in boxes, each level indented
/// by two spaces and a `| ` margin.
struct PrintContext {
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
    sources: HashMap<String, Option<String>>,
}

/// Groups nested deeper are elided, wider ones truncated (pythonrun.c's defaults).
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;
/// Chains and groups nested deeper than this stop printing (a guard
/// against the native stack, like CPython's recursion check).
const MAX_PRINT_NESTING: usize = 200;

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// Writes `text` with every line indented and margined (`textwrap.indent`).
    fn emit(&self, out: &mut String, text: &str) {
        let prefix = format!("{}{}", self.indent(), self.margin());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// `print_exception_recursive`: the chain first, then the exception (a
/// group with its sub-exceptions).
fn print_exception_recursive(vm: &mut Vm, exc: &Value, ctx: &mut PrintContext, out: &mut String, nesting: usize) {
    if nesting > MAX_PRINT_NESTING {
        return;
    }
    print_cause_and_context(vm, exc, ctx, out, nesting);
    if types::exception_group::is_group(exc) {
        print_exception_group(vm, exc, ctx, out, nesting);
    } else {
        print_exception(vm, exc, ctx, out);
    }
}

fn print_cause_and_context(vm: &mut Vm, exc: &Value, ctx: &mut PrintContext, out: &mut String, nesting: usize) {
    ctx.seen.push(exc.bits());
    let Some(d) = exc_data(exc) else { return };
    let cause = d.cause.borrow().clone();
    let context = d.context.borrow().clone();
    let (chained, message) = match (cause, context) {
        (Some(c), _) => (c, "The above exception was the direct cause of the following exception:\n"),
        (None, Some(c)) if !d.suppress_context.get() => {
            (c, "During handling of the above exception, another exception occurred:\n")
        }
        _ => return,
    };
    if ctx.seen.contains(&chained.bits()) {
        return;
    }
    let need_close = ctx.need_close;
    print_exception_recursive(vm, &chained, ctx, out, nesting + 1);
    ctx.need_close = need_close;
    ctx.emit(out, "\n");
    ctx.emit(out, message);
    ctx.emit(out, "\n");
}

/// `print_exception`: the traceback (headed `Exception Group Traceback`
/// for a group, with a `+ ` margin at the outermost level) and the
/// `Type: message` line.
fn print_exception(vm: &mut Vm, exc: &Value, ctx: &mut PrintContext, out: &mut String) {
    if let Some(d) = exc_data(exc) {
        let tb = traceback_entries(d.traceback.borrow().clone());
        if !tb.is_empty() {
            let is_group = types::exception_group::is_group(exc);
            let header = if is_group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            };
            let margin = if is_group && ctx.group_depth == 1 { "+ " } else { ctx.margin() };
            out.push_str(&format!("{}{margin}{header}", ctx.indent()));
            let mut entries = String::new();
            format_entries(&tb, &mut entries, &mut ctx.sources);
            ctx.emit(out, &entries);
        }
    }
    let text = exception_line(vm, exc);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.len() > 2 {
        // A SyntaxError's "File" line gets the margin, but CPython writes its
        // source and caret lines without one (pythonrun.c, print_error_text).
        ctx.emit(out, lines[0]);
        lines[1..lines.len() - 1].iter().for_each(|l| out.push_str(l));
        ctx.emit(out, lines[lines.len() - 1]);
    } else {
        ctx.emit(out, &text);
    }
    let notes = crate::exception_notes::format_notes(vm, exc);
    if !notes.is_empty() {
        ctx.emit(out, &notes);
    }
}

/// `print_exception_group`: the group itself, then each sub-exception in
/// a numbered box.
fn print_exception_group(vm: &mut Vm, exc: &Value, ctx: &mut PrintContext, out: &mut String, nesting: usize) {
    if ctx.group_depth > MAX_GROUP_DEPTH {
        ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        return;
    }
    if ctx.group_depth == 0 {
        ctx.group_depth += 1;
    }
    print_exception(vm, exc, ctx, out);
    let excs = types::exception_group::group_exceptions(exc);
    let n = if excs.len() <= MAX_GROUP_WIDTH { excs.len() } else { MAX_GROUP_WIDTH + 1 };
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            // The closing line may be written by a nested group instead.
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let corner = if i == 0 { "+-" } else { "  " };
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        out.push_str(&format!("{}{corner}+---------------- {title} ----------------\n", ctx.indent()));
        ctx.group_depth += 1;
        if truncated {
            let remaining = excs.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            ctx.emit(out, &format!("and {remaining} more exception{plural}\n"));
        } else {
            print_exception_recursive(vm, &excs[i], ctx, out, nesting + 1);
        }
        if last && ctx.need_close {
            out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if ctx.group_depth == 1 {
        ctx.group_depth = 0;
    }
}

/// `(code, instruction)` of each entry of a traceback chain, outermost first.
pub fn traceback_entries(head: Option<Value>) -> Vec<(Value, u32)> {
    let mut out = Vec::new();
    let mut cur = head;
    while let Some(tb) = cur {
        let Some(t) = types::frame::as_traceback(&tb) else { break };
        if let Some(code) = t.code() {
            out.push((code.clone(), t.lasti));
        }
        cur = t.next.borrow().clone();
    }
    out
}

/// Consecutive identical entries collapse after 3 repeats, as CPython prints them.
fn format_entries(tb: &[(Value, u32)], out: &mut String, sources: &mut HashMap<String, Option<String>>) {
    let mut last: Option<(String, u32, String)> = None;
    let mut count = 0usize;
    for (code, pc) in tb {
        let Some(code) = as_code(code) else { continue };
        let co = &code.code;
        let loc = co.locations.get(*pc as usize).copied().unwrap_or_default();
        let key = (co.filename.to_string(), loc.lineno, co.name.to_string());
        if last.as_ref() == Some(&key) {
            count += 1;
            if count >= 3 {
                continue;
            }
        } else {
            flush_repeats(out, count);
            last = Some(key);
            count = 0;
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", co.filename, loc.lineno, co.name));
        let source = sources
            .entry(co.filename.to_string())
            .or_insert_with(|| std::fs::read(&*co.filename).ok().map(|b| String::from_utf8_lossy(&b).into_owned()));
        if let Some(src) = source {
            if let Some(line) = src.split_inclusive('\n').nth(loc.lineno.saturating_sub(1) as usize) {
                let line = line.trim_end_matches(['\n', '\r']);
                let stripped = line.trim_start();
                if !stripped.is_empty() {
                    out.push_str(&format!("    {}\n", stripped.trim_end()));
                    if let Some(marks) = caret_line(line, loc) {
                        out.push_str(&marks);
                    }
                }
            }
        }
    }
    flush_repeats(out, count);
}

fn flush_repeats(out: &mut String, count: usize) {
    if count >= 3 {
        let n = count - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// The PEP 657 marker line under the source line, or `None` when the
/// instruction's span covers the whole line (CPython then prints none).
/// A span that goes on past this line is marked to its last non-blank
/// character, without anchors (CPython: Python/traceback.c, tb_displayline).
fn caret_line(line: &str, loc: ferrython_syntax::ast::Location) -> Option<String> {
    if loc.lineno == 0 || loc.end_lineno < loc.lineno {
        return None;
    }
    let multi_line = loc.end_lineno != loc.lineno;
    let bytes = line.as_bytes();
    let start = loc.col_offset as usize;
    let end = if multi_line { line.trim_end().len() } else { (loc.end_col_offset as usize).min(bytes.len()) };
    if start >= end {
        return None;
    }
    let indent = line.len() - line.trim_start().len();
    let content_end = line.trim_end().len();
    if start <= indent && end >= content_end {
        return None;
    }
    let to_chars = |b: usize| line.get(..b).map(|s| s.chars().count()).unwrap_or(b);
    let (cs, ce, ci) = (to_chars(start), to_chars(end), to_chars(indent));
    let segment = line.get(start..end)?;
    let anchors = if multi_line { None } else { crate::traceback_anchors::anchors(segment) };
    let mut marks = String::from("    ");
    marks.push_str(&" ".repeat(cs - ci));
    match anchors {
        Some((a, b)) => {
            let seg_chars: Vec<char> = segment.chars().collect();
            for i in 0..seg_chars.len() {
                marks.push(if i >= a && i < b { '^' } else { '~' });
            }
        }
        None => marks.push_str(&"^".repeat(ce - cs)),
    }
    marks.push('\n');
    Some(marks)
}

/// `Type: message` (or just `Type`).
pub fn exception_line(vm: &mut Vm, exc: &Value) -> String {
    let ty = exc.type_obj();
    let module = vm.type_module_name(ty);
    let name = ty.data.qualname.borrow().to_string();
    let full = if module == "builtins" || module == "__main__" { name } else { format!("{module}.{name}") };
    if ty.data.is_subtype(&types::exceptions::SYNTAX_ERROR.0) {
        if let Some(s) = syntax_error_lines(vm, exc, &full) {
            return s;
        }
    }
    let msg = match vm.str(exc) {
        Ok(s) => types::str::as_str(&s).unwrap_or("").to_string(),
        Err(_) => return format!("{full}: <exception str() failed>\n"),
    };
    let hint = crate::suggestions::offer_suggestions(vm, exc).unwrap_or_default();
    if msg.is_empty() {
        format!("{full}{hint}\n")
    } else {
        format!("{full}: {msg}{hint}\n")
    }
}

fn syntax_error_lines(vm: &mut Vm, exc: &Value, full: &str) -> Option<String> {
    let args = types::exceptions::exc_args(exc);
    let msg = args.first().and_then(|m| types::str::as_str(m).map(String::from))?;
    let details = args.get(1).and_then(|d| types::tuple::as_tuple(d).map(|t| t.to_vec()))?;
    let filename = details.first().and_then(|f| types::str::as_str(f).map(String::from)).unwrap_or_default();
    let lineno = details.get(1).and_then(types::int::to_i64).unwrap_or(0);
    let _ = vm;
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Some(text) = details.get(3).and_then(|t| types::str::as_str(t).map(String::from)) {
        let line = text.trim_end_matches('\n');
        let stripped = line.trim_start();
        out.push_str(&format!("    {stripped}\n"));
        let offset = details.get(2).and_then(types::int::to_i64).unwrap_or(0);
        let end = details.get(5).and_then(types::int::to_i64).unwrap_or(0);
        if offset > 0 {
            let lead = line.chars().count() - stripped.chars().count();
            let start = (offset as usize).saturating_sub(1).saturating_sub(lead);
            let width = if end > offset { (end - offset) as usize } else { 1 };
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
        }
    }
    out.push_str(&format!("{full}: {msg}\n"));
    Some(out)
}

/// An unraisable exception's text: its own traceback and `Type: message`,
/// without its chain or notes (CPython: Python/errors.c,
/// write_unraisable_exc_file).
pub fn format_unraisable(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    let mut sources = HashMap::new();
    if let Some(d) = exc_data(exc) {
        let tb = traceback_entries(d.traceback.borrow().clone());
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            format_entries(&tb, &mut out, &mut sources);
        }
    }
    out.push_str(&exception_line(vm, exc));
    out
}
