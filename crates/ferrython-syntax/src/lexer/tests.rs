//! Tokenizer tests. Expected errors come from python3.11:
//! `compile(src, "f", "exec")` and the SyntaxError's `type(e).__name__`,
//! `msg`, `lineno`, `offset`, `end_lineno`, `end_offset`, `text`.

use super::*;
use SyntaxErrorKind::{IndentationError, TabError};
const SYNTAX: SyntaxErrorKind = SyntaxErrorKind::SyntaxError;

fn kinds(src: &str) -> Vec<TokenKind> {
    let (toks, err) = tokenize(src);
    assert!(err.is_none(), "{:?}", err);
    toks.iter().map(|t| t.kind).collect()
}

fn positions(src: &str) -> Vec<(TokenKind, u32, u32, u32, u32)> {
    let (toks, err) = tokenize(src);
    assert!(err.is_none(), "{:?}", err);
    toks.iter().map(|t| (t.kind, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset)).collect()
}

#[test]
fn simple_statement() {
    use TokenKind::*;
    assert_eq!(kinds("x = 1\n"), vec![Name, Equal, Number, Newline, EndMarker]);
    assert_eq!(kinds("x = 1"), vec![Name, Equal, Number, Newline, EndMarker]);
    assert_eq!(kinds(""), vec![EndMarker]);
    assert_eq!(kinds("# c\n\n   \n"), vec![EndMarker]);
}

#[test]
fn keywords_match_token_table() {
    for kw in [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ] {
        assert_eq!(Some(keyword(kw.as_bytes())), TokenKind::keyword(kw), "{}", kw);
        assert_ne!(keyword(kw.as_bytes()), TokenKind::Name, "{}", kw);
    }
    for soft in ["match", "case", "_", "type", "print", "iff", "Non"] {
        assert_eq!(keyword(soft.as_bytes()), TokenKind::Name);
    }
}

#[test]
fn indentation_and_positions() {
    use TokenKind::*;
    // Positions of the C tokenizer; INDENT/DEDENT as documented on next_token.
    assert_eq!(
        positions("if x:\n    y\nz"),
        vec![
            (If, 1, 0, 1, 2),
            (Name, 1, 3, 1, 4),
            (Colon, 1, 4, 1, 5),
            (Newline, 1, 5, 1, 5),
            (Indent, 2, 0, 2, 4),
            (Name, 2, 4, 2, 5),
            (Newline, 2, 5, 2, 5),
            (Dedent, 3, 0, 3, 0),
            (Name, 3, 0, 3, 1),
            (Newline, 3, 1, 3, 1),
            (EndMarker, 4, 0, 4, 0),
        ]
    );
    // Blank lines, comments and bracketed lines do not indent.
    assert_eq!(kinds("(1,\n     2)\n  # c\n\n"), vec![Lpar, Number, Comma, Number, Rpar, Newline, EndMarker]);
    // Dedents at end of input come before ENDMARKER, on the line after.
    let p = positions("if x:\n  if y:\n    z\n");
    assert_eq!(&p[p.len() - 3..], &[(Dedent, 4, 0, 4, 0), (Dedent, 4, 0, 4, 0), (EndMarker, 4, 0, 4, 0)]);
    // Form feed resets the column.
    assert_eq!(kinds("if x:\n  y\n\x0c  z\n"), kinds("if x:\n  y\n  z\n"));
}

#[test]
fn continuation_and_strings() {
    use TokenKind::*;
    assert_eq!(positions("x = \\\n  1\n")[2], (Number, 2, 2, 2, 3));
    let p = positions("s = '''a\nbc''' + rb'x'\n");
    assert_eq!(p[2], (String, 1, 4, 2, 5));
    assert_eq!(p[4], (String, 2, 8, 2, 13));
    assert_eq!(
        kinds("Rb'x' bR\"x\" Fr'x' u'x' f'{x}'"),
        vec![String, String, String, String, String, Newline, EndMarker]
    );
    // Not prefixes: two tokens.
    assert_eq!(kinds("ur'x'")[..2], [Name, String]);
    // Byte columns after non-ASCII characters.
    assert_eq!(positions("é = 'ü'\n")[2], (String, 1, 5, 1, 9));
}

