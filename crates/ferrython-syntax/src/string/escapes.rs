//! Backslash escapes of `str` and `bytes` literals.
//!
//! CPython decodes a non-raw `str` literal in two steps
//! (`Parser/string_parser.c`, `decode_unicode_with_escapes`): it first
//! rewrites the UTF-8 text into pure ASCII — every non-ASCII character
//! becomes `\UXXXXXXXX` (10 bytes) and a backslash followed by a non-ASCII
//! character (or ending the text) becomes `\u005c` — and then runs the
//! `unicode_escape` codec over that buffer. We decode the original text in
//! one pass instead, but two consequences of CPython's detour show and are
//! reproduced here:
//!
//! * a backslash before a non-ASCII character, or at the very end of the
//!   text, is kept as a plain backslash, with no "invalid escape" warning;
//! * the byte positions in codec error messages ("can't decode bytes in
//!   position 10-11") count positions in the rewritten buffer. We only
//!   compute them on the error path (`transformed_offset`).
//!
//! Only the first invalid escape of a literal is reported, as a
//! DeprecationWarning message, because the codec only remembers the first.

use crate::pystr::PyStr;

/// A decoding failure, with byte offsets into the decoded text.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum DecodeError {
    /// The `unicode_escape` codec failed on `text[start..end]`.
    Unicode { start: usize, end: usize, reason: &'static str },
    /// `bytes` literal: `\x` not followed by two hex digits, at the backslash.
    BytesHex { pos: usize },
}

impl DecodeError {
    /// The SyntaxError message, as `_Pypegen_raise_decode_error` words it.
    pub(super) fn message(&self, text: &str) -> String {
        match *self {
            DecodeError::Unicode { start, end, reason } => {
                let s = transformed_offset(text, start);
                let e = transformed_offset(text, end);
                if e == s + 1 {
                    // Only reachable for a one-byte span, which starts with
                    // the backslash of the escape.
                    format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {s}: {reason}")
                } else {
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {s}-{}: {reason}",
                        e - 1
                    )
                }
            }
            DecodeError::BytesHex { pos } => format!("(value error) invalid \\x escape at position {pos}"),
        }
    }
}

/// Offset `off` of `text` expressed in CPython's rewritten ASCII buffer
/// (see the module comment).
fn transformed_offset(text: &str, off: usize) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < off.min(b.len()) {
        let c = b[i];
        if c == b'\\' {
            // `\` + non-ASCII or `\` at the end is spelled `\u005c`.
            n += if i + 1 >= b.len() || b[i + 1] >= 0x80 { 6 } else { 1 };
            i += 1;
        } else if c >= 0x80 {
            n += 10;
            i += utf8_len(c);
        } else {
            n += 1;
            i += 1;
        }
    }
    n + off.saturating_sub(b.len())
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// The DeprecationWarning text for an invalid escape starting at
/// `text[backslash]`. CPython: `warn_invalid_escape_sequence`.
fn invalid_escape_message(text: &str, backslash: usize) -> String {
    let rest = &text.as_bytes()[backslash + 1..];
    match rest.first() {
        Some(b'4'..=b'7') if rest.len() >= 3 => {
            format!("invalid octal escape sequence '\\{}'", text.get(backslash + 1..backslash + 4).unwrap_or(""))
        }
        Some(&c) => format!("invalid escape sequence '\\{}'", c as char),
        None => "invalid escape sequence '\\'".to_string(),
    }
}

