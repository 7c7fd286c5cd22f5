//! CPython 3.11's `hash()` for the builtin types, bit for bit.
//!
//! Numeric hashes reduce values modulo the Mersenne prime `P = 2**61 - 1`
//! so that `hash(1) == hash(1.0) == hash(1+0j)` and, in general, equal
//! numbers of different types hash alike. `str` and `bytes` go through
//! SipHash-1-3 keyed by a per-process secret (see [`HashSecret`]).
//! Containers combine their items' hashes: tuples with an xxHash-style mix,
//! frozensets with an order-independent xor of shuffled item hashes.
//!
//! Every function returns a value that is never `-1`: CPython reserves `-1`
//! as its C-level error code, so each algorithm maps it to something else.
//!
//! CPython: Python/pyhash.c, Python/bootstrap_hash.c, Objects/longobject.c
//! (long_hash), Objects/complexobject.c (complex_hash),
//! Objects/tupleobject.c (tuplehash), Objects/setobject.c (frozenset_hash).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Number of bits of the numeric-hash modulus.
pub const HASH_BITS: u32 = 61;
/// `P = 2**61 - 1`, the modulus of numeric hashes (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `hash(float('inf'))` (`sys.hash_info.inf`).
pub const HASH_INF: i64 = 314_159;
/// Multiplier of the imaginary part in complex hashes (`sys.hash_info.imag`).
pub const HASH_IMAG: u64 = 1_000_003;

/// The 24-byte `_Py_HashSecret`; SipHash uses its first 16 bytes as the key
/// `k0 || k1`, both little-endian.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct HashSecret {
    pub bytes: [u8; 24],
}

/// The text of CPython's fatal error for a bad `PYTHONHASHSEED`.
pub const HASH_SEED_ERROR: &str = "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]";

impl HashSecret {
    /// The all-zero secret: what `PYTHONHASHSEED=0` selects ("hash
    /// randomization disabled").
    pub const ZERO: HashSecret = HashSecret { bytes: [0; 24] };

    /// The secret for a numeric seed, as CPython's `lcg_urandom` fills it:
    /// seed 0 gives the zero secret, any other seed a linear congruential
    /// sequence (the MSVC `rand()` constants), one byte per step.
    pub fn from_seed(seed: u32) -> HashSecret {
        if seed == 0 {
            return HashSecret::ZERO;
        }
        let mut bytes = [0u8; 24];
        let mut x = seed;
        for b in bytes.iter_mut() {
            x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
            *b = (x >> 16) as u8;
        }
        HashSecret { bytes }
    }

    /// A random secret from the operating system (`/dev/urandom`); if that
    /// cannot be read, a mix of the clock, the process id and an address.
    pub fn random() -> HashSecret {
        use std::io::Read;
        let mut bytes = [0u8; 24];
        if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
            if f.read_exact(&mut bytes).is_ok() {
                return HashSecret { bytes };
            }
        }
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        let local = 0u8;
        let addr = std::ptr::addr_of!(local) as usize as u64;
        let mut state = nanos ^ (u64::from(std::process::id()) << 32) ^ addr.rotate_left(17);
        for chunk in bytes.chunks_mut(8) {
            // splitmix64: spreads the few entropic bits over the whole key.
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            chunk.copy_from_slice(&z.to_le_bytes()[..chunk.len()]);
        }
        HashSecret { bytes }
    }

    /// The secret selected by the value of `PYTHONHASHSEED` (`None` when the
    /// variable is unset). Unset, empty or `"random"` → random; otherwise the
    /// text must be what C's `strtoul(text, &end, 10)` reads whole (leading
    /// whitespace and a sign allowed) with a value in `0..=4294967295`, else
    /// the error is CPython's fatal error message [`HASH_SEED_ERROR`].
    // CPython: Python/initconfig.c, config_init_hash_seed.
    pub fn from_env_value(value: Option<&str>) -> Result<HashSecret, &'static str> {
        match value {
            None | Some("") | Some("random") => Ok(HashSecret::random()),
            Some(text) => parse_seed(text).map(HashSecret::from_seed).ok_or(HASH_SEED_ERROR),
        }
    }

    /// [`HashSecret::from_env_value`] on this process's `PYTHONHASHSEED`.
    pub fn from_env() -> Result<HashSecret, &'static str> {
        let value = std::env::var_os("PYTHONHASHSEED");
        match value {
            None => HashSecret::from_env_value(None),
            Some(v) => HashSecret::from_env_value(Some(v.to_str().ok_or(HASH_SEED_ERROR)?)),
        }
    }

    fn siphash_keys(&self) -> (u64, u64) {
        let mut k0 = [0u8; 8];
        let mut k1 = [0u8; 8];
        k0.copy_from_slice(&self.bytes[..8]);
        k1.copy_from_slice(&self.bytes[8..16]);
        (u64::from_le_bytes(k0), u64::from_le_bytes(k1))
    }
}