#[test]
fn line_endings() {
    use TokenKind::*;
    let want = vec![Name, Equal, Number, Newline, Name, Equal, Lpar, Number, Rpar, Newline, EndMarker];
    assert_eq!(kinds("x = 1\r\ny = (\r\n1)\r\n"), want);
    assert_eq!(kinds("x = 1\ry = (\r1)\r"), want);
    assert_eq!(positions("x\r\ny\r\n")[2], (Name, 2, 0, 2, 1));
}

#[test]
fn operators() {
    use TokenKind::*;
    assert_eq!(
        kinds("a **= b //= c <<= d >>= e ... f -> g := h != i <> j ! k")
            .into_iter()
            .filter(|k| *k != Name)
            .collect::<Vec<_>>(),
        vec![
            DoubleStarEqual,
            DoubleSlashEqual,
            LeftShiftEqual,
            RightShiftEqual,
            Ellipsis,
            Rarrow,
            ColonEqual,
            NotEqual,
            NotEqualBarry,
            Exclamation,
            Newline,
            EndMarker
        ]
    );
    assert_eq!(kinds("$ ? `")[..3], [ErrorToken, ErrorToken, ErrorToken]);
    assert_eq!(kinds("a.b..c")[..5], [Name, Dot, Name, Dot, Dot]);
}

#[test]
fn numbers() {
    for n in [
        "0",
        "00_0",
        "1_000",
        "0x_fF",
        "0o_17",
        "0B1_0",
        "1.",
        ".5",
        "1e5",
        "1E-5",
        "1.5j",
        "1_0.0_1e+1_0J",
        "0777.5",
        "0e0",
    ] {
        let (toks, err) = tokenize(n);
        assert!(err.is_none(), "{}: {:?}", n, err);
        assert_eq!((toks[0].kind, toks[0].end as usize), (TokenKind::Number, n.len()), "{}", n);
    }
    // A keyword right after a number only warns.
    let t = tokenize_all("1if 1else 2");
    assert!(t.error.is_none());
    assert_eq!(t.warnings.len(), 2);
    assert_eq!(t.warnings[0].msg, "invalid decimal literal");
}

#[test]
fn open_brackets_at_end() {
    let t = tokenize_all("x = (\n [1,\n");
    assert!(t.error.is_none());
    assert_eq!(t.tokens.last().map(|t| t.kind), Some(TokenKind::EndMarker));
    assert_eq!(
        t.open_brackets,
        vec![
            OpenBracket { kind: b'(', lineno: 1, col_offset: 4 },
            OpenBracket { kind: b'[', lineno: 2, col_offset: 1 }
        ]
    );
}

#[test]
fn nul_bytes() {
    let e = tokenize("x = 1\ny = 2\0\n").1.unwrap();
    assert_eq!(
        (e.msg.as_str(), e.lineno, e.offset, e.text.as_deref()),
        ("source code cannot contain null bytes", 2, 0, Some("y = 2"))
    );
}

#[test]
fn deep_nesting_limits() {
    let e = tokenize(&"(".repeat(201)).1.unwrap();
    assert_eq!((e.msg.as_str(), e.offset), ("too many nested parentheses", 201));
    let mut src = String::new();
    for i in 0..100 {
        src += &" ".repeat(i);
        src += "if 1:\n";
    }
    src += &" ".repeat(100);
    src += "x\n";
    let e = tokenize(&src).1.unwrap();
    assert_eq!(
        (e.kind, e.msg.as_str(), e.lineno, e.offset, e.end_offset),
        (IndentationError, "too many levels of indentation", 101, 1, 0)
    );
}

