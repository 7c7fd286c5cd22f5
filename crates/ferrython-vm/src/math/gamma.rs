//! `math.gamma` and `math.lgamma`: CPython's own Lanczos approximation
//! (Modules/mathmodule.c, `m_tgamma`/`m_lgamma`), not the C library's, so
//! results match CPython's bit for bit. The parameters (N=13,
//! g=6.024680040776729583740234375) are Boost's; the sum is evaluated as a
//! rational function. For x < 0 the reflection formula applies, with an
//! accurate sin(pi*x) (`sinpi`). The C code's `errno` becomes a
//! [`MathError`]; underflow (a tiny result) is never an error.

// The constants carry CPython's digits, rounded by the compiler as by C's.
#![allow(clippy::excessive_precision)]

use super::MathError;

const PI: f64 = std::f64::consts::PI;
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];

/// The denominator's coefficients: x*(x+1)*...*(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// Lanczos' sum L_g(x) for x > 0; for large x in powers of 1/x, which
/// cannot overflow (CPython's cutoff: 5.0).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi*x) for finite x, exact at integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // sin(pi*(1-y)), not -sin(pi*(y-1)), which gives -0.0 at y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Gamma(n) for n = 1..=23, exactly.
fn gamma_integral(n: usize) -> f64 {
    (1..n).fold(1.0, |acc, k| acc * k as f64)
}

pub fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(MathError::Domain) };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            return Ok(gamma_integral(x as usize));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(MathError::Range) } else { Ok(r) };
    }
    // Beyond 200 the result overflows, or underflows to a signed zero.
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / sinpi(x)) } else { Err(MathError::Range) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, for the correction factor (1 + z).
    let z =
        if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

pub fn lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        // Poles at the non-positive integers; lgamma(1) == lgamma(2) == 0.
        return if x <= 0.0 { Err(MathError::Domain) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}
