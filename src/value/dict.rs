//! Python's `dict`: insertion-ordered, keys found with `==` across numeric
//! types (`d[1]`, `d[1.0]` and `d[True]` are one entry), lists and dicts
//! refused as keys with CPython's `unhashable type` error.
//!
//! The entries are kept in insertion order, as Python iterates them. A
//! dict of a few keys is searched in that order; past a handful a hash
//! index (`key_index.rs`) finds them, as CPython's table does. What does
//! not live here: the dict's methods (`interp/builtins.rs`) and its repr
//! (`format.rs`).

use super::key_index::{Index, SMALL};
use super::{ops, ExcKind, Exception, Value};
use crate::collect::CollectVec;
use crate::error::Raise;
use std::cell::RefCell;

/// The fields are private so that every change of the keys goes through
/// a method that keeps the index and the count true.
#[derive(Debug, Default)]
pub struct Dict {
    /// Key, value; in insertion order, as Python iterates a dict. A key
    /// removed leaves a hole (`None`), as in CPython's entries, so that
    /// the keys after it keep their places in the index; the holes go
    /// when they outnumber the keys (`take_at`).
    entries: Vec<Option<(Value, Value)>>,
    /// How many keys: the entries that are not holes.
    live: usize,
    /// Counts the keys added and removed, so that a loop over the dict can
    /// tell that its keys changed (`iter.rs`).
    version: u64,
    /// Where each key is (`key_index.rs`), kept true by every method
    /// that adds or removes a key.
    index: Index,
}

/// Which view `keys()`, `values()` or `items()` returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

impl DictPart {
    pub fn type_name(self) -> &'static str {
        match self {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        }
    }
}

