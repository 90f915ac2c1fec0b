//! `x[i]`, `x[a:b:c]` and `x[i] = v` with CPython's rules: negative indices
//! count from the end, slices clamp instead of failing, and each type fails
//! with its own message (`list index out of range`, `KeyError: 'k'`,
//! `'tuple' object does not support item assignment`).

use super::ops::type_error;
use super::{ExcKind, Exception, Value};
#[cfg(feature = "code")]
use crate::collect::CollectVec;
use crate::error::{Raise, RunError};

fn index_error(msg: String) -> Raise {
    Raise::Exc(Exception::new(ExcKind::IndexError, msg))
}

#[cfg(not(feature = "code"))]
fn not_subscriptable(v: &Value) -> Raise {
    match v {
        Value::Class(_) | Value::Builtin(_) => RunError::needs_code_mode("subscripting a class"),
        _ => type_error(format!(
            "'{}' object is not subscriptable",
            v.cpython_type_name()
        )),
    }
}

#[cfg(feature = "code")]
fn not_subscriptable(v: &Value) -> Raise {
    use super::Builtin;
    // `Box[int]` of `class Box(Generic[T])`: a generic alias, or
    // CPython's TypeError for a subclass that names no type variables.
    #[cfg(feature = "asyncio-py")]
    if let Value::UserClass(c) = v {
        if c.is_generic() {
            return RunError::unsupported(format!(
                "`{}[...]`, a subscript of a class derived from `typing.Generic` or `Protocol`, is not supported yet; call the class itself",
                c.name
            ));
        }
    }
    let class = match v {
        Value::Class(c) => Some(c.name()),
        // The library's classes: several have `__class_getitem__`
        // (`asyncio.Queue[int]`, `contextvars.ContextVar[str]`).
        Value::UserClass(c) if c.module != "__main__" => Some("Task"),
        Value::UserClass(c) => Some(c.name),
        Value::Builtin(
            b @ (Builtin::Type | Builtin::Range | Builtin::Enumerate | Builtin::Zip),
        ) => Some(b.name()),
        _ => None,
    };
    match class {
        // Classes with `__class_getitem__` make a generic alias
        // (`list[int]`, in annotations), which is not modelled.
        Some(
            name @ ("list" | "dict" | "tuple" | "set" | "frozenset" | "enumerate" | "type" | "Task"
            | "Future"),
        ) => RunError::unsupported(format!(
            "`{}[...]`, a generic alias as in type annotations, is not supported yet",
            match v {
                Value::UserClass(c) => c.name,
                _ => name,
            }
        )),
        Some(name) => type_error(format!("type '{name}' is not subscriptable")),
        None => type_error(format!(
            "'{}' object is not subscriptable",
            v.cpython_type_name()
        )),
    }
}

