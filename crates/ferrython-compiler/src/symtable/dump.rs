//! `ferrython -X dump=symtable`: the symbol tables as text, byte for byte
//! what `python3.11 tools/symtable_dump.py FILE` prints from CPython's own
//! `symtable` module (that script documents the format).
//!
//! The predicates mirror CPython 3.11's `Lib/symtable.py` (`Symbol.is_*`),
//! quirks included: a table counts as the module scope when its *name* is
//! `top`, so `def top(): x = 1` reports `x` as global.

use super::{
    ScopeId, ScopeKind, Symbol, SymbolScope, SymbolTable, DEF_ANNOT, DEF_BOUND, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL,
    DEF_PARAM, FLAG_NAMES, USE,
};
use std::fmt::Write;

/// A filter of `Function.get_parameters()`, `get_locals()`, ...
type SymbolTest = fn(&Symbol) -> bool;

/// The whole table, as tools/symtable_dump.py prints it.
pub fn dump_symtable(table: &SymbolTable) -> String {
    let mut out = String::new();
    // Scopes nest at most as deep as the builder allowed; walk them with an
    // explicit stack anyway so that the dump never recurses.
    let mut stack = vec![(ScopeId::TOP, 0usize)];
    while let Some((id, indent)) = stack.pop() {
        dump_scope(table, id, indent, &mut out);
        for &child in table.scope(id).children.iter().rev() {
            stack.push((child, indent + 1));
        }
    }
    out
}

fn dump_scope(table: &SymbolTable, id: ScopeId, indent: usize, out: &mut String) {
    let scope = table.scope(id);
    let pad = "  ".repeat(indent);
    let kind = match scope.kind {
        ScopeKind::Module => "module",
        ScopeKind::Function => "function",
        ScopeKind::Class => "class",
        ScopeKind::Annotation => "None",
    };
    let _ = writeln!(
        out,
        "{pad}{kind} {} line {} optimized={} nested={}",
        scope.name,
        scope.loc.lineno,
        py_bool(scope.kind == ScopeKind::Function),
        py_bool(scope.nested)
    );
    let symbols = scope.symbols();
    match scope.kind {
        ScopeKind::Function => {
            let lists: [(&str, SymbolTest); 5] = [
                ("parameters", |s| s.has(DEF_PARAM)),
                ("locals", |s| matches!(s.scope, SymbolScope::Local | SymbolScope::Cell)),
                ("globals", |s| matches!(s.scope, SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit)),
                ("nonlocals", |s| s.has(DEF_NONLOCAL)),
                ("frees", |s| s.scope == SymbolScope::Free),
            ];
            for (label, test) in lists {
                let _ = write!(out, "{pad}  {label}:");
                for s in symbols.iter().filter(|s| test(s)) {
                    let _ = write!(out, " {}", s.name);
                }
                out.push('\n');
            }
        }
        ScopeKind::Class => {
            let _ = write!(out, "{pad}  methods:");
            let mut seen: Vec<&str> = Vec::new();
            for (_, child) in table.children(id) {
                if !seen.contains(&child.name.as_str()) {
                    seen.push(&child.name);
                    let _ = write!(out, " {}", child.name);
                }
            }
            out.push('\n');
        }
        _ => {}
    }
    let module_scope = scope.name == "top";
    for s in symbols {
        let is_namespace = table.children(id).any(|(_, c)| c.name == s.name);
        let _ = writeln!(
            out,
            "{pad}  symbol {}: {} scope={} [{}]",
            s.name,
            flag_text(s),
            s.scope.name(),
            predicates(s, module_scope, is_namespace)
        );
    }
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn flag_text(s: &Symbol) -> String {
    let names: Vec<&str> = FLAG_NAMES.iter().filter(|(bit, _)| s.has(*bit)).map(|(_, name)| *name).collect();
    if names.is_empty() {
        "-".into()
    } else {
        names.join("|")
    }
}

/// The `Symbol.is_*` methods that return True, in the script's order.
fn predicates(s: &Symbol, module_scope: bool, is_namespace: bool) -> String {
    let bound_in_module = module_scope && s.has(DEF_BOUND);
    let checks = [
        ("referenced", s.has(USE)),
        ("assigned", s.has(DEF_LOCAL)),
        ("parameter", s.has(DEF_PARAM)),
        ("global", matches!(s.scope, SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit) || bound_in_module),
        ("declared_global", s.scope == SymbolScope::GlobalExplicit),
        ("local", matches!(s.scope, SymbolScope::Local | SymbolScope::Cell) || bound_in_module),
        ("nonlocal", s.has(DEF_NONLOCAL)),
        ("free", s.scope == SymbolScope::Free),
        ("imported", s.has(DEF_IMPORT)),
        ("annotated", s.has(DEF_ANNOT)),
        ("namespace", is_namespace),
    ];
    checks.iter().filter(|(_, on)| *on).map(|(name, _)| *name).collect::<Vec<_>>().join(" ")
}
