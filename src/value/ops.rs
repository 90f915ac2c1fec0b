//! Operators with CPython's results and CPython's errors: floor division and
//! modulo that round toward negative infinity, `bool` counting as `int`,
//! sequence repetition, and the exact `TypeError`/`ZeroDivisionError` texts.

use super::{ExcKind, Exception, Value};
use crate::collect::CollectVec;
use crate::error::{Raise, RunError};
use crate::program::{BinOp, CmpOp, UnaryOp};
use std::rc::Rc;

/// The longest string or list an operator may build; CPython would run out
/// of memory long before a learner's program means to.
pub const MAX_SEQUENCE_LEN: usize = 10_000_000;

pub(crate) fn type_error(msg: String) -> Raise {
    Raise::Exc(Exception::new(ExcKind::TypeError, msg))
}

pub(crate) fn value_error(msg: String) -> Raise {
    Raise::Exc(Exception::new(ExcKind::ValueError, msg))
}

fn zero_division(msg: &str) -> Raise {
    Raise::Exc(Exception::new(ExcKind::ZeroDivisionError, msg))
}

fn int_overflow(op: &str) -> Raise {
    RunError::limit(format!(
        "the result of {op} does not fit in 64 bits; Python's integers are unbounded but Interleave's stop at ±9223372036854775807. Use smaller numbers"
    ))
}

