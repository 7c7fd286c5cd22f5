//! The Unicode database as `str` methods see it: character properties
//! (`isalpha`, `isdigit`, `isprintable`, ...) and the full case mappings
//! (`lower`, `upper`, `title`, `casefold`, with CPython's final-sigma rule).
//!
//! The data is Python 3.11's own (Unicode 14.0), generated into
//! `unicode_db_tables.rs` by `python3.11 tools/gen_unicode_db.py`; Rust's
//! `char` methods follow a newer Unicode version and a different notion of
//! "alphabetic", so they are not used.
//!
//! CPython: Objects/unicodectype.c (the `_PyUnicode_Is*` predicates and
//! `_PyUnicode_To*Full` mappings), Objects/unicodeobject.c (`do_upper`,
//! `do_lower`, `do_title`, `do_capitalize`, `do_swapcase`,
//! `handle_capital_sigma`).

use crate::unicode_db_tables as t;

pub use t::{
    ALPHA, CASE_IGNORABLE, DECIMAL, DIGIT, ID_CONTINUE, ID_START, LOWER, NUMERIC, PRINTABLE, SPACE, TITLE, UPPER,
};

/// The property flags of a code point (a combination of the constants above).
#[inline]
pub fn flags(cp: u32) -> u16 {
    if let Some(&f) = t::ASCII_FLAGS.get(cp as usize) {
        return f;
    }
    let i = t::FLAG_RUN_STARTS.partition_point(|&s| s <= cp);
    // The first run starts at 0, so `i >= 1`.
    t::FLAG_CLASSES[t::FLAG_RUN_CLASS[i.saturating_sub(1)] as usize]
}

pub fn has(cp: u32, flag: u16) -> bool {
    flags(cp) & flag != 0
}

/// `_PyUnicode_IsCased`: lowercase, uppercase or titlecase.
pub fn is_cased(cp: u32) -> bool {
    has(cp, LOWER | UPPER | TITLE)
}

/// Which case mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Lower,
    Upper,
    Title,
    Fold,
}

/// Single-code-point mapping runs `(first, last, stride, delta)`; stride is 1 or 2.
type Runs = &'static [(u32, u32, u8, i32)];
/// Mappings to several code points.
type Multi = &'static [(u32, &'static str)];

fn tables(case: Case) -> (Runs, Multi) {
    match case {
        Case::Lower => (&t::LOWER_RUNS, &t::LOWER_MULTI),
        Case::Upper => (&t::UPPER_RUNS, &t::UPPER_MULTI),
        Case::Title => (&t::TITLE_RUNS, &t::TITLE_MULTI),
        Case::Fold => (&t::FOLD_RUNS, &t::FOLD_MULTI),
    }
}

/// Appends the full `case` mapping of `c` to `out`.
pub fn push_case(c: char, case: Case, out: &mut String) {
    let cp = c as u32;
    if cp < 0x80 {
        out.push(match case {
            Case::Upper | Case::Title => c.to_ascii_uppercase(),
            Case::Lower | Case::Fold => c.to_ascii_lowercase(),
        });
        return;
    }
    let (runs, multi) = tables(case);
    if let Ok(i) = multi.binary_search_by(|&(k, _)| k.cmp(&cp)) {
        out.push_str(multi[i].1);
        return;
    }
    let i = runs.partition_point(|&(first, _, _, _)| first <= cp);
    if i > 0 {
        let (first, last, stride, delta) = runs[i - 1];
        if cp <= last && (stride == 1 || (cp - first) & 1 == 0) {
            if let Some(m) = char::from_u32(cp.wrapping_add_signed(delta)) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

/// Is the capital sigma at `chars[i]` word-final? (CPython's
/// `handle_capital_sigma`: preceded by a cased letter and not followed by
/// one, case-ignorable characters skipped on both sides.)
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !has(c as u32, CASE_IGNORABLE));
    if !before.is_some_and(|&c| is_cased(c as u32)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !has(c as u32, CASE_IGNORABLE));
    !after.is_some_and(|&c| is_cased(c as u32))
}

/// Lowercase of `chars[i]` within its string (final sigma aware).
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) { '\u{3c2}' } else { '\u{3c3}' });
    } else {
        push_case(c, Case::Lower, out);
    }
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_case(c, Case::Upper, &mut out);
    }
    out
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_case(c, Case::Fold, &mut out);
    }
    out
}

