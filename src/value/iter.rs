//! Python's iteration protocol for the iterable types of the subset, and the
//! iterator objects a program can hold (`enumerate(...)`, `zip(...)`).
//!
//! Lists are read by index as they are iterated, as CPython's list iterator
//! does, so a loop sees items appended during it. Dicts and their views are
//! read live too, and a dict that changes size mid-loop raises CPython's
//! RuntimeError at the next step; one whose keys change at the same size
//! stops the run (CPython's answer then depends on its hash table's
//! layout).

use crate::error::Raise;
use crate::value::{ExcKind, Exception, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub enum Iter {
    /// The next value of a range and how many are left.
    Range {
        next: i64,
        step: i64,
        left: usize,
    },
    List(Rc<super::list::List>, usize),
    Items(Vec<Value>, usize),
    /// A string and the byte offset of its next character: one character
    /// at a time, as CPython's string iterator reads it.
    Str(Rc<str>, usize),
    /// A dict or one of its views, read live: the next position, and the
    /// size and key version the dict had when iteration began. (The page's
    /// first download reads dicts whole when a loop starts: the forms have
    /// no statement that changes a dict.)
    #[cfg(feature = "code")]
    Dict {
        dict: Rc<RefCell<super::dict::Dict>>,
        part: super::dict::DictPart,
        pos: usize,
        size: usize,
        version: u64,
    },
    /// `enumerate(inner, start)`: the next count (Code mode's builtin).
    #[cfg(feature = "code")]
    Enumerate(Box<Iter>, i64),
    /// `zip(a, b, ...)`: stops at the shortest (Code mode's builtin). Kept
    /// last first, so that they are freed last first, as CPython's tuple
    /// of iterators frees them (a paused generator's `finally` runs then).
    #[cfg(feature = "code")]
    Zip(Vec<Iter>),
    /// A plain generator: each step runs its body to its next `yield`.
    #[cfg(feature = "code")]
    Generator(Rc<super::generator::Generator>),
    /// An iterator object being stepped, taken out of its cell while its
    /// step runs the program's code (a generator inside it): its type's
    /// name, for the program to see meanwhile.
    Stepping(&'static str),
    /// An iterator object the program holds: iterating it advances it for
    /// every name bound to it, as in Python.
    Shared(Rc<RefCell<Iter>>),
    /// `map(func, *iterables)`: steps its iterators as `zip` does (kept
    /// last first too), then calls `func` with their items. Fields drop in
    /// `map_dealloc`'s order: the iterators, then the function.
    #[cfg(feature = "asyncio-py")]
    Map {
        inners: Vec<Iter>,
        func: Value,
        host: std::rc::Weak<dyn Call>,
    },
    /// `filter(func, inner)`: the items whose truth (`func(item)`'s, or
    /// the item's own when `func` is None or `bool`) is true.
    #[cfg(feature = "asyncio-py")]
    Filter {
        inner: Box<Iter>,
        func: Option<Value>,
        host: std::rc::Weak<dyn Call>,
    },
    /// `reversed(seq)` of a list (`list_reverseiterator`, when `list`),
    /// a tuple, a string or an object with `__len__` and `__getitem__`
    /// (`reversed`): the item at the next index down, read from the
    /// sequence as it is now; an index out of range (IndexError, or
    /// StopIteration from `__getitem__`) ends it, and it lets go of the
    /// sequence (`None`).
    #[cfg(feature = "asyncio-py")]
    Reversed {
        seq: Option<Value>,
        next: i64,
        list: bool,
    },
    /// An object of the program's class that `__iter__` returned: each
    /// step calls its class's `__next__` (`slot_tp_iternext`), and
    /// `StopIteration` ends it.
    #[cfg(feature = "asyncio-py")]
    Object(Value),
    /// An object of the program's class with `__getitem__` and no
    /// `__iter__`, iterated by index from 0 (CPython's sequence iterator,
    /// `iterobject.c`): IndexError or StopIteration from `__getitem__`
    /// ends it, and it lets go of the object then (`None`).
    #[cfg(feature = "asyncio-py")]
    Sequence(Option<Value>, i64),
    /// A set: its members in the order iterating gives them, taken as the
    /// loop begins, and the size and version it had then (a set changed
    /// during the loop raises CPython's RuntimeError, or is refused).
    #[cfg(feature = "asyncio-py")]
    Set {
        set: Rc<RefCell<super::set::Set>>,
        items: Vec<Value>,
        pos: usize,
        size: usize,
        version: u64,
    },
}

/// What calls a `map`'s function for each of its items: the run that
/// made it (`engine::Runtime`, which hands the call to its interpreter).
/// Held weakly, as a generator holds what resumes it: a map kept to the
/// end of the run must not keep the run alive.
#[cfg(feature = "asyncio-py")]
pub trait Call {
    fn call(self: Rc<Self>, func: &Value, args: Vec<Value>) -> Result<Value, Raise>;
}

/// Steps the iterator object in `cell`, out of the cell meanwhile, so that
/// what the step runs (a generator inside a `zip`) may look at it; stepped
/// again from inside, it is "already executing".
pub fn step_shared(cell: &RefCell<Iter>) -> Result<Option<Value>, Raise> {
    let name = cell.borrow().type_name();
    let mut it = cell.replace(Iter::Stepping(name));
    if let Iter::Stepping(_) = it {
        return Err(Raise::Exc(already_executing()));
    }
    let step = it.step();
    *cell.borrow_mut() = it;
    step
}

/// `iter(obj)` for an object of the program's class: what its class's
/// `__iter__` returns (`slot_tp_iter`), which must be an iterator
/// (`PyObject_GetIter`'s check): a builtin one, a plain generator, or an
/// object whose class has `__next__`.
#[cfg(feature = "asyncio-py")]
pub fn object_iterator(obj: &Value) -> Result<Value, Raise> {
    let Some(it) = super::class::call_special(obj, "__iter__", Vec::new()) else {
        return Err(Raise::Exc(Exception::new(
            ExcKind::TypeError,
            format!("'{}' object is not iterable", obj.cpython_type_name()),
        )));
    };
    let it = it?;
    let iterator = match &it {
        Value::Iterator(_) => true,
        #[cfg(feature = "code")]
        Value::Generator(g) => !g.is_async(),
        v => v
            .program_class()
            .is_some_and(|c| c.lookup("__next__").is_some()),
    };
    if !iterator {
        return Err(Raise::Exc(Exception::new(
            ExcKind::TypeError,
            format!(
                "iter() returned non-iterator of type '{}'",
                it.cpython_type_name()
            ),
        )));
    }
    Ok(it)
}

/// `next(obj)` for an object of the program's class: its class's
/// `__next__`, or CPython's TypeError for a class without one.
#[cfg(feature = "asyncio-py")]
pub fn next_of_object(obj: &Value) -> Result<Value, Raise> {
    super::class::call_special(obj, "__next__", Vec::new()).unwrap_or_else(|| {
        Err(Raise::Exc(Exception::new(
            ExcKind::TypeError,
            format!("'{}' object is not an iterator", obj.cpython_type_name()),
        )))
    })
}

/// The step of a sequence iterator and of `reversed` (`iter_iternext`,
/// `reversed_next`): the item of `seq` at `index`, which then moves by
/// `step`; an index below 0, IndexError or StopIteration ends it for
/// good, and it lets go of the sequence.
#[cfg(feature = "asyncio-py")]
fn item_at(seq: &mut Option<Value>, index: &mut i64, step: i64) -> Result<Option<Value>, Raise> {
    let Some(obj) = seq.as_ref().filter(|_| *index >= 0) else {
        *seq = None;
        return Ok(None);
    };
    match super::subscript::get_item(obj, &Value::Int(*index)) {
        Ok(item) => {
            *index += step;
            Ok(Some(item))
        }
        Err(Raise::Exc(e)) if matches!(e.kind, ExcKind::IndexError | ExcKind::StopIteration) => {
            *seq = None;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The object whose class's `__len__` the length hint of `v` runs, if any
/// (`Iter::new_sized`).
#[cfg(feature = "asyncio-py")]
fn hinted(v: &Value) -> Option<Value> {
    match v {
        // An iterator's `__length_hint__`, or its object's `__len__`.
        Value::Iterator(it) => it.borrow().length_hint_target(),
        v => super::protocols::defines(v, "__len__").then(|| v.clone()),
    }
}

/// A generator stepped again from inside its own step (CPython's
/// `gen_send_ex2`), or an iterator over one.
#[cold]
#[inline(never)]
pub fn already_executing() -> super::Exc {
    Exception::new(ExcKind::ValueError, "generator already executing")
}

impl std::fmt::Debug for Iter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.type_name())
    }
}

impl Iter {
    pub fn new(v: Value) -> Result<Iter, Raise> {
        Ok(match v {
            Value::Range(r) => Iter::Range {
                next: r.start,
                step: r.step,
                left: r.len(),
            },
            Value::List(l) => Iter::List(l, 0),
            Value::Tuple(t) => Iter::Items(t.to_vec(), 0),
            Value::Str(s) => Iter::Str(s, 0),
            Value::Dict(d) => Iter::dict(d, super::dict::DictPart::Keys),
            Value::DictView(d, part) => Iter::dict(d, part),
            Value::Iterator(it) => Iter::Shared(it),
            #[cfg(feature = "code")]
            Value::Generator(g) if !g.is_async() => Iter::Generator(g),
            #[cfg(feature = "asyncio-py")]
            Value::Set(set) => {
                let (items, size, version) = {
                    let s = set.borrow();
                    (s.ordered()?, s.len(), s.version())
                };
                Iter::Set {
                    set,
                    items,
                    pos: 0,
                    size,
                    version,
                }
            }
            #[cfg(feature = "asyncio-py")]
            v if !super::protocols::defines(&v, "__iter__")
                && super::protocols::defines(&v, "__getitem__") =>
            {
                Iter::Sequence(Some(v), 0)
            }
            #[cfg(feature = "asyncio-py")]
            v if v.program_class().is_some() => match object_iterator(&v)? {
                it if it.program_class().is_some() => Iter::Object(it),
                it => Iter::new(it)?,
            },
            // A future's `__iter__` is its `await` (it yields itself):
            // not modelled outside `await`. (The forms make no futures.)
            #[cfg(feature = "code")]
            Value::Future(_) => {
                return Err(crate::error::RunError::unsupported(
                    "iterating over a task or future (its `__iter__` is how `await` works) is not supported; `await` it",
                ))
            }
            other => {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::TypeError,
                    format!("'{}' object is not iterable", other.cpython_type_name()),
                )))
            }
        })
    }

    /// `Iter::new`, then the length hint CPython asks of `v` where it sizes
    /// a list before filling it (`list()`, `tuple()`, `sorted()`,
    /// `list.extend`, `[*v]`, `f(*v)`): a class's `__len__` runs then
    /// (`protocols::length_hint`), the object's own or, for a sequence
    /// iterator or a `reversed` over such an object, its sequence's
    /// (their `__length_hint__`, `iter_len` and `reversed_len`).
    pub fn new_sized(v: Value) -> Result<Iter, Raise> {
        #[cfg(feature = "asyncio-py")]
        if let Some(sized) = hinted(&v) {
            let it = Iter::new(v)?;
            super::protocols::length_hint(&sized)?;
            return Ok(it);
        }
        Iter::new(v)
    }

    /// What `PySequence_List(it)` steps when it makes a list of this
    /// iterator's items (`str.join`, the rest of `a, *rest = x`): an
    /// object of the program's is asked for its iterator again (its
    /// `__iter__` runs twice in all), then the iterator for its length
    /// hint (`length_hint_target`).
    #[cfg(feature = "asyncio-py")]
    pub fn for_list(self) -> Result<Iter, Raise> {
        let it = match self {
            Iter::Object(obj) => Iter::new(obj)?,
            it => it,
        };
        if let Some(target) = it.length_hint_target() {
            super::protocols::length_hint(&target)?;
        }
        Ok(it)
    }

    /// The object whose `__len__` this iterator's length hint runs: an
    /// object of the program's itself, or the sequence a sequence iterator
    /// or a `reversed` reads (`iter_len`, `reversed_len`).
    #[cfg(feature = "asyncio-py")]
    fn length_hint_target(&self) -> Option<Value> {
        let target = match self {
            Iter::Object(obj) => obj.clone(),
            Iter::Sequence(Some(seq), _) | Iter::Reversed { seq: Some(seq), .. } => seq.clone(),
            Iter::Shared(cell) => return cell.borrow().length_hint_target(),
            _ => return None,
        };
        super::protocols::defines(&target, "__len__").then_some(target)
    }

    #[cfg(not(feature = "code"))]
    fn dict(dict: Rc<RefCell<super::dict::Dict>>, part: super::dict::DictPart) -> Iter {
        Iter::Items(dict.borrow().part(part), 0)
    }

    #[cfg(feature = "code")]
    fn dict(dict: Rc<RefCell<super::dict::Dict>>, part: super::dict::DictPart) -> Iter {
        let (size, version) = {
            let d = dict.borrow();
            (d.len(), d.version())
        };
        Iter::Dict {
            dict,
            part,
            pos: 0,
            size,
            version,
        }
    }

    /// The next item, or the error CPython raises for a dict changed during
    /// the loop, or what a generator's body raised. Every consumer steps
    /// with this (there is no infallible `Iterator` to drop an error with).
    #[inline]
    pub fn step(&mut self) -> Result<Option<Value>, Raise> {
        // A range, the commonest loop, without a call.
        if self.is_range() {
            return Ok(self.next_plain());
        }
        self.step_other()
    }

    /// Every item left, in order.
    pub fn all(mut self) -> Result<Vec<Value>, Raise> {
        // A list's items in one copy, as CPython copies a list's array
        // (`PySequence_Tuple`, `list_extend`): no code runs between two
        // items, so nothing could tell the difference, and `gather(*tasks)`
        // over 100,000 tasks spent a third of its time stepping through
        // the list. (A tuple's too would cost the page 50 bytes.)
        if let Iter::List(l, i) = &self {
            return Ok(l.borrow().get(*i..).unwrap_or_default().to_vec());
        }
        let mut items = Vec::new();
        while let Some(item) = self.step()? {
            items.push(item);
        }
        Ok(items)
    }

    /// Hands each item to `use_item` as it comes, as CPython's consumers
    /// of a general iterable do (`list.extend`, `set.update`, `dict()`):
    /// a generator then sees what the items before its next one did.
    pub fn each(
        mut self,
        mut use_item: impl FnMut(Value) -> Result<(), Raise>,
    ) -> Result<(), Raise> {
        while let Some(item) = self.step()? {
            use_item(item)?;
        }
        Ok(())
    }

    fn step_other(&mut self) -> Result<Option<Value>, Raise> {
        match self {
            #[cfg(feature = "code")]
            Iter::Dict {
                dict,
                part,
                pos,
                size,
                version,
            } => {
                let d = dict.borrow();
                if d.len() != *size {
                    // Sticky, as CPython's: every later step raises too.
                    *size = usize::MAX;
                    return Err(Raise::Exc(Exception::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    )));
                }
                if d.version() != *version {
                    return Err(crate::error::RunError::unsupported(
                        "a dict whose keys changed during a loop over it (at the same size): CPython's answer depends on its hash table's layout, which Interleave does not model",
                    ));
                }
                let Some(((k, v), next)) = d.entry_from(*pos) else {
                    return Ok(None);
                };
                *pos = next;
                Ok(Some(match part {
                    super::dict::DictPart::Keys => k.clone(),
                    super::dict::DictPart::Values => v.clone(),
                    super::dict::DictPart::Items => Value::tuple(vec![k.clone(), v.clone()]),
                }))
            }
            #[cfg(feature = "code")]
            Iter::Enumerate(inner, count) => {
                let Some(item) = inner.step()? else {
                    return Ok(None);
                };
                let n = *count;
                *count = count.saturating_add(1);
                Ok(Some(Value::tuple(vec![Value::Int(n), item])))
            }
            #[cfg(feature = "code")]
            Iter::Zip(inners) => {
                if inners.is_empty() {
                    return Ok(None);
                }
                // Python stops at the first iterator that runs out, having
                // advanced the ones before it.
                let mut items = Vec::with_capacity(inners.len());
                for it in inners.iter_mut().rev() {
                    match it.step()? {
                        Some(item) => items.push(item),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            #[cfg(feature = "asyncio-py")]
            Iter::Map { inners, func, host } => {
                // `map_next`: the first iterator to run out ends it, before
                // the function is called.
                let mut args = Vec::with_capacity(inners.len());
                for it in inners.iter_mut().rev() {
                    match it.step()? {
                        Some(item) => args.push(item),
                        None => return Ok(None),
                    }
                }
                let host = host.upgrade().ok_or_else(|| {
                    crate::error::RunError::internal("a map stepped after its run")
                })?;
                // `StopIteration` from the function ends the map, as
                // `PyIter_Next` reads it.
                match host.call(func, args) {
                    Err(Raise::Exc(e)) if e.kind == ExcKind::StopIteration => Ok(None),
                    other => other.map(Some),
                }
            }
            Iter::Shared(it) => step_shared(it),
            #[cfg(feature = "asyncio-py")]
            Iter::Object(obj) => match next_of_object(obj) {
                Err(Raise::Exc(e)) if e.kind == ExcKind::StopIteration => Ok(None),
                other => other.map(Some),
            },
            #[cfg(feature = "asyncio-py")]
            Iter::Filter { inner, func, host } => {
                while let Some(item) = inner.step()? {
                    let verdict = match func {
                        None => item.is_true()?,
                        Some(func) => {
                            let host = host.upgrade().ok_or_else(|| {
                                crate::error::RunError::internal("a filter stepped after its run")
                            })?;
                            host.call(func, vec![item.clone()])?.is_true()?
                        }
                    };
                    if verdict {
                        return Ok(Some(item));
                    }
                }
                Ok(None)
            }
            #[cfg(feature = "asyncio-py")]
            Iter::Reversed { seq, next, .. } => item_at(seq, next, -1),
            #[cfg(feature = "asyncio-py")]
            Iter::Sequence(seq, index) => item_at(seq, index, 1),
            #[cfg(feature = "code")]
            Iter::Generator(g) => g.step(),
            #[cfg(feature = "asyncio-py")]
            Iter::Set {
                set,
                items,
                pos,
                size,
                version,
            } => {
                let s = set.borrow();
                if s.len() != *size {
                    *size = usize::MAX;
                    return Err(Raise::Exc(Exception::new(
                        ExcKind::RuntimeError,
                        "Set changed size during iteration",
                    )));
                }
                if s.version() != *version {
                    return Err(crate::error::RunError::unsupported(
                        "a set whose members changed during a loop over it (at the same size): CPython's answer depends on its hash table's layout, which Interleave does not model",
                    ));
                }
                let item = items.get(*pos).cloned();
                *pos += 1;
                Ok(item)
            }
            _ => Ok(self.next_plain()),
        }
    }

    /// Adds to `held` the values this iterator keeps alive (a list, a
    /// generator, the iterators it wraps), for what is freed with it;
    /// false while it is being stepped, when that cannot be told.
    pub fn holds(&self, held: &mut Vec<Value>) -> bool {
        match self {
            Iter::Range { .. } | Iter::Str(..) => {}
            Iter::List(l, _) => held.push(Value::List(l.clone())),
            Iter::Items(items, _) => held.extend(items.iter().cloned()),
            #[cfg(feature = "code")]
            Iter::Dict { dict, .. } => held.push(Value::Dict(dict.clone())),
            #[cfg(feature = "code")]
            Iter::Enumerate(inner, _) => return inner.holds(held),
            #[cfg(feature = "code")]
            Iter::Zip(inners) => return inners.iter().all(|it| it.holds(held)),
            #[cfg(feature = "code")]
            Iter::Generator(g) => held.push(Value::Generator(g.clone())),
            Iter::Stepping(_) => return false,
            Iter::Shared(it) => held.push(Value::Iterator(it.clone())),
            #[cfg(feature = "asyncio-py")]
            Iter::Object(obj) => held.push(obj.clone()),
            #[cfg(feature = "asyncio-py")]
            Iter::Sequence(seq, _) | Iter::Reversed { seq, .. } => held.extend(seq.iter().cloned()),
            #[cfg(feature = "asyncio-py")]
            Iter::Filter { inner, func, .. } => {
                held.extend(func.iter().cloned());
                return inner.holds(held);
            }
            #[cfg(feature = "asyncio-py")]
            Iter::Set { set, .. } => held.push(Value::Set(set.clone())),
            #[cfg(feature = "asyncio-py")]
            Iter::Map { inners, func, .. } => {
                held.push(func.clone());
                return inners.iter().all(|it| it.holds(held));
            }
        }
        true
    }

    /// The Python type of the iterator object, for `type()` and reprs.
    pub fn type_name(&self) -> &'static str {
        match self {
            Iter::Range { .. } => "range_iterator",
            Iter::List(..) => "list_iterator",
            Iter::Items(..) => "tuple_iterator",
            // CPython 3.11 has an iterator type of its own for ASCII text.
            Iter::Str(s, _) if s.is_ascii() => "str_ascii_iterator",
            Iter::Str(..) => "str_iterator",
            #[cfg(feature = "code")]
            Iter::Dict { part, .. } => match part {
                super::dict::DictPart::Keys => "dict_keyiterator",
                super::dict::DictPart::Values => "dict_valueiterator",
                super::dict::DictPart::Items => "dict_itemiterator",
            },
            #[cfg(feature = "code")]
            Iter::Enumerate(..) => "enumerate",
            #[cfg(feature = "code")]
            Iter::Zip(_) => "zip",
            Iter::Shared(it) => it.borrow().type_name(),
            Iter::Stepping(name) => name,
            #[cfg(feature = "code")]
            Iter::Generator(_) => "generator",
            #[cfg(feature = "asyncio-py")]
            Iter::Object(obj) => obj.program_class().map_or("object", |c| c.name),
            #[cfg(feature = "asyncio-py")]
            Iter::Sequence(..) => "iterator",
            #[cfg(feature = "asyncio-py")]
            Iter::Filter { .. } => "filter",
            #[cfg(feature = "asyncio-py")]
            Iter::Reversed { list: true, .. } => "list_reverseiterator",
            #[cfg(feature = "asyncio-py")]
            Iter::Reversed { .. } => "reversed",
            #[cfg(feature = "asyncio-py")]
            Iter::Set { .. } => "set_iterator",
            #[cfg(feature = "asyncio-py")]
            Iter::Map { .. } => "map",
        }
    }
}

