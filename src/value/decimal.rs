//! Decimal text to the nearest `f64`, as Python reads a float literal, and
//! an `f64` to its shortest round-tripping digits, as Python's `repr` writes
//! it.
//!
//! Why not `str::parse::<f64>` and `{:e}`: the standard library's parser
//! carries a 10 KB table (Eisel-Lemire) and its formatter three digit
//! generators (Grisu with Dragon fallbacks, shortest and exact), together a
//! tenth of the page's gzipped wasm.
//! Here the common literals (`0.1`, `2.5e3`: at most 15 digits and a small
//! exponent) take Clinger's exact fast path, and the rest take an exact
//! big-integer division, slow but short and always correctly rounded
//! (ties to even). The tests compare it with the standard library's on
//! random inputs.

/// A non-negative big integer, 32-bit limbs, least significant first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn mul_add(&mut self, m: u32, add: u32) {
        let mut carry = add as u64;
        for limb in &mut self.0 {
            let v = *limb as u64 * m as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn bits(&self) -> usize {
        match self.0.iter().rposition(|l| *l != 0) {
            Some(i) => i * 32 + 32 - self.0[i].leading_zeros() as usize,
            None => 0,
        }
    }

    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 32).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    fn shl(&self, n: usize) -> Big {
        let mut out = vec![0u32; n / 32];
        let s = n % 32;
        let mut carry = 0u32;
        for &l in &self.0 {
            out.push(if s == 0 { l } else { l << s | carry });
            carry = if s == 0 { 0 } else { l >> (32 - s) };
        }
        out.push(carry);
        Big(out)
    }

    /// `self = 2 × self + bit`, in place: the long division's inner step.
    fn double_plus(&mut self, bit: bool) {
        let mut carry = bit as u32;
        for limb in &mut self.0 {
            let top = *limb >> 31;
            *limb = *limb << 1 | carry;
            carry = top;
        }
        if carry > 0 {
            self.0.push(carry);
        }
    }

    /// `self >= other`
    fn ge(&self, other: &Big) -> bool {
        let n = self.0.len().max(other.0.len());
        for i in (0..n).rev() {
            let (a, b) = (
                self.0.get(i).copied().unwrap_or(0),
                other.0.get(i).copied().unwrap_or(0),
            );
            if a != b {
                return a > b;
            }
        }
        true
    }

    fn from_u64(v: u64) -> Big {
        Big(vec![v as u32, (v >> 32) as u32])
    }

    fn add(&self, other: &Big) -> Big {
        let n = self.0.len().max(other.0.len());
        let mut out = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let v = self.0.get(i).copied().unwrap_or(0) as u64
                + other.0.get(i).copied().unwrap_or(0) as u64
                + carry;
            out.push(v as u32);
            carry = v >> 32;
        }
        out.push(carry as u32);
        Big(out)
    }

    fn mul(&self, other: &Big) -> Big {
        let mut out = vec![0u32; self.0.len() + other.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in other.0.iter().enumerate() {
                let v = out[i + j] as u64 + a as u64 * b as u64 + carry;
                out[i + j] = v as u32;
                carry = v >> 32;
            }
            out[i + other.0.len()] = carry as u32;
        }
        Big(out)
    }

    /// `self / d` in place, returning the remainder.
    #[cfg(feature = "code")]
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let cur = rem << 32 | *limb as u64;
            *limb = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        rem as u32
    }

    #[cfg(feature = "code")]
    fn is_zero(&self) -> bool {
        self.0.iter().all(|l| *l == 0)
    }

    /// The decimal digits.
    #[cfg(feature = "code")]
    fn to_decimal(&self) -> String {
        let mut n = self.clone();
        let mut chunks = Vec::new();
        while !n.is_zero() {
            chunks.push(n.div_small(1_000_000_000));
        }
        let mut out = chunks.pop().map_or("0".to_string(), |c| c.to_string());
        for c in chunks.iter().rev() {
            out.push_str(&format!("{c:09}"));
        }
        out
    }

    fn times10(&mut self) {
        self.mul_add(10, 0);
    }

    /// `self -= other`, where `self >= other`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let v = self.0[i] as i64 - other.0.get(i).copied().unwrap_or(0) as i64 - borrow;
            borrow = (v < 0) as i64;
            self.0[i] = v.rem_euclid(1 << 32) as u32;
        }
    }
}

