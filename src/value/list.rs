//! A list's storage, and dropping containers without recursion.
//!
//! Rust drops a value by dropping what it holds, recursively, so a list
//! nested a million deep (`for i in range(10**6): x = [x]`) would overflow
//! the stack when freed; the browser's smaller stack reaches that far
//! sooner. Lists, dicts and tuples therefore free their items here,
//! iteratively: each container only this one holds is emptied onto a work
//! list before it goes, as CPython's "trashcan" does.

use super::dict::Dict;
use super::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// A list's items: shared and mutable, as in Python.
#[derive(Debug, Default)]
pub struct List(pub RefCell<Vec<Value>>);

impl std::ops::Deref for List {
    type Target = RefCell<Vec<Value>>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for List {
    fn drop(&mut self) {
        drain(std::mem::take(self.0.get_mut()));
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        let mut values = Vec::new();
        push_entries(&mut values, self.take_entries());
        drain(values);
    }
}

/// Queues a dict's entries to be freed as CPython's `dict_dealloc` frees
/// them: first entry first, each key before its value (the work list is
/// taken from the end, so they go on it in reverse).
fn push_entries(values: &mut Vec<Value>, entries: Vec<(Value, Value)>) {
    for (k, v) in entries.into_iter().rev() {
        values.push(v);
        values.push(k);
    }
}

/// Drops `values`, last first, emptying each list, dict and tuple that
/// nothing else holds before it is freed, so that freeing never recurses.
/// The order is CPython's: a list's or tuple's items last first, each as
/// deep as it goes before the next (which is when a coroutine that was
/// never awaited warns).
pub(crate) fn drain(mut values: Vec<Value>) {
    while let Some(v) = values.pop() {
        match v {
            Value::List(list) => {
                if let Ok(list) = Rc::try_unwrap(list) {
                    values.append(list.0.borrow_mut().as_mut());
                }
            }
            Value::Dict(dict) => {
                if let Ok(dict) = Rc::try_unwrap(dict) {
                    let mut dict = dict.into_inner();
                    push_entries(&mut values, dict.take_entries());
                }
            }
            Value::Tuple(mut items) => {
                if let Some(items) = Rc::get_mut(&mut items) {
                    values.extend(items.iter_mut().map(|i| std::mem::replace(i, Value::None)));
                }
            }
            _ => {}
        }
    }
}