/// An index as a position in a sequence of `len` items, or `None` when it
/// is out of range after counting negative indices from the end.
fn position(i: i64, len: usize) -> Option<usize> {
    // In i128: a range can be longer than i64::MAX.
    let (i, len) = (i128::from(i), len as i128);
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// The integer value of a sequence index (`True` counts as 1), or the
/// `TypeError` the type gives for anything else.
fn int_index(container: &Value, index: &Value) -> Result<i64, Raise> {
    match index {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(type_error(match container {
            Value::Str(_) => format!(
                "string indices must be integers, not '{}'",
                other.cpython_type_name()
            ),
            c => format!(
                "{} indices must be integers or slices, not {}",
                c.cpython_type_name(),
                other.cpython_type_name()
            ),
        })),
    }
}

/// `container[index]`
pub fn get_item(container: &Value, index: &Value) -> Result<Value, Raise> {
    #[cfg(feature = "asyncio-py")]
    if let Some(item) = super::protocols::get_item(container, index) {
        return item;
    }
    let out_of_range = |what: &str| index_error(format!("{what} index out of range"));
    match container {
        Value::List(items) => {
            let items = items.borrow();
            let i = int_index(container, index)?;
            position(i, items.len())
                .map(|p| items[p].clone())
                .ok_or_else(|| out_of_range("list"))
        }
        Value::Tuple(items) => {
            let i = int_index(container, index)?;
            position(i, items.len())
                .map(|p| items[p].clone())
                .ok_or_else(|| out_of_range("tuple"))
        }
        Value::Str(s) => {
            let i = int_index(container, index)?;
            let count = s.chars().count();
            position(i, count)
                .and_then(|p| s.chars().nth(p))
                .map(|c| Value::Str(c.to_string().into()))
                .ok_or_else(|| out_of_range("string"))
        }
        Value::Range(r) => {
            let i = int_index(container, index)?;
            position(i, r.len())
                .map(|p| Value::Int((i128::from(r.start) + p as i128 * i128::from(r.step)) as i64))
                .ok_or_else(|| out_of_range("range object"))
        }
        Value::Dict(d) => d.borrow().get(index)?.ok_or_else(|| {
            Raise::Exc(Exception::with_args(ExcKind::KeyError, vec![index.clone()]))
        }),
        other => Err(not_subscriptable(other)),
    }
}

/// `container[index] = value`
pub fn set_item(container: &Value, index: Value, value: Value) -> Result<(), Raise> {
    #[cfg(feature = "asyncio-py")]
    if container.program_class().is_some() {
        if let Some(done) = super::protocols::set_item(container, &index, Some(value)) {
            return done;
        }
        return Err(no_item_assignment(container));
    }
    match container {
        Value::List(items) => {
            let i = int_index(container, &index)?;
            let mut items = items.borrow_mut();
            let p = position(i, items.len())
                .ok_or_else(|| index_error("list assignment index out of range".into()))?;
            items[p] = value;
            Ok(())
        }
        Value::Dict(d) => d.borrow_mut().insert(index, value),
        other => Err(no_item_assignment(other)),
    }
}

fn no_item_assignment(container: &Value) -> Raise {
    type_error(format!(
        "'{}' object does not support item assignment",
        container.cpython_type_name()
    ))
}

/// `del container[index]`: what was removed, for the caller to let go of
/// once no borrow is held (freeing it may report).
#[cfg(feature = "code")]
pub fn del_item(container: &Value, index: &Value) -> Result<Value, Raise> {
    #[cfg(feature = "asyncio-py")]
    if let Some(done) = super::protocols::set_item(container, index, None) {
        return done.map(|()| Value::None);
    }
    match container {
        Value::List(items) => {
            let i = int_index(container, index)?;
            let mut items = items.borrow_mut();
            let p = position(i, items.len())
                .ok_or_else(|| index_error("list assignment index out of range".into()))?;
            Ok(items.remove(p))
        }
        Value::Dict(d) => {
            let removed = d.borrow_mut().remove(index)?;
            removed.ok_or_else(|| {
                Raise::Exc(super::Exception::with_args(
                    ExcKind::KeyError,
                    vec![index.clone()],
                ))
            })
        }
        other => Err(no_item_deletion(other)),
    }
}

/// `del container[lower:upper:step]`: the removed items, as `del_item`.
#[cfg(feature = "code")]
pub fn del_slice(
    container: &Value,
    lower: &Value,
    upper: &Value,
    step: &Value,
) -> Result<Vec<Value>, Raise> {
    #[cfg(feature = "asyncio-py")]
    if ["__setitem__", "__delitem__"]
        .iter()
        .any(|m| super::protocols::defines(container, m))
    {
        return Err(sliced_object());
    }
    match container {
        Value::List(items) => {
            let len = items.borrow().len();
            // The positions come in the slice's order, ascending or
            // descending; removed from the last, each earlier one stays put.
            let mut picked = slice_positions(len, lower, upper, step)?;
            if picked.first() < picked.last() {
                picked.reverse();
            }
            let mut items = items.borrow_mut();
            let mut removed = Vec::with_capacity(picked.len());
            for p in picked {
                removed.push(items.remove(p));
            }
            Ok(removed)
        }
        Value::Dict(_) => Err(type_error("unhashable type: 'slice'".into())),
        other => Err(no_item_deletion(other)),
    }
}

/// A slice of an object whose class has item methods: CPython hands them
/// a `slice` object, which the engine does not model.
#[cfg(feature = "asyncio-py")]
fn sliced_object() -> Raise {
    RunError::unsupported(
        "slicing an object of the program's class (`obj[a:b]` hands its `__getitem__`, `__setitem__` or `__delitem__` a slice object) is not supported yet; give the method the bounds as arguments of a method of its own",
    )
}

#[cfg(feature = "code")]
fn no_item_deletion(container: &Value) -> Raise {
    type_error(format!(
        "'{}' object doesn't support item deletion",
        container.cpython_type_name()
    ))
}

/// A slice bound: an int, or `None` for "from the edge".
#[cfg(feature = "code")]
fn bound(v: &Value) -> Result<Option<i64>, Raise> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        _ => Err(type_error(
            "slice indices must be integers or None or have an __index__ method".into(),
        )),
    }
}