impl Iter {
    /// Whether this is a range's iterator (`range_next`).
    #[inline]
    pub fn is_range(&self) -> bool {
        matches!(self, Iter::Range { .. })
    }

    /// A range's next int, None once it is done (or for any other
    /// iterator: see `is_range`). An int, not a `Value`, comes back in a
    /// register.
    #[inline]
    pub fn range_next(&mut self) -> Option<i64> {
        match self {
            Iter::Range { next, step, left } if *left > 0 => {
                let v = *next;
                *left -= 1;
                // The last value is in range; the one after may not be.
                *next = next.wrapping_add(*step);
                Some(v)
            }
            _ => None,
        }
    }

    /// The next item of an iterator that cannot fail (a range, a list, a
    /// tuple's items); the others go through `step`.
    #[inline]
    fn next_plain(&mut self) -> Option<Value> {
        match self {
            Iter::Range { .. } => self.range_next().map(Value::Int),
            Iter::List(l, i) => {
                let item = l.borrow().get(*i).cloned();
                *i += 1;
                item
            }
            Iter::Items(items, i) => {
                let item = items.get(*i).cloned();
                *i += 1;
                item
            }
            Iter::Str(s, at) => {
                let c = s[*at..].chars().next()?;
                *at += c.len_utf8();
                Some(Value::Str(c.to_string().into()))
            }
            _ => None,
        }
    }
}