/// A number as the operators see it: bools are ints.
#[derive(Clone, Copy)]
enum Num {
    Int(i64),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

/// `x <=> y` exactly, as CPython compares an int with a float (never by
/// converting the int to a float, which would round
/// `9007199254740993` to `9007199254740992.0`); `None` when NaN is
/// involved.
fn num_cmp(x: &Num, y: &Num) -> Option<std::cmp::Ordering> {
    match (x, y) {
        (Num::Int(i), Num::Int(j)) => Some(i.cmp(j)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Int(i), Num::Float(f)) => int_float_cmp(*i, *f),
        (Num::Float(f), Num::Int(i)) => int_float_cmp(*i, *f).map(std::cmp::Ordering::reverse),
    }
}

/// `i <=> f`, exactly.
fn int_float_cmp(i: i64, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if f.is_nan() {
        return None;
    }
    if f >= TWO_63 {
        return Some(Less);
    }
    if f < -TWO_63 {
        return Some(Greater);
    }
    // |whole| < 2**63: the conversion is exact.
    let whole = f.trunc();
    Some(i.cmp(&(whole as i64)).then_with(|| {
        let fraction = f - whole;
        if fraction > 0.0 {
            Less
        } else if fraction < 0.0 {
            Greater
        } else {
            Equal
        }
    }))
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`
/// rounds it (converting each to a float first would round twice:
/// `9007199254740993 / 3` must be `3002399751580331.0`).
fn int_true_divide(a: i64, b: i64) -> f64 {
    // Both exact as doubles: one IEEE division is correctly rounded.
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT || a == 0 {
        return a as f64 / b as f64;
    }
    let magnitude = super::decimal::ratio(a.unsigned_abs(), b.unsigned_abs());
    if (a < 0) != (b < 0) {
        -magnitude
    } else {
        magnitude
    }
}

fn as_float(n: &Num) -> f64 {
    match n {
        Num::Int(i) => *i as f64,
        Num::Float(f) => *f,
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_))
}

/// How CPython's "unsupported operand" message names an operator: `**`
/// is also `pow()`.
fn operator_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Pow => "** or pow()",
        other => other.symbol(),
    }
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> Raise {
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        operator_name(op),
        a.cpython_type_name(),
        b.cpython_type_name()
    ))
}

/// `a op= b` for values with no in-place form of their own: `a op b`,
/// except that CPython's message names the operator as written (`for +=:`).
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> Result<Value, Raise> {
    binop(op, a, b).map_err(|e| match e {
        Raise::Exc(exc) if exc.kind == ExcKind::TypeError => {
            let prefix = format!("unsupported operand type(s) for {}: ", operator_name(op));
            match exc.to_str().strip_prefix(&prefix) {
                Some(types) => type_error(format!(
                    "unsupported operand type(s) for {}=: {types}",
                    op.symbol()
                )),
                None => Raise::Exc(exc),
            }
        }
        other => other,
    })
}

/// Why `d.keys() - other` (or `|`, `&`, `^`) is refused when the other
/// is a dict (`view_set_operation`).
#[cfg(feature = "asyncio-py")]
const VIEW_SET_OPERATIONS: &str =
    "set operations between a dict and a dict's keys() or items() are not supported yet; make a set of the dict's keys first";

/// A dict's keys or items view, which CPython treats as a set (its values
/// view is not one).
fn is_set_like(v: &Value) -> bool {
    matches!(v, Value::DictView(_, part) if *part != super::dict::DictPart::Values)
}

/// A set, or a dict's keys view as the set of its keys; `None` for any
/// other value.
#[cfg(feature = "asyncio-py")]
fn as_key_set(v: &Value) -> Result<Option<Value>, Raise> {
    Ok(match v {
        Value::Set(_) => Some(v.clone()),
        Value::DictView(d, super::dict::DictPart::Keys) => {
            let mut keys = super::set::Set::new();
            for (key, _) in d.borrow().entries() {
                keys.add(key.clone())?;
            }
            Some(Value::Set(Rc::new(std::cell::RefCell::new(keys))))
        }
        _ => None,
    })
}

/// `a op b` for `-`, `|`, `^` and `&` where `a` or `b` is a dict's keys
/// or items view, which CPython treats as a set (`dictviews_sub`, `_or`,
/// `_xor`): a set made of the left operand, whichever it is, then
/// updated with the right one, any iterable; `&` keeps what one has of
/// the other (`_PyDictView_Intersect`). A plain dict beside a view is
/// refused: CPython sizes the set for it first, which moves an int set's
/// order.
#[cfg(feature = "asyncio-py")]
fn view_set_operation(op: BinOp, a: &Value, b: &Value) -> Result<Value, Raise> {
    use super::set::{Each, Set};
    if matches!(a, Value::Dict(_)) || matches!(b, Value::Dict(_)) {
        return Err(RunError::unsupported(VIEW_SET_OPERATIONS));
    }
    // `dictitems_xor` compares the values without hashing them.
    let items = |v: &Value| matches!(v, Value::DictView(_, super::dict::DictPart::Items));
    if op == BinOp::BitXor && items(a) && items(b) {
        return Err(RunError::unsupported(
            "`^` between two dicts' items() is not supported yet",
        ));
    }
    let items = |v: &Value| super::iter::Iter::new(v.clone())?.all();
    // `set(v)`; the left operand's (`dictviews_to_set`) is made of a keys
    // view's dict, which sizes the table for it first.
    let set_of = |v: &Value, left: bool| -> Result<Set, Raise> {
        let mut set = Set::new();
        match v {
            Value::Set(s) => return Ok(s.borrow().copy()),
            Value::DictView(d, super::dict::DictPart::Keys) if left => {
                set.presize(d.borrow().len())
            }
            _ => {}
        }
        for x in items(v)? {
            set.add(x)?;
        }
        Ok(set)
    };
    let result = match op {
        BinOp::BitAnd => {
            // The view first; a set as large keeps what it has of the
            // view, walking the view; else the smaller view (or the
            // other iterable) is walked.
            let (view, other) = if is_set_like(a) { (a, b) } else { (b, a) };
            let (kept_from, walked) = match other {
                Value::Set(s) if view_len(view) <= s.borrow().len() => (other, view),
                Value::DictView(..) if view_len(other) > view_len(view) => (other, view),
                _ => (view, other),
            };
            let mut result = Set::new();
            for x in items(walked)? {
                if in_view_or_set(kept_from, &x)? {
                    result.add(x)?;
                }
            }
            result
        }
        BinOp::Sub => {
            let mut result = set_of(a, true)?;
            for x in items(b)? {
                result.discard(&x)?;
            }
            result.discards_done();
            result
        }
        BinOp::BitOr => {
            let mut result = set_of(a, true)?;
            match b {
                Value::Set(s) => result.update_from_set(&s.borrow())?,
                _ => items(b)?.into_iter().try_for_each(|x| result.add(x))?,
            }
            result
        }
        _ => {
            // A set is walked as it is; anything else made a set first.
            let mut result = set_of(a, true)?;
            match b {
                Value::Set(s) => result.absorb(&s.borrow(), Each::Toggle)?,
                _ => result.absorb(&set_of(b, false)?, Each::Toggle)?,
            }
            result
        }
    };
    Ok(Value::Set(Rc::new(std::cell::RefCell::new(result))))
}

#[cfg(feature = "asyncio-py")]
fn view_len(v: &Value) -> usize {
    match v {
        Value::DictView(d, _) => d.borrow().len(),
        _ => 0,
    }
}

/// `x in v`, for a set or a keys or items view (`dictitems_contains`
/// looks the key up and compares the value).
#[cfg(feature = "asyncio-py")]
fn in_view_or_set(v: &Value, x: &Value) -> Result<bool, Raise> {
    match (v, x) {
        (Value::Set(s), _) => s.borrow().contains(x),
        (Value::DictView(d, super::dict::DictPart::Keys), _) => Ok(d.borrow().get(x)?.is_some()),
        (Value::DictView(d, _), Value::Tuple(pair)) if pair.len() == 2 => {
            match d.borrow().get(&pair[0])? {
                Some(found) => equal(&found, &pair[1]),
                None => Ok(false),
            }
        }
        _ => Ok(false),
    }
}

/// `a op b`
pub fn binop(op: BinOp, a: &Value, b: &Value) -> Result<Value, Raise> {
    // `int | None`: a union type (`types.UnionType`), which CPython makes
    // of two classes or a class and None, and which is not modelled.
    #[cfg(feature = "asyncio-py")]
    let class_or_none = |v: &Value| matches!(v.cpython_type_name(), "type" | "NoneType");
    #[cfg(feature = "asyncio-py")]
    if op == BinOp::BitOr
        && class_or_none(a)
        && class_or_none(b)
        && [a, b].iter().any(|v| v.cpython_type_name() == "type")
    {
        return Err(RunError::unsupported(
            "`|` between classes (a union type, `int | None`) outside an annotation is not supported yet; use a tuple of classes with isinstance",
        ));
    }
    // An object of a class the library writes in Python for a C type of
    // CPython's (a `deque`), whose operators that class does not have.
    #[cfg(feature = "asyncio-py")]
    if let Some(class) = [a, b]
        .into_iter()
        .find_map(|v| v.program_class().filter(|c| c.module != "__main__"))
    {
        return Err(RunError::unsupported(format!(
            "`{}` with a {} is not supported yet",
            op.symbol(),
            class.c_type_name()
        )));
    }
    #[cfg(feature = "asyncio-py")]
    if matches!(
        op,
        BinOp::Sub | BinOp::BitOr | BinOp::BitXor | BinOp::BitAnd
    ) && (is_set_like(a) || is_set_like(b))
    {
        return view_set_operation(op, a, b);
    }
    #[cfg(feature = "asyncio-py")]
    if let (BinOp::BitOr | BinOp::BitXor | BinOp::BitAnd | BinOp::LShift | BinOp::RShift, _, _)
    | (BinOp::Sub, Value::Set(_), Value::Set(_)) = (op, a, b)
    {
        return bitwise(op, a, b);
    }
    #[cfg(feature = "asyncio-py")]
    if matches!(a, Value::Set(_)) || matches!(b, Value::Set(_)) {
        return Err(RunError::unsupported(format!(
            "`{}` between sets (or a set and another value) is not supported yet",
            op.symbol()
        )));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        if op == BinOp::Pow {
            return power(x, y);
        }
        return arith(op, x, y);
    }
    // Keys and items views are sets: `d.keys() - other` is a set, which
    // Code mode's first module has not.
    #[cfg(not(feature = "asyncio-py"))]
    if op == BinOp::Sub && (is_set_like(a) || is_set_like(b)) {
        return Err(RunError::unsupported(crate::error::needs_asyncio_py(
            "`-` with a dict's keys() or items()",
        )));
    }
    match op {
        BinOp::Add => concat(a, b),
        BinOp::Mul => repeat(a, b),
        BinOp::Mod if matches!(a, Value::Str(_)) => Err(RunError::unsupported(
            crate::error::needs_asyncio_py("printf-style formatting (`'%s' % x`)"),
        )),
        _ => Err(unsupported(op, a, b)),
    }
}

/// `a | b`, `a ^ b`, `a & b`: of two bools a bool, of ints (a bool is
/// one) an int, of two sets the set `setobject.c` builds (`-` too).
#[cfg(feature = "asyncio-py")]
fn bitwise(op: BinOp, a: &Value, b: &Value) -> Result<Value, Raise> {
    let bits = |x: i64, y: i64| match op {
        BinOp::BitOr => Ok(x | y),
        BinOp::BitXor => Ok(x ^ y),
        BinOp::LShift | BinOp::RShift => shift(op, x, y),
        _ => Ok(x & y),
    };
    Ok(match (a, b) {
        // A bool's shift is an int's (`True << 1 == 2`).
        (Value::Bool(x), Value::Bool(y))
            if matches!(op, BinOp::BitOr | BinOp::BitXor | BinOp::BitAnd) =>
        {
            Value::Bool(bits(*x as i64, *y as i64)? != 0)
        }
        (Value::Int(_) | Value::Bool(_), Value::Int(_) | Value::Bool(_)) => {
            let int = |v: &Value| match v {
                Value::Int(i) => *i,
                _ => matches!(v, Value::Bool(true)) as i64,
            };
            Value::Int(bits(int(a), int(b))?)
        }
        (Value::Set(x), Value::Set(y)) => Value::Set(Rc::new(std::cell::RefCell::new(
            x.borrow().operator(op, &y.borrow())?,
        ))),
        // PEP 584: a new dict, the left's entries updated with the right's.
        (Value::Dict(x), Value::Dict(y)) if op == BinOp::BitOr => {
            let merged = std::cell::RefCell::new(x.borrow().copy());
            super::dict::Dict::merge(&merged, y)?;
            Value::dict(merged.into_inner())
        }
        _ => return Err(unsupported(op, a, b)),
    })
}

/// `x << n` and `x >> n` (`long_lshift`, `long_rshift`): a negative
/// count is CPython's ValueError; a right shift past the last bit leaves
/// the sign (0 or -1); a left shift past 64 bits is this model's limit,
/// as any int that large is.
#[cfg(feature = "asyncio-py")]
fn shift(op: BinOp, x: i64, n: i64) -> Result<i64, Raise> {
    if n < 0 {
        return Err(value_error("negative shift count".into()));
    }
    if op == BinOp::RShift {
        return Ok(x >> n.min(63));
    }
    if x == 0 {
        return Ok(0);
    }
    match u32::try_from(n).ok().filter(|&n| n < 64) {
        Some(n) if (x << n) >> n == x => Ok(x << n),
        _ => Err(int_overflow("<<")),
    }
}

/// `divmod(a, b)`: `(a // b, a % b)`, which CPython computes together
/// (`long_divmod`, `float_divmod`) with the same results as the two
/// operators, and its own message for a float divided by zero.
#[cfg(feature = "asyncio-py")]
pub fn divmod(a: &Value, b: &Value) -> Result<Value, Raise> {
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.cpython_type_name(),
            b.cpython_type_name()
        )));
    };
    let float = matches!(x, Num::Float(_)) || matches!(y, Num::Float(_));
    if float && as_float(&y) == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    Ok(Value::tuple(vec![
        arith(BinOp::FloorDiv, x, y)?,
        arith(BinOp::Mod, x, y)?,
    ]))
}

