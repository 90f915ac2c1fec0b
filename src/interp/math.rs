//! `math`: the functions of CPython 3.11's `Modules/mathmodule.c` whose
//! results are exact or correctly rounded, so that every machine and every
//! browser prints CPython's digits: square roots, rounding to integers,
//! the integer functions (`gcd`, `factorial`, `comb`...), `prod`,
//! `isclose`, `pow` where `ops::float_power` is exact, and the bit-level
//! ones (`frexp`, `ldexp`, `copysign`, `fmod`, `modf`). Each with
//! CPython's argument errors, and its "math domain error" and "math range
//! error". Part of asyncio's module (feature `asyncio-py`).
//!
//! Not here, and refused by name before a run (`C_LIBRARY`): the functions
//! whose last digit comes from the C library's approximations (`exp`,
//! `log`, `sin`...), which differ between C libraries and which the
//! browser lacks; and those CPython computes with algorithms of its own
//! (`fsum`, `hypot`, `dist`), not modelled yet.

use super::builtins::{type_error, Kwargs};
use crate::error::{Raise, RunError};
use crate::program::BinOp;
use crate::value::iter::Iter;
use crate::value::{ops, ExcKind, Exception, Value};

/// A function of `math` the engine runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathFn {
    Ceil,
    Comb,
    Copysign,
    Degrees,
    Fabs,
    Factorial,
    Floor,
    Fmod,
    Frexp,
    Gcd,
    Isclose,
    Isfinite,
    Isinf,
    Isnan,
    Isqrt,
    Lcm,
    Ldexp,
    Modf,
    Perm,
    Pow,
    Prod,
    Radians,
    Sqrt,
    Trunc,
}

/// The one table of `math`'s modelled functions, by name.
pub const FUNCTIONS: [(&str, MathFn); 24] = [
    ("ceil", MathFn::Ceil),
    ("comb", MathFn::Comb),
    ("copysign", MathFn::Copysign),
    ("degrees", MathFn::Degrees),
    ("fabs", MathFn::Fabs),
    ("factorial", MathFn::Factorial),
    ("floor", MathFn::Floor),
    ("fmod", MathFn::Fmod),
    ("frexp", MathFn::Frexp),
    ("gcd", MathFn::Gcd),
    ("isclose", MathFn::Isclose),
    ("isfinite", MathFn::Isfinite),
    ("isinf", MathFn::Isinf),
    ("isnan", MathFn::Isnan),
    ("isqrt", MathFn::Isqrt),
    ("lcm", MathFn::Lcm),
    ("ldexp", MathFn::Ldexp),
    ("modf", MathFn::Modf),
    ("perm", MathFn::Perm),
    ("pow", MathFn::Pow),
    ("prod", MathFn::Prod),
    ("radians", MathFn::Radians),
    ("sqrt", MathFn::Sqrt),
    ("trunc", MathFn::Trunc),
];

/// `math`'s constants.
pub const CONSTANTS: [(&str, f64); 5] = [
    ("e", std::f64::consts::E),
    ("inf", f64::INFINITY),
    ("nan", f64::NAN),
    ("pi", std::f64::consts::PI),
    ("tau", std::f64::consts::TAU),
];

/// The functions whose result is the C library's approximation: refused,
/// with why (`closed_world::unmodelled_module_attr`).
pub const C_LIBRARY: [&str; 25] = [
    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "cos", "cosh", "erf",
    "erfc", "exp", "exp2", "expm1", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin",
    "sinh", "tan", "tanh",
];

impl MathFn {
    pub fn by_name(name: &str) -> Option<MathFn> {
        FUNCTIONS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
    }

    pub fn name(self) -> &'static str {
        FUNCTIONS
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("?", |(n, _)| n)
    }
}

/// The refusal for `math.name`, one of `C_LIBRARY`.
pub fn c_library_refusal(name: &str) -> String {
    format!(
        "`math.{name}` is not supported: CPython's result is the C library's approximation, whose last digit differs between machines, and the browser has no C library. Interleave models math's exact functions: {}",
        FUNCTIONS.map(|(n, _)| n).join(", ")
    )
}

fn domain_error() -> Raise {
    Raise::Exc(Exception::new(ExcKind::ValueError, "math domain error"))
}

fn range_error() -> Raise {
    Raise::Exc(Exception::new(ExcKind::OverflowError, "math range error"))
}

fn value_error(message: &str) -> Raise {
    Raise::Exc(Exception::new(ExcKind::ValueError, message))
}

