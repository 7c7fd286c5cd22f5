"""Writes the syntax-error test programs that cannot be kept as plain text.

Encoding problems (bytes that are not UTF-8, bad coding cookies, a BOM that
contradicts the cookie), NUL bytes, CR and CRLF line endings, and inputs that
hit the tokenizer's nesting limits (200 open brackets, 100 indentation
levels) are produced here so that editors and git never rewrite them.

Run from anywhere:  python3.11 tests/syntax_errors/_make_binary_cases.py
Each output file must be rejected by CPython 3.11's parser (checked below).
"""

import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {
    # Non-UTF-8 bytes and no coding cookie.
    "enc_non_utf8_no_cookie": b"name = 'caf\xe9'\nprint(name)\n",
    "enc_non_utf8_in_string_line_3": b"import os\nx = 1\ny = 'r\xe9sum\xe9'\n",
    "enc_non_utf8_in_identifier": b"def f\xfc\xfc():\n    pass\n",
    "enc_truncated_utf8_at_eof": b"x = 'a\xe2\x82",
    "enc_utf8_cookie_invalid_bytes": b"# -*- coding: utf-8 -*-\ns = '\xff\xfe'\n",
    "enc_cookie_ascii_with_nonascii": b"# coding: ascii\ns = '\xc3\xa9'\n",
    # Unknown encodings named by the cookie, on line 1 and line 2.
    "enc_unknown_cookie": b"# -*- coding: klingon -*-\nx = 1\n",
    "enc_unknown_cookie_line2": b"#!/usr/bin/env python3\n# vim: set fileencoding=not-a-codec :\nx = 1\n",
    # A UTF-8 BOM contradicting the cookie.
    "enc_bom_with_latin1_cookie": b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    "enc_bom_then_invalid_utf8": b"\xef\xbb\xbfx = '\xff'\n",
    # Valid non-UTF-8 source (the cookie is honoured) with a syntax error on a
    # line holding non-ASCII characters: offsets are counted in characters of
    # the decoded line.
    "enc_latin1_cookie_error_after_accents": b"# coding: latin-1\nnom = 'caf\xe9' 'cr\xe8me' +\n",
    "enc_cp1252_cookie_unterminated": b"# coding: cp1252\nquote = \x93smart quotes\x94\n",
    # NUL bytes.
    "tok_null_byte": b"x = 1\x00\ny = 2\n",
    # Line endings other than LF.
    "eol_crlf_unterminated_string": b"x = 1\r\ny = 'abc\r\nz = 3\r\n",
    "eol_crlf_missing_colon": b"def f(a)\r\n    return a\r\n",
    "eol_cr_only_invalid_syntax": b"a = 1\rb = = 2\rc = 3\r",
    "eol_crlf_unexpected_indent": b"x = 1\r\n  y = 2\r\n",
    "eol_mixed_endings_never_closed": b"items = [\r\n    1,\n    2,\r",
    # Tokenizer nesting limits: MAXLEVEL (200) and MAXINDENT (100).
    "tok_too_many_nested_parens": b"x = " + b"(" * 201 + b"1" + b")" * 201 + b"\n",
    "tok_too_many_nested_brackets_mixed": b"x = " + b"[{(" * 67 + b"1" + b")}]" * 67 + b"\n",
    "tok_too_many_indent_levels": b"".join(
        b" " * i + b"if x:\n" for i in range(101)
    ) + b" " * 101 + b"pass\n",
}


def main():
    ok = True
    for name, data in CASES.items():
        path = os.path.join(HERE, name + ".py")
        with open(path, "wb") as f:
            f.write(data)
        try:
            ast.parse(data)
        except (SyntaxError, ValueError):
            continue
        print(f"{name}: CPython's parser accepts it", file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