fn arith(op: BinOp, x: Num, y: Num) -> Result<Value, Raise> {
    if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
        let (a, b) = (*a, *b);
        let checked = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mul => a.checked_mul(b),
            BinOp::Div => {
                if b == 0 {
                    return Err(zero_division("division by zero"));
                }
                return Ok(Value::Float(int_true_divide(a, b)));
            }
            BinOp::FloorDiv => {
                if b == 0 {
                    return Err(zero_division("integer division or modulo by zero"));
                }
                a.checked_div(b).map(|q| {
                    if (a % b != 0) && ((a < 0) != (b < 0)) {
                        q - 1
                    } else {
                        q
                    }
                })
            }
            BinOp::Pow => unreachable!("`power` handles `**`"),
            #[cfg(feature = "asyncio-py")]
            BinOp::BitOr | BinOp::BitXor | BinOp::BitAnd | BinOp::LShift | BinOp::RShift => {
                unreachable!("`bitwise` handles `|`, `^`, `&`, `<<` and `>>`")
            }
            BinOp::Mod => {
                if b == 0 {
                    return Err(zero_division("integer modulo by zero"));
                }
                // `i64::MIN % -1` is 0, though Rust's remainder overflows.
                let r = if b == -1 { Some(0) } else { a.checked_rem(b) };
                r.map(|r| {
                    if r != 0 && ((r < 0) != (b < 0)) {
                        r + b
                    } else {
                        r
                    }
                })
            }
        };
        return checked
            .map(Value::Int)
            .ok_or_else(|| int_overflow(op.symbol()));
    }
    let (a, b) = (as_float(&x), as_float(&y));
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => unreachable!("`power` handles `**`"),
        #[cfg(feature = "asyncio-py")]
        BinOp::BitOr | BinOp::BitXor | BinOp::BitAnd | BinOp::LShift | BinOp::RShift => {
            unreachable!("`bitwise` handles `|`, `^`, `&`, `<<` and `>>`")
        }
    }))
}

/// `x ** y`: exact for ints with a non-negative exponent, a float otherwise
/// (`2 ** -1 == 0.5`), with CPython's errors for `0 ** -1` and for results
/// too large for a float.
fn power(x: Num, y: Num) -> Result<Value, Raise> {
    if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
        if *b >= 0 {
            let exact = u32::try_from(*b)
                .ok()
                .and_then(|b| a.checked_pow(b))
                .or(match a {
                    // Huge exponents of 0, 1 and -1 are still small.
                    0 | 1 => Some(*a),
                    -1 => Some(if b % 2 == 0 { 1 } else { -1 }),
                    _ => None,
                });
            return exact.map(Value::Int).ok_or_else(|| int_overflow("**"));
        }
    }
    let (a, b) = (as_float(&x), as_float(&y));
    if a == 0.0 && b < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        return Err(RunError::unsupported(
            "a negative number to a fractional power is a complex number in Python, which Interleave does not model",
        ));
    }
    let r = float_power(a, b)?;
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(Raise::Exc(Exception::with_args(
            ExcKind::OverflowError,
            vec![Value::Int(34), Value::str("Numerical result out of range")],
        )));
    }
    Ok(Value::Float(r))
}

/// `a ** b` for floats, the same double on every machine and in every
/// browser: exact then rounded once for whole exponents, `sqrt` for 0.5.
/// Other fractional exponents would need the C library's `pow` itself to
/// match CPython to the last digit, so they stop the run with a message.
pub(crate) fn float_power(a: f64, b: f64) -> Result<f64, Raise> {
    use super::decimal::{pow_int, MAX_POW_EXPONENT};
    if b == 0.0 || a == 1.0 {
        return Ok(1.0);
    }
    if a.is_nan() || b.is_nan() || a.is_infinite() || b.is_infinite() || a == 0.0 {
        // The IEEE special cases, which every `pow` gets the same.
        return Ok(a.powf(b));
    }
    if b.fract() == 0.0 && b.abs() <= MAX_POW_EXPONENT as f64 {
        return match pow_int(a, b as i64) {
            (_, true) => Err(RunError::unsupported(format!(
                "`{} ** {}` lies within a hair of halfway between two floats, where CPython's last digit comes from the C library's pow, which may round either way",
                super::format::float_repr(a),
                super::format::float_repr(b)
            ))),
            (power, false) => Ok(power),
        };
    }
    if b == 0.5 {
        // CPython's `x ** 0.5` is the C library's pow, not a square root:
        // the same double unless the root is near halfway between two.
        let root = a.sqrt();
        if sqrt_near_half(a, root) {
            return Err(RunError::unsupported(format!(
                "`{} ** 0.5` lies within a hair of halfway between two floats, where CPython's last digit comes from the C library's pow, which may round either way",
                super::format::float_repr(a)
            )));
        }
        return Ok(root);
    }
    Err(RunError::unsupported(
        "`x ** y` is modelled for whole exponents (up to 1200) and 0.5: for other exponents CPython's last digit comes from the C library's pow, which the browser does not have",
    ))
}

