//! The builtins that consume an iterable: `enumerate`, `zip`, `sum`, `min`,
//! `max`, `sorted`, `any`, `all`, with CPython's results and argument
//! errors. Part of Code mode's library (feature `code`).
//!
//! Comparisons go through `ops::compare` in the order CPython makes them, so
//! a list mixing `str` and `int` fails with the same `'<' not supported
//! between instances of 'str' and 'int'`, operands the same way round.
//! What does not live here: `print`, `len` and the asyncio functions
//! (`builtins.rs`).

use super::builtins::{type_error, Kwargs};
use crate::collect::{CollectVec, TryCollectVec};
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::program::{BinOp, CmpOp};
use crate::value::iter::Iter;
use crate::value::{ops, Builtin, ExcKind, Exception, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Is `a < b` (or `>` for `op`) in Python's terms?
fn less(op: CmpOp, a: &Value, b: &Value) -> Result<bool, Raise> {
    ops::compare(op, a, b)?.is_true()
}

/// How an item beats the best so far in `min()` (`<`) or `max()` (`>`).
fn beats(b: Builtin) -> CmpOp {
    if b == Builtin::Min {
        CmpOp::Lt
    } else {
        CmpOp::Gt
    }
}

fn empty_sequence(name: &str) -> Raise {
    Raise::Exc(Exception::new(
        ExcKind::ValueError,
        format!("{name}() arg is an empty sequence"),
    ))
}

/// `reverse=`: CPython's sort reads it as an int (`reverse=None` is a
/// TypeError), so only ints and bools say which way.
pub(crate) fn reverse_flag(reverse: Option<Value>) -> Result<bool, Raise> {
    match reverse {
        None => Ok(false),
        Some(v) => Ok(super::builtins::as_index(&v)? != 0),
    }
}

fn key_of(rt: &Rc<Runtime>, key: &Option<Value>, item: &Value) -> Result<Value, Raise> {
    let Some(key) = key.clone().filter(|k| !matches!(k, Value::None)) else {
        return Ok(item.clone());
    };
    let (f, args, kwargs) = super::builtins::unwrap_partial(key, vec![item.clone()], Vec::new());
    let is_async = match &f {
        Value::Function(f) => f.def().is_async,
        Value::BoundMethod(m) => m.1.def().is_async,
        _ => false,
    };
    if is_async {
        return Err(RunError::unsupported(
            "key= with an async function is not supported: its coroutines would be compared; use a plain function",
        ));
    }
    super::builtins::call_to_end(rt, f, args, kwargs)
}

/// `map(func, *iterables)`: lazy, as CPython's is; each item calls `func`
/// when the map is stepped (`Iter::Map`).
#[cfg(feature = "asyncio-py")]
pub(crate) fn map(rt: &Rc<Runtime>, mut args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    super::builtins::no_kwargs("map", &kwargs)?;
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments.".into()));
    }
    let func = args.remove(0);
    let mut inners = args.into_iter().map(Iter::new).try_collect_vec()?;
    // Kept last first, as `Iter::Zip`.
    inners.reverse();
    Ok(iterator(Iter::Map {
        inners,
        func,
        host: Rc::downgrade(rt) as std::rc::Weak<dyn crate::value::iter::Call>,
    }))
}

/// `filter(function, iterable)`: lazy, as CPython's is (`Iter::Filter`).
#[cfg(feature = "asyncio-py")]
pub(crate) fn filter(rt: &Rc<Runtime>, args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    super::builtins::no_kwargs("filter", &kwargs)?;
    let [func, iterable] = <[Value; 2]>::try_from(args)
        .map_err(|args| type_error(format!("filter expected 2 arguments, got {}", args.len())))?;
    let inner = Box::new(Iter::new(iterable)?);
    // `filter_next` asks the item itself for None and for `bool`.
    let func = match func {
        Value::None | Value::Class(crate::value::Class::Type("bool")) => None,
        f => Some(f),
    };
    Ok(iterator(Iter::Filter {
        inner,
        func,
        host: Rc::downgrade(rt) as std::rc::Weak<dyn crate::value::iter::Call>,
    }))
}

