//! Source decoding: bytes → text, as CPython 3.11 reads a `.py` file.
//!
//! CPython (Parser/tokenizer.c: `check_bom`, `check_coding_spec`,
//! `get_coding_spec`, `get_normal_name`, `ensure_utf8`):
//! * a UTF-8 byte order mark is skipped and fixes the encoding to UTF-8;
//! * a PEP 263 cookie (`coding[:=][ \t]*([-\w.]+)`) is looked for in a
//!   comment that is the only thing on line 1, or on line 2 if line 1 holds
//!   only whitespace and/or a comment;
//! * without a cookie the source must be UTF-8, checked line by line; the
//!   first bad byte gives "Non-UTF-8 code starting with '\xNN' in file F on
//!   line N, but no encoding declared; see https://peps.python.org/pep-0263/
//!   for details", without a location.
//!
//! Decoding UTF-8 input borrows it. The other encodings we decode are the
//! common single-byte ones (Latin-1, ASCII, cp1252, ISO-8859-15); any other
//! codec name Python knows is reported as "encoding problem: NAME", which is
//! also what CPython says for names it does not know (a documented
//! difference for the multi-byte Asian codecs).

use crate::codec_tables::{ALIASES, CHARMAPS};
use std::borrow::Cow;

use crate::error::{SyntaxError, SyntaxErrorKind};

/// The encoding a source file declares, as the tokenizer found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceEncoding {
    /// The file starts with a UTF-8 byte order mark.
    pub bom: bool,
    /// The coding cookie's name after CPython's `get_normal_name`
    /// (`utf-8`, `iso-8859-1`, or the name as written), if there is one.
    pub cookie: Option<String>,
    /// Where the line holding the cookie ends in the file (after its line
    /// break); 0 without a cookie.
    pub cookie_line_end: usize,
}

impl SourceEncoding {
    /// The name the ENCODING token of `python -m tokenize` shows: the
    /// cookie's normalized name, else `utf-8` (with a BOM,
    /// `detect_encoding` says `utf-8-sig` but `tokenize` prints `utf-8`).
    pub fn tokenize_name(&self) -> &str {
        self.cookie.as_deref().unwrap_or("utf-8")
    }
}

/// A SyntaxError without location, as CPython raises decoding errors.
fn no_location(msg: String) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
        byte_offsets: None,
    }
}

/// CPython: `get_normal_name` — only the first 12 characters matter.
fn normal_name(name: &str) -> String {
    let head: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if head == "utf-8" || head.starts_with("utf-8-") {
        "utf-8".into()
    } else if matches!(head.as_str(), "latin-1" | "iso-8859-1" | "iso-latin-1")
        || head.starts_with("latin-1-")
        || head.starts_with("iso-8859-1-")
        || head.starts_with("iso-latin-1-")
    {
        "iso-8859-1".into()
    } else {
        name.into()
    }
}

/// CPython: `get_coding_spec` on one line (without its line break).
/// `Err(())` never happens; `Ok(None)`: no cookie.
fn coding_spec(line: &[u8]) -> Option<String> {
    // The cookie must be in a comment that is the only thing on the line.
    // CPython scans `i < size - 6` where size counts the line break, so a
    // cookie needs at least 7 bytes after the '#'-search start.
    let size = line.len() + 1;
    let limit = size.saturating_sub(6);
    let mut i = 0;
    while i < limit {
        match line.get(i) {
            Some(b'#') => break,
            Some(b' ' | b'\t' | 0x0c) => i += 1,
            _ => return None,
        }
    }
    while i < limit {
        if line[i..].starts_with(b"coding") {
            let mut t = i + 6;
            if matches!(line.get(t), Some(b':' | b'=')) {
                t += 1;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while line.get(t).is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.')) {
                    t += 1;
                }
                if begin < t {
                    // ASCII only, so this cannot fail.
                    let name = String::from_utf8_lossy(&line[begin..t]);
                    return Some(normal_name(&name));
                }
            }
        }
        i += 1;
    }
    None
}

/// Is this line only whitespace and/or a comment (so a cookie may follow
/// on the next line)?
fn blank_or_comment(line: &[u8]) -> bool {
    for &c in line {
        match c {
            b'#' => return true,
            b' ' | b'\t' | 0x0c => {}
            _ => return false,
        }
    }
    true
}

