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
        "add" | "discard" | "remove" | "isdisjoint" | "issubset" | "issuperset"
        | "symmetric_difference" | "symmetric_difference_update" => arity(1)?,
        "update" | "union" | "intersection" | "intersection_update" | "difference"
        | "difference_update" => {}
        _ => arity(0)?,
    }
    if let Some(done) = algebra(set, name, &args)? {
        return Ok(done);
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

/// The methods of set algebra, each as `setobject.c` writes it (which set
/// is copied, which is walked, what is added in which order), so a set of
/// ints comes out in CPython's table order; `None` for the others. An
/// argument that is not a set is iterated as it comes, with no borrow of
/// `set` held across its steps (a generator may read `set`).
fn algebra(set: &Rc<RefCell<Set>>, name: &str, args: &[Value]) -> Result<Option<Value>, Raise> {
    let is_set = |v: &Value| matches!(v, Value::Set(o) if Rc::ptr_eq(o, set));
    let made = |s: Set| Some(Value::Set(Rc::new(RefCell::new(s))));
    Ok(match name {
        // `set_union`: a copy, updated with each other but `set` itself.
        "union" => {
            let result = RefCell::new(set.borrow().copy());
            for other in args.iter().filter(|o| !is_set(o)) {
                update(&result, other.clone())?;
            }
            made(result.into_inner())
        }
        // `set_intersection_multi`, then (`_update`) `set_swap_bodies`.
        "intersection" | "intersection_update" => {
            let result = match args.split_first() {
                None => set.borrow().copy(),
                Some((first, rest)) => {
                    let mut result = intersect(set, first, true)?;
                    for other in rest {
                        result = intersect(&Rc::new(RefCell::new(result)), other, false)?;
                    }
                    result
                }
            };
            if name == "intersection" {
                return Ok(made(result));
            }
            set.borrow_mut().replace_with(result);
            Some(Value::None)
        }
        // `set_difference_multi`: `set_difference` with the first, then
        // `set_difference_update_internal` with the rest.
        "difference" => {
            let Some((first, rest)) = args.split_first() else {
                return Ok(made(set.borrow().copy()));
            };
            let result = match first {
                Value::Set(o) => Rc::new(RefCell::new(
                    set.borrow().operator(crate::program::BinOp::Sub, &o.borrow())?,
                )),
                // A dict's keys are looked up as a set's members.
                Value::Dict(d) => {
                    let keys = new(Some(Value::Dict(d.clone())))?;
                    let Value::Set(keys) = keys else {
                        unreachable!("set() makes a set")
                    };
                    let result = set
                        .borrow()
                        .operator(crate::program::BinOp::Sub, &keys.borrow())?;
                    Rc::new(RefCell::new(result))
                }
                other => {
                    let result = Rc::new(RefCell::new(set.borrow().copy()));
                    discard_each(&result, other)?;
                    result
                }
            };
            for other in rest {
                discard_each(&result, other)?;
            }
            let result = Rc::try_unwrap(result).map_or_else(|r| r.borrow().copy(), RefCell::into_inner);
            made(result)
        }
        "difference_update" => {
            for other in args {
                discard_each(set, other)?;
            }
            Some(Value::None)
        }
        // `set_symmetric_difference`: `set(other)`, toggled by `set`'s
        // members in `set`'s order.
        "symmetric_difference" => {
            let Value::Set(result) = new(Some(args[0].clone()))? else {
                unreachable!("set() makes a set")
            };
            let own = set.borrow();
            result.borrow_mut().absorb(&own, crate::value::set::Each::Toggle)?;
            drop(own);
            Some(Value::Set(result))
        }
        // `set_symmetric_difference_update`: a dict's keys toggled in its
        // order, any other iterable made a set first and walked in its.
        "symmetric_difference_update" => {
            let toggled = match &args[0] {
                o if is_set(o) => {
                    let freed = set.borrow_mut().clear();
                    drop(freed);
                    return Ok(Some(Value::None));
                }
                Value::Set(o) => o.clone(),
                Value::Dict(d) => {
                    let keys = d.borrow().entries.iter().map(|(k, _)| k.clone()).collect_vec();
                    for k in keys {
                        let mut s = set.borrow_mut();
                        if !s.discard(&k)? {
                            s.add(k)?;
                        }
                    }
                    return Ok(Some(Value::None));
                }
                other => match new(Some(other.clone()))? {
                    Value::Set(o) => o,
                    _ => unreachable!("set() makes a set"),
                },
            };
            let toggled = toggled.borrow();
            set.borrow_mut().absorb(&toggled, crate::value::set::Each::Toggle)?;
            Some(Value::None)
        }
        // `set_issubset`, with any other iterable made a set first.
        "issubset" => {
            let other = match &args[0] {
                Value::Set(o) => o.clone(),
                other => match new(Some(other.clone()))? {
                    Value::Set(o) => o,
                    _ => unreachable!("set() makes a set"),
                },
            };
            let holds = set.borrow().is_subset(&other.borrow())?;
            Some(Value::Bool(holds))
        }
        // `set_issuperset`: the other way round for a set, else every item
        // of the iterable looked up as it comes.
        "issuperset" => Some(Value::Bool(match &args[0] {
            Value::Set(o) => o.borrow().is_subset(&set.borrow())?,
            other => all_items(other, |v| set.borrow().contains(v))?,
        })),
        // `set_isdisjoint`: the smaller set walked, or the iterable.
        "isdisjoint" => Some(Value::Bool(match &args[0] {
            o if is_set(o) => set.borrow().is_empty(),
            Value::Set(o) => {
                let (a, b) = (set.borrow(), o.borrow());
                let (walked, other) = if b.len() > a.len() { (&a, &b) } else { (&b, &a) };
                let mut disjoint = true;
                for v in walked.members() {
                    if other.contains(&v)? {
                        disjoint = false;
                        break;
                    }
                }
                disjoint
            }
            other => all_items(other, |v| set.borrow().contains(v).map(|found| !found))?,
        })),
        _ => None,
    })
}

/// `set_intersection(so, other)`: for a set, the smaller walked (`so` with
/// itself, a copy); for any other iterable, its items in `so` added as
/// they come.
fn intersect(so: &Rc<RefCell<Set>>, other: &Value, first: bool) -> Result<Set, Raise> {
    match other {
        Value::Set(o) if first && Rc::ptr_eq(o, so) => Ok(so.borrow().copy()),
        Value::Set(o) => so
            .borrow()
            .operator(crate::program::BinOp::BitAnd, &o.borrow()),
        other => {
            let result = RefCell::new(Set::new());
            Iter::new(other.clone())?.each(|v| {
                let found = so.borrow().contains(&v)?;
                if found {
                    result.borrow_mut().add(v)?;
                }
                Ok(())
            })?;
            Ok(result.into_inner())
        }
    }
}

/// `set_difference_update_internal(so, other)`: `so` itself emptied, a
/// set's members discarded in its order, any other iterable's as they
/// come.
fn discard_each(so: &Rc<RefCell<Set>>, other: &Value) -> Result<(), Raise> {
    match other {
        Value::Set(o) if Rc::ptr_eq(o, so) => {
            let freed = so.borrow_mut().clear();
            drop(freed);
            Ok(())
        }
        Value::Set(o) => so
            .borrow_mut()
            .absorb(&o.borrow(), crate::value::set::Each::Discard),
        other => Iter::new(other.clone())?.each(|v| so.borrow_mut().discard(&v).map(drop)),
    }
}

/// Whether `holds` for every item of `iterable`, stopping at the first
/// that does not.
fn all_items(
    iterable: &Value,
    holds: impl Fn(&Value) -> Result<bool, Raise>,
) -> Result<bool, Raise> {
    let mut iter = Iter::new(iterable.clone())?;
    while let Some(v) = iter.step()? {
        if !holds(&v)? {
            return Ok(false);
        }
    }
    Ok(true)
}
