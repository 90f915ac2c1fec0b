//! Conversions and type tests: `int(x)`, `float(x)`, `bool(x)`, `list(x)`,
//! `tuple(x)`, `dict(x)`, `abs(x)`, `round(x, n)`, `isinstance(x, cls)`, with the exact
//! errors CPython gives for text that is not a number (`invalid literal for
//! int() with base 10: 'abc'`).

use super::builtins::{type_error, Kwargs};
use crate::error::{Raise, RunError};
use crate::value::dict::Dict;
use crate::value::iter::Iter;
use crate::value::{Builtin, Class, ExcKind, Exception, Value};

/// Every item of `v`, or `TypeError: 'int' object is not iterable`.
pub(crate) fn items(v: Value) -> Result<Vec<Value>, Raise> {
    Iter::new(v)?.all()
}

/// `items`, for a consumer that sizes its list first (`Iter::new_sized`).
pub(crate) fn items_sized(v: Value) -> Result<Vec<Value>, Raise> {
    Iter::new_sized(v)?.all()
}

use crate::value::ops::value_error;

fn too_big() -> Raise {
    RunError::limit(
        "that number does not fit in 64 bits; Python's integers are unbounded but Interleave's stop at ±9223372036854775807",
    )
}

/// Python's digits-with-underscores rule: `1_000` but not `_1`, `1_` or `1__0`.
fn strip_underscores(digits: &str) -> Option<String> {
    let b = digits.as_bytes();
    let ok = !b.is_empty() && b[0] != b'_' && b[b.len() - 1] != b'_' && !digits.contains("__");
    ok.then(|| digits.replace('_', ""))
}

/// `int(text)`: optional sign, decimal digits, surrounding whitespace.
fn parse_int(text: &str) -> Option<Result<i64, Raise>> {
    let t = text.trim();
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let digits = strip_underscores(digits)?;
    if !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // Built on the negative side, where i64 reaches one further:
    // "-9223372036854775808" fits.
    let mut n: i64 = 0;
    for d in digits.bytes() {
        n = match n
            .checked_mul(10)
            .and_then(|n| n.checked_sub((d - b'0') as i64))
        {
            Some(n) => n,
            None => return Some(Err(too_big())),
        };
    }
    if negative {
        Some(Ok(n))
    } else {
        Some(n.checked_neg().ok_or_else(too_big))
    }
}

/// `float(text)`: a decimal literal, `inf`, `infinity` or `nan`, any case,
/// with an optional sign.
fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            // Underscores may only sit between digits.
            let b = body.as_bytes();
            let between_digits = (0..b.len()).all(|i| {
                b[i] != b'_'
                    || (i > 0
                        && i + 1 < b.len()
                        && b[i - 1].is_ascii_digit()
                        && b[i + 1].is_ascii_digit())
            });
            if !between_digits || body.starts_with(['e', 'E']) {
                return None;
            }
            crate::value::decimal::parse_float(&body.replace('_', ""))?
        }
    };
    Some(sign * magnitude)
}