/// Splits off the first line (without its break) and returns the rest.
fn first_line(b: &[u8]) -> (&[u8], &[u8]) {
    match b.iter().position(|&c| c == b'\n' || c == b'\r') {
        Some(i) => {
            let brk = if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            (&b[..i], &b[i + brk..])
        }
        None => (b, &[]),
    }
}

/// Finds the BOM and the coding cookie. Errors are CPython's for a file:
/// "encoding problem: NAME with BOM" when a cookie other than UTF-8
/// follows a BOM.
pub fn detect_encoding(bytes: &[u8]) -> Result<SourceEncoding, SyntaxError> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let body = if bom { &bytes[3..] } else { bytes };
    let (l1, rest) = first_line(body);
    let mut cookie = coding_spec(l1);
    let mut cookie_line_end = bytes.len() - rest.len();
    if cookie.is_none() && blank_or_comment(l1) && !rest.is_empty() {
        let (l2, rest2) = first_line(rest);
        cookie = coding_spec(l2);
        cookie_line_end = bytes.len() - rest2.len();
    }
    if cookie.is_none() {
        cookie_line_end = 0;
    }
    if bom {
        if let Some(c) = &cookie {
            if c != "utf-8" {
                return Err(no_location(format!("encoding problem: {} with BOM", c)));
            }
        }
    }
    Ok(SourceEncoding { bom, cookie, cookie_line_end })
}

/// A codec we can decode: UTF-8, ASCII, Latin-1, or one of CPython's
/// single-byte charmap codecs (table generated from python3.11).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Charmap(&'static [u16; 256]),
}

/// Python's codec lookup: `codecs.lookup` lowercases, then
/// `encodings.normalize_encoding` turns each run of characters other than
/// ASCII letters, digits and '.' into one '_', then `encodings.aliases`
/// maps the name (or the name with '.' replaced by '_') to a codec module.
fn lookup_codec(name: &str) -> Option<Codec> {
    let mut n = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !n.is_empty() {
                n.push('_');
            }
            n.push(c);
            punct = false;
        } else {
            punct = true;
        }
    }
    let find = |key: &str| -> Option<&'static str> {
        if let Ok(i) = ALIASES.binary_search_by(|(a, _)| (*a).cmp(key)) {
            return Some(ALIASES[i].1);
        }
        None
    };
    let module = match find(&n).or_else(|| find(&n.replace('.', "_"))) {
        Some(m) => m,
        None => match n.as_str() {
            "utf_8" => "utf_8",
            "latin_1" => "latin_1",
            "ascii" => "ascii",
            _ => n.as_str(),
        },
    };
    Some(match module {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "iso8859" | "cp819"
        | "csisolatin1" | "ibm819" | "iso_8859_1_1987" | "iso_ir_100" => Codec::Latin1,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
        m => {
            let i = CHARMAPS.binary_search_by(|(name, _)| (*name).cmp(m)).ok()?;
            Codec::Charmap(&CHARMAPS[i].1)
        }
    })
}

/// The size of the first read of CPython's `TextIOWrapper` (`_CHUNK_SIZE`).
const TEXTIO_CHUNK: usize = 8192;

/// Decodes a file whose cookie names a single-byte codec. CPython reads such
/// a file through `io.open(fd, encoding=NAME).readline` (`fp_setreadl`),
/// which first seeks to the line break ending the cookie's line and reads
/// one line; `TextIOWrapper` decodes a whole chunk for that, so a byte the
/// codec rejects within that chunk makes `fp_setreadl` fail, and
/// `check_coding_spec` reports "encoding problem: NAME". Later bad bytes
/// give the codec's own message.
fn decode_cookie_file(bytes: &[u8], codec: Codec, name: &str, cookie_line_end: usize) -> Result<String, SyntaxError> {
    decode_single_byte(bytes, codec).map_err(|(e, at)| {
        let chunk_start = cookie_line_end.saturating_sub(1);
        if (chunk_start..chunk_start + TEXTIO_CHUNK).contains(&at) {
            no_location(format!("encoding problem: {name}"))
        } else {
            e
        }
    })
}

