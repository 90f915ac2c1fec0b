//! Exception groups (PEP 654), as CPython 3.11's `Objects/exceptions.c`
//! makes them: `BaseExceptionGroup(message, exceptions)` and its checks,
//! `str`, `split` / `subgroup` / `derive`, and the two steps an `except*`
//! takes: `star_match` for each clause, `prep_reraise_star` at the end.
//!
//! What a matcher is (a class, a tuple of them, a function) is decided by
//! the interpreter, which alone can call the program's functions: here a
//! matcher is a closure. How a report prints a group is
//! `group_report.rs`'s; the `except*` instructions are the VM's.

use super::exception::{Exc, ExcKind, Exception};
use super::Value;
use crate::collect::CollectVec;
use crate::error::Raise;
use std::cell::Cell;
use std::rc::Rc;

/// What makes an exception a group: `eg.message` and `eg.exceptions`.
#[derive(Debug)]
pub struct Group {
    pub message: Rc<str>,
    pub exceptions: Rc<[Exc]>,
}

thread_local! {
    /// The last traceback mark handed out (`Exception::traceback_mark`).
    static LAST_MARK: Cell<u32> = const { Cell::new(0) };
}

/// Decides whether one exception (a leaf or a whole group) matches.
pub type Matcher<'a> = dyn FnMut(&Exc) -> Result<bool, Raise> + 'a;

fn type_error(message: &str) -> Raise {
    Raise::Exc(Exception::new(ExcKind::TypeError, message))
}

fn value_error(message: String) -> Raise {
    Raise::Exc(Exception::new(ExcKind::ValueError, message))
}

impl Exception {
    /// `eg.message` and `eg.exceptions`, for a group.
    pub fn group(&self) -> Option<&Group> {
        self.group.as_deref()
    }

    /// Its traceback changes: it is raised by `raise`, or passes from a
    /// frame into its caller. A bare `raise` does neither.
    pub fn new_traceback(&self) {
        let mark = LAST_MARK.with(|m| {
            m.set(m.get().wrapping_add(1).max(1));
            m.get()
        });
        self.traceback_mark.set(mark);
    }

    /// CPython's `is_same_exception_metadata`: the same traceback, cause
    /// and context (notes are not modelled), which is how `except*` tells
    /// what a handler re-raised from what it raised.
    fn same_metadata(&self, other: &Exception) -> bool {
        let same = |a: Option<Exc>, b: Option<Exc>| match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
            _ => false,
        };
        self.traceback_mark.get() == other.traceback_mark.get()
            && same(self.cause(), other.cause())
            && same(self.context(), other.context())
    }
}