/// Is the exact square root of `a` (positive, finite) within 1/32 of a
/// unit in the last place of halfway between `root` (its correctly
/// rounded value) and a neighbour? See `decimal::pow_int` for why that
/// margin. Computed from the residual `a - root²`, exact by Dekker's
/// product, without the C library's `fma` (which would grow the page).
fn sqrt_near_half(a: f64, root: f64) -> bool {
    if !root.is_normal() || !(1e-150..=1e150).contains(&root) {
        // Far out, the residual's arithmetic could underflow or overflow:
        // refuse rather than guess.
        return true;
    }
    let ulp = f64::from_bits(root.to_bits() + 1) - root;
    // root² = hi + lo exactly (Dekker, splitting at 27 bits).
    let split = |x: f64| {
        let c = 134_217_729.0 * x;
        let hi = c - (c - x);
        (hi, x - hi)
    };
    let (h, l) = split(root);
    let hi = root * root;
    let lo = ((h * h - hi) + 2.0 * h * l) + l * l;
    let residual = (a - hi) - lo;
    // The nearer midpoint is on the residual's side: root ± ulp/2; the
    // root's distance from it, in units, is about (a - mid²) / (2·root·ulp).
    let half = if residual >= 0.0 {
        ulp / 2.0
    } else {
        -ulp / 2.0
    };
    let off = (residual - 2.0 * root * half - half * half) / (2.0 * root * ulp);
    off.abs() < 1.0 / 32.0
}

/// CPython's `float_divmod`, so `-7.5 // 2` and `-7.5 % 2` match to the bit.
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn concat(a: &Value, b: &Value) -> Result<Value, Raise> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            check_len(x.len() + y.len())?;
            Ok(Value::Str(format!("{x}{y}").into()))
        }
        (Value::List(x), Value::List(y)) => {
            let mut items = x.borrow().clone();
            items.extend(y.borrow().iter().cloned());
            check_len(items.len())?;
            Ok(Value::list(items))
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            let items: Vec<Value> = x.iter().chain(y.iter()).cloned().collect_vec();
            Ok(Value::tuple(items))
        }
        (Value::Str(_) | Value::List(_) | Value::Tuple(_), other) => Err(type_error(format!(
            "can only concatenate {} (not \"{}\") to {}",
            a.cpython_type_name(),
            other.cpython_type_name(),
            a.cpython_type_name()
        ))),
        _ => Err(unsupported(BinOp::Add, a, b)),
    }
}

fn repeat(a: &Value, b: &Value) -> Result<Value, Raise> {
    let (seq, count) = if is_sequence(a) {
        (a, b)
    } else if is_sequence(b) {
        (b, a)
    } else {
        return Err(unsupported(BinOp::Mul, a, b));
    };
    let n = match count {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        other => {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.cpython_type_name()
            )))
        }
    };
    let n = n.max(0) as usize;
    Ok(match seq {
        Value::Str(s) => {
            check_len(s.len().saturating_mul(n))?;
            Value::Str(s.repeat(n).into())
        }
        Value::List(items) => {
            let items = items.borrow();
            check_len(items.len().saturating_mul(n))?;
            Value::list(
                items
                    .iter()
                    .cloned()
                    .cycle()
                    .take(items.len() * n)
                    .collect_vec(),
            )
        }
        Value::Tuple(items) => {
            check_len(items.len().saturating_mul(n))?;
            let out: Vec<Value> = items
                .iter()
                .cloned()
                .cycle()
                .take(items.len() * n)
                .collect_vec();
            Value::tuple(out)
        }
        _ => unreachable!("is_sequence checked above"),
    })
}

fn check_len(n: usize) -> Result<(), Raise> {
    if n > MAX_SEQUENCE_LEN {
        Err(RunError::limit(format!(
            "this operation would build a sequence of {n} items; the limit is {MAX_SEQUENCE_LEN}"
        )))
    } else {
        Ok(())
    }
}

/// `-v`, `+v`, `not v`
pub fn unary(op: UnaryOp, v: &Value) -> Result<Value, Raise> {
    if op == UnaryOp::Not {
        return Ok(Value::Bool(!v.is_true()?));
    }
    let symbol = match op {
        UnaryOp::Neg => "-",
        #[cfg(feature = "asyncio-py")]
        UnaryOp::Invert => "~",
        _ => "+",
    };
    match (as_num(v), op) {
        #[cfg(feature = "asyncio-py")]
        (Some(Num::Int(i)), UnaryOp::Invert) => Ok(Value::Int(!i)),
        #[cfg(feature = "asyncio-py")]
        (Some(Num::Float(_)), UnaryOp::Invert) => Err(type_error(format!(
            "bad operand type for unary ~: '{}'",
            v.cpython_type_name()
        ))),
        (Some(Num::Int(i)), UnaryOp::Neg) => i
            .checked_neg()
            .map(Value::Int)
            .ok_or_else(|| int_overflow("unary -")),
        (Some(Num::Int(i)), _) => Ok(Value::Int(i)),
        (Some(Num::Float(f)), UnaryOp::Neg) => Ok(Value::Float(-f)),
        (Some(Num::Float(f)), _) => Ok(Value::Float(f)),
        (None, _) => Err(type_error(format!(
            "bad operand type for unary {symbol}: '{}'",
            v.cpython_type_name()
        ))),
    }
}

/// `TimerHandle.__eq__`: the same deadline, callback, arguments and
/// cancelled state (a cancelled handle has let go of its callback and
/// arguments, so any two cancelled at one deadline are equal). A `Handle`
/// (no deadline) is equal to itself only.
#[cfg(feature = "asyncio-py")]
fn timer_handles_equal(
    x: &crate::engine::callbacks::CallHandle,
    y: &crate::engine::callbacks::CallHandle,
    depth: usize,
) -> Result<bool, Raise> {
    let (Some(when_x), Some(when_y)) = (&x.when, &y.when) else {
        return Ok(std::ptr::eq(x, y));
    };
    if !equal_within(when_x, when_y, depth + 1)? || x.is_cancelled() != y.is_cancelled() {
        return Ok(false);
    }
    if x.is_cancelled() {
        return Ok(true);
    }
    Ok(equal_within(&x.callback, &y.callback, depth + 1)? && seq_equal(&x.args, &y.args, depth)?)
}

/// `a == b` with Python's cross-type rules (`1 == 1.0 == True`).
pub fn equal(a: &Value, b: &Value) -> Result<bool, Raise> {
    equal_within(a, b, 0)
}

/// How deep `==` follows containers inside containers, as deep as `repr`
/// prints. Two lists that each contain themselves would otherwise recurse
/// until the stack overflowed; CPython stops them with a RecursionError,
/// as it does here at the depth where `repr` raises one (see "Known
/// limits": CPython's own depth depends on its call stack at the time).
const MAX_EQUAL_DEPTH: usize = super::format::MAX_REPR_DEPTH;

/// Two items as a container compares them (CPython's
/// `PyObject_RichCompareBool`): the same object first, then `==`. Only
/// for NaN does that differ from `==`, and the engine does not track which
/// floats are one object, so two NaNs stop the run instead of guessing.
pub fn item_equal(a: &Value, b: &Value) -> Result<bool, Raise> {
    item_equal_within(a, b, 0)
}