/// Refuses what Python cannot hash: `TypeError: unhashable type: 'list'`.
pub fn check_hashable(key: &Value) -> Result<(), Raise> {
    match key {
        Value::List(_) | Value::Dict(_) | Value::DictView(..) => Err(Raise::Exc(Exception::new(
            ExcKind::TypeError,
            format!("unhashable type: '{}'", key.cpython_type_name()),
        ))),
        Value::Tuple(items) => items.iter().try_for_each(check_hashable),
        #[cfg(feature = "asyncio-py")]
        Value::Set(_) => Err(Raise::Exc(Exception::new(
            ExcKind::TypeError,
            "unhashable type: 'set'",
        ))),
        // A class of the program's whose `__hash__` is None (it defines
        // `__eq__`: `classes::make`).
        #[cfg(feature = "asyncio-py")]
        Value::Instance(_) | Value::Exception(_)
            if key
                .program_class()
                .is_some_and(|c| matches!(c.lookup("__hash__"), Some(Value::None))) =>
        {
            Err(Raise::Exc(Exception::new(
                ExcKind::TypeError,
                format!("unhashable type: '{}'", key.cpython_type_name()),
            )))
        }
        // A frozen dataclass hashes the tuple of its compared fields, so
        // each must be hashable.
        #[cfg(feature = "asyncio-py")]
        Value::Instance(i) => {
            let Some((c, spec)) = i.class.nearest_dataclass() else {
                return Ok(());
            };
            if matches!(
                c.attrs.get("__hash__"),
                Some(Value::Builtin(super::Builtin::DataclassMethod))
            ) {
                for f in spec.fields.iter().filter(|f| f.compare) {
                    if let Some(v) = i.attrs.get(&f.name).or_else(|| c.lookup(&f.name)) {
                        check_hashable(&v)?;
                    }
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

impl Dict {
    /// `d.copy()`: the same entries, a version of its own.
    pub fn copy(&self) -> Dict {
        Dict {
            entries: self.entries.clone(),
            live: self.live,
            version: 0,
            index: self.index.clone(),
        }
    }

    /// The entries, in insertion order.
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = &(Value, Value)> + Clone {
        self.entries.iter().filter_map(Option::as_ref)
    }

    /// A copy of the entries, for a caller that may run the program's
    /// code (an `__eq__`) while it walks them, which may change the dict.
    pub fn entries_vec(&self) -> Vec<(Value, Value)> {
        self.entries().cloned().collect_vec()
    }

    /// The first entry at or after place `from` of the entries (holes
    /// counted), and the place after it: how a loop over the dict steps,
    /// as CPython's `dictiter` does.
    pub fn entry_from(&self, from: usize) -> Option<(&(Value, Value), usize)> {
        let skipped = self.entries.get(from..)?.iter().position(Option::is_some)?;
        let at = from + skipped;
        Some((self.entries[at].as_ref()?, at + 1))
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Counts the keys added and removed.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Takes the place of `old` (`set_swap_bodies`): a loop over `old`
    /// sees its keys change.
    pub fn replaces(&mut self, old: &Dict) {
        self.version = old.version + 1;
    }

    /// Empties the dict, giving back what it held (for the caller to free
    /// in its own order).
    pub fn take_entries(&mut self) -> Vec<(Value, Value)> {
        self.version += 1;
        self.live = 0;
        let entries = std::mem::take(&mut self.entries);
        self.index = Index::of(&self.entries);
        entries.into_iter().flatten().collect_vec()
    }

    /// Adds a key the caller knows is not in the dict (a keyword
    /// argument's name, which CPython has already checked is unique).
    pub fn push_new(&mut self, key: Value, value: Value) {
        self.entries.push(Some((key, value)));
        self.live += 1;
        self.version += 1;
        self.index.added(&self.entries);
    }

    /// Where `key` is among the entries, compared as CPython's dict
    /// compares keys: only those of the same hash when there is an index,
    /// else all, in order.
    fn position(&self, key: &Value) -> Result<Option<usize>, Raise> {
        let is_key = |i: usize| match &self.entries[i] {
            Some((k, _)) => ops::item_equal(k, key),
            None => Ok(false),
        };
        if let Some(candidates) = self.index.candidates(key) {
            for i in candidates {
                if is_key(i)? {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        }
        for i in 0..self.entries.len() {
            if is_key(i)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Takes out the entry at `pos`, leaving a hole.
    fn take_at(&mut self, pos: usize) -> Option<(Value, Value)> {
        let (key, value) = self.entries.get_mut(pos)?.take()?;
        self.live -= 1;
        self.version += 1;
        // Holes past the last key go at once; the rest once they outnumber
        // the keys, as CPython's table shrinks when it resizes.
        while let Some(None) = self.entries.last() {
            self.entries.pop();
        }
        if !self.index.removed(&key, pos) || self.entries.len() - self.live > self.live.max(SMALL) {
            if self.entries.len() != self.live {
                self.entries.retain(Option::is_some);
            }
            self.index = Index::of(&self.entries);
        }
        Some((key, value))
    }

    /// `d[key]`, or `None` when the key is missing.
    pub fn get(&self, key: &Value) -> Result<Option<Value>, Raise> {
        check_hashable(key)?;
        Ok(self
            .position(key)?
            .and_then(|i| self.entries[i].as_ref())
            .map(|(_, v)| v.clone()))
    }

    /// `d[key] = value`: an existing key keeps its place and its first
    /// spelling (`d[1] = 'a'; d[1.0] = 'b'` leaves `{1: 'b'}`).
    pub fn insert(&mut self, key: Value, value: Value) -> Result<(), Raise> {
        self.replace(key, value).map(drop)
    }

    /// `d[key] = value`, giving back the value it replaces, for the caller
    /// to let go of once no borrow of the dict is held (freeing it may
    /// report, and run the program's code).
    pub fn replace(&mut self, key: Value, value: Value) -> Result<Option<Value>, Raise> {
        check_hashable(&key)?;
        Ok(
            match self.position(&key)?.and_then(|i| self.entries[i].as_mut()) {
                Some((_, v)) => Some(std::mem::replace(v, value)),
                None => {
                    self.push_new(key, value);
                    None
                }
            },
        )
    }

    /// Where the string key `name` is: an object's attribute
    /// (`class::Attrs`), looked for on every `obj.name`, so compared as it
    /// is, in order, without making a value of it (only a string equals a
    /// string).
    fn position_str(&self, name: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| matches!(e, Some((Value::Str(k), _)) if **k == *name))
    }

    /// `d[name]` for a string key.
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let i = self.position_str(name)?;
        self.entries[i].as_ref().map(|(_, v)| v.clone())
    }

    /// `d[name] = value` for a string key, giving back the value it
    /// replaces (see `replace`).
    pub fn replace_str(&mut self, name: &crate::program::Name, value: Value) -> Option<Value> {
        match self
            .position_str(name)
            .and_then(|i| self.entries[i].as_mut())
        {
            Some((_, v)) => Some(std::mem::replace(v, value)),
            None => {
                self.push_new(Value::Str(name.clone()), value);
                None
            }
        }
    }

    /// `d.pop(key)`: the value, or `None` when the key is missing.
    pub fn remove(&mut self, key: &Value) -> Result<Option<Value>, Raise> {
        check_hashable(key)?;
        Ok(match self.position(key)? {
            Some(i) => self.take_at(i).map(|(_, v)| v),
            None => None,
        })
    }

    /// `d.popitem()`: the last key added and its value, taken out.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        // The last entry is never a hole (`take_at` drops those).
        self.take_at(self.entries.len().checked_sub(1)?)
    }

    /// `dict_merge`: `from`'s entries inserted into `into` in order, as
    /// `d.update(other)`, `{**a, **b}` and `a | b` add them. The entries
    /// are copied first and each insert borrows `into` alone: comparing
    /// keys may run the program's `__eq__`, which may read either dict.
    pub fn merge(into: &RefCell<Dict>, from: &RefCell<Dict>) -> Result<(), Raise> {
        let entries = from.borrow().entries_vec();
        for (k, v) in entries {
            into.borrow_mut().insert(k, v)?;
        }
        Ok(())
    }

    /// `d.clear()`
    pub fn clear(&mut self) {
        drop(self.take_entries());
    }

    /// The items of a view, as iterating it yields them.
    pub fn part(&self, part: DictPart) -> Vec<Value> {
        self.entries()
            .map(|(k, v)| match part {
                DictPart::Keys => k.clone(),
                DictPart::Values => v.clone(),
                DictPart::Items => Value::tuple(vec![k.clone(), v.clone()]),
            })
            .collect_vec()
    }
}
