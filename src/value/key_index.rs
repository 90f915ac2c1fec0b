//! A dict's hash index: for each key, where it sits in the dict's entries,
//! found from a hash of the key, so that `d[k] = v` and `k in d` (and a
//! set's `add`, whose members are a dict's keys) take constant time as in
//! CPython, not time that grows with the dict. Without it a program that
//! fills a dict with 30,000 keys waited 8.7 s.
//!
//! The index only narrows which entries are compared: whether two keys are
//! the same is still `ops::item_equal`'s answer. So `key_hash` must give
//! equal keys equal hashes (`1`, `1.0` and `True` one hash), and it hashes
//! only keys whose equality it can follow without running the program's
//! code: numbers, strings, `None`, tuples of those, and the values equal
//! only to themselves (futures, coroutines, functions). A dict holding
//! any other key (a `Decimal`, an instance of the program's) has no index
//! and searches its entries in order, as every dict did before; CPython
//! would call that key's `__eq__` only on a hash match, and a search in
//! order cannot tell which comparisons those would be.
//!
//! What does not live here: the entries, their order and the dict's
//! methods (`dict.rs`). The hashes are this module's own, not CPython's
//! `hash()`: nothing a program sees depends on them.

use super::Value;

/// Up to this many keys a search in order is as fast as hashing, and a
/// dict has no index.
pub(super) const SMALL: usize = 8;

/// A dict's index: a `Table` once the dict has more than `SMALL` keys, all
/// of a kind `key_hash` hashes; none before, or while a key it cannot
/// hash is in the dict (then the dict searches its entries in order).
/// The dict hands it its entries, holes (`None`) included: a position is
/// a place among those.
#[derive(Debug, Clone, Default)]
pub(super) struct Index(Option<Table>);

impl Index {
    /// The index of `entries`.
    pub(super) fn of(entries: &[Option<(Value, Value)>]) -> Index {
        if entries.len() <= SMALL {
            return Index(None);
        }
        let mut table = Table::with_room(entries.len());
        for (pos, entry) in entries.iter().enumerate() {
            if let Some((key, _)) = entry {
                match key_hash(key) {
                    Some(hash) => table.add(hash, pos),
                    None => return Index(None),
                }
            }
        }
        Index(Some(table))
    }

    /// The last of `entries` was just added.
    pub(super) fn added(&mut self, entries: &[Option<(Value, Value)>]) {
        let pos = entries.len() - 1;
        match (&mut self.0, &entries[pos]) {
            (Some(table), Some((key, _))) => match key_hash(key) {
                Some(hash) => table.add(hash, pos),
                None => self.0 = None,
            },
            // Just past `SMALL`: worth an index now.
            (None, _) if pos == SMALL => *self = Index::of(entries),
            _ => {}
        }
    }

    /// `key` at `pos` was taken out, leaving a hole. False when the index
    /// should be built anew: there was none, and the key that kept the
    /// dict from one may be the one gone.
    pub(super) fn removed(&mut self, key: &Value, pos: usize) -> bool {
        match (&mut self.0, key_hash(key)) {
            (Some(table), Some(hash)) => {
                table.remove(hash, pos);
                true
            }
            _ => false,
        }
    }

    /// The positions of the entries that may hold `key` (those of its
    /// hash), the likeliest first; `None` when the dict must search all.
    pub(super) fn candidates(&self, key: &Value) -> Option<impl Iterator<Item = usize> + '_> {
        Some(self.0.as_ref()?.candidates(key_hash(key)?))
    }
}

/// Open addressing with linear probing over a power-of-two table. A slot
/// is 0 when empty, else the key's 32-bit hash (never 0) above its
/// position in the entries plus one, or above 0 for a key removed (a
/// tombstone, which a probe passes over). Growing rehashes from the slots
/// alone, without hashing a key again.
#[derive(Debug, Clone)]
struct Table {
    slots: Vec<u64>,
    /// Slots not empty (tombstones too); the table is rebuilt before it
    /// is half full, so a probe stays short.
    used: usize,
}

impl Table {
    fn with_room(keys: usize) -> Table {
        Table {
            slots: vec![0; (keys * 2).max(16).next_power_of_two()],
            used: 0,
        }
    }

    /// Records that the key of hash `hash` sits at `pos` (a key not
    /// already in the table).
    fn add(&mut self, hash: u32, pos: usize) {
        if (self.used + 1) * 2 > self.slots.len() {
            let old = std::mem::replace(self, Table::with_room(self.used + 1));
            for slot in old.slots.into_iter().filter(|&s| s & POSITION != 0) {
                self.place(slot);
            }
        }
        self.place((u64::from(hash) << 32) | (pos as u64 + 1));
    }

    fn place(&mut self, slot: u64) {
        let mask = self.slots.len() - 1;
        let mut i = (slot >> 32) as usize & mask;
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
        self.used += 1;
    }