/// `reversed(seq)` (`reversed_new_impl`): a list, a range and a dict have
/// `__reversed__`; a tuple, a string and an object whose class has
/// `__getitem__` are read by index from `len(seq) - 1` down.
#[cfg(feature = "asyncio-py")]
pub(crate) fn reversed(args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    super::builtins::no_kwargs("reversed", &kwargs)?;
    let [seq] = <[Value; 1]>::try_from(args)
        .map_err(|args| type_error(format!("reversed expected 1 argument, got {}", args.len())))?;
    let (len, list) = match &seq {
        Value::Range(r) => {
            let len = r.len();
            let last = i128::from(r.start) + (len as i128 - 1) * i128::from(r.step);
            return Ok(iterator(Iter::Range {
                next: if len == 0 { r.start } else { last as i64 },
                step: r.step.wrapping_neg(),
                left: len,
            }));
        }
        Value::Dict(_) | Value::DictView(..) => {
            return Err(RunError::unsupported(
                "reversed() of a dict or its views is not supported yet; reverse a list of it: reversed(list(d))",
            ))
        }
        Value::List(items) => (items.borrow().len(), true),
        Value::Tuple(items) => (items.len(), false),
        Value::Str(s) => (s.chars().count(), false),
        // A class the library writes for a C type (`deque`), which has a
        // `__reversed__` of its own in CPython.
        v if v.program_class().is_some_and(|c| c.module != "__main__") => {
            return Err(RunError::unsupported(format!(
                "reversed() of a {} is not supported yet; reverse a list of it: reversed(list(d))",
                v.cpython_type_name()
            )))
        }
        v if crate::value::protocols::defines(v, "__getitem__") => {
            match crate::value::protocols::len(v) {
                Some(len) => (len?, false),
                None => {
                    return Err(type_error(format!(
                        "object of type '{}' has no len()",
                        v.cpython_type_name()
                    )))
                }
            }
        }
        other => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                other.cpython_type_name()
            )))
        }
    };
    Ok(iterator(Iter::Reversed {
        seq: Some(seq),
        next: len as i64 - 1,
        list,
    }))
}

/// `functools.reduce(function, iterable[, initial])`: each item folded
/// in with `function(result, item)`, run to its end.
#[cfg(feature = "asyncio-py")]
pub(crate) fn reduce(rt: &Rc<Runtime>, args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    super::builtins::no_kwargs("reduce", &kwargs)?;
    super::builtins::check_positional("reduce", args.len(), 2, 3)?;
    let mut args = args.into_iter();
    let (func, iterable) = (
        args.next().unwrap_or(Value::None),
        args.next().unwrap_or(Value::None),
    );
    let mut result = args.next();
    let mut items = Iter::new(iterable).map_err(|e| match e {
        Raise::Exc(e) if e.kind == ExcKind::TypeError => {
            type_error("reduce() arg 2 must support iteration".into())
        }
        other => other,
    })?;
    while let Some(item) = items.step()? {
        rt.count_step()?;
        result = Some(match result {
            None => item,
            Some(so_far) => {
                super::builtins::call_to_end(rt, func.clone(), vec![so_far, item], Vec::new())?
            }
        });
    }
    result.ok_or_else(|| type_error("reduce() of empty iterable with no initial value".into()))
}

