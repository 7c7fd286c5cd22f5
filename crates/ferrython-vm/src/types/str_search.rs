//! Substring search for `str` methods (`find`, `partition`, `count`, `in`,
//! `split`, `replace`). Positions are byte offsets; a match of a valid UTF-8
//! needle inside valid UTF-8 text always starts on a character boundary.

use memchr::memmem;

/// First occurrence of `needle` in `hay`.
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => memchr::memchr(*b, hay.as_bytes()),
        n => memmem::find(hay.as_bytes(), n),
    }
}

/// Last occurrence of `needle` in `hay`.
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => memchr::memrchr(*b, hay.as_bytes()),
        n => memmem::rfind(hay.as_bytes(), n),
    }
}

/// Non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &str, needle: &str) -> usize {
    match needle.as_bytes() {
        [b] => memchr::memchr_iter(*b, hay.as_bytes()).count(),
        n => memmem::find_iter(hay.as_bytes(), n).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std() {
        for (h, n) in [("abcabc", "bc"), ("abc", ""), ("", "a"), ("aaaa", "aa"), ("héllo wörld", "ö"), ("x", "xyz")]
        {
            assert_eq!(find(h, n), h.find(n));
            assert_eq!(rfind(h, n), h.rfind(n));
            if !n.is_empty() {
                assert_eq!(count(h, n), h.matches(n).count());
            }
        }
    }
}