    /// The positions of the keys whose hash is `hash`.
    fn candidates(&self, hash: u32) -> impl Iterator<Item = usize> + '_ {
        let mask = self.slots.len() - 1;
        let start = hash as usize & mask;
        (0..self.slots.len())
            .map(move |k| self.slots[(start + k) & mask])
            .take_while(|&slot| slot != 0)
            .filter(move |&slot| (slot >> 32) as u32 == hash && slot & POSITION != 0)
            .map(|slot| (slot & POSITION) as usize - 1)
    }

    /// Forgets the key of hash `hash` at `pos`: its slot becomes a
    /// tombstone.
    fn remove(&mut self, hash: u32, pos: usize) {
        let mask = self.slots.len() - 1;
        let slot = (u64::from(hash) << 32) | (pos as u64 + 1);
        let mut i = hash as usize & mask;
        while self.slots[i] != slot {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot & !POSITION;
    }
}

/// The position's half of a slot.
const POSITION: u64 = 0xFFFF_FFFF;

/// A hash of `key` that equal keys share, or `None` for a key whose
/// equality the index does not follow (see the module's header).
fn key_hash(key: &Value) -> Option<u32> {
    Some(fold(hash64(key)?))
}

fn hash64(key: &Value) -> Option<u64> {
    Some(match key {
        Value::None => 0x6e6f6e65,
        Value::Bool(b) => mix(*b as u64),
        Value::Int(i) => mix(*i as u64),
        // An integral float equals the int of its value: the same hash
        // (`as` saturates, so 2**63 and beyond share `i64::MAX`'s: a
        // collision, not a mistake). Every NaN gets one hash (`as` makes
        // it 0, and `0.0 != NaN`), so that `item_equal` is asked about two
        // NaNs as it would be without the index.
        Value::Float(f) => match *f as i64 {
            i if i as f64 == *f => mix(i as u64),
            _ if f.is_nan() => 0x6e616e,
            _ => mix(f.to_bits()),
        },
        // FNV-1a.
        Value::Str(s) => mix(s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })),
        Value::Tuple(items) => items.iter().try_fold(0x7475706c65, |h: u64, item| {
            Some(mix(h.rotate_left(5) ^ hash64(item)?))
        })?,
        // Equal only to themselves: their address is their identity.
        Value::Future(f) => mix(std::rc::Rc::as_ptr(f) as usize as u64),
        Value::Coroutine(c) => mix(std::rc::Rc::as_ptr(c) as usize as u64),
        Value::Function(f) => mix(std::rc::Rc::as_ptr(f) as usize as u64),
        _ => return None,
    })
}

/// Spreads a value's bits over the whole word (a multiply and a shift), so
/// that the low bits that pick a slot differ for keys 0, 1, 2...
fn mix(x: u64) -> u64 {
    let x = x.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

/// 32 bits of the hash, never 0 (see `KeyIndex`).
fn fold(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32 | 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_numbers_share_a_hash() {
        let one = key_hash(&Value::Int(1));
        assert_eq!(one, key_hash(&Value::Float(1.0)));
        assert_eq!(one, key_hash(&Value::Bool(true)));
        assert_eq!(key_hash(&Value::Int(0)), key_hash(&Value::Float(-0.0)));
        assert_ne!(one, key_hash(&Value::Float(1.5)));
        let tuple = |v| Value::tuple(vec![Value::Str("a".into()), v]);
        assert_eq!(
            key_hash(&tuple(Value::Int(2))),
            key_hash(&tuple(Value::Float(2.0)))
        );
    }

    #[test]
    fn a_key_whose_equality_runs_code_is_not_indexed() {
        let list = Value::List(Default::default());
        assert_eq!(key_hash(&list), None);
        assert_eq!(key_hash(&Value::tuple(vec![Value::Int(1), list])), None);
    }

    #[test]
    fn finds_every_key_after_growing_and_removing() {
        let entries: Vec<Option<(Value, Value)>> = (0..1000)
            .map(|i| Some((Value::Int(i), Value::None)))
            .collect();
        let found = |index: &Index, k: i64| {
            index
                .candidates(&Value::Int(k))
                .is_some_and(|mut c| c.any(|p| p == k as usize))
        };
        let mut grown = Index::of(&entries[..1]);
        for n in 2..=entries.len() {
            grown.added(&entries[..n]);
        }
        assert!((0..1000).all(|k| found(&grown, k)));
        assert!(!found(&grown, 5000));
        // Key 10 removed: the keys past its tombstone are still found.
        assert!(grown.removed(&Value::Int(10), 10));
        for k in 0..1000 {
            assert_eq!(found(&grown, k), k != 10, "key {k}");
        }
        // A key the index cannot hash drops it.
        let mut with_list = entries[..20].to_vec();
        with_list.push(Some((Value::List(Default::default()), Value::None)));
        let mut index = Index::of(&entries[..20]);
        index.added(&with_list);
        assert!(index.candidates(&Value::Int(3)).is_none());
    }
}
