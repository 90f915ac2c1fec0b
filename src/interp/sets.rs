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
            set.borrow_mut().presize(d.borrow().len());
            d.borrow().entries().map(|(k, _)| k.clone()).collect_vec()
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
        "add"
        | "discard"
        | "remove"
        | "isdisjoint"
        | "issubset"
        | "issuperset"
        | "symmetric_difference"
        | "symmetric_difference_update" => arity(1)?,
        "update"
        | "union"
        | "intersection"
        | "intersection_update"
        | "difference"
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
    use crate::program::BinOp;
    use crate::value::set::Each;
    let is_set = |v: &Value| matches!(v, Value::Set(o) if Rc::ptr_eq(o, set));
    let result = match name {
        // `set_union`: a copy, updated with each other but `set` itself.
        "union" => {
            let result = RefCell::new(set.borrow().copy());
            for other in args.iter().filter(|o| !is_set(o)) {
                update(&result, other.clone())?;
            }
            result.into_inner()
        }
        // `set_intersection_multi`, then (`_update`) `set_swap_bodies`.
        "intersection" | "intersection_update" => {
            // `None` while the result is still `set` itself.
            let mut result: Option<Set> = None;
            for other in args {
                let next = match (other, &result) {
                    (o, None) if is_set(o) => set.borrow().copy(),
                    (Value::Set(o), None) => set.borrow().operator(BinOp::BitAnd, &o.borrow())?,
                    (Value::Set(o), Some(r)) => r.operator(BinOp::BitAnd, &o.borrow())?,
                    // Its items that are members, added as they come.
                    (other, _) => {
                        let mut kept = Set::new();
                        let mut items = Iter::new(other.clone())?;
                        while let Some(v) = items.step()? {
                            let found = match &result {
                                Some(r) => r.contains(&v)?,
                                None => set.borrow().contains(&v)?,
                            };
                            if found {
                                kept.add(v)?;
                            }
                        }
                        kept
                    }
                };
                result = Some(next);
            }
            let result = match result {
                Some(result) => result,
                None => set.borrow().copy(),
            };
            if name == "intersection_update" {
                set.borrow_mut().replace_with(result);
                return Ok(Some(Value::None));
            }
            result
        }
        // `set_difference_multi`: `set_difference` with the first (a set
        // or a dict by its table, the rest by `set_copy_and_difference`),
        // then `set_difference_update_internal` with the others.
        "difference" => {
            let (result, rest) = match args.split_first() {
                Some((first @ (Value::Set(_) | Value::Dict(_)), rest)) => {
                    let first = as_set(first)?;
                    let result = set.borrow().operator(BinOp::Sub, &first.borrow())?;
                    (result, rest)
                }
                _ => (set.borrow().copy(), args),
            };
            let result = Rc::new(RefCell::new(result));
            for other in rest {
                discard_each(&result, other)?;
            }
            result.take()
        }
        "difference_update" => {
            for other in args {
                discard_each(set, other)?;
            }
            return Ok(Some(Value::None));
        }
        // `set_symmetric_difference`: `set(other)`, toggled by `set`'s
        // members in `set`'s order.
        "symmetric_difference" => {
            let mut result = match &args[0] {
                Value::Set(o) => o.borrow().copy(),
                other => as_set(other)?.take(),
            };
            result.absorb(&set.borrow(), Each::Toggle)?;
            result
        }
        // `set_symmetric_difference_update`: a dict's keys toggled in its
        // order, any other iterable made a set first and walked in its.
        "symmetric_difference_update" => {
            let toggled = match &args[0] {
                // `^=`'s own rules, a set with itself emptied among them.
                Value::Set(o) => {
                    in_place(set, BinOp::BitXor, o)?;
                    return Ok(Some(Value::None));
                }
                Value::Dict(d) => {
                    let keys = d.borrow().entries().map(|(k, _)| k.clone()).collect_vec();
                    let mut s = set.borrow_mut();
                    for k in keys {
                        if !s.discard(&k)? {
                            s.add(k)?;
                        }
                    }
                    return Ok(Some(Value::None));
                }
                other => as_set(other)?,
            };
            let toggled = toggled.borrow();
            set.borrow_mut().absorb(&toggled, Each::Toggle)?;
            return Ok(Some(Value::None));
        }
        "issubset" => {
            let other = as_set(&args[0])?;
            let holds = set.borrow().is_subset(&other.borrow())?;
            return Ok(Some(Value::Bool(holds)));
        }
        // `set_issuperset` and `set_isdisjoint`: for a set, membership
        // tests of one set's members in the other; for any other iterable,
        // of its items as they come, stopping at the first that decides.
        "issuperset" | "isdisjoint" => {
            let superset = name == "issuperset";
            if let Value::Set(o) = &args[0] {
                let (mine, theirs) = (set.borrow(), o.borrow());
                let holds = match superset {
                    true => theirs.is_subset(&mine)?,
                    false => mine.is_disjoint(&theirs)?,
                };
                return Ok(Some(Value::Bool(holds)));
            }
            let mut items = Iter::new(args[0].clone())?;
            while let Some(v) = items.step()? {
                if set.borrow().contains(&v)? != superset {
                    return Ok(Some(Value::Bool(false)));
                }
            }
            return Ok(Some(Value::Bool(true)));
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Set(Rc::new(RefCell::new(result)))))
}

/// `other` as a set: itself, or `set(other)`.
fn as_set(other: &Value) -> Result<Rc<RefCell<Set>>, Raise> {
    if let Value::Set(o) = other {
        return Ok(o.clone());
    }
    let made = RefCell::new(Set::new());
    update(&made, other.clone())?;
    Ok(Rc::new(made))
}

/// `set_difference_update_internal(so, other)`: for a set, `-=`'s
/// (`so` itself emptied, or the set's members discarded in its order);
/// any other iterable's items discarded as they come.
fn discard_each(so: &Rc<RefCell<Set>>, other: &Value) -> Result<(), Raise> {
    if let Value::Set(o) = other {
        return in_place(so, crate::program::BinOp::Sub, o);
    }
    let mut items = Iter::new(other.clone())?;
    while let Some(v) = items.step()? {
        so.borrow_mut().discard(&v)?;
    }
    so.borrow_mut().discards_done();
    Ok(())
}