/// `str.swapcase()`: uppercase letters lowered (final sigma aware),
/// lowercase letters uppered.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let cp = chars[i] as u32;
        let f = flags(cp);
        if f & UPPER != 0 {
            push_lower_at(&chars, i, &mut out);
        } else if f & LOWER != 0 {
            push_case(chars[i], Case::Upper, &mut out);
        } else {
            out.push(chars[i]);
        }
    }
    out
}

/// `str.title()`: a character after a cased one is lowered, any other is
/// title-cased.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for i in 0..chars.len() {
        if previous_is_cased {
            push_lower_at(&chars, i, &mut out);
        } else {
            push_case(chars[i], Case::Title, &mut out);
        }
        previous_is_cased = is_cased(chars[i] as u32);
    }
    out
}

/// `str.capitalize()`: the first character title-cased, the rest lowered.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_case(chars[0], Case::Title, &mut out);
        } else {
            push_lower_at(&chars, i, &mut out);
        }
    }
    out
}

/// `str.islower()`: at least one cased character and no uppercase or
/// titlecase one.
pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c as u32);
        if f & (UPPER | TITLE) != 0 {
            return false;
        }
        cased |= f & LOWER != 0;
    }
    cased
}

/// `str.isupper()`.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c as u32);
        if f & (LOWER | TITLE) != 0 {
            return false;
        }
        cased |= f & UPPER != 0;
    }
    cased
}

/// `str.istitle()`: uppercase and titlecase characters only after uncased
/// ones, lowercase only after cased ones, and at least one cased.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        let f = flags(c as u32);
        if f & (UPPER | TITLE) != 0 {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if f & LOWER != 0 {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// Every character of a non-empty `s` has one of the `any_of` flags.
pub fn all_have(s: &str, any_of: u16) -> bool {
    !s.is_empty() && s.chars().all(|c| flags(c as u32) & any_of != 0)
}

/// `str.isidentifier()`: an identifier start (or `_`) then identifier
/// continues.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if has(c as u32, ID_START) => chars.all(|c| has(c as u32, ID_CONTINUE)),
        _ => false,
    }
}

/// `str.isspace()` of one character.
pub fn is_space(c: char) -> bool {
    has(c as u32, SPACE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings() {
        // python3.11 -c "print('ß'.upper(), 'ǆ'.title(), 'ΣΑΣ Σ'.lower(), 'ﬁx'.title(), 'İ'.lower().encode())"
        assert_eq!(upper("ß"), "SS");
        assert_eq!(title("ǆ"), "ǅ");
        assert_eq!(lower("ΣΑΣ Σ"), "σας σ");
        assert_eq!(title("ﬁx"), "Fix");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(casefold("ßẞ"), "ssss");
        assert_eq!(capitalize("ǆabc"), "ǅabc");
        assert_eq!(swapcase("ΑΣ"), "ας");
    }

    #[test]
    fn predicates() {
        // python3.11 -c "print('½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal(), 'Ⅻ'.isalpha())"
        assert!(all_have("½", NUMERIC) && !all_have("½", DIGIT));
        assert!(all_have("²", DIGIT) && !all_have("²", DECIMAL));
        assert!(!all_have("Ⅻ", ALPHA));
        assert!(is_identifier("_x1") && !is_identifier("1x") && is_identifier("été"));
        assert!(is_title("Hello World") && !is_title("HeLLo"));
        assert!(is_space('\u{1c}') && !is_space('\u{200b}'));
    }
}
