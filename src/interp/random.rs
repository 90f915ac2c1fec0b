//! CPython's `random` module as a program calls it (`random.randint(1,
//! 5)`): the module's functions are the bound methods of one hidden
//! `Random` instance, written in `random.py` over two C methods,
//! `random()` and `getrandbits(k)`. Each is followed here step for step,
//! drawing from the run's generator (`Runtime::random`, the Mersenne
//! Twister of `crate::mersenne`) in the same order and number, so that a
//! seeded program prints CPython's numbers, and raising what `random.py`
//! raises, with its words.
//!
//! Not here: the distributions (`gauss`, `expovariate`...), which the
//! closed world refuses where they are written, and non-int arguments to
//! `randrange` (CPython accepts some with a DeprecationWarning).

use super::builtins::{as_index, bind, call, defaults, Kwargs};
use crate::collect::{CollectVec, TryCollectVec};
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::program::{Expr, Function, Param};
use crate::value::ops::{binop, type_error, value_error};
use crate::value::subscript::{get_item, set_item};
use crate::value::{Builtin, ExcKind, Exception, Value};
use std::rc::Rc;

/// `random.name(...)`.
pub(crate) fn call_random(
    rt: &Rc<Runtime>,
    b: Builtin,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    let qualname = format!("Random.{}", b.name());
    match b {
        // The C methods, with the C argument errors.
        Builtin::RandomRandom => {
            if !kwargs.is_empty() {
                return Err(type_error(format!(
                    "{qualname}() takes no keyword arguments"
                )));
            }
            if !args.is_empty() {
                return Err(type_error(format!(
                    "{qualname}() takes no arguments ({} given)",
                    args.len()
                )));
            }
            Ok(Value::Float(rt.random().random()))
        }
        Builtin::RandomGetrandbits => {
            if !kwargs.is_empty() {
                return Err(type_error(format!(
                    "{qualname}() takes no keyword arguments"
                )));
            }
            if args.len() != 1 {
                return Err(type_error(format!(
                    "{qualname}() takes exactly one argument ({} given)",
                    args.len()
                )));
            }
            let k = as_index(&args[0])?;
            if k < 0 {
                return Err(value_error("number of bits must be non-negative".into()));
            }
            if k > 63 {
                return Err(RunError::unsupported(
                    "random.getrandbits() of more than 63 bits (an int beyond 64 bits) is not supported",
                ));
            }
            Ok(Value::Int(rt.random().bits(k as u32) as i64))
        }
        // `choices(population, weights=None, *, cum_weights=None, k=1)`:
        // the keyword-only two taken out, the rest bound as `def` binds.
        Builtin::RandomChoices => {
            let mut kwargs = kwargs;
            let mut keyword = |name: &str| {
                let at = kwargs.iter().position(|(k, _)| &**k == name)?;
                Some(kwargs.remove(at).1)
            };
            let cum_weights = keyword("cum_weights").unwrap_or(Value::None);
            let k = keyword("k").unwrap_or(Value::Int(1));
            let args = method_args(&qualname, b, args, kwargs)?;
            choices(rt, &args[0], &args[1], cum_weights, k)
        }
        // `sample(population, k, *, counts=None)`: `counts` is not modelled.
        Builtin::RandomSample if kwargs.iter().any(|(k, _)| &**k == "counts") => Err(
            RunError::unsupported("random.sample()'s `counts` argument is not supported yet"),
        ),
        _ => {
            let args = method_args(&qualname, b, args, kwargs)?;
            python_method(rt, b, args)
        }
    }
}

/// The parameters after `self` of each method `random.py` defines, with
/// their defaults, as `def` has them.
fn parameters(b: Builtin) -> &'static [(&'static str, Option<Expr>)] {
    match b {
        Builtin::RandomSeed => &[("a", Some(Expr::None)), ("version", Some(Expr::Int(2)))],
        Builtin::RandomUniform | Builtin::RandomRandint => &[("a", None), ("b", None)],
        Builtin::RandomRandrange => &[
            ("start", None),
            ("stop", Some(Expr::None)),
            ("step", Some(Expr::Int(1))),
        ],
        Builtin::RandomChoice => &[("seq", None)],
        Builtin::RandomShuffle => &[("x", None)],
        Builtin::RandomSample => &[("population", None), ("k", None)],
        Builtin::RandomChoices => &[("population", None), ("weights", Some(Expr::None))],
        _ => &[],
    }
}