/// Decodes with a single-byte codec; the error carries the offending byte's index.
fn decode_single_byte(bytes: &[u8], codec: Codec) -> Result<String, (SyntaxError, usize)> {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    for (i, &c) in bytes.iter().enumerate() {
        let ch = match codec {
            Codec::Ascii if c >= 0x80 => None,
            Codec::Charmap(table) => match table[c as usize] {
                0xFFFE => None,
                cp => char::from_u32(cp as u32),
            },
            _ => Some(c as char),
        };
        match ch {
            Some(ch) => out.push(ch),
            None => {
                let ascii = codec == Codec::Ascii;
                return Err((
                    no_location(format!(
                        "(unicode error) '{}' codec can't decode byte 0x{:02x} in position {}: {}",
                        if ascii { "ascii" } else { "charmap" },
                        c,
                        i,
                        if ascii { "ordinal not in range(128)" } else { "character maps to <undefined>" }
                    )),
                    i,
                ));
            }
        }
    }
    Ok(out)
}

/// Undecodable bytes of a file that declares UTF-8 are carried through the
/// front end as the characters `RAW_BYTE_BASE + byte` (in plane 16's
/// private use area). Only in such a text (`holds_raw_bytes`) are these
/// characters stand-ins; anywhere else (valid files, `exec` strings) they
/// are themselves, as in CPython.
pub const RAW_BYTE_BASE: u32 = 0x10_FF00;

/// The texts `decode_source` carried raw bytes in, as address ranges. A
/// `&str` cannot say where it came from, and any character may occur in
/// valid source, so the distinction is the text's address. Those texts are
/// leaked (`decode_source`), so no other text ever reuses their memory;
/// they are rare (a BOM or coding cookie and invalid UTF-8 in one file).
static CARRIED: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());

/// Is `text` part of a source `decode_source` carried raw bytes in?
pub fn holds_raw_bytes(text: &str) -> bool {
    let start = text.as_ptr() as usize;
    let carried = CARRIED.lock().unwrap_or_else(|e| e.into_inner());
    carried.iter().any(|&(s, len)| start >= s && start + text.len() <= s + len)
}

/// The raw byte a stand-in character represents.
pub fn raw_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    (RAW_BYTE_BASE..RAW_BYTE_BASE + 0x100).contains(&cp).then(|| (cp - RAW_BYTE_BASE) as u8)
}

/// UTF-8 text with each invalid byte replaced by its stand-in character.
fn carry_raw_bytes(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&bytes[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(bytes.len() - good);
                for &b in &bytes[good..good + bad] {
                    out.push(char::from_u32(RAW_BYTE_BASE + b as u32).unwrap_or('\u{FFFD}'));
                }
                bytes = &bytes[good + bad..];
            }
        }
    }
}

/// `text` with stand-in characters shown as U+FFFD.
pub fn replace_raw_bytes(text: &str) -> String {
    if !text.chars().any(|c| raw_byte(c).is_some()) {
        return text.to_string();
    }
    text.chars().map(|c| if raw_byte(c).is_some() { '\u{FFFD}' } else { c }).collect()
}

