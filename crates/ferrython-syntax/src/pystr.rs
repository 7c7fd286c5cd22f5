//! `PyStr`: the value of a Python `str` literal as the front end produces it.
//!
//! Python strings are sequences of code points, and a literal such as
//! `"\ud800"` holds a lone surrogate, which Rust's `String` cannot. We store
//! the text as WTF-8 (generalized UTF-8): ordinary UTF-8, except that a
//! surrogate code point U+D800..U+DFFF is encoded with the same 3-byte scheme
//! as other BMP code points. Text without surrogates is therefore plain UTF-8
//! and `as_str` borrows it without copying.

use std::fmt;

#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct PyStr {
    bytes: Vec<u8>,
    has_surrogates: bool,
}

impl PyStr {
    pub fn new() -> Self {
        PyStr::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        PyStr { bytes: Vec::with_capacity(n), has_surrogates: false }
    }

    /// The text as `&str`, or `None` if it contains lone surrogates.
    pub fn as_str(&self) -> Option<&str> {
        if self.has_surrogates {
            None
        } else {
            // SAFETY: without surrogates, every byte pushed came from a `&str`
            // or from `push` encoding a Unicode scalar value, so this is UTF-8.
            Some(unsafe { std::str::from_utf8_unchecked(&self.bytes) })
        }
    }

    /// The WTF-8 bytes.
    pub fn as_wtf8(&self) -> &[u8] {
        &self.bytes
    }

    pub fn has_surrogates(&self) -> bool {
        self.has_surrogates
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Appends any code point in `0..=0x10FFFF`, surrogates included.
    ///
    /// # Panics
    /// If `cp > 0x10FFFF` (callers validate escapes first).
    pub fn push(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push_char(c),
            None => {
                assert!((0xD800..=0xDFFF).contains(&cp), "code point out of range");
                self.has_surrogates = true;
                self.bytes.extend_from_slice(&[
                    0xE0 | (cp >> 12) as u8,
                    0x80 | ((cp >> 6) & 0x3F) as u8,
                    0x80 | (cp & 0x3F) as u8,
                ]);
            }
        }
    }

    pub fn push_pystr(&mut self, other: &PyStr) {
        self.bytes.extend_from_slice(&other.bytes);
        self.has_surrogates |= other.has_surrogates;
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { bytes: &self.bytes, pos: 0 }
    }

    /// Number of code points (Python's `len`).
    pub fn char_len(&self) -> usize {
        self.bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr { bytes: s.as_bytes().to_vec(), has_surrogates: false }
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        PyStr { bytes: s.into_bytes(), has_surrogates: false }
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_str() {
            Some(s) => fmt::Debug::fmt(s, f),
            None => {
                f.write_str("\"")?;
                for cp in self.code_points() {
                    match char::from_u32(cp) {
                        Some(c) => write!(f, "{}", c.escape_debug())?,
                        None => write!(f, "\\u{{{cp:x}}}")?,
                    }
                }
                f.write_str("\"")
            }
        }
    }
}

/// Iterator over the code points of a WTF-8 buffer.
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let b = &self.bytes[self.pos..];
        let first = *b.first()? as u32;
        let (cp, len) = if first < 0x80 {
            (first, 1)
        } else if first < 0xE0 {
            (((first & 0x1F) << 6) | (b[1] as u32 & 0x3F), 2)
        } else if first < 0xF0 {
            (((first & 0x0F) << 12) | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F), 3)
        } else {
            (
                ((first & 0x07) << 18)
                    | ((b[1] as u32 & 0x3F) << 12)
                    | ((b[2] as u32 & 0x3F) << 6)
                    | (b[3] as u32 & 0x3F),
                4,
            )
        };
        self.pos += len;
        Some(cp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let mut s = PyStr::new();
        s.push_str("a\u{e9}");
        s.push(0xD800);
        s.push(0x1F600);
        assert!(s.as_str().is_none());
        assert_eq!(s.code_points().collect::<Vec<_>>(), vec![0x61, 0xE9, 0xD800, 0x1F600]);
        assert_eq!(s.char_len(), 4);
    }
}
