//! Python's `set`: its members, and the order CPython iterates them in
//! (what a set's methods and operators make of them is
//! `interp/sets.rs`'s and `Set::operator`'s).
//!
//! Membership is a `Dict`'s (equal keys are one member). The order a set
//! is iterated in is CPython's hash table's, which only some members
//! allow to be known:
//! - a set of ints: their hashes are themselves, so the table is
//!   CPython's (`IntTable`, after `Objects/setobject.c`, probing and
//!   resizing step for step), and so is the order;
//! - a set of objects hashed by identity (tasks, futures, coroutines,
//!   functions, the program's instances): CPython's order is their memory
//!   addresses', which no model can know; a set of futures is iterated in
//!   the order they were made, any other in the order members were added,
//!   one of the orders CPython produces (the tests' harness orders
//!   CPython's sets of tasks the same way);
//! - anything else (strings, whose hashes change with each run of
//!   CPython, floats, tuples, a mix): iterating, printing or `pop()` is
//!   refused; `len`, `in`, `sorted(s)` and the like need no order.

use super::dict::Dict;
use super::Value;
use crate::collect::CollectVec;
use crate::error::{Raise, RunError};

/// A set: its members, and CPython's table of them while they are all ints.
#[derive(Debug, Default)]
pub struct Set {
    members: Dict,
    ints: Option<IntTable>,
}

/// What `Set::absorb` does with each member of the set it walks.
#[derive(Clone, Copy)]
pub enum Each<'a> {
    /// Adds it when its being in the set given is the bool given.
    KeepIfIn(&'a Set, bool),
    Discard,
    /// Discards it, or adds it when it was not there.
    Toggle,
}