/// `int(v)`, `float(v)` or `bool(v)` for one argument.
pub(crate) fn to_type(class: &str, v: Value) -> Result<Value, Raise> {
    match (class, &v) {
        ("bool", _) => Ok(Value::Bool(v.is_true()?)),
        ("int", Value::Int(_)) => Ok(v),
        ("int", Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        ("int", Value::Float(f)) => {
            if f.is_nan() {
                Err(value_error("cannot convert float NaN to integer".into()))
            } else if f.is_infinite() {
                Err(Raise::Exc(Exception::new(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                )))
            } else if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(f) {
                Err(too_big())
            } else {
                Ok(Value::Int(f.trunc() as i64))
            }
        }
        // CPython reads the digits of every script (`int('١٢')` is 12)
        // and strips Unicode's spaces; the model reads ASCII only, and
        // refuses the rest rather than say ValueError where CPython would
        // not (without Unicode's table of digits, for the page's size).
        ("int" | "float", Value::Str(s)) if !s.is_ascii() => Err(RunError::unsupported(format!(
            "{class}() of text with characters beyond ASCII ({}) is not modelled",
            v.repr()
        ))),
        ("int", Value::Str(s)) => match parse_int(s) {
            Some(n) => Ok(Value::Int(n?)),
            None => Err(value_error(format!(
                "invalid literal for int() with base 10: {}",
                v.repr()
            ))),
        },
        ("int", _) => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            v.cpython_type_name()
        ))),
        ("float", Value::Float(_)) => Ok(v),
        ("float", Value::Int(i)) => Ok(Value::Float(*i as f64)),
        ("float", Value::Bool(b)) => Ok(Value::Float(*b as i64 as f64)),
        ("float", Value::Str(s)) => match parse_float(s) {
            Some(f) => Ok(Value::Float(f)),
            None => Err(value_error(format!(
                "could not convert string to float: {}",
                v.repr()
            ))),
        },
        ("float", _) => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            v.cpython_type_name()
        ))),
        _ => Err(RunError::unsupported(format!(
            "calling {class}() is not modelled yet"
        ))),
    }
}

/// `abs(v)`
pub(crate) fn abs(v: &Value) -> Result<Value, Raise> {
    match v {
        Value::Int(i) => i.checked_abs().map(Value::Int).ok_or_else(too_big),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        other => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            other.cpython_type_name()
        ))),
    }
}

/// `round(number)` (an int, ties to even) or `round(number, ndigits)`.
#[cfg(feature = "code")]
pub(crate) fn round(number: &Value, ndigits: Option<&Value>) -> Result<Value, Raise> {
    use crate::value::decimal::{fixed, round_float};
    let ndigits = match ndigits {
        None | Some(Value::None) => None,
        Some(Value::Int(n)) => Some(*n),
        Some(Value::Bool(b)) => Some(*b as i64),
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.cpython_type_name()
            )))
        }
    };
    match (number, ndigits) {
        (Value::Int(_) | Value::Bool(_), None) => to_type("int", number.clone()),
        (Value::Int(_) | Value::Bool(_), Some(n)) if n >= 0 => to_type("int", number.clone()),
        (Value::Int(_) | Value::Bool(_), Some(n)) => {
            let Value::Int(i) = to_type("int", number.clone())? else {
                unreachable!("int() of an int is an int")
            };
            // To a multiple of 10^-n, ties to even.
            let Some(p) = 10i64.checked_pow((-n).min(19) as u32).filter(|_| n >= -18) else {
                return Ok(Value::Int(0));
            };
            let (q, r) = (i.div_euclid(p), i.rem_euclid(p));
            let up = 2 * (r as i128) > p as i128 || (2 * (r as i128) == p as i128 && q % 2 != 0);
            (q + up as i64)
                .checked_mul(p)
                .map(Value::Int)
                .ok_or_else(too_big)
        }
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return to_type("int", Value::Float(*f));
            }
            let digits = fixed(*f, 0);
            let magnitude = parse_int(&digits).unwrap_or_else(|| Err(too_big()))?;
            Ok(Value::Int(if f.is_sign_negative() {
                -magnitude
            } else {
                magnitude
            }))
        }
        (Value::Float(f), Some(n)) => {
            if !f.is_finite() || n > 323 {
                return Ok(Value::Float(*f));
            }
            if n < -308 {
                return Ok(Value::Float(0.0 * f));
            }
            let r = round_float(*f, n as i32);
            if r.is_infinite() {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::OverflowError,
                    "rounded value too large to represent",
                )));
            }
            Ok(Value::Float(r))
        }
        (other, _) => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            other.cpython_type_name()
        ))),
    }
}