#[test]
fn large_inputs_are_linear() {
    let many_lines = "x = 1\n".repeat(1_000_000);
    assert_eq!(tokenize(&many_lines).0.len(), 4_000_001);
    let long_line = format!("x = [{}]\n", "1, ".repeat(3_000_000));
    assert!(tokenize(&long_line).1.is_none());
    let long_string = format!("x = '''{}'''\n", "ab\n".repeat(3_000_000));
    assert_eq!(tokenize(&long_string).0.len(), 5);
}

/// (source, kind, msg, lineno, offset, end_lineno, end_offset, text)
type ErrorCase = (&'static str, SyntaxErrorKind, &'static str, i64, i64, i64, i64, &'static str);

#[rustfmt::skip]
const ERROR_CASES: &[ErrorCase] = &[
    ("\u{e9}\u{20ac} = 1", SYNTAX, "invalid character '\u{20ac}' (U+20AC)", 1, 2, 1, 2, "\u{e9}\u{20ac} = 1"),
    ("a = b\u{a0}c", SYNTAX, "invalid non-printable character U+00A0", 1, 6, 1, 6, "a = b\u{a0}c"),
    ("(1,\n 2]", SYNTAX, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3, 2, 3, " 2]"),
    ("(1,\n 2]\n", SYNTAX, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3, 2, 3, " 2]"),
    ("x)", SYNTAX, "unmatched ')'", 1, 2, 1, 2, "x)"),
    ("x)\n", SYNTAX, "unmatched ')'", 1, 2, 1, 2, "x)"),
    ("0777", SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2, "0777"),
    ("0o78", SYNTAX, "invalid digit '8' in octal literal", 1, 4, 1, 4, "0o78"),
    ("0b12", SYNTAX, "invalid digit '2' in binary literal", 1, 4, 1, 4, "0b12"),
    ("0x", SYNTAX, "invalid hexadecimal literal", 1, 2, 1, 2, "0x"),
    ("1_", SYNTAX, "invalid decimal literal", 1, 2, 1, 2, "1_"),
    ("1e", SYNTAX, "invalid decimal literal", 1, 1, 1, 1, "1e"),
    ("1e+", SYNTAX, "invalid decimal literal", 1, 3, 1, 3, "1e+"),
    ("1.5j_", SYNTAX, "invalid imaginary literal", 1, 4, 1, 4, "1.5j_"),
    ("\"abc", SYNTAX, "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "\"abc"),
    ("\"\"\"abc\ndef", SYNTAX, "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1, "\"\"\"abc"),
    ("x = \"abc\\\n", SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc\\"),
    ("if 1:\n  x\n y\n", IndentationError, "unindent does not match any outer indentation level", 3, 3, 3, -1, " y\n"),
    ("if 1:\n\tx\n        y\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        y\n"),
    ("a\\ b", SYNTAX, "unexpected character after line continuation character", 1, 3, 1, 0, "a\\ b\n"),
    ("a = 1 \\", SYNTAX, "unexpected EOF while parsing", 1, 8, 1, -1, "a = 1 \\\n"),
    ("\u{1}", SYNTAX, "invalid non-printable character U+0001", 1, 1, 1, 1, "\u{1}"),
    ("09", SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2, "09"),
    ("0_7", SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 3, "0_7"),
    ("1__0", SYNTAX, "invalid decimal literal", 1, 2, 1, 2, "1__0"),
    ("x = 1\ny = 2\na\\ b", SYNTAX, "unexpected character after line continuation character", 3, 3, 3, 0, "a\\ b\n"),
    ("x = 1\ny = 2\na \\", SYNTAX, "unexpected EOF while parsing", 3, 4, 3, -1, "a \\\n"),
    ("x = 1\ny = 2\nif 1:\n  x\n y\n", IndentationError, "unindent does not match any outer indentation level", 5, 3, 5, -1, " y\n"),
    ("x = 1\nif 1:\n\tx\n        y\n", TabError, "inconsistent use of tabs and spaces in indentation", 4, 1, 4, 0, "        y\n"),
    ("x = 1\n\u{20ac}", SYNTAX, "invalid character '\u{20ac}' (U+20AC)", 2, 1, 2, 1, "\u{20ac}"),
    ("a\u{e9}\u{20ac}b = 1", SYNTAX, "invalid character '\u{20ac}' (U+20AC)", 1, 3, 1, 3, "a\u{e9}\u{20ac}b = 1"),
    ("\u{7f}", SYNTAX, "invalid non-printable character U+007F", 1, 1, 1, 1, "\u{7f}"),
    ("0b", SYNTAX, "invalid binary literal", 1, 2, 1, 2, "0b"),
    ("0o", SYNTAX, "invalid octal literal", 1, 2, 1, 2, "0o"),
    ("0b1_", SYNTAX, "invalid binary literal", 1, 4, 1, 4, "0b1_"),
    ("0x_", SYNTAX, "invalid hexadecimal literal", 1, 3, 1, 3, "0x_"),
    ("1e5_", SYNTAX, "invalid decimal literal", 1, 4, 1, 4, "1e5_"),
    ("1._1", SYNTAX, "invalid decimal literal", 1, 2, 1, 2, "1._1"),
    (".5_", SYNTAX, "invalid decimal literal", 1, 3, 1, 3, ".5_"),
    ("0e", SYNTAX, "invalid decimal literal", 1, 1, 1, 1, "0e"),
    ("0_", SYNTAX, "invalid decimal literal", 1, 2, 1, 2, "0_"),
    ("0x1else", SYNTAX, "invalid hexadecimal literal", 1, 4, 1, 4, "0x1else"),
    ("1andy", SYNTAX, "invalid decimal literal", 1, 1, 1, 1, "1andy"),
    ("1i", SYNTAX, "invalid decimal literal", 1, 1, 1, 1, "1i"),
    ("\"\"\"abc\ndef\n", SYNTAX, "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1, 1, "\"\"\"abc"),
    ("x = \"\"\"abc\n\n", SYNTAX, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "x = \"\"\"abc"),
    ("x = '''\n", SYNTAX, "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5, "x = '''"),
    ("x = \"abc\\\n\n", SYNTAX, "unterminated string literal (detected at line 2)", 1, 5, 1, 5, "x = \"abc\\"),
    ("\u{e9} = 0777", SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 6, 1, 7, "\u{e9} = 0777"),
    ("\u{e9} = \"abc", SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "\u{e9} = \"abc"),
    ("x = r\"abc", SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = r\"abc"),
    ("x = rb'abc", SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = rb'abc"),
    ("x = f'''abc\n\n", SYNTAX, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "x = f'''abc"),
    ("if x:\n\ty\n        z\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        z\n"),
    ("if x:\n        y\n\tz\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n"),
    ("if x:\n    \ty\n\tz\n", TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n"),
    ("if x:\n  y\n\u{c} z\n", IndentationError, "unindent does not match any outer indentation level", 3, 4, 3, -1, "\u{c} z\n"),
    ("x = 1\r\ny = (\r\n1]\r\n", SYNTAX, "closing parenthesis ']' does not match opening parenthesis '(' on line 2", 3, 2, 3, 2, "1]"),
    ("x = 1\ry = (\r1]\r", SYNTAX, "closing parenthesis ']' does not match opening parenthesis '(' on line 2", 3, 2, 3, 2, "1]"),
    ("a = 'x\r\n", SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "a = 'x"),
    ("\\\n", SYNTAX, "unexpected EOF while parsing", 1, 2, 1, -1, "\\\n"),
    ("x = [\n  1,\n  2\n)", SYNTAX, "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 4, 1, 4, 1, ")"),
    ("x = \u{20ac}", SYNTAX, "invalid character '\u{20ac}' (U+20AC)", 1, 5, 1, 5, "x = \u{20ac}"),
    ("x = a\u{200b}b", SYNTAX, "invalid non-printable character U+200B", 1, 6, 1, 6, "x = a\u{200b}b"),
    ("\u{200b}", SYNTAX, "invalid non-printable character U+200B", 1, 1, 1, 1, "\u{200b}"),
    ("x\u{20ac} = 3", SYNTAX, "invalid character '\u{20ac}' (U+20AC)", 1, 2, 1, 2, "x\u{20ac} = 3"),
    ("_\u{20ac} = 3", SYNTAX, "invalid character '\u{20ac}' (U+20AC)", 1, 2, 1, 2, "_\u{20ac} = 3"),
    ("0b1e", SYNTAX, "invalid binary literal", 1, 3, 1, 3, "0b1e"),
    ("0o7a", SYNTAX, "invalid octal literal", 1, 3, 1, 3, "0o7a"),
    ("1__", SYNTAX, "invalid decimal literal", 1, 2, 1, 2, "1__"),
    ("1_a", SYNTAX, "invalid decimal literal", 1, 2, 1, 2, "1_a"),
    ("1.5e-_3", SYNTAX, "invalid decimal literal", 1, 5, 1, 5, "1.5e-_3"),
    ("1.5e", SYNTAX, "invalid decimal literal", 1, 3, 1, 3, "1.5e"),
    ("1.5ex", SYNTAX, "invalid decimal literal", 1, 3, 1, 3, "1.5ex"),
    ("1.5jx", SYNTAX, "invalid imaginary literal", 1, 4, 1, 4, "1.5jx"),
    ("0xg", SYNTAX, "invalid hexadecimal literal", 1, 2, 1, 2, "0xg"),
    ("0x1_g", SYNTAX, "invalid hexadecimal literal", 1, 4, 1, 4, "0x1_g"),
    ("0_1", SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 3, "0_1"),
    ("0__1", SYNTAX, "invalid decimal literal", 1, 2, 1, 2, "0__1"),
    ("0b_", SYNTAX, "invalid binary literal", 1, 3, 1, 3, "0b_"),
    ("0b2", SYNTAX, "invalid digit '2' in binary literal", 1, 3, 1, 3, "0b2"),
    ("0o8", SYNTAX, "invalid digit '8' in octal literal", 1, 3, 1, 3, "0o8"),
    ("0o_8", SYNTAX, "invalid digit '8' in octal literal", 1, 4, 1, 4, "0o_8"),
    ("1andx", SYNTAX, "invalid decimal literal", 1, 1, 1, 1, "1andx"),
    ("0x1and 2", SYNTAX, "invalid hexadecimal literal", 1, 4, 1, 4, "0x1and 2"),
    ("\u{a0}", SYNTAX, "invalid non-printable character U+00A0", 1, 1, 1, 1, "\u{a0}"),
    ("a = 5\u{b}", SYNTAX, "invalid non-printable character U+000B", 1, 6, 1, 6, "a = 5\u{b}"),
    ("'''a\\'''", SYNTAX, "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1, "'''a\\'''"),
    ("'a\\'", SYNTAX, "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "'a\\'"),
    ("if True:\n    pass\n  else:\n    pass\n", IndentationError, "unindent does not match any outer indentation level", 3, 8, 3, -1, "  else:\n"),
];

#[test]
fn errors_match_cpython() {
    for &(src, kind, msg, lineno, offset, end_lineno, end_offset, text) in ERROR_CASES {
        let mut got = tokenize(src).1.unwrap_or_else(|| panic!("no error for {:?}", src));
        // Raw byte columns are checked by the syntax-error programs.
        got.byte_offsets = None;
        let want = SyntaxError {
            kind,
            msg: msg.into(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: Some(text.into()),
            byte_offsets: None,
        };
        assert_eq!(got, want, "source {:?}", src);
    }
}