/// The error CPython's UTF-8 decoder reports for a literal body holding
/// stand-in characters: `'utf-8' codec can't decode byte 0xff in position 0:
/// invalid start byte` (positions are bytes of the body). `source` is the
/// text the body is from (`holds_raw_bytes`).
pub fn utf8_error_in(body: &str, source: &str) -> Option<String> {
    // Every stand-in (U+10FF00..U+10FFFF) is encoded F4 8F BC..BF xx: a
    // memchr for 0xF4 clears almost every literal without decoding it.
    if memchr::memchr(0xF4, body.as_bytes()).is_none()
        || !body.chars().any(|c| raw_byte(c).is_some())
        || !holds_raw_bytes(source)
    {
        return None;
    }
    let mut bytes = Vec::with_capacity(body.len());
    for c in body.chars() {
        match raw_byte(c) {
            Some(b) => bytes.push(b),
            None => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    let e = std::str::from_utf8(&bytes).err()?;
    let start = e.valid_up_to();
    let (end, reason) = match e.error_len() {
        None => (bytes.len(), "unexpected end of data"),
        Some(n) => {
            let first = bytes[start];
            let reason =
                if (0xC2..=0xF4).contains(&first) { "invalid continuation byte" } else { "invalid start byte" };
            (start + n, reason)
        }
    };
    Some(if end - start == 1 {
        format!("(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {start}: {reason}", bytes[start])
    } else {
        format!("(unicode error) 'utf-8' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
    })
}

/// Decodes a source file's bytes to text, the way CPython 3.11 reads a
/// file. `filename` appears in the "Non-UTF-8 code" message as CPython
/// prints it. A BOM is removed from the text.
pub fn decode_source<'a>(bytes: &'a [u8], filename: &str) -> Result<Cow<'a, str>, SyntaxError> {
    let enc = detect_encoding(bytes)?;
    let body = if enc.bom { &bytes[3..] } else { bytes };
    let codec = match &enc.cookie {
        None => Codec::Utf8,
        Some(name) => lookup_codec(name).ok_or_else(|| no_location(format!("encoding problem: {}", name)))?,
    };
    if codec != Codec::Utf8 {
        // A cookie was found (only a cookie selects another codec).
        let name = enc.cookie.as_deref().unwrap_or("");
        return decode_cookie_file(body, codec, name, enc.cookie_line_end).map(Cow::Owned);
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        // A file that declares UTF-8 (BOM or cookie) is not checked up
        // front: CPython's tokenizer reads its bytes raw and the error comes
        // from whatever meets them (a string literal reports a 'utf-8' codec
        // error). Keep each bad byte as a stand-in character for that.
        Err(_) if enc.bom || enc.cookie.is_some() => {
            let text: &'static str = Box::leak(carry_raw_bytes(body).into_boxed_str());
            CARRIED.lock().unwrap_or_else(|e| e.into_inner()).push((text.as_ptr() as usize, text.len()));
            Ok(Cow::Borrowed(text))
        }
        Err(e) => {
            let bad = e.valid_up_to();
            let byte = body.get(bad).copied().unwrap_or(0);
            // CPython's line count: lines read so far + 1; it reads lines
            // split at "\n" only (universal newlines come later).
            let line = body[..bad].iter().filter(|&&c| c == b'\n').count() + 1;
            Err(no_location(format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; \
                 see https://peps.python.org/pep-0263/ for details",
                byte, filename, line
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_borrows() {
        let s = decode_source(b"x = 1\n", "f").unwrap();
        assert!(matches!(s, Cow::Borrowed("x = 1\n")));
    }

    #[test]
    fn bom_is_removed() {
        assert_eq!(decode_source(b"\xEF\xBB\xBFx\n", "f").unwrap(), "x\n");
        let e = decode_source(b"\xEF\xBB\xBF# coding: latin-1\n", "f").unwrap_err();
        assert_eq!(e.msg, "encoding problem: iso-8859-1 with BOM");
        assert_eq!(decode_source(b"\xEF\xBB\xBF# coding: utf-8\nx\n", "f").unwrap(), "# coding: utf-8\nx\n");
    }

    #[test]
    fn cookies() {
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "f").unwrap(),
            "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n"
        );
        assert_eq!(
            decode_source(b"#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n'\x80'\n", "f").unwrap(),
            "#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n'\u{20ac}'\n"
        );
        // A cookie on line 2 counts only after a comment/blank line 1.
        let e = decode_source(b"x=1\n# coding: latin-1\n'\xe9'\n", "f.py").unwrap_err();
        assert_eq!(
            e.msg,
            "Non-UTF-8 code starting with '\\xe9' in file f.py on line 3, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details"
        );
        assert_eq!(decode_source(b"# coding: foobar\n", "f").unwrap_err().msg, "encoding problem: foobar");
        assert_eq!(detect_encoding(b"# coding=UTF_8\n").unwrap().cookie.as_deref(), Some("utf-8"));
        assert_eq!(detect_encoding(b"# coding: Latin-1\n").unwrap().tokenize_name(), "iso-8859-1");
        assert_eq!(detect_encoding(b"x = 1 # coding: latin-1\n").unwrap().cookie, None);
    }

    #[test]
    fn non_utf8() {
        let e = decode_source(b"x = '\xc3\x28'\n", "bad.py").unwrap_err();
        assert!(e.msg.starts_with("Non-UTF-8 code starting with '\\xc3' in file bad.py on line 1,"));
        assert_eq!(e.lineno, 0);
    }
}