/// An integer result beyond the engine's 64 bits: a limit, never wrapped.
fn too_big(name: &str) -> Raise {
    RunError::limit(format!(
        "the result of math.{name}() does not fit in 64 bits; Python's integers are unbounded but Interleave's stop at ±9223372036854775807. Use smaller numbers"
    ))
}

/// `PyFloat_AsDouble`: an int, a bool or a float, as a double.
fn real(v: &Value) -> Result<f64, Raise> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        other => Err(type_error(format!(
            "must be real number, not {}",
            other.cpython_type_name()
        ))),
    }
}

/// `PyNumber_Index`.
fn index(v: &Value) -> Result<i64, Raise> {
    super::builtins::as_index(v)
}

/// `PyLong_FromDouble` of an integral double.
fn int_of(name: &str, f: f64) -> Result<Value, Raise> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(Raise::Exc(Exception::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        )));
    }
    if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&f) {
        return Err(too_big(name));
    }
    Ok(Value::Int(f as i64))
}

/// What one-argument (`METH_O`) and fixed-arity (`_PyArg_CheckPositional`)
/// functions say of a wrong count, after "takes no keyword arguments".
fn check_arity(
    f: MathFn,
    args: &[Value],
    kwargs: &Kwargs,
    least: usize,
    most: usize,
) -> Result<(), Raise> {
    let name = f.name();
    if !kwargs.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    let n = args.len();
    if least == 1 && most == 1 {
        if n != 1 {
            return Err(type_error(format!(
                "math.{name}() takes exactly one argument ({n} given)"
            )));
        }
    } else {
        super::builtins::check_positional(name, n, least, most)?;
    }
    Ok(())
}

/// `math.name(*args, **kwargs)`.
pub(crate) fn call(
    rt: &std::rc::Rc<crate::engine::Runtime>,
    f: MathFn,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    use MathFn::*;
    match f {
        Gcd | Lcm => {
            check_arity(f, &args, &kwargs, 0, usize::MAX)?;
            gcd_lcm(f, &args)
        }
        Isclose => isclose(args, kwargs),
        Prod => prod(rt, args, kwargs),
        Copysign | Fmod | Pow | Ldexp | Comb => {
            check_arity(f, &args, &kwargs, 2, 2)?;
            two(f, &args[0], &args[1])
        }
        Perm => {
            check_arity(f, &args, &kwargs, 1, 2)?;
            match args.get(1).filter(|k| !matches!(k, Value::None)) {
                None => factorial(index(&args[0])?),
                Some(k) => comb_perm(f, &args[0], k),
            }
        }
        _ => {
            check_arity(f, &args, &kwargs, 1, 1)?;
            one(f, &args[0])
        }
    }
}

fn one(f: MathFn, x: &Value) -> Result<Value, Raise> {
    use MathFn::*;
    let float = |v: f64| Ok(Value::Float(v));
    match f {
        // An int's `__floor__`, `__ceil__` and `__trunc__` are itself.
        Floor | Ceil | Trunc if matches!(x, Value::Int(_) | Value::Bool(_)) => {
            Ok(Value::Int(index(x)?))
        }
        Trunc if !matches!(x, Value::Float(_)) => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            x.cpython_type_name()
        ))),
        Floor => int_of("floor", real(x)?.floor()),
        Ceil => int_of("ceil", real(x)?.ceil()),
        Trunc => int_of("trunc", real(x)?.trunc()),
        Sqrt => {
            let x = real(x)?;
            if x < 0.0 {
                return Err(domain_error());
            }
            float(x.sqrt())
        }
        Fabs => float(real(x)?.abs()),
        Isfinite => Ok(Value::Bool(real(x)?.is_finite())),
        Isinf => Ok(Value::Bool(real(x)?.is_infinite())),
        Isnan => Ok(Value::Bool(real(x)?.is_nan())),
        // CPython's constants: `180.0 / Py_MATH_PI` and its inverse.
        Degrees => float(real(x)? * (180.0 / std::f64::consts::PI)),
        Radians => float(real(x)? * (std::f64::consts::PI / 180.0)),
        Modf => {
            let x = real(x)?;
            let (frac, whole) = if x.is_infinite() {
                (0.0f64.copysign(x), x)
            } else {
                let whole = x.trunc();
                // C's `modf`: the fraction keeps the sign (`-3` gives -0.0).
                ((x - whole).copysign(x), whole)
            };
            Ok(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
        }
        Frexp => {
            let (m, e) = frexp(real(x)?);
            Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
        }
        Isqrt => {
            let n = index(x)?;
            if n < 0 {
                return Err(value_error("isqrt() argument must be nonnegative"));
            }
            Ok(Value::Int(isqrt(n as u64) as i64))
        }
        Factorial => factorial(index(x)?),
        _ => unreachable!("{f:?} takes more than one argument"),
    }
}

