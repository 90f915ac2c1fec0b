//! Python's `dict`: insertion-ordered, keys found with `==` across numeric
//! types (`d[1]`, `d[1.0]` and `d[True]` are one entry), lists and dicts
//! refused as keys with CPython's `unhashable type` error.
//!
//! The entries are kept in insertion order, as Python iterates them. A
//! dict of a few keys is searched in that order; past `SMALL` keys a hash
//! index (`key_index.rs`) finds them, as CPython's table does. What does
//! not live here: the dict's methods (`interp/builtins.rs`) and its repr
//! (`format.rs`).

use super::key_index::{key_hash, KeyIndex};
use super::{ops, ExcKind, Exception, Value};
use crate::collect::CollectVec;
use crate::error::Raise;

/// The fields are private so that every change of the keys goes through
/// a method that keeps the index and the count true.
#[derive(Debug, Default)]
pub struct Dict {
    /// Key, value; in insertion order, as Python iterates a dict. A key
    /// removed leaves a hole (`None`), as in CPython's entries, so that
    /// the keys after it keep their places in the index; the holes go
    /// when they outnumber the keys (`compact`).
    entries: Vec<Option<(Value, Value)>>,
    /// The keys: the entries that are not holes.
    live: usize,
    /// Counts the keys added and removed, so that a loop over the dict can
    /// tell that its keys changed (`iter.rs`).
    version: u64,
    /// Where each key is, once the dict holds more than `SMALL` keys, all
    /// of a kind the index hashes; `None` before, or while a key it
    /// cannot hash is in the dict (then the entries are searched in
    /// order).
    index: Option<KeyIndex>,
}

/// Up to this many keys a search in order is as fast as hashing, and the
/// dict carries no index.
const SMALL: usize = 8;

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
    /// A dict of these entries, whose keys are distinct (another dict's).
    pub fn of_entries(entries: Vec<(Value, Value)>) -> Dict {
        let mut dict = Dict {
            live: entries.len(),
            entries: entries.into_iter().map(Some).collect_vec(),
            version: 0,
            index: None,
        };
        dict.reindex();
        dict
    }

    /// `d.copy()`: the same entries, a version of its own.
    pub fn copy(&self) -> Dict {
        Dict::of_entries(self.entries().cloned().collect_vec())
    }

    /// The entries, in insertion order.
    pub fn entries(&self) -> impl DoubleEndedIterator<Item = &(Value, Value)> + Clone {
        self.entries.iter().filter_map(Option::as_ref)
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
        self.index = None;
        self.live = 0;
        std::mem::take(&mut self.entries)
            .into_iter()
            .flatten()
            .collect_vec()
    }

    /// Adds a key the caller knows is not in the dict (a keyword
    /// argument's name, which CPython has already checked is unique).
    pub fn push_new(&mut self, key: Value, value: Value) {
        self.entries.push(Some((key, value)));
        self.live += 1;
        self.version += 1;
        let pos = self.entries.len() - 1;
        match &mut self.index {
            Some(index) => match self.entries[pos].as_ref().and_then(|(k, _)| key_hash(k)) {
                Some(hash) => index.add(hash, pos),
                None => self.index = None,
            },
            // Just past `SMALL`: worth an index now.
            None if self.live == SMALL + 1 => self.reindex(),
            None => {}
        }
    }

    /// Where `key` is among the entries, compared as CPython's dict
    /// compares keys: through the index when the dict and the key have
    /// hashes, else in order.
    fn position(&self, key: &Value) -> Result<Option<usize>, Raise> {
        if let (Some(index), Some(hash)) = (&self.index, key_hash(key)) {
            for i in index.candidates(hash) {
                if let Some((k, _)) = &self.entries[i] {
                    if ops::item_equal(k, key)? {
                        return Ok(Some(i));
                    }
                }
            }
            return Ok(None);
        }
        for (i, entry) in self.entries.iter().enumerate() {
            if let Some((k, _)) = entry {
                if ops::item_equal(k, key)? {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    /// Builds the index anew, without the holes, when the dict is large
    /// enough and every key can be hashed.
    fn reindex(&mut self) {
        if self.entries.len() != self.live {
            self.entries.retain(Option::is_some);
        }
        self.index = match self.live > SMALL {
            true => KeyIndex::of(self.live, self.entries().map(|(k, _)| k)),
            false => None,
        };
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
        check_hashable(&key)?;
        match self.position(&key)?.and_then(|i| self.entries[i].as_mut()) {
            Some((_, v)) => *v = value,
            None => self.push_new(key, value),
        }
        Ok(())
    }

    /// `d.pop(key)`: the value, or `None` when the key is missing.
    pub fn remove(&mut self, key: &Value) -> Result<Option<Value>, Raise> {
        check_hashable(key)?;
        let Some(i) = self.position(key)? else {
            return Ok(None);
        };
        let Some((key, removed)) = self.entries[i].take() else {
            return Ok(None);
        };
        self.live -= 1;
        self.version += 1;
        match (&mut self.index, key_hash(&key)) {
            (Some(index), Some(hash)) => index.remove(hash, i),
            // The key that kept the dict from an index may be the one
            // gone.
            _ => self.reindex(),
        }
        // Holes past the last key are dropped at once; the rest once they
        // outnumber the keys, as CPython's table resizes.
        while let Some(None) = self.entries.last() {
            self.entries.pop();
        }
        if self.entries.len() - self.live > self.live.max(SMALL) {
            self.reindex();
        }
        Ok(Some(removed))
    }

    /// `d.popitem()`: the last key added and its value, taken out.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        // The last entry is never a hole (`remove` drops those).
        let (key, value) = self.entries.pop()??;
        let pos = self.entries.len();
        self.live -= 1;
        self.version += 1;
        match (&mut self.index, key_hash(&key)) {
            (Some(index), Some(hash)) => index.remove(hash, pos),
            _ => self.reindex(),
        }
        while let Some(None) = self.entries.last() {
            self.entries.pop();
        }
        Some((key, value))
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
