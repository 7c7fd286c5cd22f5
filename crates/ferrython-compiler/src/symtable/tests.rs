//! Unit tests of the symbol table; whole-program behaviour is checked
//! against CPython by the golden tests (tests/golden/*.symtable).

use super::*;
use ferrython_syntax::{parse, Mode};

fn table(source: &str) -> SymbolTable {
    let module = parse(source, Mode::Exec).expect("valid test source").module;
    build(&module, "<test>").expect("no symtable error")
}

fn error(source: &str) -> SyntaxError {
    let module = parse(source, Mode::Exec).expect("valid test source").module;
    build(&module, "<test>").expect_err("a symtable error")
}

fn scope_named<'a>(t: &'a SymbolTable, name: &str) -> &'a Scope {
    t.scopes.iter().find(|s| s.name == name).expect("scope exists")
}

#[test]
fn closure_cells_and_frees() {
    let t = table("def f(a):\n    def g():\n        return a\n    return g\n");
    let f = scope_named(&t, "f");
    assert_eq!(f.scope_of("a"), SymbolScope::Cell);
    assert_eq!(f.cellvars(), vec![Identifier::from("a")]);
    let g = scope_named(&t, "g");
    assert_eq!(g.scope_of("a"), SymbolScope::Free);
    assert_eq!(g.freevars(), vec![Identifier::from("a")]);
    assert!(g.nested && g.has_free && f.child_free);
}

#[test]
fn parameters_in_cpython_order() {
    let t = table("def f(a, /, b, *c, d, **e): x = 1\n");
    let f = scope_named(&t, "f");
    let names: Vec<&str> = f.varnames.iter().map(|n| n.as_str()).collect();
    assert_eq!(names, ["a", "b", "d", "c", "e"]);
    assert!(f.has_varargs && f.has_varkeywords);
}

#[test]
fn class_closure_for_super() {
    let t = table("class C:\n    def m(self):\n        return super().m()\n");
    let c = scope_named(&t, "C");
    assert!(c.needs_class_closure);
    assert_eq!(c.cellvars(), vec![Identifier::from("__class__")]);
    assert_eq!(scope_named(&t, "m").scope_of("__class__"), SymbolScope::Free);
}

#[test]
fn scopes_found_by_node() {
    let module = parse("def f():\n    return lambda: [x for x in y]\n", Mode::Exec).unwrap().module;
    let t = build(&module, "<test>").unwrap();
    let ast::Mod::Module { body, .. } = &module else { panic!() };
    let f = t.scope_of_stmt(&body[0]).unwrap();
    assert_eq!(t.scope(f).name, "f");
    let ast::StmtKind::FunctionDef(def) = &body[0].node else { panic!() };
    let ast::StmtKind::Return { value: Some(lambda) } = &def.body[0].node else { panic!() };
    assert_eq!(t.scope(t.scope_of_expr(lambda).unwrap()).name, "lambda");
    let ast::ExprKind::Lambda { body: comp, .. } = &lambda.node else { panic!() };
    let comp = t.scope(t.scope_of_expr(comp).unwrap());
    assert_eq!(comp.name, "listcomp");
    assert_eq!(comp.varnames, vec![Identifier::from(".0")]);
}

#[test]
fn mangling() {
    assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("C"), "__x__"), "__x__");
    assert_eq!(mangle(Some("___"), "__x"), "__x");
    assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
    assert_eq!(mangle(None, "__x"), "__x");
}

#[test]
fn errors_have_cpython_positions() {
    let e = error("def f(a, a): pass\n");
    assert_eq!(e.msg, "duplicate argument 'a' in function definition");
    assert_eq!((e.lineno, e.offset, e.end_lineno, e.end_offset), (1, 10, 1, 11));
    let e = error("def f():\n    x = 1\n    def g():\n        nonlocal y\n");
    assert_eq!(e.msg, "no binding for nonlocal 'y' found");
    assert_eq!((e.lineno, e.offset, e.end_offset), (4, 9, 19));
}

#[test]
fn deep_nesting_is_a_recursion_error() {
    let source = format!("x = {}1\n", "1+".repeat(3100));
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let module = parse(&source, Mode::Exec).unwrap().module;
            build(&module, "<test>").map(|_| ()).unwrap_err().kind
        })
        .unwrap();
    assert_eq!(handle.join().unwrap(), SyntaxErrorKind::RecursionError);
}
