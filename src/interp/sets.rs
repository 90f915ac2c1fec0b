//! `set(...)` and a set's methods, with CPython's errors; the set itself
//! (its members, and the order CPython iterates them in) is
//! `value::set`'s.

use crate::collect::CollectVec;
use crate::error::Raise;
use crate::value::iter::Iter;
use crate::value::ops::type_error;
use crate::value::set::Set;
use crate::value::{ExcKind, Exception, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `set |= other`, `-=`, `^=` or `&=` (`op`) for two sets: `set` itself
/// changed, as `set_ior` and the others change it (`&=` takes the
/// intersection's table). One set with itself: `-=` and `^=` empty it,
/// `|=` leaves it as it is.
pub(crate) fn in_place(
    set: &Rc<RefCell<Set>>,
    op: crate::program::BinOp,
    other: &Rc<RefCell<Set>>,
) -> Result<(), Raise> {
    use crate::program::BinOp;
    if Rc::ptr_eq(set, other) && op != BinOp::BitAnd {
        if op != BinOp::BitOr {
            let freed = set.borrow_mut().clear();
            drop(freed);
        }
        return Ok(());
    }
    if op == BinOp::BitAnd {
        let result = set.borrow().operator(op, &other.borrow())?;
        set.borrow_mut().replace_with(result);
        return Ok(());
    }
    let other = other.borrow();
    let mut set = set.borrow_mut();
    match op {
        BinOp::BitOr => set.update_from_set(&other),
        BinOp::Sub => set.absorb(&other, crate::value::set::Each::Discard),
        _ => set.absorb(&other, crate::value::set::Each::Toggle),
    }
}

/// `set()` or `set(iterable)`.
pub(crate) fn new(iterable: Option<Value>) -> Result<Value, Raise> {
    let set = match iterable {
        None => Set::new(),
        // `set_merge`: the other set's table, as it is.
        Some(Value::Set(other)) => other.borrow().copy(),
        Some(v) => {
            let set = RefCell::new(Set::new());
            update(&set, v)?;
            set.into_inner()
        }
    };
    Ok(Value::Set(Rc::new(RefCell::new(set))))
}

/// Adds every item of `iterable`, as CPython's `set_update_internal`
/// does: a set's merged, a dict's keys after sizing for them, any other
/// iterable's items one by one as they come (a generator sees the set
/// grow, and an unhashable item stops it there).
fn update(set: &RefCell<Set>, iterable: Value) -> Result<(), Raise> {
    let keys = match &iterable {
        Value::Set(other) => return set.borrow_mut().update_from_set(&other.borrow()),
        Value::Dict(d) => {
            set.borrow_mut().presize(d.borrow().entries.len());
            d.borrow()
                .entries
                .iter()
                .map(|(k, _)| k.clone())
                .collect_vec()
        }
        _ => return Iter::new(iterable)?.each(|v| set.borrow_mut().add(v)),
    };
    keys.into_iter().try_for_each(|v| set.borrow_mut().add(v))
}

/// `set.name(*args)`.
pub(crate) fn call(set: &Rc<RefCell<Set>>, name: &str, args: Vec<Value>) -> Result<Value, Raise> {
    let arity = |n: usize| -> Result<(), Raise> {
        if args.len() == n {
            return Ok(());
        }
        Err(type_error(match n {
            0 => format!("set.{name}() takes no arguments ({} given)", args.len()),
            _ => format!(
                "set.{name}() takes exactly one argument ({} given)",
                args.len()
            ),
        }))
    };
    match name {
        "add" | "discard" | "remove" => arity(1)?,
        "update" => {}
        _ => arity(0)?,
    }
    let mut args = args.into_iter();
    let mut s = set.borrow_mut();
    match name {
        "add" => s.add(args.next().expect("arity checked"))?,
        "discard" => {
            s.discard(&args.next().expect("arity checked"))?;
        }
        "remove" => {
            let v = args.next().expect("arity checked");
            if !s.discard(&v)? {
                return Err(Raise::Exc(Exception::with_args(ExcKind::KeyError, vec![v])));
            }
        }
        "pop" => {
            return s.pop()?.ok_or_else(|| {
                Raise::Exc(Exception::new(ExcKind::KeyError, "pop from an empty set"))
            })
        }
        "clear" => {
            let removed = s.clear();
            // Dropping may report (a coroutine freed unawaited): after the
            // borrow ends.
            drop(s);
            drop(removed);
        }
        "copy" => return Ok(Value::Set(Rc::new(RefCell::new(s.copy())))),
        "update" => {
            drop(s);
            for other in args {
                // `s.update(s)` changes nothing.
                if matches!(&other, Value::Set(o) if Rc::ptr_eq(o, set)) {
                    continue;
                }
                update(set, other)?;
            }
        }
        _ => {
            return Err(crate::error::RunError::internal(format!(
                "set.{name} is in the table of modelled methods but not here"
            ))
            .into())
        }
    }
    Ok(Value::None)
}