/// `isinstance(v, class)`, where `class` may be a tuple of classes.
pub(crate) fn isinstance(v: &Value, class: &Value) -> Result<bool, Raise> {
    #[cfg(feature = "asyncio-py")]
    refuse_protocol_check(class)?;
    match class {
        #[cfg(feature = "asyncio-py")]
        Value::UserClass(class) if class.is_object() => Ok(true),
        #[cfg(feature = "code")]
        Value::UserClass(class) => Ok(super::classes::is_instance(v, class)),
        #[cfg(feature = "code")]
        Value::Class(Class::Type(_)) if matches!(v, Value::Instance(_)) => Ok(false),
        // A task and a gather's future are futures too.
        #[cfg(feature = "asyncio-py")]
        Value::Class(Class::Type("Future")) => Ok(matches!(v, Value::Future(_))),
        #[cfg(feature = "asyncio-py")]
        Value::Class(Class::Type("Task")) => {
            Ok(matches!(v, Value::Future(f) if f.task().is_some()))
        }
        Value::Class(Class::Type(name)) => {
            Ok(v.type_name() == *name || (*name == "int" && matches!(v, Value::Bool(_))))
        }
        Value::Class(Class::Exception(kind)) => {
            Ok(matches!(v, Value::Exception(e) if e.kind.is_subclass_of(*kind)))
        }
        // `range`, `zip`, `functools.partial`...: builtins that are types.
        Value::Builtin(b) if b.is_type() => Ok(Builtin::type_of(v) == Some(*b)),
        Value::Tuple(classes) => {
            for c in classes.iter() {
                if isinstance(v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union".into(),
        )),
    }
}

/// A protocol class given to `isinstance` or `issubclass`: CPython refuses
/// one not made `@runtime_checkable` (which is not modelled), through
/// `_ProtocolMeta.__instancecheck__` and `Protocol`'s `__subclasshook__`.
#[cfg(feature = "asyncio-py")]
fn refuse_protocol_check(class: &Value) -> Result<(), Raise> {
    match class {
        Value::UserClass(c) if c.protocol() == Some(true) => Err(type_error(
            "Instance and class checks can only be used with @runtime_checkable protocols".into(),
        )),
        _ => Ok(()),
    }
}

/// `issubclass(cls, classinfo)`: `cls` a class (the program's, an
/// exception class, a builtin type), `classinfo` a class or a tuple of
/// them, tried in order.
#[cfg(feature = "asyncio-py")]
pub(crate) fn issubclass(cls: &Value, classinfo: &Value) -> Result<bool, Raise> {
    let class = matches!(cls, Value::UserClass(_) | Value::Class(_))
        || matches!(cls, Value::Builtin(b) if b.is_type());
    if !class {
        return Err(type_error("issubclass() arg 1 must be a class".into()));
    }
    refuse_protocol_check(classinfo)?;
    match classinfo {
        Value::Tuple(classes) => {
            for c in classes.iter() {
                if issubclass(cls, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::UserClass(base) if base.is_object() => Ok(true),
        Value::UserClass(base) => Ok(matches!(cls, Value::UserClass(c) if c.is_subclass_of(base))),
        Value::Class(Class::Exception(base)) => Ok(match cls {
            Value::Class(Class::Exception(k)) => k.is_subclass_of(*base),
            Value::UserClass(c) => c.exception_base().is_some_and(|k| k.is_subclass_of(*base)),
            _ => false,
        }),
        // `bool` derives from `int`, and `Task` from `Future`.
        Value::Class(Class::Type(base)) => Ok(matches!(cls, Value::Class(Class::Type(c))
            if c == base || (*base, *c) == ("int", "bool") || (*base, *c) == ("Future", "Task"))),
        Value::Builtin(b) if b.is_type() => Ok(matches!(cls, Value::Builtin(c) if c == b)),
        _ => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".into(),
        )),
    }
}

/// Whether CPython reads `v` as a mapping where a dict may come
/// (`dict(v)`, `**v`): an object of the program's class with `keys`.
#[cfg(feature = "asyncio-py")]
pub(crate) fn mapping_like(v: &Value) -> bool {
    v.program_class()
        .is_some_and(|c| c.lookup("keys").is_some())
}

/// Each key-value pair of `pairs` handed to `insert` as it comes, as
/// CPython's `PyDict_MergeFromSeq2` does for `dict(pairs)` and
/// `d.update(pairs)`: a pair of the wrong length stops it there, before
/// a generator makes the next.
pub(crate) fn merge_pairs(
    pairs: Value,
    mut insert: impl FnMut(Value, Value) -> Result<(), Raise>,
) -> Result<(), Raise> {
    #[cfg(feature = "asyncio-py")]
    if mapping_like(&pairs) {
        return Err(RunError::unsupported(
            "dict() or update() of an object whose class has `keys()` (CPython reads it as a mapping, by its keys and `__getitem__`) is not supported yet; pass a dict",
        ));
    }
    let mut i = 0;
    Iter::new(pairs)?.each(|pair| {
        // `PySequence_Fast(item)`: a list made of its iterator.
        #[cfg(feature = "asyncio-py")]
        let kv = Iter::new(pair).and_then(Iter::for_list).and_then(Iter::all);
        #[cfg(not(feature = "asyncio-py"))]
        let kv = items(pair);
        // (Only a TypeError is worded so; what a pair's code raises goes
        // on as it is.)
        let kv = kv.map_err(|e| match e {
            Raise::Exc(e) if e.kind == ExcKind::TypeError => type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            )),
            other => other,
        })?;
        let [k, v]: [Value; 2] = kv.try_into().map_err(|kv: Vec<Value>| {
            Raise::Exc(Exception::new(
                ExcKind::ValueError,
                format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                ),
            ))
        })?;
        i += 1;
        insert(k, v)
    })
}