/// The positions `lower:upper:step` selects from `len` items, as CPython's
/// `PySlice_AdjustIndices` computes them.
#[cfg(feature = "code")]
fn slice_positions(
    len: usize,
    lower: &Value,
    upper: &Value,
    step: &Value,
) -> Result<Vec<usize>, Raise> {
    let step = bound(step)?.unwrap_or(1);
    if step == 0 {
        return Err(Raise::Exc(Exception::new(
            ExcKind::ValueError,
            "slice step cannot be zero",
        )));
    }
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => {
                let i = i.saturating_add(len);
                if i < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    i
                }
            }
            Some(i) if i >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(i) => i,
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(bound(lower)?, 0), clamp(bound(upper)?, len))
    } else {
        (clamp(bound(lower)?, len - 1), clamp(bound(upper)?, -1))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

/// Slicing, which the forms never reach: the page's first download leaves
/// it to Code mode's.
#[cfg(not(feature = "code"))]
pub fn get_slice(_: &Value, _: &Value, _: &Value, _: &Value) -> Result<Value, Raise> {
    Err(RunError::needs_code_mode("slicing (`items[1:3]`)"))
}

/// `container[lower:upper:step]`
#[cfg(feature = "code")]
pub fn get_slice(
    container: &Value,
    lower: &Value,
    upper: &Value,
    step: &Value,
) -> Result<Value, Raise> {
    #[cfg(feature = "asyncio-py")]
    if super::protocols::defines(container, "__getitem__") {
        return Err(sliced_object());
    }
    match container {
        Value::List(items) => {
            let items = items.borrow();
            let picked = slice_positions(items.len(), lower, upper, step)?;
            Ok(Value::list(
                picked.into_iter().map(|p| items[p].clone()).collect_vec(),
            ))
        }
        Value::Tuple(items) => {
            let picked = slice_positions(items.len(), lower, upper, step)?;
            Ok(Value::tuple(
                picked.into_iter().map(|p| items[p].clone()).collect_vec(),
            ))
        }
        Value::Str(s) => {
            let chars: Vec<char> = s.chars().collect_vec();
            let picked = slice_positions(chars.len(), lower, upper, step)?;
            Ok(Value::Str(
                picked
                    .into_iter()
                    .map(|p| chars[p])
                    .collect::<String>()
                    .into(),
            ))
        }
        Value::Range(_) => Err(RunError::unsupported(
            "slicing a range is not modelled yet; slice list(range(...)) instead",
        )),
        Value::Dict(_) => Err(type_error("unhashable type: 'slice'".into())),
        other => Err(not_subscriptable(other)),
    }
}
