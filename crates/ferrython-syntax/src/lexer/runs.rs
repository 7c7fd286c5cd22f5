//! Lengths of byte runs the lexer skips over, 16 bytes at a time.
//!
//! A byte-at-a-time loop leaves through a branch whose outcome depends on
//! the run's length, which varies from token to token: callgrind's branch
//! simulation on the 3.0 MB sample counted 218 K mispredictions in the
//! identifier loop and 217 K in the loop skipping the blanks between
//! tokens (of ~2.5 M for the whole parse). With SSE2 (part of x86-64) a
//! run shorter than 16 bytes is measured with one compare, a mask and a
//! count of trailing bits, and no branch on its length. Runs reaching the
//! last 16 bytes of the source, or longer than 16, finish in the scalar
//! loop; other targets use it throughout.

/// The number of ASCII identifier bytes (`[A-Za-z0-9_]`) at `b[p..]`.
#[inline(always)]
pub(super) fn ident_len(b: &[u8], p: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    if let Some(chunk) = b.get(p..p + 16) {
        // SAFETY: SSE2 is part of the x86-64 baseline; `chunk` is 16
        // readable bytes and `_mm_loadu_si128` accepts any alignment.
        let n = unsafe { sse2::ident_prefix(chunk.as_ptr()) };
        if n < 16 {
            return n;
        }
    }
    scalar_len(b, p, |c| super::ASCII_IDENT_BYTE[c as usize])
}

/// The number of spaces at `b[p..]`: eight bytes read as one word, whose
/// first byte that is not a space ends the run. Tabs and form feeds stop
/// it too; `Lexer::scan` sends them to `blank_len_scalar`.
#[inline(always)]
pub(super) fn space_len(b: &[u8], p: usize) -> usize {
    if let Some(chunk) = b.get(p..p + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let other = u64::from_le_bytes(w) ^ 0x2020_2020_2020_2020;
        if other != 0 {
            return (other.trailing_zeros() / 8) as usize;
        }
    }
    scalar_len(b, p, |c| c == b' ')
}

/// The number of spaces at `b[p..]` where a line's indentation starts: 32
/// bytes compared at once, as indentation is often 8 to 24 spaces (the
/// `space_len` word covers the few spaces between tokens).
#[inline(always)]
pub(super) fn indent_spaces(b: &[u8], p: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    if let Some(chunk) = b.get(p..p + 32) {
        // SAFETY: SSE2 is part of the x86-64 baseline; `chunk` is 32
        // readable bytes and `_mm_loadu_si128` accepts any alignment.
        let n = unsafe { sse2::space_prefix32(chunk.as_ptr()) };
        if n < 32 {
            return n;
        }
    }
    scalar_len(b, p, |c| c == b' ')
}

/// The number of blanks (space, tab, form feed) at `b[p..]`.
pub(super) fn blank_len_scalar(b: &[u8], p: usize) -> usize {
    scalar_len(b, p, |c| matches!(c, b' ' | b'\t' | 0x0c))
}

#[inline(always)]
fn scalar_len(b: &[u8], p: usize, accept: impl Fn(u8) -> bool) -> usize {
    let mut q = p;
    while q < b.len() && accept(b[q]) {
        q += 1;
    }
    q - p
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// Index of the first byte of the 16 at `ptr` that is not `[A-Za-z0-9_]`
    /// (16 if there is none).
    ///
    /// # Safety
    /// `ptr` must point to 16 readable bytes.
    #[inline(always)]
    pub(super) unsafe fn ident_prefix(ptr: *const u8) -> usize {
        let x = _mm_loadu_si128(ptr as *const __m128i);
        // Signed compares: bytes >= 0x80 are negative and fall outside
        // every range. `| 0x20` folds A-Z onto a-z and moves no other byte
        // into a-z.
        let lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
        let alpha = _mm_and_si128(
            _mm_cmpgt_epi8(lower, _mm_set1_epi8(b'a' as i8 - 1)),
            _mm_cmplt_epi8(lower, _mm_set1_epi8(b'z' as i8 + 1)),
        );
        let digit = _mm_and_si128(
            _mm_cmpgt_epi8(x, _mm_set1_epi8(b'0' as i8 - 1)),
            _mm_cmplt_epi8(x, _mm_set1_epi8(b'9' as i8 + 1)),
        );
        let under = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'_' as i8));
        let ident = _mm_or_si128(_mm_or_si128(alpha, digit), under);
        let mask = _mm_movemask_epi8(ident) as u32;
        (!mask).trailing_zeros().min(16) as usize
    }

    /// Index of the first byte of the 32 at `ptr` that is not a space (32
    /// if there is none).
    ///
    /// # Safety
    /// `ptr` must point to 32 readable bytes.
    #[inline(always)]
    pub(super) unsafe fn space_prefix32(ptr: *const u8) -> usize {
        let space = _mm_set1_epi8(b' ' as i8);
        let lo = _mm_cmpeq_epi8(_mm_loadu_si128(ptr as *const __m128i), space);
        let hi = _mm_cmpeq_epi8(_mm_loadu_si128(ptr.add(16) as *const __m128i), space);
        let mask = (_mm_movemask_epi8(lo) as u32) | ((_mm_movemask_epi8(hi) as u32) << 16);
        (!mask).trailing_zeros() as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ident_scalar(b: &[u8], p: usize) -> usize {
        scalar_len(b, p, |c| c.is_ascii_alphanumeric() || c == b'_')
    }

    #[test]
    fn agree_with_scalar_loops() {
        // Every byte value after runs of every length up to 20, at the
        // start, middle and end of a buffer.
        for len in 0..40 {
            for stop in 0..=255u8 {
                for (fill, tail) in [(b'a', 0usize), (b'Z', 3), (b'_', 20), (b'7', 40)] {
                    let mut v = vec![fill; len];
                    v.push(stop);
                    v.resize(v.len() + tail, b'x');
                    assert_eq!(ident_len(&v, 0), ident_scalar(&v, 0), "{v:?}");
                }
                for tail in [0usize, 7, 20] {
                    let mut v = vec![b' '; len];
                    v.push(stop);
                    v.resize(v.len() + tail, b' ');
                    v.push(b'y');
                    let want = scalar_len(&v, 0, |c| c == b' ');
                    assert_eq!(space_len(&v, 0), want, "{v:?}");
                    assert_eq!(indent_spaces(&v, 0), want, "{v:?}");
                }
            }
        }
        let mixed = b"  \t\x0c  ab_9Q\xc3\xa9 x";
        for p in 0..mixed.len() {
            assert_eq!(ident_len(mixed, p), ident_scalar(mixed, p));
            assert_eq!(space_len(mixed, p), scalar_len(mixed, p, |c| c == b' '));
            assert_eq!(indent_spaces(mixed, p), scalar_len(mixed, p, |c| c == b' '));
        }
    }
}