/// The arguments bound as Python binds a bound method's (`self` counts
/// in its messages: "takes 3 positional arguments but 4 were given").
fn method_args(
    qualname: &str,
    b: Builtin,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Vec<Value>, Raise> {
    let params = std::iter::once(("self", None))
        .chain(parameters(b).iter().cloned())
        .map(|(name, default)| Param::plain(name.into(), default))
        .collect_vec();
    let method = Function {
        name: qualname.to_string(),
        params,
        body: Vec::new(),
        is_async: false,
    };
    let mut with_self = vec![Value::None];
    with_self.extend(args);
    let mut bound = bind(&method, &defaults(&method)?, with_self, kwargs)?;
    bound.remove(0);
    Ok(bound)
}

fn python_method(rt: &Rc<Runtime>, b: Builtin, args: Vec<Value>) -> Result<Value, Raise> {
    let below = |n: i64| rt.random().below(n as u64) as i64;
    match (b, args.as_slice()) {
        (Builtin::RandomSeed, [a, version]) => {
            if !matches!(version, Value::Int(2)) {
                return Err(RunError::unsupported(
                    "random.seed()'s `version` argument is not supported yet",
                ));
            }
            match a {
                Value::None => rt.seed_random(None),
                Value::Int(n) => rt.seed_random(Some(*n)),
                Value::Bool(b) => rt.seed_random(Some(*b as i64)),
                // CPython hashes a NaN by its address.
                Value::Float(f) if f.is_nan() => {
                    return Err(RunError::unsupported(
                        "random.seed(nan) is not supported: CPython seeds from the float's hash, which for a NaN is its memory address",
                    ))
                }
                Value::Float(f) => {
                    let hash = crate::mersenne::float_hash(*f) as u64;
                    rt.seed_random_with(crate::mersenne::Mersenne::seeded(hash));
                }
                Value::Str(text) => {
                    rt.seed_random_with(crate::mersenne::Mersenne::seeded_by_text(text));
                }
                _ => {
                    return Err(type_error(
                        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.".into(),
                    ))
                }
            }
            Ok(Value::None)
        }
        (Builtin::RandomUniform, [a, b]) => {
            // a + (b - a) * self.random(), with Python's arithmetic.
            let width = binop(crate::program::BinOp::Sub, b, a)?;
            let r = Value::Float(rt.random().random());
            let scaled = binop(crate::program::BinOp::Mul, &width, &r)?;
            binop(crate::program::BinOp::Add, a, &scaled)
        }
        (Builtin::RandomRandint, [a, b]) => {
            let stop = binop(crate::program::BinOp::Add, b, &Value::Int(1))?;
            randrange(rt, a, &stop, &Value::Int(1))
        }
        (Builtin::RandomRandrange, [start, stop, step]) => {
            if matches!(stop, Value::None) {
                // `step is not _ONE`: any step but the default 1.
                if !matches!(step, Value::Int(1)) {
                    return Err(type_error("Missing a non-None stop argument".into()));
                }
                let n = integer(start)?;
                return match n > 0 {
                    true => Ok(Value::Int(below(n))),
                    false => Err(value_error("empty range for randrange()".into())),
                };
            }
            randrange(rt, start, stop, step)
        }
        (Builtin::RandomChoice, [seq]) => {
            let n = length(rt, seq)?;
            if n == 0 {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::IndexError,
                    "Cannot choose from an empty sequence",
                )));
            }
            // `random.py` asks `len(seq)` again (a class's `__len__` runs
            // twice).
            let n = length(rt, seq)?;
            get_item(seq, &Value::Int(below(n)))
        }
        (Builtin::RandomShuffle, [x]) => {
            let n = length(rt, x)?;
            for i in (1..n).rev() {
                let j = below(i + 1);
                // x[i], x[j] = x[j], x[i]
                let (xj, xi) = (get_item(x, &Value::Int(j))?, get_item(x, &Value::Int(i))?);
                set_item(x, Value::Int(i), xj)?;
                set_item(x, Value::Int(j), xi)?;
            }
            Ok(Value::None)
        }
        (Builtin::RandomSample, [population, k]) => sample(rt, population, k),
        _ => Err(RunError::internal("a random method was given the wrong arguments").into()),
    }
}