/// `list(x)`, `tuple(x)`, `dict(x)`: the constructors that take an iterable.
pub(crate) fn construct(class: &str, args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    if class != "dict" && !kwargs.is_empty() {
        return Err(type_error(format!("{class}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{class} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let given = args.into_iter().next();
    match class {
        "list" => Ok(Value::list(match given {
            Some(v) => items_sized(v)?,
            None => Vec::new(),
        })),
        "tuple" => Ok(Value::tuple(match given {
            Some(v) => items_sized(v)?,
            None => Vec::new(),
        })),
        _ => {
            let mut dict = Dict::default();
            match given {
                Some(Value::Dict(d)) => dict = d.borrow().copy(),
                Some(v) => merge_pairs(v, |k, v| dict.insert(k, v))?,
                None => {}
            }
            for (k, v) in kwargs {
                dict.insert(Value::Str(k.to_string().into()), v)?;
            }
            Ok(Value::dict(dict))
        }
    }
}

/// `chr(i)`, `ord(c)`, `bin(i)`, `hex(i)`, `oct(i)`, one argument each.
#[cfg(feature = "asyncio-py")]
pub(crate) fn character_or_digits(b: Builtin, v: Value) -> Result<Value, Raise> {
    use super::builtins::as_index;
    let text = |t: String| Ok(Value::Str(t.into()));
    match b {
        Builtin::Ord => match &v {
            Value::Str(s) => {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Ok(Value::Int(c as i64)),
                    _ => Err(type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        s.chars().count()
                    ))),
                }
            }
            other => Err(type_error(format!(
                "ord() expected string of length 1, but {} found",
                other.cpython_type_name()
            ))),
        },
        Builtin::Chr => {
            let i = as_index(&v)?;
            if !(0..0x110000).contains(&i) {
                return Err(value_error("chr() arg not in range(0x110000)".into()));
            }
            match char::from_u32(i as u32) {
                Some(c) => text(c.to_string()),
                // Python's text may hold a lone surrogate; the engine's
                // cannot.
                None => Err(RunError::unsupported(format!(
                    "chr({i}) is a lone surrogate, which Interleave's text cannot hold"
                ))),
            }
        }
        _ => {
            let i = as_index(&v)?;
            let sign = if i < 0 { "-" } else { "" };
            let n = i.unsigned_abs();
            text(match b {
                Builtin::Bin => format!("{sign}0b{n:b}"),
                Builtin::Hex => format!("{sign}0x{n:x}"),
                _ => format!("{sign}0o{n:o}"),
            })
        }
    }
}
