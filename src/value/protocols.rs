//! The program's special methods where the engine's own operations call
//! them, as CPython's type slots do (`Objects/typeobject.c`): `__len__`
//! (`len()`, truth, and the length hint `list()` and its kind ask for),
//! `__bool__`, `__contains__`, and `__getitem__`, `__setitem__` and
//! `__delitem__` (subscripts, and iteration by index for a class with
//! `__getitem__` but no `__iter__`: `Iter::Sequence`). Each with the
//! checks CPython makes of what the method returns. Part of asyncio's
//! module (feature `asyncio-py`).
//!
//! What lives elsewhere: `__iter__` and `__next__` (`iter`), the
//! comparisons (`ops::rich`), `__call__` (`interp::builtins::call`, which
//! knows how to call), and the special methods a class may not define
//! (`program::SPECIAL_METHODS` says which it may).

use super::class::call_special;
use super::{ExcKind, Exception, Value};
use crate::error::Raise;

fn type_error(message: String) -> Raise {
    Raise::Exc(Exception::new(ExcKind::TypeError, message))
}

/// Whether `v` is an object of the program's class whose class (or a base)
/// defines `name`.
pub fn defines(v: &Value, name: &str) -> bool {
    v.program_class().is_some_and(|c| c.lookup(name).is_some())
}

/// `len(obj)` by its class's `__len__` (`slot_sq_length`): what it returns
/// must be an int (`_PyNumber_Index`), and not negative. `None` when the
/// class has no `__len__`.
pub fn len(obj: &Value) -> Option<Result<usize, Raise>> {
    let returned = call_special(obj, "__len__", Vec::new())?;
    Some(returned.and_then(|v| {
        let n = match v {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            other => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.cpython_type_name()
                )))
            }
        };
        if n < 0 {
            return Err(Raise::Exc(Exception::new(
                ExcKind::ValueError,
                "__len__() should return >= 0",
            )));
        }
        Ok(n as usize)
    }))
}

/// The truth of an object of the program's class (`PyObject_IsTrue`):
/// its class's `__bool__`, which must return a bool, else its `__len__`
/// (nonzero is true). `None` when the class has neither: true.
pub fn truth(obj: &Value) -> Option<Result<bool, Raise>> {
    if let Some(returned) = call_special(obj, "__bool__", Vec::new()) {
        return Some(returned.and_then(|v| match v {
            Value::Bool(b) => Ok(b),
            other => Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                other.cpython_type_name()
            ))),
        }));
    }
    len(obj).map(|n| n.map(|n| n > 0))
}

/// The call of `__len__` that `PyObject_LengthHint` makes where CPython
/// sizes a list before filling it from `obj` (`list()`, `tuple()`,
/// `sorted()`, `str.join`, `list.extend`, `[*obj]`, `f(*obj)`), after
/// `__iter__`: the engine's lists grow as they fill, so the length is not
/// used, but the method runs, and what it raises raises, a TypeError
/// aside (CPython drops that one and guesses).
pub fn length_hint(obj: &Value) -> Result<(), Raise> {
    match len(obj) {
        Some(Err(Raise::Exc(e))) if e.kind == ExcKind::TypeError => Ok(()),
        Some(Err(e)) => Err(e),
        // CPython allocates room for that many items first: a gigabyte
        // and more may fail (MemoryError) or not, as the machine has it.
        Some(Ok(n)) if n > MAX_HINT => Err(crate::error::RunError::unsupported(format!(
            "a length hint of {n} (`__len__`): CPython allocates room for that many items before it fills the list, which fails with MemoryError or not as the machine's memory goes; Interleave does not model that"
        ))),
        _ => Ok(()),
    }
}

/// The largest length hint whose allocation CPython makes on any machine
/// (a gigabyte of item pointers).
const MAX_HINT: usize = 1 << 27;

/// `item in obj` by its class's `__contains__` (`slot_sq_contains`), whose
/// answer's truth is the answer. `None` when the class has none (then
/// `in` iterates).
pub fn contains(obj: &Value, item: &Value) -> Option<Result<bool, Raise>> {
    let returned = call_special(obj, "__contains__", vec![item.clone()])?;
    Some(returned.and_then(|v| v.is_true()))
}

/// `obj[key]` by its class's `__getitem__`; `None` when it has none.
pub fn get_item(obj: &Value, key: &Value) -> Option<Result<Value, Raise>> {
    call_special(obj, "__getitem__", vec![key.clone()])
}

/// `obj[key] = value` (`Some(value)`) or `del obj[key]` (`None`) by its
/// class's `__setitem__` or `__delitem__` (`slot_mp_ass_subscript`).
/// CPython gives a class one slot for both, so a class with only one of
/// them raises AttributeError naming the other. `None` when the class has
/// neither.
pub fn set_item(obj: &Value, key: &Value, value: Option<Value>) -> Option<Result<(), Raise>> {
    if !defines(obj, "__setitem__") && !defines(obj, "__delitem__") {
        return None;
    }
    let (name, args) = match value {
        Some(v) => ("__setitem__", vec![key.clone(), v]),
        None => ("__delitem__", vec![key.clone()]),
    };
    Some(match call_special(obj, name, args) {
        Some(returned) => returned.map(|_| ()),
        None => Err(Raise::Exc(Exception::with_args(
            ExcKind::AttributeError,
            vec![Value::str(name)],
        ))),
    })
}
