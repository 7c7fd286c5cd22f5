//! Tests of string literal decoding and f-strings, with expected values
//! taken from python3.11 (`ast.dump(..., include_attributes=True)`).

use super::*;
use crate::token::TokenKind;

/// Parses `source` (a line of adjacent string literals) with the lexer and
/// this module only.
fn strings(source: &str) -> (Result<Expr, SyntaxError>, Vec<CompileWarning>) {
    let (tokens, err) = crate::lexer::tokenize(source);
    assert!(err.is_none(), "{err:?}");
    let toks: Vec<Token> = tokens.iter().copied().filter(|t| t.kind == TokenKind::String).collect();
    let mut warnings = Vec::new();
    (parse_strings(source, &toks, &mut warnings), warnings)
}

fn value(source: &str) -> Expr {
    strings(source).0.unwrap()
}

fn error(source: &str) -> (String, i64, i64, i64, i64) {
    let e = strings(source).0.unwrap_err();
    (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
}

fn str_value(e: &Expr) -> String {
    match &e.node {
        ExprKind::Constant { value: Constant::Str(s), .. } => format!("{s:?}"),
        ExprKind::Constant { value: Constant::Bytes(b), .. } => format!("b{:?}", String::from_utf8_lossy(b)),
        other => format!("{other:?}"),
    }
}

#[test]
fn plain_strings() {
    assert_eq!(str_value(&value("'abc'")), "\"abc\"");
    assert_eq!(str_value(&value("'a' \"b\" '''c''' r'\\d'")), "\"abc\\\\d\"");
    assert_eq!(str_value(&value("'a\\x41\\n'")), "\"aA\\n\"");
    assert_eq!(str_value(&value("b'a\\x41' rb'\\n'")), "b\"aA\\\\n\"");
    let e = value("u'a' 'b'");
    assert_eq!(e.loc, Location::new(1, 0, 1, 8));
    assert!(matches!(&e.node, ExprKind::Constant { kind: Some(k), .. } if k.as_str() == "u"));
    assert!(matches!(&value("U'a'").node, ExprKind::Constant { kind: None, .. }));
    assert!(matches!(&value("'a' u'b'").node, ExprKind::Constant { kind: None, .. }));
}

#[test]
fn newlines_are_translated() {
    assert_eq!(str_value(&value("'''a\r\nb\rc'''")), "\"a\\nb\\nc\"");
    assert_eq!(str_value(&value("'a\\\r\nb'")), "\"ab\"");
}

#[test]
fn warnings() {
    let (_, w) = strings("x = ('''\n\\d''' '\\777')");
    assert_eq!(w.len(), 2);
    assert_eq!(
        (w[0].category, w[0].msg.as_str(), w[0].lineno),
        ("DeprecationWarning", "invalid escape sequence '\\d'", 1)
    );
    assert_eq!((w[1].msg.as_str(), w[1].lineno), ("invalid octal escape sequence '\\777'", 2));
}

#[test]
fn errors() {
    assert_eq!(
        error("x = b'\\xe9' b'\u{e9}'"),
        ("bytes can only contain ASCII literal characters".into(), 1, 13, 1, 17)
    );
    assert_eq!(error("x = 'a' b'b'"), ("cannot mix bytes and nonbytes literals".into(), 1, 13, 1, 13));
    assert_eq!(
        error("x = '\\xZ'"),
        (
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape".into(),
            1,
            10,
            1,
            10
        )
    );
    assert_eq!(error("x = 'a' b'\\xZ'").0, "(value error) invalid \\x escape at position 0");
}
