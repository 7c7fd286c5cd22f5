//! Locals of a function that are surely bound at a point of its body.
//!
//! Reading a local that may be unbound needs a check (`UnboundLocalError`),
//! and `x += y` on a local compiles to a checked copy, the operation and a
//! move back, so that the error points at the name as CPython's
//! `LOAD_FAST` does. When the local cannot be unbound there, the operation
//! can work on the local's register directly: one instruction instead of
//! three for the commonest statement of a loop body (`total += x`).
//!
//! The analysis is deliberately simple and conservative. A local is surely
//! bound from the start of the body if it is a parameter; after a
//! statement that binds it by assignment or import, for the rest of the
//! block holding that statement (such a statement either binds the name or
//! raises out of the block); and inside a `for` loop's body when it is the
//! loop's target. In all cases the name must not be unbound anywhere in
//! the function: a `del` of it, or an `except ... as name` (which deletes
//! the name when the handler ends).

use ferrython_syntax::ast::{ExprKind, Stmt, StmtKind};
use std::collections::HashSet;

/// Names a function body may unbind: `del` targets and `except` names,
/// anywhere in the body outside nested scopes.
pub(crate) fn unbindable_names(body: &[Stmt]) -> HashSet<String> {
    let mut out = HashSet::new();
    collect_unbound(body, &mut out);
    out
}

fn collect_unbound(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        match &s.node {
            StmtKind::Delete { targets } => {
                for t in targets {
                    deleted_in(t, out);
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                collect_unbound(&f.body, out);
                collect_unbound(&f.orelse, out);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                collect_unbound(body, out);
                collect_unbound(orelse, out);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => collect_unbound(&w.body, out),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    collect_unbound(&c.body, out);
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                collect_unbound(&t.body, out);
                for h in &t.handlers {
                    if let Some(n) = &h.name {
                        out.insert(n.to_string());
                    }
                    collect_unbound(&h.body, out);
                }
                collect_unbound(&t.orelse, out);
                collect_unbound(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

fn deleted_in(target: &ferrython_syntax::ast::Expr, out: &mut HashSet<String>) {
    match &target.node {
        ExprKind::Name { id, .. } => {
            out.insert(id.to_string());
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            for e in elts {
                deleted_in(e, out);
            }
        }
        _ => {}
    }
}

/// The names a statement directly in a function body surely binds when it
/// completes (see the module comment).
pub(crate) fn names_bound_by(s: &Stmt) -> Vec<&str> {
    let mut out = Vec::new();
    match &s.node {
        StmtKind::Assign { targets, .. } => {
            for t in targets {
                assigned_in(t, &mut out);
            }
        }
        StmtKind::AnnAssign { target, value: Some(_), .. } | StmtKind::AugAssign { target, .. } => {
            if let ExprKind::Name { id, .. } = &target.node {
                out.push(id.as_str());
            }
        }
        StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
            for a in names {
                let bound = match &a.asname {
                    Some(n) => n.as_str(),
                    // `import a.b` binds `a`.
                    None => a.name.split('.').next().unwrap_or(""),
                };
                if bound != "*" {
                    out.push(bound);
                }
            }
        }
        _ => {}
    }
    out
}

pub(crate) fn assigned_in<'a>(target: &'a ferrython_syntax::ast::Expr, out: &mut Vec<&'a str>) {
    match &target.node {
        ExprKind::Name { id, .. } => out.push(id.as_str()),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            for e in elts {
                assigned_in(e, out);
            }
        }
        ExprKind::Starred { value, .. } => assigned_in(value, out),
        _ => {}
    }
}
