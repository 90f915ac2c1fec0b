//! Python's `dict`: insertion-ordered, keys found with `==` across numeric
//! types (`d[1]`, `d[1.0]` and `d[True]` are one entry), lists and dicts
//! refused as keys with CPython's `unhashable type` error.
//!
//! Entries are searched in order rather than hashed: a learner's dict holds
//! a handful of keys, and a linear search keeps the page's wasm small and the
//! iteration order obviously Python's. What does not live here: the dict's
//! methods (`interp/builtins.rs`) and its repr (`format.rs`).

use super::{ops, ExcKind, Exception, Value};
use crate::collect::CollectVec;
use crate::error::Raise;

#[derive(Debug, Default)]
pub struct Dict {
    /// Key, value; in insertion order, as Python iterates a dict.
    pub entries: Vec<(Value, Value)>,
    /// Counts the keys added and removed, so that a loop over the dict can
    /// tell that its keys changed (`iter.rs`).
    pub version: u64,
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
    /// Where `key` is, compared as CPython's dict compares keys (equal
    /// hashes aside, which equal keys always have here).
    fn position(&self, key: &Value) -> Result<Option<usize>, Raise> {
        for (i, (k, _)) in self.entries.iter().enumerate() {
            if ops::item_equal(k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// `d[key]`, or `None` when the key is missing.
    pub fn get(&self, key: &Value) -> Result<Option<Value>, Raise> {
        check_hashable(key)?;
        Ok(self.position(key)?.map(|i| self.entries[i].1.clone()))
    }

    /// `d[key] = value`: an existing key keeps its place and its first
    /// spelling (`d[1] = 'a'; d[1.0] = 'b'` leaves `{1: 'b'}`).
    pub fn insert(&mut self, key: Value, value: Value) -> Result<(), Raise> {
        check_hashable(&key)?;
        match self.position(&key)? {
            Some(i) => self.entries[i].1 = value,
            None => {
                self.entries.push((key, value));
                self.version += 1;
            }
        }
        Ok(())
    }

    /// `d.pop(key)`: the value, or `None` when the key is missing.
    pub fn remove(&mut self, key: &Value) -> Result<Option<Value>, Raise> {
        check_hashable(key)?;
        let removed = self.position(key)?.map(|i| self.entries.remove(i).1);
        self.version += removed.is_some() as u64;
        Ok(removed)
    }

    /// `d.clear()`
    pub fn clear(&mut self) {
        self.entries.clear();
        self.version += 1;
    }

    /// The items of a view, as iterating it yields them.
    pub fn part(&self, part: DictPart) -> Vec<Value> {
        self.entries
            .iter()
            .map(|(k, v)| match part {
                DictPart::Keys => k.clone(),
                DictPart::Values => v.clone(),
                DictPart::Items => Value::tuple(vec![k.clone(), v.clone()]),
            })
            .collect_vec()
    }
}