pub(crate) fn call_iterable_builtin(
    rt: &Rc<Runtime>,
    b: Builtin,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    let name = b.name();
    match b {
        Builtin::Enumerate => {
            let (iterable, start) = enumerate_arguments(args, kwargs)?;
            let start = super::builtins::as_index(&start.unwrap_or(Value::Int(0)))?;
            let inner = Iter::new(iterable)?;
            Ok(iterator(Iter::Enumerate(Box::new(inner), start)))
        }
        Builtin::Zip => {
            super::builtins::parsed_keywords(name, kwargs, [])?;
            let mut inners = args.into_iter().map(Iter::new).try_collect_vec()?;
            // Kept last first (`Iter::Zip`).
            inners.reverse();
            Ok(iterator(Iter::Zip(inners)))
        }
        Builtin::Sum => {
            if args.is_empty() {
                return Err(type_error(
                    "sum() takes at least 1 positional argument (0 given)".into(),
                ));
            }
            let [start_kw] = super::builtins::parsed_keywords(name, kwargs, ["start"])?;
            if args.len() > 2 {
                return Err(type_error(format!(
                    "sum() takes at most 2 arguments ({} given)",
                    args.len()
                )));
            }
            let start = match (args.len(), start_kw) {
                (2, _) => args.pop().expect("length checked"),
                (_, Some(s)) => s,
                _ => Value::Int(0),
            };
            if matches!(start, Value::Str(_)) {
                return Err(type_error(
                    "sum() can't sum strings [use ''.join(seq) instead]".into(),
                ));
            }
            let mut total = start;
            let mut items = Iter::new(args.pop().expect("length checked"))?;
            while let Some(item) = items.step()? {
                rt.count_step()?;
                total = ops::binop(BinOp::Add, &total, &item)?;
            }
            Ok(total)
        }
        Builtin::Min | Builtin::Max => {
            let op = beats(b);
            // `min_max` counts the positional arguments first.
            if args.is_empty() {
                return Err(type_error(format!(
                    "{name} expected at least 1 argument, got 0"
                )));
            }
            let [key, default] =
                super::builtins::parsed_keywords(name, kwargs, ["key", "default"])?;
            // One argument is stepped as it is compared, as CPython's
            // `min_max` does: a generator sees the key calls before it.
            let mut candidates = match args.len() {
                0 => unreachable!("checked above"),
                1 => match args.pop().expect("length checked") {
                    #[cfg(feature = "asyncio-py")]
                    Value::Set(set) if key.is_none() => Iter::Items(set.borrow().members(), 0),
                    v => Iter::new(v)?,
                },
                _ if default.is_some() => {
                    return Err(type_error(format!(
                        "Cannot specify a default for {name}() with multiple positional arguments"
                    )))
                }
                _ => Iter::Items(args, 0),
            };
            let mut best: Option<(Value, Value)> = None;
            while let Some(item) = candidates.step()? {
                rt.count_step()?;
                let k = key_of(rt, &key, &item)?;
                best = match best {
                    // CPython keeps the first of equal items.
                    Some((bk, bv)) if !less(op, &k, &bk)? => Some((bk, bv)),
                    _ => Some((k, item)),
                };
            }
            match (best, default) {
                (Some((_, v)), _) => Ok(v),
                (None, Some(d)) => Ok(d),
                (None, None) => Err(empty_sequence(name)),
            }
        }
        Builtin::Sorted => {
            if args.len() != 1 {
                return Err(type_error(format!(
                    "sorted expected 1 argument, got {}",
                    args.len()
                )));
            }
            // `sorted` hands its keywords to `list.sort`.
            let [key, reverse] =
                super::builtins::parsed_keywords("sort", kwargs, ["key", "reverse"])?;
            let list = items_in_any_order(args.pop().expect("length checked"), key.is_none())?;
            let reverse = reverse_flag(reverse)?;
            let mut list = list;
            sort(rt, &mut list, &key, reverse)?;
            Ok(Value::list(list))
        }
        Builtin::Any | Builtin::All => {
            super::builtins::no_kwargs(name, &kwargs)?;
            let iterable = super::builtins::exactly_one(name, args)?;
            // any: stop at the first true item; all: at the first false one
            // (a generator is run no further).
            let stop_on = b == Builtin::Any;
            #[cfg(feature = "asyncio-py")]
            let iterable = match iterable {
                Value::Set(set) => Value::list(set.borrow().members()),
                v => v,
            };
            let mut items = Iter::new(iterable)?;
            while let Some(item) = items.step()? {
                rt.count_step()?;
                if item.is_true()? == stop_on {
                    return Ok(Value::Bool(stop_on));
                }
            }
            Ok(Value::Bool(!stop_on))
        }
        Builtin::Iter => {
            at_most_two(name, &args, &kwargs)?;
            if args.len() == 2 && !super::builtins::callable(&args[0]) {
                return Err(type_error("iter(v, w): v must be callable".into()));
            }
            if args.len() == 2 {
                return Err(RunError::unsupported(
                    "iter(callable, sentinel) is not supported yet; loop with `while` and call the function in it",
                ));
            }
            to_iterator(args.pop().expect("counted"))
        }
        // `next(it, default)`: the default instead of `StopIteration`.
        Builtin::Next => {
            at_most_two(name, &args, &kwargs)?;
            let mut args = args.into_iter();
            let (Some(it), default) = (args.next(), args.next()) else {
                unreachable!("counted")
            };
            let item = match &it {
                Value::Iterator(i) => crate::value::iter::step_shared(i)?.ok_or_else(|| {
                    Raise::Exc(Exception::with_args(ExcKind::StopIteration, Vec::new()))
                }),
                Value::Generator(g) if !g.is_async() => {
                    g.resume(Value::None, crate::value::generator::Resumption::Send)
                }
                #[cfg(feature = "asyncio-py")]
                obj if obj.program_class().is_some() => crate::value::iter::next_of_object(obj),
                other => {
                    return Err(type_error(format!(
                        "'{}' object is not an iterator",
                        other.cpython_type_name()
                    )))
                }
            };
            match (item, default) {
                (Err(Raise::Exc(e)), Some(default)) if e.kind == ExcKind::StopIteration => {
                    Ok(default)
                }
                (item, _) => item,
            }
        }
        _ => Err(RunError::internal(format!("{name} is not an iterable builtin")).into()),
    }
}