/// `randrange(start, stop, step)` once `stop` is given (`randint` calls
/// it with `b + 1`).
fn randrange(rt: &Rc<Runtime>, start: &Value, stop: &Value, step: &Value) -> Result<Value, Raise> {
    let big = || RunError::unsupported("an int beyond 64 bits is not supported");
    let istart = integer(start)?;
    let istop = integer(stop)?;
    let width = istop.checked_sub(istart).ok_or_else(big)?;
    let istep = integer(step)?;
    if istep == 1 {
        if width > 0 {
            return Ok(Value::Int(istart + rt.random().below(width as u64) as i64));
        }
        return Err(value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = match istep {
        0 => return Err(value_error("zero step for randrange()".into())),
        s if s > 0 => floor_div(width.checked_add(s - 1).ok_or_else(big)?, s),
        s => floor_div(width.checked_add(s + 1).ok_or_else(big)?, s),
    }
    .ok_or_else(big)?;
    if n <= 0 {
        return Err(value_error("empty range for randrange()".into()));
    }
    let r = rt.random().below(n as u64) as i64;
    let value = istep.checked_mul(r).and_then(|d| istart.checked_add(d));
    Ok(Value::Int(value.ok_or_else(big)?))
}

/// Python's `a // b` (rounded toward minus infinity), `b` not 0; `None`
/// beyond 64 bits.
fn floor_div(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    Some(match a % b != 0 && (a < 0) != (b < 0) {
        true => q - 1,
        false => q,
    })
}

/// An int argument of `randrange` (`_index`); what CPython converts with
/// a DeprecationWarning or refuses with a ValueError is not modelled.
fn integer(v: &Value) -> Result<i64, Raise> {
    match v {
        Value::Int(_) | Value::Bool(_) => as_index(v),
        other => Err(RunError::unsupported(format!(
            "random.randrange() and randint() with a {} argument are not supported yet; pass ints",
            other.cpython_type_name()
        ))),
    }
}

/// `len(x)`, as the builtin computes it.
fn length(rt: &Rc<Runtime>, x: &Value) -> Result<i64, Raise> {
    match call(
        rt,
        Value::Builtin(Builtin::Len),
        vec![x.clone()],
        Vec::new(),
    )? {
        Value::Int(n) => Ok(n),
        _ => Err(RunError::internal("len() gave a non-int").into()),
    }
}

/// `sample(population, k)`: from a pool for small populations, else by
/// rejecting indexes already chosen (`random.py`'s two ways, chosen by
/// the same size rule, so the draws are the same).
fn sample(rt: &Rc<Runtime>, population: &Value, k: &Value) -> Result<Value, Raise> {
    if !matches!(
        population,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)
    ) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).".into(),
        ));
    }
    let n = length(rt, population)?;
    // `if not 0 <= k <= n`, then `[None] * k`: what a `k` that is not an
    // int raises, it raises there.
    let empty = || value_error("Sample larger than population or is negative".into());
    let k = match k {
        Value::Int(_) | Value::Bool(_) => as_index(k)?,
        other => {
            let le = |a: &Value, b: &Value| {
                crate::value::ops::compare(crate::program::CmpOp::Le, a, b)?.is_true()
            };
            if !(le(&Value::Int(0), other)? && le(other, &Value::Int(n))?) {
                return Err(empty());
            }
            binop(
                crate::program::BinOp::Mul,
                &Value::list(vec![Value::None]),
                other,
            )?;
            return Err(RunError::internal("`[None] * k` accepted a k that is not an int").into());
        }
    };
    if !(0..=n).contains(&k) {
        return Err(empty());
    }
    // setsize = 21, plus 4 ** ceil(log(k * 3, 4)) when k > 5: the
    // smallest power of 4 at least k * 3.
    let mut setsize = 21;
    if k > 5 {
        let mut power = 1i64;
        while power < k * 3 {
            power *= 4;
        }
        setsize += power;
    }
    let mut result = Vec::with_capacity(k as usize);
    if n <= setsize {
        let mut pool: Vec<Value> = (0..n)
            .map(|i| get_item(population, &Value::Int(i)))
            .try_collect_vec()?;
        for i in 0..k {
            let j = rt.random().below((n - i) as u64) as usize;
            result.push(pool[j].clone());
            pool[j] = pool[(n - i - 1) as usize].clone();
        }
    } else {
        let mut selected: Vec<i64> = Vec::new();
        for _ in 0..k {
            let mut j = rt.random().below(n as u64) as i64;
            while selected.contains(&j) {
                j = rt.random().below(n as u64) as i64;
            }
            selected.push(j);
            result.push(get_item(population, &Value::Int(j))?);
        }
    }
    Ok(Value::list(result))
}