/// Where the next backslash is, at or after `from`.
#[inline]
fn find_backslash(b: &[u8], from: usize) -> usize {
    b[from..].iter().position(|&c| c == b'\\').map_or(b.len(), |p| from + p)
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Decodes the escapes of a non-raw `str` literal body (newlines already
/// translated to `\n`), appending the value to `out`. Returns the warning
/// message for the first invalid escape, if any.
pub(super) fn decode_str(text: &str, out: &mut PyStr) -> Result<Option<String>, DecodeError> {
    let b = text.as_bytes();
    let mut warning: Option<String> = None;
    let mut i = 0;
    while i < b.len() {
        let bs = find_backslash(b, i);
        // `bs` and `i` are ASCII positions (or the ends), so the slice is on
        // character boundaries.
        out.push_str(&text[i..bs]);
        if bs >= b.len() {
            break;
        }
        i = bs + 1;
        let Some(&c) = b.get(i) else {
            out.push_char('\\');
            break;
        };
        if c >= 0x80 {
            // CPython's `\u005c` rewrite: a plain backslash; the character
            // itself is copied by the next run.
            out.push_char('\\');
            continue;
        }
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push_char(c as char),
            b'a' => out.push_char('\x07'),
            b'b' => out.push_char('\x08'),
            b'f' => out.push_char('\x0c'),
            b'n' => out.push_char('\n'),
            b'r' => out.push_char('\r'),
            b't' => out.push_char('\t'),
            b'v' => out.push_char('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && warning.is_none() {
                    warning = Some(invalid_escape_message(text, bs));
                }
                // At most 0o777, a valid code point.
                out.push(v);
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    match b.get(i).and_then(|&d| hex_value(d)) {
                        Some(d) => {
                            v = (v << 4) | d;
                            i += 1;
                        }
                        None => return Err(DecodeError::Unicode { start: bs, end: i, reason }),
                    }
                }
                if v > 0x10FFFF {
                    return Err(DecodeError::Unicode { start: bs, end: i, reason: "illegal Unicode character" });
                }
                out.push(v);
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    return Err(DecodeError::Unicode { start: bs, end: i, reason: malformed });
                }
                let name_start = i + 1;
                let Some(len) = b[name_start..].iter().position(|&d| d == b'}') else {
                    return Err(DecodeError::Unicode { start: bs, end: b.len(), reason: malformed });
                };
                let close = name_start + len;
                if len == 0 {
                    return Err(DecodeError::Unicode { start: bs, end: close, reason: malformed });
                }
                i = close + 1;
                match lookup_name(&text[name_start..close]) {
                    Some(ch) => out.push_char(ch),
                    None => {
                        return Err(DecodeError::Unicode {
                            start: bs,
                            end: i,
                            reason: "unknown Unicode character name",
                        })
                    }
                }
            }
            _ => {
                if warning.is_none() {
                    warning = Some(invalid_escape_message(text, bs));
                }
                out.push_char('\\');
                out.push_char(c as char);
            }
        }
    }
    Ok(warning)
}

/// Decodes the escapes of a non-raw `bytes` literal body (ASCII only,
/// newlines translated). CPython: `_PyBytes_DecodeEscape`.
pub(super) fn decode_bytes(text: &[u8], out: &mut Vec<u8>) -> Result<Option<String>, DecodeError> {
    let b = text;
    let mut warning: Option<String> = None;
    let mut i = 0;
    while i < b.len() {
        let bs = find_backslash(b, i);
        out.extend_from_slice(&b[i..bs]);
        if bs >= b.len() {
            break;
        }
        i = bs + 1;
        let Some(&c) = b.get(i) else {
            // CPython raises "Trailing \ in string", which a tokenized
            // literal can never reach; keep the backslash.
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && warning.is_none() {
                    // Bytes literals are ASCII, so this is valid UTF-8.
                    warning = Some(invalid_escape_message(&String::from_utf8_lossy(b), bs));
                }
                // CPython stores the value in a char: it wraps modulo 256.
                out.push((v & 0xFF) as u8);
            }
            b'x' => match (b.get(i).and_then(|&d| hex_value(d)), b.get(i + 1).and_then(|&d| hex_value(d))) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => return Err(DecodeError::BytesHex { pos: bs }),
            },
            _ => {
                if warning.is_none() {
                    warning = Some(invalid_escape_message(&String::from_utf8_lossy(b), bs));
                }
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(warning)
}

/// `\N{name}` lookup with the rules of CPython 3.11's `unicodedata`
/// (`Modules/unicodedata.c`, `_getcode`, Unicode 14.0.0): names and aliases
/// match case-insensitively, but the algorithmic `HANGUL SYLLABLE ` and
/// `CJK UNIFIED IDEOGRAPH-` names only in upper case (CPython tests them
/// with `strncmp` before the case-insensitive table lookup), ideographs with
/// exactly 4 or 5 hex digits; named sequences are not accepted. The
/// `unicode_names2` tables are newer than Unicode 14, so characters and
/// aliases added later are filtered out.
pub(super) fn lookup_name(name: &str) -> Option<char> {
    if !name.is_ascii() {
        return None;
    }
    const HANGUL: &str = "HANGUL SYLLABLE ";
    const CJK: &str = "CJK UNIFIED IDEOGRAPH-";
    let starts_with_ci = |p: &str| name.len() >= p.len() && name[..p.len()].eq_ignore_ascii_case(p);
    if starts_with_ci(HANGUL) {
        if !name.starts_with(HANGUL) || name.bytes().any(|c| c.is_ascii_lowercase()) {
            return None;
        }
    } else if starts_with_ci(CJK) {
        let digits = name.strip_prefix(CJK)?;
        if !(digits.len() == 4 || digits.len() == 5)
            || !digits.bytes().all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c))
        {
            return None;
        }
        let cp = u32::from_str_radix(digits, 16).ok()?;
        return if is_unified_ideograph_14(cp) { char::from_u32(cp) } else { None };
    }
    if NEWER_ALIASES.iter().any(|a| a.eq_ignore_ascii_case(name)) {
        return None;
    }
    let c = unicode_names2::character(name)?;
    let cp = c as u32;
    let newer = NEWER_THAN_UNICODE_14
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok();
    if newer {
        None
    } else {
        Some(c)
    }
}