/// `iter()` and `next()` take one or two positional arguments, and say
/// so as CPython's `_PyArg_CheckPositional` does (keywords first).
fn at_most_two(name: &str, args: &[Value], kwargs: &Kwargs) -> Result<(), Raise> {
    super::builtins::no_kwargs(name, kwargs)?;
    match args.len() {
        1 | 2 => Ok(()),
        0 => Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        ))),
        n => Err(type_error(format!(
            "{name} expected at most 2 arguments, got {n}"
        ))),
    }
}

/// The items of `v`, for a builtin whose answer does not depend on their
/// order when `order_free` (`sorted` and `min` without a key, `any`):
/// then a set whose order is not known gives its members all the same.
fn items_in_any_order(v: Value, order_free: bool) -> Result<Vec<Value>, Raise> {
    #[cfg(feature = "asyncio-py")]
    if let (Value::Set(set), true) = (&v, order_free) {
        return Ok(set.borrow().members());
    }
    #[cfg(not(feature = "asyncio-py"))]
    let _ = order_free;
    super::convert::items_sized(v)
}

/// `iter(v)`: an iterator (a generator) is its own; anything else
/// iterable gets a new one.
pub(crate) fn to_iterator(v: Value) -> Result<Value, Raise> {
    match v {
        it @ Value::Iterator(_) => Ok(it),
        Value::Generator(g) if !g.is_async() => Ok(Value::Generator(g)),
        // (By `__iter__`; by `__getitem__` alone, a sequence iterator.)
        #[cfg(feature = "asyncio-py")]
        v if crate::value::protocols::defines(&v, "__iter__") => {
            crate::value::iter::object_iterator(&v)
        }
        v => Ok(iterator(Iter::new(v)?)),
    }
}

fn iterator(it: Iter) -> Value {
    Value::Iterator(Rc::new(RefCell::new(it)))
}

/// `sorted(items, key=..., reverse=...)` and `list.sort`: the keys first,
/// then CPython's sort of them (`list_sort`), comparison for comparison,
/// with `<`. Code mode's first module has binary insertion only, which is
/// CPython's sort below 64 items, and for a total order beyond; what would
/// show the difference (a NaN, a set, a comparison that raises) goes to
/// asyncio's module, which has the whole sort.
pub(crate) fn sort(
    rt: &Rc<Runtime>,
    list: &mut Vec<Value>,
    key: &Option<Value>,
    reverse: bool,
) -> Result<(), Raise> {
    // About n log n comparisons.
    let n = list.len();
    rt.charge_items(n * (usize::BITS - n.leading_zeros()) as usize);
    let mut pairs = Vec::with_capacity(list.len());
    for item in list.iter() {
        pairs.push((key_of(rt, key, item)?, item.clone()));
    }
    // CPython reverses before and after sorting, so that equal items keep
    // their order under `reverse=True`; after a failed comparison too.
    if reverse {
        pairs.reverse();
    }
    #[cfg(feature = "asyncio-py")]
    let sorted = {
        let mut order: Vec<usize> = (0..n).collect_vec();
        let sorted = super::list_sort::sort_handles(&mut order, false, &mut |x, y| {
            rt.count_step()?;
            less(CmpOp::Lt, &pairs[x].0, &pairs[y].0)
        });
        // A comparison that raised leaves the items where the sort had
        // moved them, as CPython's `list.sort` does.
        let mut taken: Vec<Option<(Value, Value)>> = pairs.drain(..).map(Some).collect_vec();
        pairs.extend(order.iter().filter_map(|&i| taken[i].take()));
        sorted
    };
    #[cfg(not(feature = "asyncio-py"))]
    let sorted = {
        let nan = n >= 64 && pairs.iter().any(|(k, _)| orders_partially(k));
        let sorted = if nan {
            Ok(())
        } else {
            insertion_sort(rt, &mut pairs)
        };
        if n >= 64 && (nan || matches!(sorted, Err(Raise::Exc(_)))) {
            return Err(RunError::unsupported(crate::error::needs_asyncio_py(
                "sorting 64 or more items with a NaN or a comparison that raises",
            )));
        }
        sorted
    };
    if reverse {
        pairs.reverse();
    }
    list.clear();
    list.extend(pairs.into_iter().map(|(_, v)| v));
    sorted
}

