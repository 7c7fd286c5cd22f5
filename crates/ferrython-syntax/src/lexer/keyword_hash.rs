//! Keyword recognition with one table probe.
//!
//! Every keyword fits in eight bytes, so a name of at most eight bytes,
//! read as a little-endian word with the bytes past its end zeroed, *is*
//! its own key (names hold no NUL byte). A multiplicative hash, whose
//! constant was found by a seeded search to send the 35 keywords to 35
//! distinct slots of 64, picks the one keyword the name could be; one
//! compare decides. `keyword`'s match on the length and then on the bytes
//! branched on both (callgrind, 3.0 MB sample: ~55 K mispredicted
//! conditional and ~125 K mispredicted indirect branches, for ~180 K names).
//! The table is built at compile time, which also proves the slots distinct.

use crate::token::TokenKind;

const KEYWORDS: [(&str, TokenKind); 35] = {
    use TokenKind::*;
    [
        ("False", False),
        ("None", TokenKind::None),
        ("True", True),
        ("and", And),
        ("as", As),
        ("assert", Assert),
        ("async", Async),
        ("await", Await),
        ("break", Break),
        ("class", Class),
        ("continue", Continue),
        ("def", Def),
        ("del", Del),
        ("elif", Elif),
        ("else", Else),
        ("except", Except),
        ("finally", Finally),
        ("for", For),
        ("from", From),
        ("global", Global),
        ("if", If),
        ("import", Import),
        ("in", In),
        ("is", Is),
        ("lambda", Lambda),
        ("nonlocal", Nonlocal),
        ("not", Not),
        ("or", Or),
        ("pass", Pass),
        ("raise", Raise),
        ("return", Return),
        ("try", Try),
        ("while", While),
        ("with", With),
        ("yield", Yield),
    ]
};

/// Found by trying seeded random odd multipliers until the 35 keywords
/// fell into distinct slots (the 199,921st).
const MUL: u64 = 0x0b16_3921_93b2_65bd;
const SLOT_BITS: u32 = 6;

#[inline(always)]
const fn slot(word: u64) -> usize {
    (word.wrapping_mul(MUL) >> (64 - SLOT_BITS)) as usize
}

const fn word_of(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut w = 0u64;
    let mut i = 0;
    while i < b.len() {
        w |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    w
}

/// The keyword each slot can hold, as its word; empty slots hold 0, which
/// no name has.
static KEYS: [u64; 1 << SLOT_BITS] = {
    let mut t = [0u64; 1 << SLOT_BITS];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let text = KEYWORDS[i].0;
        assert!(text.len() <= 8);
        let s = slot(word_of(text));
        assert!(t[s] == 0, "two keywords share a slot: change MUL");
        t[s] = word_of(text);
        i += 1;
    }
    t
};

/// `KINDS[2 * slot]` is `Name`, `KINDS[2 * slot + 1]` the slot's keyword:
/// the comparison's outcome indexes the table, so no branch depends on it.
static KINDS: [TokenKind; 2 << SLOT_BITS] = {
    let mut t = [TokenKind::Name; 2 << SLOT_BITS];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let (text, kind) = KEYWORDS[i];
        t[2 * slot(word_of(text)) + 1] = kind;
        i += 1;
    }
    t
};

/// The kind of the ASCII name `b[start..end]`: its keyword's, or `Name`.
/// About a third of names are keywords and a third are longer than eight
/// bytes, in no predictable order, so neither fact is branched on: a
/// long name's first eight bytes make its word and `len <= 8` joins the
/// comparison.
#[inline(always)]
pub(super) fn keyword_at(b: &[u8], start: usize, end: usize) -> TokenKind {
    let len = end - start;
    let Some(chunk) = b.get(start..start + 8) else {
        // Within eight bytes of the end of the source.
        return super::keyword(&b[start..end]);
    };
    let mut w = [0u8; 8];
    w.copy_from_slice(chunk);
    // A name is never empty: the shift is at most 56.
    let word = u64::from_le_bytes(w) & (u64::MAX >> (64 - 8 * len.min(8) as u32));
    let s = slot(word);
    let hit = (KEYS[s] == word) & (len <= 8);
    KINDS[2 * s + hit as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_keyword() {
        let mut words: Vec<String> = KEYWORDS.iter().map(|(k, _)| k.to_string()).collect();
        for k in KEYWORDS.iter().map(|(k, _)| *k) {
            words.push(format!("{k}x"));
            words.push(k[..k.len() - 1].to_string());
            words.push(k.to_uppercase());
        }
        words.extend(["match", "case", "_", "x", "self", "print", "continued", "Nonlocal"].map(String::from));
        for w in words.iter().filter(|w| !w.is_empty()) {
            let padded = format!("{w} = 1\n        ");
            assert_eq!(keyword_at(padded.as_bytes(), 0, w.len()), super::super::keyword(w.as_bytes()), "{w}");
            assert_eq!(keyword_at(w.as_bytes(), 0, w.len()), super::super::keyword(w.as_bytes()), "{w} at end");
        }
    }
}