/// `strtoul(text, &end, 10)` with `*end == '\0'` required, limited to u32.
fn parse_seed(text: &str) -> Option<u32> {
    let s = text.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Overflow makes strtoul return ULONG_MAX, out of range here too.
    let value = digits.bytes().try_fold(0u64, |acc, b| acc.checked_mul(10)?.checked_add(u64::from(b - b'0')));
    // strtoul negates in unsigned arithmetic: "-0" is 0, "-N" is huge.
    match (negative, value?) {
        (_, 0) => Some(0),
        (true, _) => None,
        (false, v) => u32::try_from(v).ok(),
    }
}

fn sipround(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[2] = v[2].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[1]);
    v[0] = v[0].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].rotate_left(32);
}

/// SipHash-1-3 (one compression round, three finalization rounds) of a
/// byte stream of known total length.
// CPython: Python/pyhash.c, siphash13.
struct SipHasher13 {
    v: [u64; 4],
    tail: u64,
    ntail: u32,
    len: u64,
}

impl SipHasher13 {
    fn new(secret: &HashSecret) -> Self {
        let (k0, k1) = secret.siphash_keys();
        SipHasher13 {
            v: [
                k0 ^ 0x736f_6d65_7073_6575,
                k1 ^ 0x646f_7261_6e64_6f6d,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    fn compress(&mut self, m: u64) {
        self.v[3] ^= m;
        sipround(&mut self.v);
        self.v[0] ^= m;
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.tail |= u64::from(b) << (8 * self.ntail);
        self.ntail += 1;
        self.len += 1;
        if self.ntail == 8 {
            let m = self.tail;
            self.compress(m);
            self.tail = 0;
            self.ntail = 0;
        }
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while self.ntail != 0 && !rest.is_empty() {
            self.write_u8(rest[0]);
            rest = &rest[1..];
        }
        let mut chunks = rest.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.compress(u64::from_le_bytes(word));
            self.len += 8;
        }
        for &b in chunks.remainder() {
            self.write_u8(b);
        }
    }

    fn finish(mut self) -> u64 {
        let b = (self.len << 56) | self.tail;
        self.compress(b);
        self.v[2] ^= 0xff;
        sipround(&mut self.v);
        sipround(&mut self.v);
        sipround(&mut self.v);
        (self.v[0] ^ self.v[1]) ^ (self.v[2] ^ self.v[3])
    }
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(b)` for `bytes` (and the memory of any buffer): 0 when empty.
// CPython: Python/pyhash.c, _Py_HashBytes.
pub fn hash_bytes(secret: &HashSecret, data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new(secret);
    h.write(data);
    fix_minus_one(h.finish() as i64)
}

/// `hash(s)` for a `str` whose code points are all below 256, given one byte
/// per code point (ASCII or Latin-1): PEP 393's 1-byte representation.
pub fn hash_str_latin1(secret: &HashSecret, latin1: &[u8]) -> i64 {
    hash_bytes(secret, latin1)
}

/// `hash(s)` for a `str` given as a slice of code points. CPython hashes the
/// PEP 393 canonical buffer: 1 byte per code point when all are below 256,
/// 2 bytes (little-endian) when all are below 65536, 4 bytes otherwise.
// CPython: Objects/unicodeobject.c, unicode_hash.
pub fn hash_str_chars(secret: &HashSecret, cps: &[u32]) -> i64 {
    hash_str_code_points(secret, cps.iter().copied())
}

/// [`hash_str_chars`] for a Rust `&str`.
pub fn hash_str(secret: &HashSecret, s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(secret, s.as_bytes());
    }
    hash_str_code_points(secret, s.chars().map(u32::from))
}

/// [`hash_str_chars`] over any re-iterable sequence of code points (it is
/// walked twice: once for the widest code point, once to hash).
pub fn hash_str_code_points<I>(secret: &HashSecret, cps: I) -> i64
where
    I: Iterator<Item = u32> + Clone,
{
    let max = cps.clone().max();
    let Some(max) = max else { return 0 };
    let mut h = SipHasher13::new(secret);
    if max < 0x100 {
        for c in cps {
            h.write_u8(c as u8);
        }
    } else if max < 0x10000 {
        for c in cps {
            h.write(&(c as u16).to_le_bytes());
        }
    } else {
        for c in cps {
            h.write(&c.to_le_bytes());
        }
    }
    fix_minus_one(h.finish() as i64)
}

/// `hash(n)` for an `int` that fits in an `i64`: `sign(n) * (|n| mod P)`.
// CPython: Objects/longobject.c, long_hash.
pub fn hash_int(n: i64) -> i64 {
    let m = n.unsigned_abs() % HASH_MODULUS;
    // m < 2**61, so the conversion and negation cannot overflow.
    let h = if n < 0 { -(m as i64) } else { m as i64 };
    fix_minus_one(h)
}

/// `hash(n)` for an arbitrary `int`.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_int(small);
    }
    // Fold base-2**64 digits, most significant first: 2**64 ≡ 2**3 (mod P).
    let mut acc: u128 = 0;
    for &d in n.magnitude().iter_u64_digits().collect::<Vec<_>>().iter().rev() {
        acc = ((acc << 64) | u128::from(d)) % u128::from(HASH_MODULUS);
    }
    let m = acc as i64;
    fix_minus_one(if n.sign() == Sign::Minus { -m } else { m })
}

/// `hash(x)` for a `float`; `None` for a NaN, whose hash CPython 3.10+
/// takes from the object's identity (the caller then uses
/// [`hash_pointer`]). Integral floats hash like the equal `int`; in general
/// `hash(m * 2**e) = m * 2**e mod P`, using `2**61 ≡ 1 (mod P)` to reduce
/// the exponent.
// CPython: Python/pyhash.c, _Py_HashDouble.
pub fn hash_float(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if v == 0.0 {
        return Some(0);
    }
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    // |v| = mant * 2**exp exactly, mant < 2**53.
    let (mant, exp) = if biased == 0 { (frac, -1074) } else { (frac | (1 << 52), biased - 1075) };
    let x = mant % HASH_MODULUS;
    // Multiply by 2**exp mod P: a rotation of the 61-bit value.
    let e = exp.rem_euclid(HASH_BITS as i32) as u32;
    let x = if e == 0 { x } else { ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e)) };
    let h = if v < 0.0 { -(x as i64) } else { x as i64 };
    Some(fix_minus_one(h))
}

/// `hash(complex(re, im))`; `identity_hash` stands in for a NaN part (CPython
/// hashes a NaN part by the complex object's identity).
// CPython: Objects/complexobject.c, complex_hash.
pub fn hash_complex(re: f64, im: f64, identity_hash: i64) -> i64 {
    let hr = hash_float(re).unwrap_or(identity_hash) as u64;
    let hi = hash_float(im).unwrap_or(identity_hash) as u64;
    fix_minus_one(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(t)` for a tuple, from its items' hashes (xxHash's lane mixing,
/// then the length folded in so that `hash(())` keeps its historical value).
// CPython: Objects/tupleobject.c, tuplehash.
pub fn hash_tuple<I: IntoIterator<Item = i64>>(item_hashes: I) -> i64 {
    let mut acc = XXPRIME_5;
    let mut len: u64 = 0;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
        len += 1;
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(fs)` for a frozenset, from its items' hashes (order-independent).
/// CPython xors the shuffled hashes of every table slot and then cancels the
/// empty and dummy slots; only the live items remain, as here.
// CPython: Objects/setobject.c, frozenset_hash.
pub fn hash_frozenset<I: IntoIterator<Item = i64>>(item_hashes: I) -> i64 {
    let mut hash: u64 = 0;
    let mut len: u64 = 0;
    for h in item_hashes {
        hash ^= shuffle_bits(h as u64);
        len += 1;
    }
    hash ^= (len + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}

/// The identity hash of an object at `addr` (`object.__hash__`): the
/// address rotated right by 4 bits, since the low bits of aligned addresses
/// are always zero.
// CPython: Python/pyhash.c, _Py_HashPointer.
pub fn hash_pointer(addr: usize) -> i64 {
    let y = (addr as u64).rotate_right(4);
    fix_minus_one(y as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zero() -> HashSecret {
        HashSecret::ZERO
    }

    #[test]
    fn seeds_from_environment() {
        assert_eq!(HashSecret::from_env_value(Some("0")), Ok(HashSecret::ZERO));
        assert_eq!(HashSecret::from_env_value(Some("-0")), Ok(HashSecret::ZERO));
        assert_eq!(HashSecret::from_env_value(Some(" 5")), Ok(HashSecret::from_seed(5)));
        assert_eq!(HashSecret::from_env_value(Some("+7")), Ok(HashSecret::from_seed(7)));
        assert_eq!(HashSecret::from_env_value(Some("4294967295")), Ok(HashSecret::from_seed(u32::MAX)));
        for bad in ["5x", "-1", "4294967296", " ", "0x10", "99999999999999999999999"] {
            assert_eq!(HashSecret::from_env_value(Some(bad)), Err(HASH_SEED_ERROR), "{bad:?}");
        }
        // Random secrets differ between calls.
        assert_ne!(HashSecret::from_env_value(Some("random")), HashSecret::from_env_value(None));
    }

    #[test]
    fn strings_and_bytes_seed_0() {
        let s = zero();
        // PYTHONHASHSEED=0 python3.11 -c 'print(hash(...))'
        assert_eq!(hash_str(&s, ""), 0);
        assert_eq!(hash_str(&s, "a"), 4644417185603328019);
        assert_eq!(hash_str(&s, "hello world"), -5642461784034726774);
        assert_eq!(hash_str(&s, "caf\u{e9}"), 137524001917817222);
        assert_eq!(hash_str_latin1(&s, b"caf\xe9"), 137524001917817222);
        assert_eq!(hash_str(&s, &"\u{ff}".repeat(9)), -2129700217430894956);
        assert_eq!(hash_str(&s, "\u{20ac} uro"), -3923655949318862083);
        assert_eq!(hash_str(&s, "\u{1f600}x"), -8926728262118538918);
        assert_eq!(hash_str_chars(&s, &[0x1f600, 0x78]), -8926728262118538918);
        assert_eq!(hash_str(&s, "abcdefgh"), 4574395652268504554);
        assert_eq!(hash_str(&s, "abcdefghi"), -532774252720507163);
        assert_eq!(hash_bytes(&s, b""), 0);
        assert_eq!(hash_bytes(&s, b"abc"), -4594863902769663758);
        assert_eq!(hash_bytes(&s, &b"\x00\xff".repeat(5)), -1568401645254435457);
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(hash_bytes(&s, &all), 3579909164457460488);
    }

    #[test]
    fn strings_and_bytes_seed_12345() {
        let s = HashSecret::from_seed(12345);
        // PYTHONHASHSEED=12345 python3.11 -c 'print(hash(...))'
        assert_eq!(hash_str(&s, "a"), -8961251314296359281);
        assert_eq!(hash_str(&s, "hello world"), 3184199782645080147);
        assert_eq!(hash_str(&s, "caf\u{e9}"), 7941446595553291186);
        assert_eq!(hash_str(&s, &"\u{ff}".repeat(9)), 7415980982325912454);
        assert_eq!(hash_str(&s, "\u{20ac} uro"), -7642763270097362831);
        assert_eq!(hash_str(&s, "\u{1f600}x"), -5581016787913457232);
        assert_eq!(hash_str(&s, "abcdefgh"), 1658905534166424097);
        assert_eq!(hash_str(&s, "abcdefghi"), -6258168472765736806);
        assert_eq!(hash_bytes(&s, b"abc"), 2962436275791859092);
        assert_eq!(hash_bytes(&s, &b"\x00\xff".repeat(5)), -6853913623581023615);
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(hash_bytes(&s, &all), 9170667573035945465);
    }

    #[test]
    fn ints() {
        assert_eq!(hash_int(0), 0);
        assert_eq!(hash_int(1), 1);
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(-2), -2);
        assert_eq!(hash_int((1 << 61) - 1), 0); // 2**61-1
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_int(-(1 << 61)), -2);
        assert_eq!(hash_int((1 << 61) - 2), 2305843009213693950);
        assert_eq!(hash_int(12345678901234567), 12345678901234567);
        assert_eq!(hash_int(i64::MIN), -4);
        assert_eq!(hash_int(i64::MAX), 3);
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        assert_eq!(hash_bigint(&big("1000000000000000000000000000000")), 465258685558744706); // 10**30
        assert_eq!(hash_bigint(&big("-1000000000000000000000000000000")), -465258685558744706);
        assert_eq!(hash_bigint(&big("18446744073709551623")), 15); // 2**64+7
        assert_eq!(hash_bigint(&(BigInt::from(1) << 1000u32)), 16777216);
        assert_eq!(hash_bigint(&-(BigInt::from(1) << 61u32)), -2);
        assert_eq!(hash_bigint(&BigInt::from(-5)), -5);
    }

    #[test]
    fn floats_and_complex() {
        assert_eq!(hash_float(0.5), Some(1152921504606846976));
        assert_eq!(hash_float(-0.0), Some(0));
        assert_eq!(hash_float(1e300), Some(1224995262755759164));
        assert_eq!(hash_float(f64::INFINITY), Some(314159));
        assert_eq!(hash_float(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(hash_float(f64::NAN), None);
        assert_eq!(hash_float(1.5), Some(1152921504606846977));
        assert_eq!(hash_float(-2.75), Some(-1729382256910270466));
        assert_eq!(hash_float(1e-300), Some(482449582752280463));
        assert_eq!(hash_float(5e-324), Some(16777216));
        assert_eq!(hash_float(f64::MAX), Some(2234066890152476671));
        assert_eq!(hash_float(std::f64::consts::PI), Some(326490430436040707));
        assert_eq!(hash_float(-1.0), Some(-2));
        assert_eq!(hash_float(12345678901234567.0), Some(hash_int(12345678901234568)));
        assert_eq!(hash_complex(1.0, 2.0, 0), 2000007);
        assert_eq!(hash_complex(0.0, -1.0, 0), -2000006);
        assert_eq!(hash_complex(1.5, f64::INFINITY, 0), 1152921818766789454);
        assert_eq!(hash_complex(-1.0, 0.0, 0), -2);
    }

    #[test]
    fn tuples_and_frozensets() {
        let s = zero();
        assert_eq!(hash_tuple([]), 5740354900026072187); // ()
        assert_eq!(hash_tuple([1]), -6644214454873602895); // (1,)
        assert_eq!(hash_tuple([1, 2]), -3550055125485641917);
        // ("a", 2.5, (True,))
        let inner = hash_tuple([1]);
        let h = hash_tuple([hash_str(&s, "a"), hash_float(2.5).unwrap(), inner]);
        assert_eq!(h, 1533338034898230584);
        assert_eq!(hash_tuple([hash_tuple([]), hash_tuple([])]), 9028247024705308198); // ((),())
        assert_eq!(hash_tuple(0..100), 4479737025582696436); // tuple(range(100))
        assert_eq!(hash_tuple([hash_int(-1)]), 8078679518589016365); // (-1,)
        assert_eq!(hash_frozenset([]), 133146708735736);
        assert_eq!(hash_frozenset([1]), -558064481276695278);
        assert_eq!(hash_frozenset([3, 1, 2]), -272375401224217160);
        assert_eq!(hash_frozenset([hash_int(-1), hash_str(&s, "a")]), 6685111781490449725);
        // frozenset([frozenset(), frozenset([1])])
        assert_eq!(hash_frozenset([hash_frozenset([]), hash_frozenset([1])]), -67101846648477850);
        assert_eq!(hash_frozenset(0..100), 4411996150312757951);
        assert_eq!(hash_frozenset([-2]), 6776983852052281967); // frozenset([-1])
    }

    #[test]
    fn pointers() {
        assert_eq!(hash_pointer(0x7f00_0000_1230), 0x7f0_0000_0123);
        assert_eq!(hash_pointer(0x18), (0x1u64 | (0x8u64 << 60)) as i64);
        assert_eq!(hash_pointer(usize::MAX), -2);
    }
}