fn two(f: MathFn, a: &Value, b: &Value) -> Result<Value, Raise> {
    use MathFn::*;
    match f {
        Comb => comb_perm(f, a, b),
        Copysign => Ok(Value::Float(real(a)?.copysign(real(b)?))),
        Fmod => {
            let (x, y) = (real(a)?, real(b)?);
            if y.is_infinite() && x.is_finite() {
                return Ok(Value::Float(x));
            }
            // Rust's `%` on doubles is C's `fmod`, which is exact.
            let r = x % y;
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return Err(domain_error());
            }
            Ok(Value::Float(r))
        }
        Ldexp => {
            let x = real(a)?;
            let (Value::Int(_) | Value::Bool(_)) = b else {
                return Err(type_error(
                    "Expected an int as second argument to ldexp.".into(),
                ));
            };
            let n = index(b)?;
            if x == 0.0 || !x.is_finite() {
                return Ok(Value::Float(x));
            }
            let r = scale(x, n.clamp(-4000, 4000));
            if r.is_infinite() {
                return Err(range_error());
            }
            Ok(Value::Float(r))
        }
        Pow => pow(real(a)?, real(b)?).map(Value::Float),
        _ => unreachable!("{f:?} takes other than two arguments"),
    }
}

/// `math.pow(x, y)`: CPython's special cases for infinities and NaNs,
/// then `ops::float_power` (exact, or refused) where CPython asks the C
/// library's `pow`, with its domain and range errors.
fn pow(x: f64, y: f64) -> Result<f64, Raise> {
    if !x.is_finite() || !y.is_finite() {
        let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    // What the C library's `pow` would answer with NaN or an infinity.
    if (x == 0.0 && y < 0.0) || (x < 0.0 && y.fract() != 0.0) {
        return Err(domain_error());
    }
    let r = ops::float_power(x, y)?;
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `x * 2**n`, rounded once (C's `scalbn`): the scale is applied in
/// steps that stay within the doubles' range, and only the last one can
/// round, into the subnormals.
fn scale(mut x: f64, mut n: i64) -> f64 {
    let two_to = |e: i64| f64::from_bits(((0x3ff + e) as u64) << 52);
    if n > 1023 {
        x *= two_to(1023);
        n -= 1023;
        if n > 1023 {
            x *= two_to(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Down to the smallest normal times 2**53, which loses nothing.
        x *= two_to(-1022) * two_to(53);
        n += 1022 - 53;
        if n < -1022 {
            x *= two_to(-1022) * two_to(53);
            n = (n + 1022 - 53).max(-1022);
        }
    }
    x * two_to(n)
}

/// C's `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1`; zeros, infinities
/// and NaNs as they are, with 0.
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // A subnormal is first made normal.
    let (x, shift) = if x.abs() < f64::MIN_POSITIVE {
        (x * f64::from_bits((0x3ff + 64) << 52), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e + shift)
}

/// The integer square root: the largest `r` with `r * r <= n`.
fn isqrt(n: u64) -> u64 {
    // The double's root is within one of the answer for every u64.
    let mut r = (n as f64).sqrt() as u64;
    while r.checked_mul(r).is_none_or(|sq| sq > n) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= n) {
        r += 1;
    }
    r
}

fn factorial(n: i64) -> Result<Value, Raise> {
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    (1..=n)
        .try_fold(1i64, |acc, k| acc.checked_mul(k))
        .map(Value::Int)
        .ok_or_else(|| too_big("factorial"))
}

/// `comb(n, k)` and `perm(n, k)`.
fn comb_perm(f: MathFn, n: &Value, k: &Value) -> Result<Value, Raise> {
    let (n, k) = (index(n)?, index(k)?);
    if n < 0 {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = if f == MathFn::Comb { k.min(n - k) } else { k };
    // Each partial product of `comb` is itself a binomial coefficient, so
    // it divides exactly; 128 bits hold what a 64-bit result passes through.
    let mut acc: u128 = 1;
    for i in 0..k as u128 {
        acc *= n as u128 - i;
        if f == MathFn::Comb {
            acc /= i + 1;
        }
        if acc > i64::MAX as u128 {
            return Err(too_big(f.name()));
        }
    }
    Ok(Value::Int(acc as i64))
}

fn gcd_lcm(f: MathFn, args: &[Value]) -> Result<Value, Raise> {
    let mut acc: Option<u64> = None;
    for arg in args {
        let n = index(arg)?.unsigned_abs();
        acc = Some(match (acc, f) {
            (None, _) => n,
            (Some(a), MathFn::Gcd) => gcd(a, n),
            (Some(a), _) if a == 0 || n == 0 => 0,
            (Some(a), _) => (a / gcd(a, n))
                .checked_mul(n)
                .ok_or_else(|| too_big("lcm"))?,
        });
    }
    let result = acc.unwrap_or(if f == MathFn::Gcd { 0 } else { 1 });
    i64::try_from(result)
        .map(Value::Int)
        .map_err(|_| too_big(f.name()))
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Argument Clinic's first check (`_PyArg_UnpackKeywords`): more
/// arguments in all than the function has parameters.
fn too_many(name: &str, args: &[Value], kwargs: &Kwargs, params: usize) -> Result<(), Raise> {
    let given = args.len() + kwargs.len();
    if given <= params {
        return Ok(());
    }
    let kind = if args.is_empty() { "keyword " } else { "" };
    Err(type_error(format!(
        "{name}() takes at most {params} {kind}arguments ({given} given)"
    )))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`, parsed as Argument
/// Clinic parses it.
fn isclose(args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    const PARAMS: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    too_many("isclose", &args, &kwargs, PARAMS.len())?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    // `_PyArg_UnpackKeywords`: each parameter not given by position from
    // the keywords, a required one missing said first; then any keyword
    // left over; only then are the values converted.
    let given = args.len();
    let mut values: [Option<Value>; 4] = [args.first().cloned(), args.get(1).cloned(), None, None];
    let mut kwargs = kwargs;
    for (at, param) in PARAMS.iter().enumerate().skip(given) {
        if let Some(k) = kwargs.iter().position(|(name, _)| **name == **param) {
            values[at] = Some(kwargs.remove(k).1);
        } else if at < 2 {
            return Err(type_error(format!(
                "isclose() missing required argument '{param}' (pos {})",
                at + 1
            )));
        }
    }
    if let Some((name, _)) = kwargs.first() {
        return Err(type_error(
            match PARAMS.iter().position(|p| **p == **name) {
                Some(at) => format!(
                    "argument for isclose() given by name ('{name}') and position ({})",
                    at + 1
                ),
                None => format!("'{name}' is an invalid keyword argument for isclose()"),
            },
        ));
    }
    let mut reals = [0.0, 0.0, 1e-9, 0.0];
    for (real_at, v) in reals.iter_mut().zip(&values) {
        if let Some(v) = v {
            *real_at = real(v)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = reals;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// `prod(iterable, /, *, start=1)`: `start` times each item in turn, as
/// `*` multiplies them.
fn prod(
    rt: &std::rc::Rc<crate::engine::Runtime>,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    too_many("prod", &args, &kwargs, 2)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut start = Value::Int(1);
    for (name, v) in kwargs {
        if &*name != "start" {
            return Err(type_error(format!(
                "'{name}' is an invalid keyword argument for prod()"
            )));
        }
        start = v;
    }
    let mut items = Iter::new(args.pop().expect("length checked"))?;
    let mut total = start;
    while let Some(item) = items.step()? {
        rt.count_step()?;
        total = ops::binop(BinOp::Mul, &total, &item)?;
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_rounds_once_into_the_subnormals() {
        // CPython's `math.ldexp` on this machine.
        assert_eq!(scale(1.5, -1074), 1e-323);
        assert_eq!(scale(1.0, -1075), 0.0);
        assert_eq!(scale(3.0, -1076), 5e-324);
        assert_eq!(scale(1.0, 1023), 8.98846567431158e307);
        assert!(scale(0.75, 1025).is_infinite());
        assert_eq!(scale(-1.0, -4000), -0.0);
    }

    #[test]
    fn frexp_normalises_subnormals() {
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(2.2250738585072014e-308), (0.5, -1021));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(1000.0), (0.9765625, 10));
    }

    #[test]
    fn isqrt_is_exact_at_the_top_of_the_range() {
        assert_eq!(isqrt(i64::MAX as u64), 3_037_000_499);
        assert_eq!(isqrt(1_000_000_000_000_000_000), 1_000_000_000);
        assert_eq!(isqrt(15), 3);
        assert_eq!(isqrt(16), 4);
        assert_eq!(isqrt(0), 0);
    }
}