/// What iterating a set gives, or why its order cannot be told.
pub enum Order {
    Known(Vec<Value>),
    Unknown(&'static str),
}

impl Set {
    pub fn new() -> Set {
        Set {
            members: Dict::default(),
            ints: Some(IntTable::new()),
        }
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    pub fn contains(&self, v: &Value) -> Result<bool, Raise> {
        Ok(self.members.get(v)?.is_some())
    }

    /// Whether every member is one of `other`'s (`set_issubset`).
    pub fn is_subset(&self, other: &Set) -> Result<bool, Raise> {
        if self.len() > other.len() {
            return Ok(false);
        }
        for (v, _) in self.members.entries() {
            if !other.contains(v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether no member is one of `other`'s (`set_isdisjoint`: the
    /// smaller set walked, `other` when as large).
    pub fn is_disjoint(&self, other: &Set) -> Result<bool, Raise> {
        let (walked, looked_up) = match other.len() > self.len() {
            true => (self, other),
            false => (other, self),
        };
        for (v, _) in walked.members.entries() {
            if looked_up.contains(v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `s.add(v)`.
    pub fn add(&mut self, v: Value) -> Result<(), Raise> {
        if self.contains(&v)? {
            return Ok(());
        }
        match (&mut self.ints, &v) {
            (Some(table), Value::Int(i)) => table.add(*i),
            (Some(table), Value::Bool(b)) => table.add(*b as i64),
            _ => self.ints = None,
        }
        self.members.insert(v, Value::None)
    }

    /// `s.discard(v)`: whether it was a member.
    pub fn discard(&mut self, v: &Value) -> Result<bool, Raise> {
        let Some(_) = self.members.remove(v)? else {
            return Ok(false);
        };
        if let Some(table) = &mut self.ints {
            table.discard(int_of(v));
        }
        Ok(true)
    }

    /// `s.clear()`.
    pub fn clear(&mut self) -> Vec<(Value, Value)> {
        // `set_clear_internal` empties the table but leaves where the next
        // `pop()` starts looking.
        let mut table = IntTable::new();
        table.finger = self.ints.as_ref().map_or(0, |t| t.finger);
        self.ints = Some(table);
        self.members.take_entries()
    }

    /// `s.update(other)` for a set `other` (not `self`): CPython's
    /// `set_merge`, which sizes the table for both first.
    pub fn update_from_set(&mut self, other: &Set) -> Result<(), Raise> {
        if let (Some(mine), Some(theirs)) = (&mut self.ints, &other.ints) {
            mine.merge(theirs);
            for (k, _) in other.members.entries() {
                if !self.contains(k)? {
                    self.members.insert(k.clone(), Value::None)?;
                }
            }
            return Ok(());
        }
        // The result's order is known only if every member is an int,
        // which one of the two sets is not: any order of adding will do.
        let items = other.in_order_if_known();
        items.into_iter().try_for_each(|v| self.add(v))
    }

    /// `self - other`, `self | other`, `self & other` or `self ^ other`
    /// (`op`), each built as `setobject.c` builds it, so that a set of
    /// ints comes out in CPython's table order: `|` copies `self` and
    /// adds `other`'s; `-` keeps what `self` has that `other` lacks, in
    /// `self`'s order (or, `self` four times larger, copies it and
    /// discards `other`'s); `&` walks the smaller (`other` when as large)
    /// and keeps what the other has; `^` copies `other` and toggles
    /// `self`'s.
    pub fn operator(&self, op: crate::program::BinOp, other: &Set) -> Result<Set, Raise> {
        use crate::program::BinOp;
        let (mut result, walked, each) = match op {
            BinOp::BitOr => {
                let mut result = self.copy();
                result.update_from_set(other)?;
                return Ok(result);
            }
            BinOp::Sub if self.len() >> 2 > other.len() => (self.copy(), other, Each::Discard),
            BinOp::Sub => (Set::new(), self, Each::KeepIfIn(other, false)),
            BinOp::BitAnd if other.len() > self.len() => {
                (Set::new(), self, Each::KeepIfIn(other, true))
            }
            BinOp::BitAnd => (Set::new(), other, Each::KeepIfIn(self, true)),
            _ => (other.copy(), self, Each::Toggle),
        };
        result.absorb(walked, each)?;
        Ok(result)
    }

    /// Walks `walked` (not `self`) in its order, doing `each` with every
    /// member: `-=` discards them (`set_difference_update_internal`, with
    /// its resize after), `^=` toggles them
    /// (`set_symmetric_difference_update`).
    pub fn absorb(&mut self, walked: &Set, each: Each) -> Result<(), Raise> {
        for v in walked.in_order_if_known() {
            match each {
                Each::KeepIfIn(set, wanted) => {
                    if set.contains(&v)? == wanted {
                        self.add(v)?;
                    }
                }
                Each::Discard => {
                    self.discard(&v)?;
                }
                Each::Toggle => {
                    if !self.discard(&v)? {
                        self.add(v)?;
                    }
                }
            }
        }
        if let Each::Discard = each {
            self.discards_done();
        }
        Ok(())
    }

    /// The end of `set_difference_update_internal`: a table more than a
    /// quarter dummies is rebuilt, which a set of ints then iterates in.
    pub fn discards_done(&mut self) {
        if let Some(table) = &mut self.ints {
            if table.fill - table.used > table.mask() / 4 {
                table.rebuild();
            }
        }
    }

    /// Becomes `other` (`set_swap_bodies`, for `&=`), its size changes
    /// counted as a loop over it must see them.
    pub fn replace_with(&mut self, other: Set) {
        let old = std::mem::replace(self, other);
        self.members.replaces(&old.members);
        // `set_swap_bodies` swaps the tables, not where the next `pop()`
        // starts looking.
        if let (Some(table), Some(was)) = (&mut self.ints, &old.ints) {
            table.finger = was.finger;
        }
    }

    /// Before adding a dict's `n` keys: CPython sizes the table for them
    /// first (`set_update_internal`).
    pub fn presize(&mut self, n: usize) {
        if let Some(table) = &mut self.ints {
            table.presize(n);
        }
    }

    /// What a display of three or more constants makes: the compiler's
    /// frozenset of them (added in order), made again from its own
    /// members in table order as the compiler merges constants
    /// (`merge_consts_recursive`), then merged into a new set
    /// (`BUILD_SET 0; SET_UPDATE`).
    pub fn folded_constant(&self) -> Result<Set, Raise> {
        let items = self.in_order_if_known();
        let mut constant = Set::new();
        for v in items {
            constant.add(v)?;
        }
        Ok(constant.copy())
    }

    /// `s.copy()` (and `set(s)`): CPython's `set_merge` into an empty set.
    pub fn copy(&self) -> Set {
        Set {
            members: self.members.copy(),
            ints: self.ints.as_ref().map(IntTable::merged),
        }
    }

    /// The members, in the order iterating the set gives them.
    pub fn order(&self) -> Order {
        if let Some(table) = &self.ints {
            // Each as the set holds it: `True` stays `True` (looked up
            // only when a bool is among them).
            let entries = self.members.entries();
            let bools = entries.clone().any(|(k, _)| matches!(k, Value::Bool(_)));
            let spelled = |key: i64| match bools {
                false => Value::Int(key),
                true => entries
                    .clone()
                    .find(|(k, _)| int_of(k) == key)
                    .map_or(Value::Int(key), |(k, _)| k.clone()),
            };
            return Order::Known(table.order().map(spelled).collect_vec());
        }
        let keys = || self.members.entries().map(|(k, _)| k);
        let made = |v: &Value| match v {
            Value::Future(f) => Some(f.id),
            _ => None,
        };
        if keys().all(|k| made(k).is_some()) {
            let mut futures: Vec<Value> = keys().cloned().collect_vec();
            crate::sort::sort_by_key(&mut futures, made);
            return Order::Known(futures);
        }
        if self.len() <= 1 || keys().all(by_identity) {
            return Order::Known(keys().cloned().collect_vec());
        }
        Order::Unknown(
            "a set of strings, floats, tuples or a mix: CPython's order comes from hashes Interleave does not model (a string's change with every run); sort it (`sorted(s)`) or keep a list",
        )
    }

    /// The members in the order iterating gives them, or the refusal.
    pub fn ordered(&self) -> Result<Vec<Value>, Raise> {
        match self.order() {
            Order::Known(items) => Ok(items),
            Order::Unknown(why) => Err(RunError::unsupported(format!(
                "iterating or printing {why}"
            ))),
        }
    }

    /// The members in iteration order when it is known, else as stored:
    /// for what builds a set whose own order is decided anew.
    fn in_order_if_known(&self) -> Vec<Value> {
        match self.order() {
            Order::Known(items) => items,
            Order::Unknown(_) => self.members(),
        }
    }

    /// The members in any order, for what does not depend on it (`len`,
    /// `sorted`, `sum`, `in`).
    pub fn members(&self) -> Vec<Value> {
        self.members.entries().map(|(k, _)| k.clone()).collect_vec()
    }

    /// `s.pop()`: the member CPython's table gives first after where the
    /// last `pop` stopped.
    pub fn pop(&mut self) -> Result<Option<Value>, Raise> {
        if self.is_empty() {
            return Ok(None);
        }
        let v = match &mut self.ints {
            Some(table) => Value::Int(table.pop()),
            None => self.ordered()?.swap_remove(0),
        };
        self.members.remove(&v)?;
        Ok(Some(v))
    }

    /// How many members `pred` holds for.
    pub fn count(&self, pred: fn(&Value) -> bool) -> usize {
        self.members.entries().filter(|(k, _)| pred(k)).count()
    }

    /// Bumps with each member added or removed: a loop over the set
    /// raises CPython's RuntimeError when its size changes.
    pub fn version(&self) -> u64 {
        self.members.version()
    }
}

impl Drop for Set {
    /// CPython frees a set's members in its table's order, which for
    /// coroutines is their addresses': two that warn "never awaited" as
    /// they go would warn in an order no model knows. The run stops
    /// instead.
    fn drop(&mut self) {
        {
            let mut warning = self.members.entries().filter_map(|(k, _)| match k {
                // Freed with the set: nothing else holds it.
                Value::Coroutine(c) if std::rc::Rc::strong_count(c) == 1 && c.would_warn() => {
                    Some(c)
                }
                _ => None,
            });
            if let (Some(first), Some(_)) = (warning.next(), warning.next()) {
                first.refuse_freeing(
                    "freeing a set that holds two coroutines never awaited: CPython warns about each in the order of their memory addresses, which Interleave cannot know",
                );
            }
        }
        // Futures go in the order iterating gives, the one this model
        // chose for a set of them (tasks in the order they were made), so
        // that two failed tasks nobody asked, whose last holder was the
        // set (`wait`'s `done`), are reported in that order. The table's
        // own hold goes first; then the members, first first (`drain`
        // takes from the end). A set without futures reports nothing as it
        // goes: its `Dict` frees it as it is.
        if !self
            .members
            .entries()
            .any(|(k, _)| matches!(k, Value::Future(_)))
        {
            return;
        }
        let mut members = self.in_order_if_known();
        drop(std::mem::take(&mut self.members));
        members.reverse();
        super::list::drain(members);
    }
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}

/// Whether CPython hashes `v` by its identity (its memory address).
pub(crate) fn by_identity(v: &Value) -> bool {
    match v {
        Value::Future(_) | Value::Coroutine(_) | Value::Function(_) | Value::Exception(_) => true,
        Value::Instance(i) => {
            i.class.lookup("__hash__").is_none() && i.class.lookup("__eq__").is_none()
        }
        Value::Loop(_) | Value::Handle(_) | Value::Generator(_) => true,
        _ => false,
    }
}

/// CPython's `hash(i)`: `i` modulo 2**61 - 1, keeping its sign, with -1
/// (the C API's error value) made -2.
fn hash_int(i: i64) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let h = if i >= 0 {
        i % MODULUS
    } else {
        -((-(i as i128) % MODULUS as i128) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A slot of CPython's set table.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    Unused,
    /// A member removed: probing goes on past it.
    Dummy,
    Active(i64),
}

/// `PySetObject`'s table, for members that are ints.
#[derive(Debug, Clone)]
struct IntTable {
    slots: Vec<Slot>,
    /// Active and dummy slots.
    fill: usize,
    used: usize,
    /// Where the next `pop()` starts looking.
    finger: usize,
}

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

impl IntTable {
    fn new() -> IntTable {
        IntTable::sized(MIN_SIZE)
    }

    fn sized(size: usize) -> IntTable {
        IntTable {
            slots: vec![Slot::Unused; size],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_add_entry` for a key known to be absent.
    fn add(&mut self, key: i64) {
        let hash = hash_int(key);
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = perturb & mask;
        let mut free = None;
        let unused = loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let found = (i..=i + probes).find(|&j| {
                // The last dummy passed is the one reused (checked
                // against 3.11: `{0, 8}`, both discarded, then 16 and 0
                // added, prints `{0, 16}`).
                if self.slots[j] == Slot::Dummy {
                    free = Some(j);
                }
                self.slots[j] == Slot::Unused
            });
            if let Some(j) = found {
                break j;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        };
        self.used += 1;
        if let Some(j) = free {
            self.slots[j] = Slot::Active(key);
            return;
        }
        self.slots[unused] = Slot::Active(key);
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.rebuild();
        }
    }

    /// `set_table_resize(so, so->used>50000 ? so->used*2 : so->used*4)`,
    /// as both a full table and one left mostly dummies are rebuilt.
    fn rebuild(&mut self) {
        let wanted = match self.used > 50000 {
            true => self.used * 2,
            false => self.used * 4,
        };
        self.resize(wanted);
    }

    /// `set_table_resize`: the active members, in table order, into a
    /// table of the least power of two above `min_used` (at least 8).
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(self, IntTable::sized(size));
        self.finger = old.finger;
        for slot in old.slots {
            if let Slot::Active(key) = slot {
                self.insert_clean(key);
            }
        }
        self.fill = old.used;
        self.used = old.used;
    }

    /// `set_insert_clean`: into a table with no dummies.
    fn insert_clean(&mut self, key: i64) {
        let mask = self.mask();
        let mut perturb = hash_int(key) as u64 as usize;
        let mut i = perturb & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if let Some(j) = (i..=i + probes).find(|&j| self.slots[j] == Slot::Unused) {
                self.slots[j] = Slot::Active(key);
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// `set_discard_entry` for a key known to be present.
    fn discard(&mut self, key: i64) {
        if let Some(slot) = self.slots.iter_mut().find(|s| **s == Slot::Active(key)) {
            *slot = Slot::Dummy;
            self.used -= 1;
        }
    }

    /// `set_pop`, the table not empty.
    fn pop(&mut self) -> i64 {
        let mask = self.mask();
        let mut at = self.finger & mask;
        loop {
            if let Slot::Active(key) = self.slots[at] {
                self.slots[at] = Slot::Dummy;
                self.used -= 1;
                self.finger = at + 1;
                return key;
            }
            at = (at + 1) & mask;
        }
    }

    /// Sized for `n` more members, as `set_merge` and a dict's update
    /// first do.
    fn presize(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// `set_merge(self, other)`, `other` not empty and not `self`.
    fn merge(&mut self, other: &IntTable) {
        if other.used == 0 {
            return;
        }
        self.presize(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
        } else if self.fill == 0 {
            for key in other.order() {
                self.insert_clean(key);
            }
        } else {
            for key in other.order() {
                if !self.order().any(|k| k == key) {
                    self.add(key);
                }
            }
            return;
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// `set_merge` into an empty set: the same table when it has no
    /// dummies, else the members inserted afresh in table order.
    fn merged(&self) -> IntTable {
        let mut new = IntTable::new();
        if self.used * 5 >= new.mask() * 3 {
            new.resize(self.used * 2);
        }
        if new.slots.len() == self.slots.len() && self.fill == self.used {
            new.slots = self.slots.clone();
        } else {
            for slot in &self.slots {
                if let Slot::Active(key) = slot {
                    new.insert_clean(*key);
                }
            }
        }
        new.fill = self.used;
        new.used = self.used;
        new
    }

    /// The members in table order.
    fn order(&self) -> impl Iterator<Item = i64> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(key) => Some(*key),
            _ => None,
        })
    }
}