/// `choices(population, weights, cum_weights=, k=)`, as `random.py`
/// draws: `population[floor(random() * n)]` without weights, else a
/// `bisect` of `random() * total` into the cumulative weights.
fn choices(
    rt: &Rc<Runtime>,
    population: &Value,
    weights: &Value,
    cum_weights: Value,
    k: Value,
) -> Result<Value, Raise> {
    let n = length(rt, population)?;
    // `_repeat(None, k)`.
    let k = as_index(&k)?.max(0);
    let number = |v: &Value| match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::Float(f) => Ok(*f),
        other => Err(RunError::unsupported(format!(
            "random.choices() with weights that are {} is not supported yet; give numbers",
            other.cpython_type_name()
        ))),
    };
    let cum: Vec<Value> = match (weights, cum_weights) {
        (Value::None, Value::None) => {
            let mut chosen = Vec::with_capacity(k as usize);
            for _ in 0..k {
                let i = (rt.random().random() * n as f64).floor() as i64;
                chosen.push(get_item(population, &Value::Int(i))?);
            }
            return Ok(Value::list(chosen));
        }
        (Value::Int(given), Value::None) => {
            return Err(type_error(format!(
                "The number of choices must be a keyword argument: k={given}"
            )))
        }
        // `list(accumulate(weights))`.
        (weights, Value::None) => {
            let mut total: Option<Value> = None;
            let mut sums = Vec::new();
            for w in crate::value::iter::Iter::new(weights.clone())?.all()? {
                let next = match &total {
                    Some(t) => binop(crate::program::BinOp::Add, t, &w)?,
                    None => w,
                };
                sums.push(next.clone());
                total = Some(next);
            }
            sums
        }
        (Value::None, cum) => crate::value::iter::Iter::new(cum)?.for_list()?.all()?,
        _ => {
            return Err(type_error(
                "Cannot specify both weights and cumulative weights".into(),
            ))
        }
    };
    if cum.len() as i64 != n {
        return Err(value_error(
            "The number of weights does not match the population".into(),
        ));
    }
    let Some(last) = cum.last() else {
        return Err(Raise::Exc(Exception::new(
            ExcKind::IndexError,
            "list index out of range",
        )));
    };
    let total = number(last)? + 0.0;
    if total <= 0.0 {
        return Err(value_error(
            "Total of weights must be greater than zero".into(),
        ));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite".into()));
    }
    let cum: Vec<f64> = cum.iter().map(number).try_collect_vec()?;
    let mut chosen = Vec::with_capacity(k as usize);
    for _ in 0..k {
        // `bisect(cum_weights, x, 0, n - 1)`: the first weight above `x`.
        let x = rt.random().random() * total;
        let (mut lo, mut hi) = (0usize, cum.len() - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if x < cum[mid] {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        chosen.push(get_item(population, &Value::Int(lo as i64))?);
    }
    Ok(Value::list(chosen))
}