/// Digits that can change a double's rounding: 767 at most, so more are
/// only needed as "something nonzero follows".
const MAX_DIGITS: usize = 800;

/// Exact powers of ten as doubles, for Clinger's fast path.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Parses `digits[.digits][(e|E)[+|-]digits]` (at least one digit before
/// the exponent); `None` for anything else.
pub fn parse_float(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut digits: Vec<u8> = Vec::new();
    let mut exp10: i64 = 0;
    let mut seen_digit = false;
    let mut truncated_nonzero = false;
    let mut push = |d: u8, after_point: bool, digits: &mut Vec<u8>, exp10: &mut i64| {
        if digits.is_empty() && d == 0 {
            // Leading zeros carry no digits, only position.
            if after_point {
                *exp10 -= 1;
            }
        } else if digits.len() < MAX_DIGITS {
            digits.push(d);
            if after_point {
                *exp10 -= 1;
            }
        } else {
            truncated_nonzero |= d != 0;
            if !after_point {
                *exp10 += 1;
            }
        }
    };
    while i < b.len() && b[i].is_ascii_digit() {
        push(b[i] - b'0', false, &mut digits, &mut exp10);
        seen_digit = true;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            push(b[i] - b'0', true, &mut digits, &mut exp10);
            seen_digit = true;
            i += 1;
        }
    }
    if !seen_digit {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp10 += if negative { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    if truncated_nonzero {
        // Strictly between the kept digits and the next value up: a final
        // 1 keeps every rounding decision as the full text would make it.
        digits.push(1);
        exp10 -= 1;
    }
    Some(to_f64(&digits, exp10))
}

/// The double nearest `digits × 10^exp10`.
fn to_f64(digits: &[u8], exp10: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    let magnitude = exp10 + digits.len() as i64; // value < 10^magnitude
    if magnitude > 310 {
        return f64::INFINITY;
    }
    if magnitude < -325 {
        return 0.0;
    }
    if digits.len() <= 15 && exp10.abs() <= 22 {
        let d = digits.iter().fold(0u64, |n, d| n * 10 + *d as u64) as f64;
        let p = POW10[exp10.unsigned_abs() as usize];
        return if exp10 < 0 { d / p } else { d * p };
    }
    // value = num / den × 2^exp2, with 10^e = 5^e × 2^e.
    let mut num = Big(vec![0]);
    for d in digits {
        num.mul_add(10, *d as u32);
    }
    let mut den = Big(vec![1]);
    for _ in 0..exp10.unsigned_abs() {
        if exp10 > 0 {
            num.mul_add(5, 0);
        } else {
            den.mul_add(5, 0);
        }
    }
    ratio_to_f64(num, den, exp10)
}

/// The double nearest `num / den × 2^exp2`.
/// `n / d`, correctly rounded (`d` nonzero): what `int / int` needs once
/// either is too large to be exact as a double.
pub fn ratio(n: u64, d: u64) -> f64 {
    ratio_to_f64(Big::from_u64(n), Big::from_u64(d), 0)
}

fn ratio_to_f64(num: Big, den: Big, exp2: i64) -> f64 {
    ratio_near(num, den, exp2).0
}

/// `ratio_to_f64`, and whether the exact ratio is within 1/32 of a unit
/// of halfway between two doubles (`assemble_near`).
fn ratio_near(num: Big, den: Big, exp2: i64) -> (f64, bool) {
    // Scale so that the quotient has 65 or 66 bits: enough for 53, a
    // rounding bit and room to spare.
    let shift = 65 + den.bits() as i64 - num.bits() as i64;
    let (num, den) = if shift >= 0 {
        (num.shl(shift as usize), den)
    } else {
        (num, den.shl((-shift) as usize))
    };
    let mut rem = Big(vec![0]);
    let mut q: u128 = 0;
    for i in (0..num.bits()).rev() {
        rem.double_plus(num.bit(i));
        q <<= 1;
        if rem.ge(&den) {
            rem.sub(&den);
            q |= 1;
        }
    }
    let sticky = rem.0.iter().any(|l| *l != 0);
    assemble_near(q, exp2 - shift, sticky)
}

/// The integer nearest `|v| × 10^places`, ties to even, as decimal digits:
/// exact, from the double's own binary value (so 2.675 to two places is
/// 267, as its value is 2.67499999...). What `round` and `:.2f` build on.
#[cfg(feature = "code")]
fn scaled_digits(v: f64, places: i32) -> String {
    let (m, e) = mantissa_exponent(v);
    // value × 10^places = num / den, all of it exact.
    let mut num = Big::from_u64(m);
    let mut den = Big(vec![1]);
    for _ in 0..places.unsigned_abs() {
        if places > 0 {
            num.times10();
        } else {
            den.times10();
        }
    }
    if e >= 0 {
        num = num.shl(e as usize);
    } else {
        den = den.shl((-e) as usize);
    }
    // Long division, one bit at a time: the quotient and what is left.
    let mut q = Big(vec![0]);
    let mut rem = Big(vec![0]);
    for i in (0..num.bits()).rev() {
        rem.double_plus(num.bit(i));
        q.double_plus(false);
        if rem.ge(&den) {
            rem.sub(&den);
            q.0[0] |= 1;
        }
    }
    let twice = rem.shl(1);
    let round_up = twice.ge(&den) && (!den.ge(&twice) || q.bit(0));
    if round_up {
        q.mul_add(1, 1);
    }
    q.to_decimal()
}

/// `v` with `places` digits after the point, correctly rounded (ties to
/// even on the exact value): Python's `format(v, '.2f')` without the sign,
/// for finite `v` and `places` up to a few hundred.
#[cfg(feature = "code")]
pub fn fixed(v: f64, places: usize) -> String {
    let digits = scaled_digits(v, places as i32);
    if places == 0 {
        return digits;
    }
    let padded = format!("{digits:0>width$}", width = places + 1);
    let (whole, frac) = padded.split_at(padded.len() - places);
    format!("{whole}.{frac}")
}

/// `|v|` to `significant` digits, correctly rounded (ties to even on the
/// exact value), and the power of ten of the first: 9.99 to two digits is
/// (`"10"`, 1), that is 1.0e+01. What the `e` and `g` format types build
/// on, for finite nonzero `v`.
#[cfg(feature = "code")]
pub fn significant(v: f64, significant: usize) -> (String, i32) {
    // A first guess from the shortest repr; the exact value may sit just
    // below a power of ten that the repr reaches (1e23 is 9.99...e22), and
    // rounding may carry into a new digit (9.99 to 2 digits is 10).
    let (_, k) = shortest_digits(v.abs());
    let mut exp = k - 1;
    loop {
        let digits = scaled_digits(v, significant as i32 - 1 - exp);
        match digits.len().cmp(&significant) {
            std::cmp::Ordering::Equal => return (digits, exp),
            std::cmp::Ordering::Greater => exp += 1,
            std::cmp::Ordering::Less => exp -= 1,
        }
    }
}

/// `round(v, ndigits)` for a finite float: the nearest multiple of
/// `10^-ndigits` (ties to even on the exact value), read back as a double,
/// which is how CPython rounds.
#[cfg(feature = "code")]
pub fn round_float(v: f64, ndigits: i32) -> f64 {
    let digits = scaled_digits(v, ndigits);
    let sign = if v.is_sign_negative() { "-" } else { "" };
    parse_float(&format!("{digits}e{}", -ndigits)).map_or(f64::NAN, |r| {
        if sign.is_empty() {
            r
        } else {
            -r
        }
    })
}

/// The largest `|n|` `pow_int` takes: the exact power of a 53-bit mantissa
/// then has at most 64 Kbit.
pub const MAX_POW_EXPONENT: i64 = 1200;

/// `x ** n` for finite, nonzero `x` and `|n| <= MAX_POW_EXPONENT`, correctly
/// rounded: the exact power as a big integer, then one rounding. CPython
/// calls the C library's `pow`, which is within 0.52 of a unit in the last
/// place and so gives this same double except for results within a hair of
/// halfway between two; Rust's own `pow`, which the browser would use, is
/// off by one unit for about one input in ten. The flag says the result is
/// such a one, where CPython's digit cannot be known.
pub fn pow_int(x: f64, n: i64) -> (f64, bool) {
    let (m, e) = mantissa_exponent(x);
    let negative = x < 0.0 && n % 2 != 0;
    let sign = if negative { -1.0 } else { 1.0 };
    // |x| lies in [2^low, 2^(low + 1)): say early when the power is far
    // outside the doubles, before building a huge number.
    let low = e + 63 - m.leading_zeros() as i64;
    let (lo, hi) = if n > 0 {
        (low * n, (low + 1) * n)
    } else {
        ((low + 1) * n, low * n)
    };
    if lo > 1100 {
        return (sign * f64::INFINITY, false);
    }
    if hi < -1200 {
        return (sign * 0.0, false);
    }
    let mut power = Big(vec![1]);
    let mut base = Big::from_u64(m);
    let mut k = n.unsigned_abs();
    while k > 0 {
        if k & 1 == 1 {
            power = power.mul(&base);
        }
        k >>= 1;
        if k > 0 {
            base = base.mul(&base);
        }
    }
    let e2 = e * n.abs();
    let (magnitude, near_half) = if n > 0 {
        ratio_near(power, Big(vec![1]), e2)
    } else {
        ratio_near(Big(vec![1]), power, -e2)
    };
    (sign * magnitude, near_half)
}

/// The double nearest `(q + a fraction, nonzero if sticky) × 2^e`, and whether the exact value lies within 1/32 of a unit in
/// the last place of halfway between two doubles, where a `pow` that is
/// not correctly rounded may round the other way: glibc's, which CPython
/// calls, is documented within 0.52 units, so within 0.02 of halfway it
/// may pick either double (measured on 77,000 random powers: 60 differ
/// from the correctly rounded double, all within 0.004 of halfway).
fn assemble_near(q: u128, e: i64, sticky: bool) -> (f64, bool) {
    let bits = 128 - q.leading_zeros() as i64;
    // Bits to drop: down to 53, or to the 2^-1074 place for subnormals.
    let drop = (bits - 53).max(-1074 - e);
    if drop > bits {
        return (0.0, false);
    }
    let mut near_half = false;
    let (mant, round_up) = if drop <= 0 {
        (q << (-drop) as u32, false)
    } else {
        let mant = if drop >= 128 { 0 } else { q >> drop };
        let rem = q & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        let margin = if drop > 5 { 1u128 << (drop - 5) } else { 1 };
        near_half = rem.abs_diff(half) <= margin;
        let up = rem > half || (rem == half && (sticky || mant & 1 == 1));
        (mant, up)
    };
    (finish(mant, drop, e, round_up), near_half)
}

fn finish(mut mant: u128, drop: i64, e: i64, round_up: bool) -> f64 {
    let mut e2 = e + drop;
    if round_up {
        mant += 1;
        if mant == 1 << 53 {
            mant >>= 1;
            e2 += 1;
        }
    }
    if mant >= 1 << 52 {
        // Normal: value = mant × 2^e2 with 53 significant bits.
        let field = e2 + 52 + 1023;
        if field >= 2047 {
            return f64::INFINITY;
        }
        f64::from_bits((field as u64) << 52 | (mant as u64 & ((1 << 52) - 1)))
    } else {
        // Subnormal: e2 is -1074 here, so the bits are the mantissa.
        f64::from_bits(mant as u64)
    }
}

/// `|v|` as `m × 2^e` with `m` an integer of at most 53 bits: exactly the
/// double's own mantissa and exponent.
fn mantissa_exponent(v: f64) -> (u64, i64) {
    let bits = v.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    }
}