/// CPython 3.11's `is_unified_ideograph` (Unicode 14.0.0 ranges).
fn is_unified_ideograph_14(cp: u32) -> bool {
    matches!(cp,
        0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B738
        | 0x2B740..=0x2B81D
        | 0x2B820..=0x2CEA1
        | 0x2CEB0..=0x2EBE0
        | 0x30000..=0x3134A)
}

/// Name aliases of `unicode_names2` that `unicodedata.lookup` of Python
/// 3.11.7 rejects (added after Unicode 14.0.0).
const NEWER_ALIASES: &[&str] = &[
    "EM",
    "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE",
    "SUNDANESE LETTER ARCHAIC I",
    "CUNEIFORM SIGN KALAM",
    "BAMUM LETTER PHASE-A MAEMGBIEE",
    "MENDE KIKAKUI SYLLABLE M172 MBO",
    "MENDE KIKAKUI SYLLABLE M174 MBOO",
];

/// Named characters of `unicode_names2` unknown to Python 3.11.7's
/// `unicodedata` (Unicode 14.0.0), as sorted inclusive ranges. Generated by
/// looking up every name of the crate's `UnicodeData.txt` with
/// `python3.11 -c 'unicodedata.lookup(name)'`.
const NEWER_THAN_UNICODE_14: &[(u32, u32)] = &[
    (0x0897, 0x0897),
    (0x0CF3, 0x0CF3),
    (0x0ECE, 0x0ECE),
    (0x1B4E, 0x1B4F),
    (0x1B7F, 0x1B7F),
    (0x1C89, 0x1C8A),
    (0x2427, 0x2429),
    (0x2FFC, 0x2FFF),
    (0x31E4, 0x31E5),
    (0x31EF, 0x31EF),
    (0xA7CB, 0xA7CD),
    (0xA7DA, 0xA7DC),
    (0x105C0, 0x105F3),
    (0x10D40, 0x10D65),
    (0x10D69, 0x10D85),
    (0x10D8E, 0x10D8F),
    (0x10EC2, 0x10EC4),
    (0x10EFC, 0x10EFF),
    (0x1123F, 0x11241),
    (0x11380, 0x11389),
    (0x1138B, 0x1138B),
    (0x1138E, 0x1138E),
    (0x11390, 0x113B5),
    (0x113B7, 0x113C0),
    (0x113C2, 0x113C2),
    (0x113C5, 0x113C5),
    (0x113C7, 0x113CA),
    (0x113CC, 0x113D5),
    (0x113D7, 0x113D8),
    (0x113E1, 0x113E2),
    (0x116D0, 0x116E3),
    (0x11B00, 0x11B09),
    (0x11BC0, 0x11BE1),
    (0x11BF0, 0x11BF9),
    (0x11F00, 0x11F10),
    (0x11F12, 0x11F3A),
    (0x11F3E, 0x11F5A),
    (0x1342F, 0x1342F),
    (0x13439, 0x13455),
    (0x13460, 0x143FA),
    (0x16100, 0x16139),
    (0x16D40, 0x16D79),
    (0x18CFF, 0x18CFF),
    (0x1B132, 0x1B132),
    (0x1B155, 0x1B155),
    (0x1CC00, 0x1CCF9),
    (0x1CD00, 0x1CEB3),
    (0x1D2C0, 0x1D2D3),
    (0x1DF25, 0x1DF2A),
    (0x1E030, 0x1E06D),
    (0x1E08F, 0x1E08F),
    (0x1E4D0, 0x1E4F9),
    (0x1E5D0, 0x1E5FA),
    (0x1E5FF, 0x1E5FF),
    (0x1F6DC, 0x1F6DC),
    (0x1F774, 0x1F776),
    (0x1F77B, 0x1F77F),
    (0x1F7D9, 0x1F7D9),
    (0x1F8B2, 0x1F8BB),
    (0x1F8C0, 0x1F8C1),
    (0x1FA75, 0x1FA77),
    (0x1FA87, 0x1FA89),
    (0x1FA8F, 0x1FA8F),
    (0x1FAAD, 0x1FAAF),
    (0x1FABB, 0x1FABF),
    (0x1FAC6, 0x1FAC6),
    (0x1FACE, 0x1FACF),
    (0x1FADA, 0x1FADC),
    (0x1FADF, 0x1FADF),
    (0x1FAE8, 0x1FAE9),
    (0x1FAF7, 0x1FAF8),
    (0x1FBCB, 0x1FBEF),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Result<(String, Option<String>), String> {
        let mut out = PyStr::new();
        match decode_str(text, &mut out) {
            Ok(w) => Ok((format!("{out:?}"), w)),
            Err(e) => Err(e.message(text)),
        }
    }

    #[test]
    fn simple_escapes() {
        assert_eq!(s(r#"a\n\t\\\'\"\a\b\f\v\r"#).unwrap().0, "\"a\\n\\t\\\\'\\\"\\u{7}\\u{8}\\u{c}\\u{b}\\r\"");
        assert_eq!(s("a\\\nb").unwrap().0, "\"ab\"");
        assert_eq!(s(r"\101\x41\u0041\U00000041\N{LATIN CAPITAL LETTER A}").unwrap().0, "\"AAAAA\"");
        assert_eq!(s(r"\N{latin small letter a}\N{BOM}").unwrap().0, "\"a\\u{feff}\"");
    }

    #[test]
    fn quirks() {
        // Backslash before non-ASCII or at the end stays, without warning.
        assert_eq!(s("\\é\\").unwrap(), ("\"\\\\é\\\\\"".to_string(), None));
        assert_eq!(s(r"\d\777").unwrap().1.unwrap(), r"invalid escape sequence '\d'");
        assert_eq!(s(r"\777\d").unwrap().1.unwrap(), r"invalid octal escape sequence '\777'");
        let mut out = PyStr::new();
        decode_str(r"\ud800", &mut out).unwrap();
        assert_eq!(out.code_points().collect::<Vec<_>>(), vec![0xD800]);
    }

    #[test]
    fn errors() {
        let pre = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
        assert_eq!(s(r"\xZ").unwrap_err(), format!("{pre}0-1: truncated \\xXX escape"));
        assert_eq!(s(r"é\xZ").unwrap_err(), format!("{pre}10-11: truncated \\xXX escape"));
        assert_eq!(s(r"\u12").unwrap_err(), format!("{pre}0-3: truncated \\uXXXX escape"));
        assert_eq!(s(r"\U00110000").unwrap_err(), format!("{pre}0-9: illegal Unicode character"));
        assert_eq!(s(r"\N{foo}").unwrap_err(), format!("{pre}0-6: unknown Unicode character name"));
        assert_eq!(s(r"\N").unwrap_err(), format!("{pre}0-1: malformed \\N character escape"));
        assert_eq!(s(r"\N{").unwrap_err(), format!("{pre}0-2: malformed \\N character escape"));
        assert_eq!(s(r"\N{}").unwrap_err(), format!("{pre}0-2: malformed \\N character escape"));
        assert_eq!(s(r"\N{DIGIT ONE").unwrap_err(), format!("{pre}0-11: malformed \\N character escape"));
    }

    #[test]
    fn bytes() {
        let mut out = Vec::new();
        assert_eq!(decode_bytes(br"\d\777\x41\0", &mut out).unwrap().unwrap(), r"invalid escape sequence '\d'");
        assert_eq!(out, b"\\d\xffA\0");
        let e = decode_bytes(br"ab\x1", &mut Vec::new()).unwrap_err();
        assert_eq!(e.message(""), r"(value error) invalid \x escape at position 2");
    }

    #[test]
    fn names() {
        assert_eq!(lookup_name("HANGUL SYLLABLE GAG"), Some('각'));
        assert_eq!(lookup_name("hangul syllable gag"), None);
        assert_eq!(lookup_name("CJK UNIFIED IDEOGRAPH-04E00"), Some('一'));
        assert_eq!(lookup_name("CJK UNIFIED IDEOGRAPH-4e00"), None);
        assert_eq!(lookup_name("CJK UNIFIED IDEOGRAPH-2B739"), None);
        assert_eq!(lookup_name("WIRELESS"), None);
        assert_eq!(lookup_name("zwj"), Some('\u{200d}'));
        assert_eq!(lookup_name("EM"), None);
        assert_eq!(lookup_name("LATIN SMALL LETTER A "), None);
    }
}
