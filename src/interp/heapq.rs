//! `heapq`'s functions on a list, as CPython's `_heapq.c` runs them:
//! `heappush`, `heappop`, `heapify`, `heapreplace`, `heappushpop`, each
//! comparison for comparison (only `<`, the program's `__lt__` included),
//! so the heap's order, and what a comparison that prints shows, are
//! CPython's. Part of asyncio's module (feature `asyncio-py`).
//!
//! The list is read afresh after each comparison, which may run the
//! program's code: one that changes the list's size is CPython's
//! RuntimeError. What is not modelled is refused: `heapify` of more than
//! 2,500 items (CPython then sifts in another order), and `heapq.py`'s
//! functions in Python (`nlargest`, `nsmallest`, `merge`).

use super::builtins::{type_error, Kwargs};
use crate::error::{Raise, RunError};
use crate::program::CmpOp;
use crate::value::list::List;
use crate::value::{ops, Builtin, ExcKind, Exception, Value};
use std::rc::Rc;

/// `heapq.name(*args)`.
pub(crate) fn call(b: Builtin, args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    let name = b.name();
    if !kwargs.is_empty() {
        return Err(type_error(format!(
            "_heapq.{name}() takes no keyword arguments"
        )));
    }
    let two = b != Builtin::Heappop && b != Builtin::Heapify;
    match (two, args.len()) {
        (true, 2) | (false, 1) => {}
        (true, n) => return Err(type_error(format!("{name} expected 2 arguments, got {n}"))),
        (false, n) => {
            return Err(type_error(format!(
                "_heapq.{name}() takes exactly one argument ({n} given)"
            )))
        }
    }
    let mut args = args.into_iter();
    let heap = match args.next() {
        Some(Value::List(heap)) => heap,
        other => {
            let given = other.map_or("None", |v| v.clinic_type_name());
            return Err(type_error(match two {
                true => format!("{name}() argument 1 must be list, not {given}"),
                false => format!("{name}() argument must be list, not {given}"),
            }));
        }
    };
    let item = args.next().unwrap_or(Value::None);
    match b {
        Builtin::Heappush => {
            heap.borrow_mut().push(item);
            let last = heap.borrow().len() - 1;
            sift_down(&heap, 0, last)?;
            Ok(Value::None)
        }
        Builtin::Heappop => {
            let Some(last) = heap.borrow_mut().pop() else {
                return Err(index_error());
            };
            if heap.borrow().is_empty() {
                return Ok(last);
            }
            let top = std::mem::replace(&mut heap.borrow_mut()[0], last);
            sift_up(&heap, 0)?;
            Ok(top)
        }
        Builtin::Heapreplace => {
            if heap.borrow().is_empty() {
                return Err(index_error());
            }
            let top = std::mem::replace(&mut heap.borrow_mut()[0], item);
            sift_up(&heap, 0)?;
            Ok(top)
        }
        Builtin::Heappushpop => {
            let Some(top) = heap.borrow().first().cloned() else {
                return Ok(item);
            };
            if !less(&top, &item)? {
                return Ok(item);
            }
            if heap.borrow().is_empty() {
                return Err(index_error());
            }
            let top = std::mem::replace(&mut heap.borrow_mut()[0], item);
            sift_up(&heap, 0)?;
            Ok(top)
        }
        _ => {
            let n = heap.borrow().len();
            if n > 2500 {
                return Err(RunError::unsupported(
                    "heapq.heapify() of more than 2,500 items is not supported yet (CPython sifts them in another order)",
                ));
            }
            for i in (0..n / 2).rev() {
                sift_up(&heap, i)?;
            }
            Ok(Value::None)
        }
    }
}

fn index_error() -> Raise {
    Raise::Exc(Exception::new(ExcKind::IndexError, "index out of range"))
}

/// `a < b`, as `PyObject_RichCompareBool` asks it.
fn less(a: &Value, b: &Value) -> Result<bool, Raise> {
    ops::compare(CmpOp::Lt, a, b)?.is_true()
}

/// The items at `i` and `j`, read afresh.
fn pair(heap: &List, i: usize, j: usize) -> (Value, Value) {
    let items = heap.borrow();
    (items[i].clone(), items[j].clone())
}

/// CPython's RuntimeError when a comparison changed the heap's size.
fn same_size(heap: &List, size: usize) -> Result<(), Raise> {
    match heap.borrow().len() == size {
        true => Ok(()),
        false => Err(Raise::Exc(Exception::new(
            ExcKind::RuntimeError,
            "list changed size during iteration",
        ))),
    }
}

/// `siftdown`: the item at `pos` moves up towards `start` while it is
/// less than its parent.
fn sift_down(heap: &Rc<List>, start: usize, mut pos: usize) -> Result<(), Raise> {
    let size = heap.borrow().len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (item, above) = pair(heap, pos, parent);
        let smaller = less(&item, &above)?;
        same_size(heap, size)?;
        if !smaller {
            break;
        }
        heap.borrow_mut().swap(parent, pos);
        pos = parent;
    }
    Ok(())
}

/// `siftup`: the smaller child moves up until a leaf is reached, then the
/// item put at `pos` settles up from there (`siftdown`).
fn sift_up(heap: &Rc<List>, mut pos: usize) -> Result<(), Raise> {
    let (start, end) = (pos, heap.borrow().len());
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = pair(heap, child, child + 1);
            let left_smaller = less(&a, &b)?;
            child += usize::from(!left_smaller);
            same_size(heap, end)?;
        }
        heap.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(heap, start, pos)
}
