//! Python's iteration protocol for the iterable types of the subset.

use crate::error::Raise;
use crate::value::{ExcKind, Exception, Value};
use std::rc::Rc;

/// Python's iteration protocol over the iterable types of the subset. Lists
/// are read by index as they are iterated, as CPython's list iterator does.
pub(crate) enum Iter {
    /// The next value of a range and how many are left.
    Range {
        next: i64,
        step: i64,
        left: usize,
    },
    List(Rc<std::cell::RefCell<Vec<Value>>>, usize),
    Items(Vec<Value>, usize),
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
            other => {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::TypeError,
                    format!("'{}' object is not iterable", other.type_name()),
                )))
            }
        })
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
        }
    }
}
