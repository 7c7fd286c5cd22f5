//! Exactly rounded sums: `math.fsum` (Shewchuk's algorithm, as CPython's
//! `math_fsum`) and the vector norm behind `math.hypot` and `math.dist`
//! (CPython 3.11's `vector_norm`). Pure float code; the callers convert the
//! Python values.

/// A running `fsum`: partial sums that are non-overlapping, increasing in
/// magnitude and add up exactly to the sum of the finite items, plus the
/// sums of the special (infinite or NaN) items.
#[derive(Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

/// Why `fsum` fails, with CPython's messages.
pub enum FsumError {
    /// OverflowError.
    Overflow,
    /// ValueError.
    InfMinusInf,
}

impl FsumError {
    pub fn message(&self) -> &'static str {
        match self {
            FsumError::Overflow => "intermediate overflow in fsum",
            FsumError::InfMinusInf => "-inf + inf in fsum",
        }
    }
}

impl Fsum {
    pub fn add(&mut self, item: f64) -> Result<(), FsumError> {
        let mut x = item;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan item, or else an overflow of the sum.
                if item.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if item.is_infinite() {
                    self.inf_sum += item;
                }
                self.special_sum += item;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded (half even) sum.
    pub fn total(&self) -> Result<f64, FsumError> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(FsumError::InfMinusInf);
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add from the top until the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: when the rest below `lo` has
        // its sign, `lo` is not an exact half and the sum rounds away.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// sqrt(sum(x*x for x in vec)) for non-negative `vec` whose largest item
/// is `max`, almost always correctly rounded: a power-of-two scaling,
/// Veltkamp-Dekker squaring into hi/lo parts, a compensated sum started at
/// 1.0 (so that it always dominates the addends), and a differential
/// correction of the square root.
pub fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    // 2**27 + 1, the Veltkamp splitter for doubles.
    const T27: f64 = 134_217_729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let accumulate = |x: f64, frac: &mut f64, csum: &mut f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    let max_e = super::libm::frexp(max).1;
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead.
        for &v in vec {
            let x = v / max;
            accumulate(x * x, &mut frac1, &mut csum);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = super::libm::ldexp(1.0, -max_e);
    for &v in vec {
        let (hi, lo) = split(v * scale);
        accumulate(hi * hi, &mut frac1, &mut csum);
        accumulate(2.0 * hi * lo, &mut frac2, &mut csum);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    accumulate(-hi * hi, &mut frac1, &mut csum);
    accumulate(-2.0 * hi * lo, &mut frac2, &mut csum);
    accumulate(-lo * lo, &mut frac3, &mut csum);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}