fn item_equal_within(a: &Value, b: &Value, depth: usize) -> Result<bool, Raise> {
    // The same object is equal to itself without its `__eq__` being asked.
    #[cfg(feature = "asyncio-py")]
    if identical(a, b) {
        return Ok(true);
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        if x.is_nan() && y.is_nan() {
            return Err(RunError::unsupported(
                "comparing two NaN floats inside a container: CPython's answer depends on whether they are the same object, which Interleave does not track",
            ));
        }
    }
    equal_within(a, b, depth)
}

fn equal_within(a: &Value, b: &Value, depth: usize) -> Result<bool, Raise> {
    if depth > MAX_EQUAL_DEPTH {
        return Err(Raise::Exc(Exception::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded in comparison",
        )));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(&x, &y) == Some(std::cmp::Ordering::Equal));
    }
    Ok(match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) if Rc::ptr_eq(x, y) => true,
        (Value::List(x), Value::List(y)) => {
            // Copies where comparing may run the program's `__eq__`,
            // which may change the lists.
            #[cfg(feature = "asyncio-py")]
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            #[cfg(not(feature = "asyncio-py"))]
            let (x, y) = (x.borrow(), y.borrow());
            seq_equal(&x, &y, depth)?
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_equal(x, y, depth)?,
        (Value::Range(x), Value::Range(y)) => range_equal(x, y),
        (Value::Dict(x), Value::Dict(y)) if Rc::ptr_eq(x, y) => true,
        (Value::Dict(x), Value::Dict(y)) => dict_equal(x, y, depth)?,
        #[cfg(feature = "code")]
        (Value::DictView(x, p), Value::DictView(y, q)) => view_equal(x, *p, y, *q)?,
        #[cfg(feature = "asyncio-py")]
        (Value::Set(x), Value::Set(y)) => set_equal(x, y)?,
        // A keys or items view equals a set of the same size that holds
        // each of its items (`dictview_richcompare`).
        #[cfg(feature = "asyncio-py")]
        (Value::DictView(d, p), set @ Value::Set(_))
        | (set @ Value::Set(_), Value::DictView(d, p))
            if *p != super::dict::DictPart::Values =>
        {
            view_equals_set(d, *p, set)?
        }
        #[cfg(feature = "asyncio-py")]
        _ if a.program_class().is_some() || b.program_class().is_some() => {
            rich(CmpOp::Eq, a, b)?.is_true()?
        }
        _ => leaf_equal(a, b)?,
    })
}