/// `BaseExceptionGroup(message, exceptions)` or `ExceptionGroup(...)`
/// (`kind`), with `BaseExceptionGroup_new`'s checks and messages: a
/// `BaseExceptionGroup` of `Exception`s only is an `ExceptionGroup`.
pub fn new(kind: ExcKind, args: Vec<Value>) -> Result<Exc, Raise> {
    let [message, sequence] = &args[..] else {
        return Err(type_error(&format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    let Value::Str(message) = message else {
        return Err(type_error(&format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    };
    let items: Vec<Value> = match sequence {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::Str(s) => s
            .chars()
            .map(|c| Value::Str(c.to_string().into()))
            .collect(),
        _ => {
            return Err(type_error(
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence".into(),
        ));
    }
    let mut exceptions = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        match item {
            Value::Exception(e) => exceptions.push(e),
            _ => {
                return Err(value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )))
            }
        }
    }
    let nests_base = exceptions
        .iter()
        .any(|e| !e.kind.is_subclass_of(ExcKind::Exception));
    let kind = match (kind, nests_base) {
        (ExcKind::BaseExceptionGroup, false) => ExcKind::ExceptionGroup,
        (ExcKind::ExceptionGroup, true) => {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ))
        }
        (kind, _) => kind,
    };
    Ok(made(kind, message.clone(), exceptions, args))
}

fn made(kind: ExcKind, message: Rc<str>, exceptions: Vec<Exc>, args: Vec<Value>) -> Exc {
    // Not `Result::expect`, which would link the `Debug` of everything an
    // exception holds into the page's module (20 KB gzipped).
    let mut group = Rc::try_unwrap(Exception::with_args(kind, args))
        .unwrap_or_else(|_| unreachable!("a new exception is not shared"));
    group.group = Some(Rc::new(Group {
        message,
        exceptions: exceptions.into(),
    }));
    Rc::new(group)
}

/// `eg.derive(excs)` as `split` uses it: a group of the same message
/// holding `excs` (a list, as its repr shows), which then takes `eg`'s
/// traceback, cause, context and notes (`exceptiongroup_subset`).
fn derive(eg: &Exc, excs: Vec<Exc>) -> Exc {
    let group = eg.group().expect("only a group is split");
    let list = Value::list(excs.iter().cloned().map(Value::Exception).collect_vec());
    let kind = if excs
        .iter()
        .all(|e| e.kind.is_subclass_of(ExcKind::Exception))
    {
        ExcKind::ExceptionGroup
    } else {
        ExcKind::BaseExceptionGroup
    };
    let derived = made(
        kind,
        group.message.clone(),
        excs,
        vec![Value::Str(group.message.clone()), list],
    );
    derived.traceback_mark.set(eg.traceback_mark.get());
    derived.copy_chaining(eg);
    // A copy of the notes, so that the parts' lists are their own.
    let notes = match eg.attrs.get("__notes__") {
        Some(Value::List(items)) => Some(items.borrow().clone()),
        Some(Value::Tuple(items)) => Some(items.to_vec()),
        _ => None,
    };
    if let Some(notes) = notes {
        derived.attrs.set(&"__notes__".into(), Value::list(notes));
    }
    derived
}

/// `eg.derive(excs)` called by the program: a new group, nothing copied.
pub fn derive_called(eg: &Exc, excs: Value) -> Result<Exc, Raise> {
    let group = eg.group().expect("only a group has derive()");
    new(
        ExcKind::BaseExceptionGroup,
        vec![Value::Str(group.message.clone()), excs],
    )
}

/// What a split gives: the part that matched and (when asked for) the
/// rest, each `None` when empty.
pub struct Split {
    pub matched: Option<Exc>,
    pub rest: Option<Exc>,
}

/// `exceptiongroup_split_recursive`: `exc` whole if it matches, else its
/// matching leaves in groups shaped as the ones holding them.
pub fn split(exc: &Exc, matcher: &mut Matcher<'_>, with_rest: bool) -> Result<Split, Raise> {
    if matcher(exc)? {
        return Ok(Split {
            matched: Some(exc.clone()),
            rest: None,
        });
    }
    let Some(group) = exc.group() else {
        return Ok(Split {
            matched: None,
            rest: with_rest.then(|| exc.clone()),
        });
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in group.exceptions.iter() {
        let part = split(e, matcher, with_rest)?;
        matched.extend(part.matched);
        rest.extend(part.rest);
    }
    let subset = |excs: Vec<Exc>| (!excs.is_empty()).then(|| derive(exc, excs));
    Ok(Split {
        matched: subset(matched),
        rest: if with_rest { subset(rest) } else { None },
    })
}

/// One `except*` clause tried on what is left of the exception
/// (`exception_group_match` in `ceval.c`): an exception the clause's
/// classes match whole is its match (a naked one wrapped in a group that
/// takes its traceback); a group is split.
pub fn star_match(rest: &Exc, matcher: &mut Matcher<'_>) -> Result<Split, Raise> {
    if matcher(rest)? {
        let matched = match rest.group() {
            Some(_) => rest.clone(),
            None => {
                let wrapped = new(
                    ExcKind::BaseExceptionGroup,
                    vec![
                        Value::str(""),
                        Value::tuple(vec![Value::Exception(rest.clone())]),
                    ],
                )?;
                wrapped.traceback_mark.set(rest.traceback_mark.get());
                wrapped
            }
        };
        return Ok(Split {
            matched: Some(matched),
            rest: None,
        });
    }
    if rest.group().is_some() {
        return split(rest, matcher, true);
    }
    Ok(Split {
        matched: None,
        rest: Some(rest.clone()),
    })
}

/// What an `except*` raises once its clauses have run
/// (`_PyExc_PrepReraiseStar`): `excs` is what each handler raised, then
/// the part no clause matched. Those re-raised keep `orig`'s nesting; the
/// ones raised anew become siblings in a new group.
pub fn prep_reraise_star(orig: &Exc, excs: Vec<Exc>) -> Option<Exc> {
    if orig.group().is_none() {
        // A naked exception: only one clause could run.
        return excs.into_iter().next();
    }
    let (reraised, mut raised): (Vec<Exc>, Vec<Exc>) =
        excs.into_iter().partition(|e| e.same_metadata(orig));
    let mut leaves = Vec::new();
    for e in &reraised {
        collect_leaves(e, &mut leaves);
    }
    let mut is_leaf = |e: &Exc| Ok(leaves.iter().any(|l| Rc::ptr_eq(l, e)));
    let kept = split(orig, &mut is_leaf, false)
        .unwrap_or_else(|_| unreachable!("matching by identity raises nothing"))
        .matched;
    if raised.is_empty() {
        return kept;
    }
    raised.extend(kept);
    if raised.len() == 1 {
        return raised.pop();
    }
    let list = Value::list(raised.iter().cloned().map(Value::Exception).collect_vec());
    Some(
        new(ExcKind::BaseExceptionGroup, vec![Value::str(""), list])
            .unwrap_or_else(|_| unreachable!("a group of raised exceptions is a valid group")),
    )
}

/// Every leaf of `exc` (itself, if it is no group).
fn collect_leaves(exc: &Exc, out: &mut Vec<Exc>) {
    match exc.group() {
        Some(g) => g.exceptions.iter().for_each(|e| collect_leaves(e, out)),
        None => out.push(exc.clone()),
    }
}
