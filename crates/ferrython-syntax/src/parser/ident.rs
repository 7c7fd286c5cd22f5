//! Identifiers from NAME tokens without a variable-length copy.
//!
//! `CompactString::new` keeps strings of up to 24 bytes inline: the bytes,
//! zero padding, and in the last byte `0xC0 | len` (a 24-byte string's
//! last byte is its last character, which in ASCII is below 0xC0). It
//! builds that buffer with a `memcpy` of the name's length, a call whose
//! branches on the length mispredict (callgrind on the 3.0 MB sample:
//! 180 K mispredicted branches in `name_of`'s ASCII check and ~120 K in
//! `memcpy`, for ~150 K names).
//!
//! `inline_ascii` instead reads a fixed 24 bytes at the name's start,
//! masks off what lies past its end, tests the three words for non-ASCII
//! bytes at once and writes the length byte: straight-line code. The result
//! has exactly the bytes `CompactString::new` would produce, which
//! `INLINE_LAYOUT_CHECK` verifies at compile time against
//! `CompactString::const_new` (compact_str's own constructor of inline
//! strings), so a compact_str release that changes the layout fails the
//! build instead of producing bad strings.

use crate::ast::Identifier;

const INLINE: usize = 24;
const LENGTH_MASK: u8 = 0xC0;

/// The inline representation of an ASCII `text` of at most 24 bytes, as
/// compact_str 0.8 lays it out.
const fn inline_bytes(text: &str) -> [u8; INLINE] {
    let bytes = text.as_bytes();
    let mut buf = [0u8; INLINE];
    buf[INLINE - 1] = LENGTH_MASK | bytes.len() as u8;
    let mut i = 0;
    while i < bytes.len() {
        buf[i] = bytes[i];
        i += 1;
    }
    buf
}

const fn same_layout(text: &'static str) -> bool {
    // SAFETY: `CompactString` is 24 bytes (compact_str asserts it); for a
    // string of at most 24 bytes `const_new` builds the inline form, every
    // byte of which is initialized.
    let actual: [u8; INLINE] = unsafe { std::mem::transmute(Identifier::const_new(text)) };
    let expected = inline_bytes(text);
    let mut i = 0;
    while i < INLINE {
        if actual[i] != expected[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Fails the build if compact_str's inline layout is not the one
/// `inline_ascii` writes.
const INLINE_LAYOUT_CHECK: () = {
    assert!(std::mem::size_of::<Identifier>() == INLINE);
    assert!(same_layout("x"));
    assert!(same_layout("self"));
    assert!(same_layout("abcdefghijklmnopqrstuvw"));
    assert!(same_layout("abcdefghijklmnopqrstuvwx"));
};

/// Bytes `0..n` of a word (little-endian), `n <= 8`.
#[inline(always)]
fn low_bytes(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (n * 8)) - 1
    }
}

/// The identifier `src[start..end]`, if it is ASCII, at most 24 bytes long,
/// and at least 24 bytes of `src` follow `start` (the fixed-width read);
/// otherwise `None` and the caller takes the general path.
#[cfg(test)]
pub(super) fn inline_ascii(src: &[u8], start: usize, end: usize) -> Option<Identifier> {
    inline_ascii_words(src, start, end).map(from_words)
}

/// `inline_ascii` as the identifier's three words, to be joined with the
/// general path's (`to_words`) in registers: joined as an
/// `Option<Identifier>`, the inline path's third word was stored in 4-, 2-
/// and 1-byte pieces around the niche byte and reloaded whole, a
/// store-forwarding stall on every name (perf: 44% of `Parser::name`'s
/// samples on the instruction after that load).
#[inline(always)]
pub(super) fn inline_ascii_words(src: &[u8], start: usize, end: usize) -> Option<[u64; 3]> {
    #[allow(clippy::let_unit_value)]
    let () = INLINE_LAYOUT_CHECK;
    let len = end.wrapping_sub(start);
    let window = src.get(start..start.checked_add(INLINE)?)?;
    if len > INLINE {
        return None;
    }
    let word = |k: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&window[8 * k..8 * k + 8]);
        u64::from_le_bytes(w) & low_bytes(len.saturating_sub(8 * k))
    };
    let (w0, w1, mut w2) = (word(0), word(1), word(2));
    if (w0 | w1 | w2) & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    if len < INLINE {
        w2 |= u64::from(LENGTH_MASK | len as u8) << 56;
    }
    Some([w0, w1, w2])
}

/// An identifier as its three words (any representation: inline or heap).
#[inline(always)]
pub(super) fn to_words(id: Identifier) -> [u64; 3] {
    // SAFETY: `Identifier` is 24 bytes (INLINE_LAYOUT_CHECK) of plain data;
    // `from_words` turns the words back into the same value, which keeps
    // owning its allocation, if any.
    unsafe { std::mem::transmute::<Identifier, [u64; 3]>(id) }
}

/// The identifier whose words are `words`: those of `inline_ascii_words`,
/// or of `to_words`.
#[inline(always)]
pub(super) fn from_words(words: [u64; 3]) -> Identifier {
    // SAFETY: the words are either `inline_ascii_words`' (exactly the bytes
    // `CompactString::new` gives an ASCII string of `len <= 24` bytes: zero
    // padding, and `0xC0 | len` in the last byte unless the string fills
    // it, which the compile-time `INLINE_LAYOUT_CHECK` confirms is
    // compact_str's inline layout; an inline `CompactString` owns no
    // allocation), or those of an `Identifier` taken apart by `to_words`.
    unsafe { std::mem::transmute::<[u64; 3], Identifier>(words) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_compact_string_new() {
        let text = "abcdefghijklmnopqrstuvwxyz_0123456789ABCDEFGHIJ";
        for start in 0..4 {
            for end in start + 1..=start + 26 {
                let got = inline_ascii(text.as_bytes(), start, end);
                if end - start > INLINE {
                    assert!(got.is_none());
                    continue;
                }
                let want = Identifier::new(&text[start..end]);
                assert_eq!(got.as_deref(), Some(want.as_str()));
                assert_eq!(got.unwrap(), want);
            }
        }
        // Non-ASCII inside the name, or only after it.
        let s = "ab\u{e9}cdefghijklmnopqrstuvwxyz";
        assert!(inline_ascii(s.as_bytes(), 0, 4).is_none());
        assert_eq!(inline_ascii(s.as_bytes(), 0, 2).as_deref(), Some("ab"));
        // Too close to the end for the fixed-width read.
        assert!(inline_ascii(b"abc", 0, 3).is_none());
    }
}
