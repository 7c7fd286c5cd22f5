//! The second pass: resolve every name to LOCAL, GLOBAL_EXPLICIT,
//! GLOBAL_IMPLICIT, FREE or CELL. CPython: Python/symtable.c,
//! `analyze_block`, `analyze_name`, `analyze_cells`, `drop_class_free`,
//! `update_symbols`.
//!
//! Each block receives from its parent:
//! - `bound`: names bound in enclosing *function* scopes (a class's own
//!   names are not visible to its methods; `None` for the module);
//! - `global`: names declared `global` in enclosing scopes and not rebound
//!   since;
//! - `free`: where it reports the names it (or its children) use freely.
//!
//! A name bound locally and free in a child becomes a CELL and stops
//! propagating; free names not bound here are added to this scope as FREE
//! (pass-through), so that closures can be built level by level. Class
//! scopes turn a free `__class__` into `needs_class_closure`.
//!
//! Recursion follows the scope nesting, which the builder already bounded.

use super::*;
use std::collections::HashSet;

type Names = HashSet<Identifier>;

pub(super) fn analyze(table: &mut SymbolTable) -> Result<(), SyntaxError> {
    let mut free = Names::new();
    let mut global = Names::new();
    analyze_block(table, ScopeId::TOP, None, &mut free, &mut global)
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<&mut Names>,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), SyntaxError> {
    let kind = table.scope(id).kind;
    let mut local = Names::new();
    let mut new_global = Names::new();
    let mut new_free = Names::new();
    let mut new_bound = Names::new();

    // A class's names are invisible to its methods: what it passes down is
    // what it received, before its own names are analyzed.
    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
    }

    let scope = &mut table.scopes[id.index()];
    let mut resolved = Vec::with_capacity(scope.symbols.len());
    for i in 0..scope.symbols.len() {
        let (name, flags) = (scope.symbols[i].name.clone(), scope.symbols[i].flags);
        resolved.push(analyze_name(scope, &name, flags, bound.as_deref_mut(), &mut local, free, global)?);
    }

    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    } else {
        new_bound.insert(Identifier::from("__class__"));
    }

    let mut all_free = Names::new();
    let children = table.scope(id).children.clone();
    for child in children {
        let mut temp_bound = new_bound.clone();
        let mut temp_free = new_free.clone();
        let mut temp_global = new_global.clone();
        analyze_block(table, child, Some(&mut temp_bound), &mut temp_free, &mut temp_global)?;
        all_free.extend(temp_free);
        let c = table.scope(child);
        if c.has_free || c.child_free {
            table.scopes[id.index()].child_free = true;
        }
    }
    new_free.extend(all_free);

    let scope = &mut table.scopes[id.index()];
    match kind {
        ScopeKind::Function => {
            // analyze_cells: a local used freely below is a cell here.
            for (sym, r) in scope.symbols.iter().zip(resolved.iter_mut()) {
                if *r == SymbolScope::Local && new_free.remove(&sym.name) {
                    *r = SymbolScope::Cell;
                }
            }
        }
        ScopeKind::Class if new_free.remove("__class__") => scope.needs_class_closure = true,
        _ => {}
    }
    update_symbols(scope, &resolved, bound.as_deref(), &new_free, kind == ScopeKind::Class);
    free.extend(new_free);
    Ok(())
}

/// CPython's `analyze_name`: the scope of one name given its flags.
fn analyze_name(
    scope: &mut Scope,
    name: &Identifier,
    flags: SymbolFlags,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<SymbolScope, SyntaxError> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(error_at_directive(scope, name, format!("name '{name}' is nonlocal and global")));
        }
        global.insert(name.clone());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(error_at_directive(scope, name, "nonlocal declaration not allowed at module level".into()));
        };
        if !b.contains(name) {
            return Err(error_at_directive(scope, name, format!("no binding for nonlocal '{name}' found")));
        }
        scope.has_free = true;
        free.insert(name.clone());
        return Ok(SymbolScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.clone());
        global.remove(name);
        return Ok(SymbolScope::Local);
    }
    // Bound in an enclosing function: free here. (A `bound` set exists
    // only below the module.)
    if bound.is_some_and(|b| b.contains(name)) {
        scope.has_free = true;
        free.insert(name.clone());
        return Ok(SymbolScope::Free);
    }
    if scope.nested {
        scope.has_free = true;
    }
    Ok(SymbolScope::GlobalImplicit)
}

/// CPython's `error_at_directive`: errors found during analysis point at
/// the first `global`/`nonlocal` statement (or walrus) naming the name.
fn error_at_directive(scope: &Scope, name: &str, msg: String) -> SyntaxError {
    let loc = scope.directives.iter().find(|(n, _)| n == name).map(|(_, loc)| *loc).unwrap_or_default();
    error_at(msg, loc)
}

/// CPython's `update_symbols`: store the resolved scopes, then record the
/// free names of children that pass through this scope.
fn update_symbols(scope: &mut Scope, resolved: &[SymbolScope], bound: Option<&Names>, free: &Names, is_class: bool) {
    for (sym, r) in scope.symbols.iter_mut().zip(resolved) {
        sym.scope = *r;
    }
    // CPython iterates a set here, in hash order; sorting makes the order of
    // the pass-through symbols deterministic (see `Scope::symbols`).
    let mut names: Vec<&Identifier> = free.iter().collect();
    names.sort();
    for name in names {
        if let Some(sym) = scope.get_mut(name) {
            // A method uses freely a name its class binds (or declares
            // global): the class body must pass the enclosing binding on.
            if is_class && sym.has(DEF_BOUND | DEF_GLOBAL) {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) {
            continue; // a global
        }
        scope.set_flags(name, 0);
        if let Some(sym) = scope.get_mut(name) {
            sym.scope = SymbolScope::Free;
        }
    }
}