/// Whether `v` is or holds a NaN, whose `<` is no total order.
#[cfg(not(feature = "asyncio-py"))]
fn orders_partially(v: &Value) -> bool {
    match v {
        Value::Float(f) => f.is_nan(),
        Value::Tuple(items) => items.iter().any(orders_partially),
        Value::List(items) => items.borrow().iter().any(orders_partially),
        _ => false,
    }
}

/// CPython's sort for lists of fewer than 64 items, comparison for
/// comparison: the first run (reversed if strictly descending), then a
/// binary insertion of each item after it. Nothing moves until a
/// comparison has succeeded, so a failing one leaves the items as they
/// were at that point.
#[cfg(not(feature = "asyncio-py"))]
fn insertion_sort(rt: &Rc<Runtime>, pairs: &mut Vec<(Value, Value)>) -> Result<(), Raise> {
    let lt = |a: &Value, b: &Value| less(CmpOp::Lt, a, b);
    let n = pairs.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if lt(&pairs[1].0, &pairs[0].0)? {
        while run < n && lt(&pairs[run].0, &pairs[run - 1].0)? {
            run += 1;
        }
        pairs[..run].reverse();
    } else {
        while run < n && !lt(&pairs[run].0, &pairs[run - 1].0)? {
            run += 1;
        }
    }
    for start in run..n {
        rt.count_step()?;
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(&pairs[start].0, &pairs[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        let pivot = pairs.remove(start);
        pairs.insert(l, pivot);
    }
    Ok(())
}

/// `enumerate(iterable, start=0)`'s arguments as 3.11's
/// `enumerate_vectorcall` binds them by hand (its messages differ from
/// other builtins': `'start' is an invalid keyword argument for
/// enumerate()` when the iterable is missing).
fn enumerate_arguments(args: Vec<Value>, kwargs: Kwargs) -> Result<(Value, Option<Value>), Raise> {
    let invalid = |k: &str| {
        type_error(format!(
            "'{k}' is an invalid keyword argument for enumerate()"
        ))
    };
    let check = |k: &str, wanted: &str| if k == wanted { Ok(()) } else { Err(invalid(k)) };
    let nargs = args.len();
    let total = nargs + kwargs.len();
    let mut all: Vec<Value> = args;
    let names: Vec<String> = kwargs.iter().map(|(k, _)| k.to_string()).collect_vec();
    all.extend(kwargs.into_iter().map(|(_, v)| v));
    let mut all = all.into_iter();
    match (total, names.as_slice()) {
        (2, [k]) => check(k, "start")?,
        (2, [k0, k1]) if k0 == "start" => {
            check(k1, "iterable")?;
            let start = all.next();
            let iterable = all.next().unwrap_or(Value::None);
            return Ok((iterable, start));
        }
        (2, [k0, k1]) => {
            check(k0, "iterable")?;
            check(k1, "start")?;
        }
        (1, [k]) => check(k, "iterable")?,
        (1 | 2, _) => {}
        _ if nargs == 0 => {
            return Err(type_error(
                "enumerate() missing required argument 'iterable'".into(),
            ))
        }
        _ => {
            return Err(type_error(format!(
                "enumerate() takes at most 2 arguments ({total} given)"
            )))
        }
    }
    let iterable = all.next().unwrap_or(Value::None);
    Ok((iterable, all.next()))
}