/// A keys or items view against a set: of the same size, and each of
/// the view's items in the set. (Its own function: `equal_within`
/// recurses as deep as the values nest, so its frame stays small.)
#[cfg(feature = "asyncio-py")]
#[inline(never)]
fn view_equals_set(
    d: &Rc<std::cell::RefCell<super::dict::Dict>>,
    part: super::dict::DictPart,
    set: &Value,
) -> Result<bool, Raise> {
    let mine = d.borrow().part(part);
    let Value::Set(s) = set else { return Ok(false) };
    if mine.len() != s.borrow().len() {
        return Ok(false);
    }
    for item in &mine {
        if !contains(set, item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a op b` as CPython's `do_richcompare` makes it when either operand is
/// an instance of a class of the program's (the builtin types answer
/// `NotImplemented` to those): first the reflected method of `b` when its
/// class derives from `a`'s, then `a`'s method, then `b`'s reflected one,
/// each passed over when it returns `NotImplemented`; at the end `==` and
/// `!=` are identity, and ordering is CPython's TypeError.
#[cfg(feature = "asyncio-py")]
fn rich(op: CmpOp, a: &Value, b: &Value) -> Result<Value, Raise> {
    let reflected = op.method().map_or(op, |(_, reflected)| reflected);
    let (class_a, class_b) = (a.program_class(), b.program_class());
    let mut checked_reverse = false;
    if let (Some(x), Some(y)) = (class_a, class_b) {
        if !Rc::ptr_eq(x, y) && y.is_subclass_of(x) {
            checked_reverse = true;
            if let Some(v) = slot(b, reflected, a)? {
                return Ok(v);
            }
        }
    }
    if class_a.is_some() {
        if let Some(v) = slot(a, op, b)? {
            return Ok(v);
        }
    }
    if class_b.is_some() && !checked_reverse {
        if let Some(v) = slot(b, reflected, a)? {
            return Ok(v);
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(identical(a, b))),
        CmpOp::Ne => Ok(Value::Bool(!identical(a, b))),
        _ => Err(not_supported_between(op, a, b)),
    }
}

/// `obj`'s class's method for `op` (CPython's `slot_tp_richcompare`) run
/// with `other`: `None` for `NotImplemented`. A class that defines none
/// has `object`'s: `==` is identity (else `NotImplemented`), `!=` the
/// class's `==` inverted, and no ordering.
#[cfg(feature = "asyncio-py")]
fn slot(obj: &Value, op: CmpOp, other: &Value) -> Result<Option<Value>, Raise> {
    let name = op.method().map_or("", |(name, _)| name);
    let answer = match super::class::call_special(obj, name, vec![other.clone()]) {
        Some(answer) => answer?,
        None => {
            return match op {
                CmpOp::Eq => Ok(identical(obj, other).then_some(Value::Bool(true))),
                CmpOp::Ne => match slot(obj, CmpOp::Eq, other)? {
                    Some(v) => Ok(Some(Value::Bool(!v.is_true()?))),
                    None => Ok(None),
                },
                _ => Ok(None),
            }
        }
    };
    Ok((!matches!(answer, Value::Builtin(super::Builtin::NotImplemented))).then_some(answer))
}

/// Are `a` and `b` one instance (or exception) of a class of the
/// program's? What `is` tells, for the objects `rich` compares.
#[cfg(feature = "asyncio-py")]
fn identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        (Value::Exception(x), Value::Exception(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// CPython's TypeError for an ordering neither operand supports.
fn not_supported_between(op: CmpOp, a: &Value, b: &Value) -> Raise {
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.cpython_type_name(),
        b.cpython_type_name()
    ))
}

/// `==` of two dicts: the same keys, each with an equal value. Kept out of
/// `equal_within`, whose frame each level of nested lists takes.
#[inline(never)]
fn dict_equal(
    x: &std::cell::RefCell<super::dict::Dict>,
    y: &std::cell::RefCell<super::dict::Dict>,
    depth: usize,
) -> Result<bool, Raise> {
    // A copy where comparing values may run the program's `__eq__`,
    // which may change the dicts.
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    #[cfg(feature = "asyncio-py")]
    let copied = x.borrow().entries_vec();
    #[cfg(feature = "asyncio-py")]
    let entries = copied.iter();
    #[cfg(not(feature = "asyncio-py"))]
    let x = x.borrow();
    #[cfg(not(feature = "asyncio-py"))]
    let entries = x.entries();
    for (k, v) in entries {
        let found = y.borrow().get(k)?;
        match found {
            Some(v2) if item_equal_within(v, &v2, depth + 1)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// `==` of two sets: the same members. Kept out of `equal_within`, whose
/// frame each level of nested lists takes.
#[cfg(feature = "asyncio-py")]
#[inline(never)]
fn set_equal(
    x: &std::cell::RefCell<super::set::Set>,
    y: &std::cell::RefCell<super::set::Set>,
) -> Result<bool, Raise> {
    let (x, y) = (x.borrow(), y.borrow());
    if x.len() != y.len() {
        return Ok(false);
    }
    for m in x.members() {
        if !y.contains(&m)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Two sequences' items compared in order, as a list's or a tuple's `==`
/// compares them, one level deeper than the sequences.
fn seq_equal(x: &[Value], y: &[Value], depth: usize) -> Result<bool, Raise> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (a, b) in x.iter().zip(y) {
        if !item_equal_within(a, b, depth + 1)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `==` of what holds no container directly: kept out of `equal_within`,
/// so that each level of nested lists takes only the containers' frame.
#[inline(never)]
fn leaf_equal(a: &Value, b: &Value) -> Result<bool, Raise> {
    Ok(match (a, b) {
        (Value::Iterator(x), Value::Iterator(y)) => Rc::ptr_eq(x, y),
        (Value::Exception(x), Value::Exception(y)) => Rc::ptr_eq(x, y),
        #[cfg(feature = "code")]
        (Value::Traceback(x), Value::Traceback(y)) => Rc::ptr_eq(x, y),
        #[cfg(feature = "code")]
        (Value::Generator(x), Value::Generator(y)) => Rc::ptr_eq(x, y),
        #[cfg(feature = "code")]
        (Value::Partial(x), Value::Partial(y)) => Rc::ptr_eq(x, y),
        (Value::Future(x), Value::Future(y)) => Rc::ptr_eq(x, y),
        (Value::Coroutine(x), Value::Coroutine(y)) => Rc::ptr_eq(x, y),
        (Value::Class(x), Value::Class(y)) => x == y,
        (Value::Function(x), Value::Function(y)) => Rc::ptr_eq(x, y),
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::Module(x), Value::Module(y)) => x == y,
        #[cfg(feature = "code")]
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        #[cfg(feature = "asyncio-py")]
        (Value::Descriptor(x), Value::Descriptor(y)) => Rc::ptr_eq(x, y),
        #[cfg(feature = "asyncio-py")]
        (Value::Loop(x), Value::Loop(y)) => Rc::ptr_eq(x, y),
        #[cfg(feature = "asyncio-py")]
        (Value::Handle(x), Value::Handle(y)) => Rc::ptr_eq(x, y) || timer_handles_equal(x, y, 0)?,
        // `l.append == l.append`: the same method of the same object.
        #[cfg(feature = "asyncio-py")]
        // (Of a string or a number: CPython compares the objects by
        // identity, which `same` refuses to guess.)
        (Value::Method(x), Value::Method(y)) => {
            Rc::ptr_eq(x, y) || (x.1 == y.1 && same(&x.0, &y.0)?)
        }
        #[cfg(feature = "code")]
        (Value::UserClass(x), Value::UserClass(y)) => Rc::ptr_eq(x, y),
        #[cfg(feature = "code")]
        (Value::BoundMethod(x), Value::BoundMethod(y)) => {
            Rc::ptr_eq(&x.1, &y.1) && same(&x.0, &y.0).unwrap_or(false)
        }
        _ => false,
    })
}

/// Ranges are equal when they hold the same numbers (`range(0) ==
/// range(2, 2)`, `range(0, 3, 5) == range(0, 1)`), as CPython's
/// `range_equals` decides.
fn range_equal(x: &super::Range, y: &super::Range) -> bool {
    let len = x.len();
    len == y.len() && (len == 0 || (x.start == y.start && (len == 1 || x.step == y.step)))
}

/// Keys and items views compare as sets do; a values view only to itself,
/// which the engine cannot tell from another view of the same dict. (Views
/// come from Code mode's dict methods.)
#[cfg(feature = "code")]
fn view_equal(
    x: &Rc<std::cell::RefCell<super::dict::Dict>>,
    p: super::dict::DictPart,
    y: &Rc<std::cell::RefCell<super::dict::Dict>>,
    q: super::dict::DictPart,
) -> Result<bool, Raise> {
    use super::dict::DictPart::Values;
    if p == Values || q == Values {
        return Err(RunError::unsupported(
            "comparing a dict's values() view: CPython compares it by identity, which Interleave does not track; compare list(d.values()) instead",
        ));
    }
    let (mine, theirs) = (x.borrow().part(p), Value::DictView(y.clone(), q));
    if mine.len() != y.borrow().len() {
        return Ok(false);
    }
    for item in &mine {
        if !contains(&theirs, item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a op b` for a comparison operator.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Result<Value, Raise> {
    #[cfg(feature = "asyncio-py")]
    if (a.program_class().is_some() || b.program_class().is_some())
        && !matches!(op, CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot)
    {
        return rich(op, a, b);
    }
    let ordering = match op {
        CmpOp::Eq => return Ok(Value::Bool(equal(a, b)?)),
        CmpOp::Ne => return Ok(Value::Bool(!equal(a, b)?)),
        CmpOp::In => return Ok(Value::Bool(contains(b, a)?)),
        CmpOp::NotIn => return Ok(Value::Bool(!contains(b, a)?)),
        CmpOp::Is => return Ok(Value::Bool(same(a, b)?)),
        CmpOp::IsNot => return Ok(Value::Bool(!same(a, b)?)),
        // Copies, as for `==`: an item's comparison may change the list.
        _ => match (a, b) {
            (Value::List(x), Value::List(y)) => {
                return seq_compare(op, &x.borrow().clone(), &y.borrow().clone())
            }
            (Value::Tuple(x), Value::Tuple(y)) => return seq_compare(op, x, y),
            _ => order(op, a, b)?,
        },
    };
    Ok(Value::Bool(holds(op, ordering)))
}

/// Whether the ordering `op` (`<`, `<=`, `>`, `>=`) holds of two values
/// ordered so; `None` (NaN was involved) makes every one false.
fn holds(op: CmpOp, ordering: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (op, ordering) {
        (_, None) => false,
        (CmpOp::Lt, Some(o)) => o == Less,
        (CmpOp::Le, Some(o)) => o != Greater,
        (CmpOp::Gt, Some(o)) => o == Greater,
        (CmpOp::Ge, Some(o)) => o != Less,
        _ => unreachable!("equality is not an ordering"),
    }
}

/// `item in container`
fn contains(container: &Value, item: &Value) -> Result<bool, Raise> {
    #[cfg(feature = "asyncio-py")]
    if let Some(found) = super::protocols::contains(container, item) {
        return found;
    }
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(&**sub)),
            other => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                other.cpython_type_name()
            ))),
        },
        Value::Dict(d) | Value::DictView(d, super::dict::DictPart::Keys) => {
            Ok(d.borrow().get(item)?.is_some())
        }
        #[cfg(feature = "asyncio-py")]
        Value::Set(set) => set.borrow().contains(item),
        Value::Range(r) => Ok(match item {
            Value::Int(_) | Value::Bool(_) => {
                let Some(Num::Int(i)) = as_num(item) else {
                    unreachable!("ints and bools are ints")
                };
                let k = i128::from(i) - i128::from(r.start);
                let step = i128::from(r.step);
                k % step == 0 && (0..r.len() as i128).contains(&(k / step))
            }
            other => any_equal(container, other)?,
        }),
        Value::DictView(d, super::dict::DictPart::Items) => {
            // A set of (key, value) pairs: found by key, then value.
            let Value::Tuple(pair) = item else {
                return Ok(false);
            };
            let [k, v] = &pair[..] else {
                return Ok(false);
            };
            // An unhashable key is CPython's TypeError here too.
            match d.borrow().get(k)? {
                Some(found) => item_equal(&found, v),
                None => Ok(false),
            }
        }
        Value::List(_) | Value::Tuple(_) | Value::DictView(..) | Value::Iterator(_) => {
            any_equal(container, item)
        }
        #[cfg(feature = "code")]
        Value::Generator(g) if !g.is_async() => any_equal(container, item),
        // (Without `__contains__`, which `protocols::contains` ran.)
        // `_PySequence_IterSearch`: any TypeError making the iterator is
        // "not iterable".
        #[cfg(feature = "asyncio-py")]
        v if v.defines_iter() => {
            let items = super::iter::Iter::new(container.clone()).map_err(|e| match e {
                Raise::Exc(e) if e.kind == ExcKind::TypeError => type_error(format!(
                    "argument of type '{}' is not iterable",
                    v.cpython_type_name()
                )),
                other => other,
            })?;
            search(items, item)
        }
        other => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            other.cpython_type_name()
        ))),
    }
}

/// Is `item` among `container`'s items (compared as containers compare)?
fn any_equal(container: &Value, item: &Value) -> Result<bool, Raise> {
    search(super::iter::Iter::new(container.clone())?, item)
}

/// Is `item` among what `items` gives, stepped only as far as it?
fn search(mut items: super::iter::Iter, item: &Value) -> Result<bool, Raise> {
    while let Some(v) = items.step()? {
        if item_equal(&v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `a is b`: the same object. Numbers and strings are refused: whether two
/// equal ones are one object depends on CPython's caches, not the language.
fn same(a: &Value, b: &Value) -> Result<bool, Raise> {
    let by_value = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::Tuple(_) | Value::Range(_)
        )
    };
    if by_value(a) && by_value(b) {
        return Err(RunError::unsupported(
            "`is` between numbers, strings or tuples depends on CPython's caching; compare them with `==`",
        ));
    }
    Ok(match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        // Each `d.keys()` is a new view object in CPython; the engine's
        // views are the dict and a part, so which view is which is lost.
        #[cfg(feature = "code")]
        (Value::DictView(..), Value::DictView(..)) => {
            return Err(RunError::unsupported(
                "`is` between a dict's views is not supported yet (each `d.keys()` is a new object in CPython); compare them with `==`",
            ))
        }
        #[cfg(feature = "asyncio-py")]
        (Value::Set(x), Value::Set(y)) => Rc::ptr_eq(x, y),
        // Timer handles equal by value (`timer_handles_equal`).
        #[cfg(feature = "asyncio-py")]
        (Value::Handle(x), Value::Handle(y)) => Rc::ptr_eq(x, y),
        // Each `obj.method` makes a new bound method, equal to the others
        // (a builtin's too: `fut.cancel is fut.cancel` is False), but
        // `str.upper`, read from the type, is the type's one descriptor.
        #[cfg(feature = "code")]
        (Value::BoundMethod(x), Value::BoundMethod(y)) => Rc::ptr_eq(x, y),
        (Value::Method(x), Value::Method(y)) if !read_from_a_class(&x.0) => {
            Rc::ptr_eq(x, y)
        }
        // Not `==`, which may be the program's `__eq__`.
        #[cfg(feature = "asyncio-py")]
        (Value::Instance(x), Value::Instance(y)) => Rc::ptr_eq(x, y),
        #[cfg(feature = "asyncio-py")]
        (Value::Exception(x), Value::Exception(y)) => Rc::ptr_eq(x, y),
        (by_value_a, by_value_b) if by_value(by_value_a) || by_value(by_value_b) => false,
        _ => equal(a, b)?,
    })
}

/// A method read from a class (`str.upper`, a method a decorator made)
/// is the class's own object, the same at each read.
fn read_from_a_class(receiver: &Value) -> bool {
    match receiver {
        Value::Class(_) => true,
        #[cfg(feature = "code")]
        Value::UserClass(_) => true,
        _ => false,
    }
}

fn order(op: CmpOp, a: &Value, b: &Value) -> Result<Option<std::cmp::Ordering>, Raise> {
    // Sets compare by inclusion (`set_richcompare`), which orders no two
    // sets apart from it: the answer is an ordering only when it is true.
    #[cfg(feature = "asyncio-py")]
    if let (Value::Set(x), Value::Set(y)) = (a, b) {
        use std::cmp::Ordering::{Greater, Less};
        let (x, y) = (x.borrow(), y.borrow());
        let (holds, ordering) = match op {
            CmpOp::Lt => (x.len() < y.len() && x.is_subset(&y)?, Less),
            CmpOp::Le => (x.is_subset(&y)?, Less),
            CmpOp::Gt => (x.len() > y.len() && y.is_subset(&x)?, Greater),
            _ => (y.is_subset(&x)?, Greater),
        };
        return Ok(holds.then_some(ordering));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(&x, &y));
    }
    // `TimerHandle.__lt__` and the rest: by deadline; the same deadline is
    // `<=` only for an equal handle (no ordering: every test false).
    #[cfg(feature = "asyncio-py")]
    if let (Value::Handle(x), Value::Handle(y)) = (a, b) {
        if let (Some(when_x), Some(when_y)) = (&x.when, &y.when) {
            return Ok(match order(op, when_x, when_y)? {
                Some(std::cmp::Ordering::Equal) if !timer_handles_equal(x, y, 0)? => None,
                ordering => ordering,
            });
        }
    }
    // A keys view orders as the set of its keys (`dictview_richcompare`,
    // whose subset tests are a set's), against a set or another keys view.
    #[cfg(feature = "asyncio-py")]
    if let (Some(x), Some(y)) = (as_key_set(a)?, as_key_set(b)?) {
        return order(op, &x, &y);
    }
    // (A set and a keys view were answered above.)
    #[cfg(feature = "asyncio-py")]
    let set_like = |v: &Value| is_set_like(v) || matches!(v, Value::Set(_));
    #[cfg(not(feature = "asyncio-py"))]
    let set_like = is_set_like;
    if set_like(a) && set_like(b) {
        // Items views order as sets do (subset tests); keys views too, in
        // asyncio's module, which has sets.
        return Err(RunError::unsupported(match cfg!(feature = "asyncio-py") {
            true => "comparing a dict's items views with <, <=, > or >= (set inclusion) is not supported yet".into(),
            false => crate::error::needs_asyncio_py("comparing a dict's views with <, <=, > or >="),
        }));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(Some(x.cmp(y))),
        _ => Err(not_supported_between(op, a, b)),
    }
}

/// `x op y` for two lists or two tuples: the first unequal items
/// compared with `op` (whatever that comparison returns), else the
/// lengths.
fn seq_compare(op: CmpOp, x: &[Value], y: &[Value]) -> Result<Value, Raise> {
    for (a, b) in x.iter().zip(y) {
        if !item_equal(a, b)? {
            return compare(op, a, b);
        }
    }
    Ok(Value::Bool(holds(op, Some(x.len().cmp(&y.len())))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_containing_themselves_compare_as_cpython_does() {
        let a = Value::list(vec![]);
        let b = Value::list(vec![]);
        for l in [&a, &b] {
            if let Value::List(items) = l {
                items.borrow_mut().push(l.clone());
            }
        }
        // CPython raises RecursionError here, and the stack must not
        // overflow; a list is equal to itself by identity first.
        match equal(&a, &b) {
            Err(Raise::Exc(e)) => assert_eq!(e.kind, ExcKind::RecursionError),
            other => panic!("expected RecursionError, got {other:?}"),
        }
        assert!(equal(&a, &a).unwrap());
    }

    fn s(v: &str) -> Value {
        Value::str(v)
    }

    fn err(r: Result<Value, Raise>) -> String {
        match r {
            Err(Raise::Exc(e)) => e.traceback_line(),
            Err(Raise::Stop(e)) => format!("stop: {e}"),
            Ok(v) => panic!("expected an error, got {}", v.repr()),
        }
    }

    fn ok(r: Result<Value, Raise>) -> String {
        match r {
            Ok(v) => v.repr(),
            Err(_) => panic!("expected a value"),
        }
    }

    #[test]
    fn operator_errors_carry_cpythons_messages() {
        use BinOp::*;
        let cases: Vec<(Result<Value, Raise>, &str)> = vec![
            (
                binop(Mul, &s("ten"), &s("ten")),
                "TypeError: can't multiply sequence by non-int of type 'str'",
            ),
            (
                binop(Mul, &Value::list(vec![]), &Value::Float(2.0)),
                "TypeError: can't multiply sequence by non-int of type 'float'",
            ),
            (
                binop(Add, &Value::Int(1), &s("a")),
                "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
            ),
            (
                binop(Add, &s("a"), &Value::Int(1)),
                "TypeError: can only concatenate str (not \"int\") to str",
            ),
            (
                binop(Add, &Value::list(vec![]), &s("a")),
                "TypeError: can only concatenate list (not \"str\") to list",
            ),
            (
                binop(Add, &Value::None, &Value::Int(1)),
                "TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'",
            ),
            (
                binop(Sub, &s("a"), &s("b")),
                "TypeError: unsupported operand type(s) for -: 'str' and 'str'",
            ),
            (
                binop(Div, &Value::Int(1), &Value::Int(0)),
                "ZeroDivisionError: division by zero",
            ),
            (
                binop(Div, &Value::Float(1.0), &Value::Int(0)),
                "ZeroDivisionError: float division by zero",
            ),
            (
                binop(FloorDiv, &Value::Int(1), &Value::Int(0)),
                "ZeroDivisionError: integer division or modulo by zero",
            ),
            (
                binop(FloorDiv, &Value::Float(1.0), &Value::Int(0)),
                "ZeroDivisionError: float floor division by zero",
            ),
            (
                binop(Mod, &Value::Int(1), &Value::Int(0)),
                "ZeroDivisionError: integer modulo by zero",
            ),
            (
                binop(Mod, &Value::Int(5), &Value::Float(0.0)),
                "ZeroDivisionError: float modulo",
            ),
            (
                compare(CmpOp::Lt, &Value::Int(1), &s("a")),
                "TypeError: '<' not supported between instances of 'int' and 'str'",
            ),
            (
                unary(UnaryOp::Neg, &s("a")),
                "TypeError: bad operand type for unary -: 'str'",
            ),
        ];
        // `int | None`, a union type, is refused, not a TypeError; `int |
        // 5` is CPython's TypeError.
        #[cfg(feature = "asyncio-py")]
        {
            let int = Value::Class(crate::value::Class::Type("int"));
            match binop(BitOr, &int, &Value::None) {
                Err(Raise::Exc(e)) => panic!("`int | None` raised {}", e.traceback_line()),
                Err(_) => {}
                Ok(v) => panic!("`int | None` gave {}", v.repr()),
            }
            assert_eq!(
                err(binop(BitOr, &int, &Value::Int(5))),
                "TypeError: unsupported operand type(s) for |: 'type' and 'int'"
            );
        }
        for (got, want) in cases {
            assert_eq!(err(got), want);
        }
    }

    #[test]
    fn arithmetic_rounds_like_python() {
        use BinOp::*;
        let i = Value::Int;
        assert_eq!(ok(binop(FloorDiv, &i(-7), &i(2))), "-4");
        assert_eq!(ok(binop(Mod, &i(-7), &i(2))), "1");
        assert_eq!(ok(binop(Mod, &i(7), &i(-2))), "-1");
        assert_eq!(ok(binop(FloorDiv, &Value::Float(-7.5), &i(2))), "-4.0");
        assert_eq!(ok(binop(Mod, &Value::Float(-7.5), &i(2))), "0.5");
        assert_eq!(ok(binop(Div, &i(7), &i(2))), "3.5");
        assert_eq!(ok(binop(Div, &i(4), &i(2))), "2.0");
        assert_eq!(ok(binop(Add, &Value::Bool(true), &i(1))), "2");
        assert_eq!(ok(binop(Mul, &i(3), &s("ab"))), "'ababab'");
        assert_eq!(ok(binop(Mul, &s("ab"), &i(-1))), "''");
        assert_eq!(ok(binop(Mul, &i(20), &i(20))), "400");
        assert_eq!(
            ok(binop(Add, &Value::Float(0.1), &Value::Float(0.2))),
            "0.30000000000000004"
        );
    }

    #[test]
    fn int_division_is_correctly_rounded() {
        // Each checked against python3 3.11.
        let cases: [(i64, i64, &str); 7] = [
            (9007199254740993, 3, "3002399751580331.0"),
            (-(4611686018427387905), 7, "-6.588122883467697e+17"),
            (0, -(1 << 60), "-0.0"),
            (i64::MAX, 4611686018427387907, "2.0"),
            (1, i64::MAX, "1.0842021724855044e-19"),
            (i64::MIN, 3, "-3.0744573456182584e+18"),
            (123456789012345678, 100000000000000000, "1.2345678901234567"),
        ];
        for (a, b, want) in cases {
            assert_eq!(
                ok(binop(BinOp::Div, &Value::Int(a), &Value::Int(b))),
                want,
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn overflow_is_a_limit_not_a_wrong_answer() {
        let r = binop(BinOp::Mul, &Value::Int(i64::MAX), &Value::Int(2));
        assert!(err(r).starts_with("stop: "));
    }
}