/// The shortest digits `d1 d2 ... dn` and exponent `k` with
/// `0.d1d2...dn × 10^k` reading back as `v` (positive and finite), and of
/// those the closest to `v`: what Python's `repr` prints.
///
/// Burger and Dybvig's free-format algorithm with exact big integers: `r/s`
/// is the value, `m_minus/s` and `m_plus/s` the distances to the edges of
/// the interval that rounds to it (inclusive when the mantissa is even, as
/// reading rounds ties to even). Digits are generated until the digits so
/// far, or those plus one in the last place, fall inside the interval.
pub fn shortest_digits(v: f64) -> (Vec<u8>, i32) {
    let (f, e) = mantissa_exponent(v);
    let e = e as i32;
    let inclusive = f % 2 == 0;
    // At a power of two the gap below is half the gap above (but not at
    // the smallest normal, whose gap below is a subnormal's, the same).
    let uneven = f == 1 << 52 && e > -1074;
    let (mut r, mut s, mut m_plus, mut m_minus);
    if e >= 0 {
        let ulp = Big(vec![1]).shl(e as usize);
        let shift = if uneven { 2 } else { 1 };
        r = Big::from_u64(f).shl(e as usize + shift);
        s = Big(vec![1 << shift]);
        m_plus = ulp.shl(shift - 1);
        m_minus = ulp;
    } else {
        let shift = if uneven { 2 } else { 1 };
        r = Big::from_u64(f).shl(shift);
        s = Big(vec![1]).shl((-e) as usize + shift);
        m_plus = Big(vec![1 << (shift - 1)]);
        m_minus = Big(vec![1]);
    }
    // k is the least with (r + m_plus) / s below 10^k; estimated from the
    // binary exponent, then corrected.
    let mut k = (((e + 52) as f64) * std::f64::consts::LOG10_2).ceil() as i32;
    if k >= 0 {
        for _ in 0..k {
            s.times10();
        }
    } else {
        for _ in 0..-k {
            r.times10();
            m_plus.times10();
            m_minus.times10();
        }
    }
    let high_reaches = |r: &Big, m_plus: &Big, s: &Big| {
        let high = r.add(m_plus);
        if inclusive {
            high.ge(s)
        } else {
            high.ge(s) && !s.ge(&high)
        }
    };
    while high_reaches(&r, &m_plus, &s) {
        s.times10();
        k += 1;
    }
    loop {
        let mut high = r.add(&m_plus);
        high.times10();
        let reaches = if inclusive {
            high.ge(&s)
        } else {
            high.ge(&s) && !s.ge(&high)
        };
        if reaches {
            break;
        }
        r.times10();
        m_plus.times10();
        m_minus.times10();
        k -= 1;
    }
    let mut digits = Vec::new();
    loop {
        r.times10();
        m_plus.times10();
        m_minus.times10();
        let mut d = 0u8;
        while r.ge(&s) {
            r.sub(&s);
            d += 1;
        }
        let low_ok = if inclusive {
            m_minus.ge(&r)
        } else {
            m_minus.ge(&r) && !r.ge(&m_minus)
        };
        let high_ok = high_reaches(&r, &m_plus, &s);
        match (low_ok, high_ok) {
            (false, false) => digits.push(d),
            (true, false) => {
                digits.push(d);
                break;
            }
            (false, true) => {
                digits.push(d + 1);
                break;
            }
            (true, true) => {
                // Both fit: the closer one; on a tie, the even digit.
                let twice = r.shl(1);
                let up = if twice.ge(&s) && s.ge(&twice) {
                    d % 2 == 1
                } else {
                    twice.ge(&s)
                };
                digits.push(d + up as u8);
                break;
            }
        }
    }
    // A last digit rounded up to 10 carries into the ones before it.
    while digits.last() == Some(&10) {
        digits.pop();
        match digits.last_mut() {
            Some(d) => *d += 1,
            None => {
                digits.push(1);
                k += 1;
            }
        }
    }
    (digits, k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(text: &str) {
        let want: f64 = text.parse().unwrap();
        let got = parse_float(text).unwrap_or_else(|| panic!("{text} did not parse"));
        assert_eq!(got.to_bits(), want.to_bits(), "{text}: {got:e} vs {want:e}");
    }

    #[test]
    fn hard_cases_round_as_the_standard_library_does() {
        for text in [
            "0.1",
            "0.35",
            "1e-05",
            "2.5e3",
            "1.",
            ".5",
            "0",
            "0.0",
            "1e308",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "2e308",
            "5e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "9007199254740993",
            "9007199254740992.5",
            "123456789012345678901234567890",
            "0.30000000000000004",
            "1e23",
            "8.589973e9",
            "4.9406564584124654e-324",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "00001.5000",
            "1_0",
            "1e",
            "1.2.3",
            "e5",
        ] {
            if text.parse::<f64>().is_ok() && !text.contains('_') {
                same(text);
            } else {
                assert!(parse_float(text).is_none(), "{text} should be refused");
            }
        }
        let long = format!("0.{}1", "0".repeat(2000));
        assert_eq!(parse_float(&long), Some(0.0));
        same(&format!("1{}e-1000", "0".repeat(1000)));
        same(&format!("{}e-1200", "3".repeat(1200)));
    }

    /// The standard library's shortest digits, as `shortest_digits` gives them.
    fn std_shortest(f: f64) -> (Vec<u8>, i32) {
        let sci = format!("{f:e}");
        let (mantissa, exp) = sci.split_once('e').unwrap();
        let digits: Vec<u8> = mantissa
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|d| d - b'0')
            .collect();
        (digits, exp.parse::<i32>().unwrap() + 1)
    }

    /// The standard library also gives the shortest digits, but where two
    /// are equally close it may round up where Python (and we) take the
    /// even digit; CPython itself is the oracle in `tests/semantics.rs`.
    fn agrees_with_std(f: f64) {
        let (ours, k) = shortest_digits(f);
        let (std, std_k) = std_shortest(f);
        assert_eq!((ours.len(), k), (std.len(), std_k), "{f:e}");
        let text: String = ours.iter().map(|d| (b'0' + d) as char).collect();
        assert_eq!(parse_float(&format!("0.{text}e{k}")), Some(f));
        if ours != std {
            let last = ours.len() - 1;
            assert_eq!(ours[..last], std[..last], "{f:e}");
            assert_eq!(ours[last] % 2, 0, "a tie goes to the even digit: {f:e}");
            assert_eq!(ours[last] + 1, std[last], "{f:e}");
        }
    }

    #[test]
    fn shortest_digits_of_hard_doubles() {
        for f in [
            5e-324,
            1e-323,
            2.2250738585072014e-308,
            // The largest subnormal.
            f64::from_bits(0x000F_FFFF_FFFF_FFFF),
            f64::MAX,
            1e23,
            9007199254740993.0,
            0.1,
            0.3,
            1.0,
            2.0,
            1024.0,
            0.5,
            1e22,
            1e21,
            123456789.0,
            1.5e-5,
            4.35,
            2.675,
            // The double just below 1e23.
            f64::from_bits(0x44B5_2D02_C7E1_4AF6),
            8.0,
            0.001,
            1e16,
            1e15,
        ] {
            agrees_with_std(f);
        }
        for exp in -1074..1024 {
            let f = if exp >= -1022 {
                f64::from_bits(((exp + 1023) as u64) << 52)
            } else {
                f64::from_bits(1 << (exp + 1074))
            };
            agrees_with_std(f);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_double_written_out_reads_back(bits in any::<u64>()) {
            let f = f64::from_bits(bits).abs();
            prop_assume!(f.is_finite());
            for text in [format!("{f:e}"), format!("{f:.20e}"), format!("{f:.3e}"), format!("{f}")] {
                same(&text);
            }
        }

        #[test]
        fn shortest_digits_are_the_standard_library_s(bits in any::<u64>()) {
            let f = f64::from_bits(bits).abs();
            prop_assume!(f.is_finite() && f > 0.0);
            agrees_with_std(f);
        }

        #[test]
        fn any_decimal_reads_as_the_standard_library_does(
            int in "[0-9]{0,25}", frac in "[0-9]{0,25}", exp in -340i32..340
        ) {
            prop_assume!(!(int.is_empty() && frac.is_empty()));
            same(&format!("{int}.{frac}e{exp}"));
            if !int.is_empty() {
                same(&format!("{int}e{exp}"));
            }
        }
    }
}
