//! Python's iteration protocol for the iterable types of the subset, and the
//! iterator objects a program can hold (`enumerate(...)`, `zip(...)`).
//!
//! Lists are read by index as they are iterated, as CPython's list iterator
//! does, so a loop sees items appended during it. Dicts and their views are
//! read once when iteration starts (CPython would raise on a dict that
//! changes size mid-loop; the subset never needs that error).

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
    /// `enumerate(inner, start)`: the next count.
    Enumerate(Box<Iter>, i64),
    /// `zip(a, b, ...)`: stops at the shortest.
    Zip(Vec<Iter>),
    /// An iterator object the program holds: iterating it advances it for
    /// every name bound to it, as in Python.
    Shared(Rc<RefCell<Iter>>),
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
            Value::Str(s) => Iter::Items(
                s.chars()
                    .map(|c| Value::Str(c.to_string().into()))
                    .collect(),
                0,
            ),
            Value::Dict(d) => Iter::Items(d.borrow().part(super::dict::DictPart::Keys), 0),
            Value::DictView(d, part) => Iter::Items(d.borrow().part(part), 0),
            Value::Iterator(it) => Iter::Shared(it),
            other => {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::TypeError,
                    format!("'{}' object is not iterable", other.type_name()),
                )))
            }
        })
    }

    /// The Python type of the iterator object, for `type()` and reprs.
    pub fn type_name(&self) -> &'static str {
        match self {
            Iter::Range { .. } => "range_iterator",
            Iter::List(..) => "list_iterator",
            Iter::Items(..) => "tuple_iterator",
            Iter::Enumerate(..) => "enumerate",
            Iter::Zip(_) => "zip",
            Iter::Shared(it) => it.borrow().type_name(),
        }
    }
}

impl Iterator for Iter {
    type Item = Value;

    fn next(&mut self) -> Option<Value> {
        match self {
            Iter::Range { next, step, left } => {
                if *left == 0 {
                    return None;
                }
                let v = *next;
                *left -= 1;
                // The last value is in range; the one after may not be.
                *next = next.wrapping_add(*step);
                Some(Value::Int(v))
            }
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
            Iter::Enumerate(inner, count) => {
                let item = inner.next()?;
                let n = *count;
                *count = count.saturating_add(1);
                Some(Value::Tuple(vec![Value::Int(n), item].into()))
            }
            Iter::Zip(inners) => {
                if inners.is_empty() {
                    return None;
                }
                // Python stops at the first iterator that runs out, having
                // advanced the ones before it.
                let mut items = Vec::with_capacity(inners.len());
                for it in inners.iter_mut() {
                    items.push(it.next()?);
                }
                Some(Value::Tuple(items.into()))
            }
            Iter::Shared(it) => it.borrow_mut().next(),
        }
    }
}
