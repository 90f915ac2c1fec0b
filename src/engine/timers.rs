//! The timer heap: CPython's `_scheduled`, a binary heap kept by `heapq`'s
//! own algorithm, so that timers whose deadlines are the very same float
//! fire in the order CPython's heap gives them.
//!
//! CPython compares timers by deadline alone (`TimerHandle.__lt__`). Its
//! deadlines come from a real clock: two set one after the other, each
//! from its own reading of the clock (`sleep`, `call_later`,
//! `timeout(delay)`, `call_at(loop.time() + d)`), never tie, though on the
//! virtual clock they do: those ties are broken by the order the timers
//! were set, the order the real clock would give. A deadline the program
//! gives `call_at` (or `timeout_at`) from a reading it made earlier
//! (`deadline = loop.time() + 5`, shared by several timers) is one float
//! in CPython too: those ties fall where the heap puts them
//! (`Entry::precedes`).
//!
//! Deadlines are CPython's floats (`time() + delay`), but two that round
//! to the same nanosecond count as the same moment for the order
//! (`tick`): `0.7 + 0.1` and `0.8`, set in different iterations, are a
//! tie the real clock breaks by which was set first, however the floats'
//! last bits fall; a deadline the program gave (`call_at`), from a
//! reading made before, goes by the floats. Cancelled timers stay in the
//! heap, as in CPython, skipped when they reach the front, or all dropped
//! and the heap rebuilt when they are most of it (`drop_cancelled`).

use super::futures::FutRef;
#[cfg(feature = "code")]
use crate::collect::CollectVec;
use std::cell::Cell;
use std::rc::Rc;

/// Virtual time: the loop's clock, in seconds since the loop started, a
/// float summed as CPython's `loop.time() + delay` sums it.
pub type Time = f64;

/// `t` in whole nanoseconds (rounded half to even, as Python's `round`):
/// the moment the timers' order and a thread's wake-up compare.
pub fn tick(t: Time) -> i64 {
    (t * 1e9).round_ties_even() as i64
}

/// One `call_later(delay, _set_result_unless_cancelled, future)`, the
/// kind of timer `asyncio.sleep` creates, or a program's own
/// `loop.call_later(delay, callback, *args)` (`Fires::Call`).
#[derive(Debug)]
#[must_use = "a sleep cancels its timer when it ends"]
pub struct TimerHandle {
    pub when: Time,
    /// What it does when it fires.
    pub fires: Fires,
    /// The task that is sleeping, for the trace.
    pub task: Option<usize>,
    /// How much of `when` is estimated computation (`compute`): the
    /// clock's whole advance by computing before the timer was set, in
    /// nanoseconds.
    pub computed: u64,
    cancelled: Cell<bool>,
    /// In the heap still (`_scheduled`): a cancel then counts towards
    /// rebuilding it. (Without asyncio's module, whose `call_at` makes
    /// the only ties the heap's layout settles, no rebuild shows.)
    #[cfg(feature = "asyncio-py")]
    scheduled: Cell<bool>,
    /// The loop's `_timer_cancelled_count`.
    #[cfg(feature = "asyncio-py")]
    cancelled_count: Rc<Cell<usize>>,
}

/// What a timer does when it fires.
#[derive(Debug)]
pub enum Fires {
    /// Completes this future with this result unless it is done
    /// (`futures._set_result_unless_cancelled`).
    Future(FutRef, crate::value::Value),
    /// Calls the program's callable (`loop.call_later`, `call_at`).
    #[cfg(feature = "asyncio-py")]
    Call(Rc<super::callbacks::CallHandle>),
}

impl TimerHandle {
    /// `handle.cancel()`; harmless once the timer has fired.
    pub fn cancel(&self) {
        #[cfg(feature = "asyncio-py")]
        self.count_cancel();
        self.cancelled.set(true);
    }

    /// `_timer_handle_cancelled`: the first cancel of a timer still in the
    /// heap counts.
    #[cfg(feature = "asyncio-py")]
    pub fn count_cancel(&self) {
        if !self.is_cancelled() && self.scheduled.get() {
            self.cancelled_count.set(self.cancelled_count.get() + 1);
        }
    }

    pub fn is_cancelled(&self) -> bool {
        #[cfg(feature = "asyncio-py")]
        if let Fires::Call(call) = &self.fires {
            return call.is_cancelled();
        }
        self.cancelled.get()
    }

    /// The future it is about, as CPython's step-mode harness finds it:
    /// what it completes, or a call's first argument if a future.
    pub fn first_future(&self) -> Option<&FutRef> {
        match &self.fires {
            Fires::Future(f, _) => Some(f),
            #[cfg(feature = "asyncio-py")]
            Fires::Call(call) => match call.args.first() {
                Some(crate::value::Value::Future(f)) => Some(f),
                _ => None,
            },
        }
    }
}

struct Entry {
    /// `tick(handle.when)`.
    tick: i64,
    seq: u64,
    /// For a deadline the program gave (`call_at`): how many times it had
    /// read the clock then (`Runtime::clock_reads`). Two such timers set
    /// with no reading between them have deadlines from one reading.
    #[cfg(feature = "asyncio-py")]
    exact: Option<u64>,
    handle: Rc<TimerHandle>,
}

impl Entry {
    /// `heapq`'s `<`: earlier deadline first; the same deadline from one
    /// reading of the clock is a tie the heap's layout settles; any other
    /// same deadline, the order the timers were set.
    fn precedes(&self, other: &Entry) -> bool {
        if self.tick != other.tick {
            return self.tick < other.tick;
        }
        // A deadline the program gave comes from a reading it made at or
        // before the timer was set (`start + 0.3`, or a `timeout(d)` made
        // before its `async with`): on a real clock, the reading made
        // earlier gives the earlier deadline, whichever timer was set
        // first. The floats decide between such a deadline and another
        // (from one reading, equal ones tie, as in CPython's heap).
        #[cfg(feature = "asyncio-py")]
        if self.exact.is_some() || other.exact.is_some() {
            if self.handle.when != other.handle.when {
                return self.handle.when < other.handle.when;
            }
            if self.exact.is_some() && self.exact == other.exact {
                return false;
            }
        }
        self.seq < other.seq
    }
}

/// CPython's `_MIN_SCHEDULED_TIMER_HANDLES` and
/// `_MIN_CANCELLED_TIMER_HANDLES_FRACTION` (0.5): when to rebuild the heap.
#[cfg(feature = "asyncio-py")]
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;

#[derive(Default)]
pub struct Timers {
    /// `heapq`'s list: the parent of `i` at `(i - 1) / 2`.
    heap: Vec<Entry>,
    /// Scheduling order, the tie-breaker between equal deadlines.
    seq: u64,
    /// `_timer_cancelled_count`: timers cancelled while in the heap, which
    /// the handles count themselves (`TimerHandle::cancel`).
    #[cfg(feature = "asyncio-py")]
    cancelled: Rc<Cell<usize>>,
}

impl Timers {
    /// `exact`: the program gave the deadline (see `Entry::exact`).
    pub fn schedule(
        &mut self,
        when: Time,
        fires: Fires,
        task: Option<usize>,
        computed: u64,
        exact: Option<u64>,
    ) -> Rc<TimerHandle> {
        let handle = Rc::new(TimerHandle {
            when,
            fires,
            task,
            computed,
            cancelled: Cell::new(false),
            #[cfg(feature = "asyncio-py")]
            scheduled: Cell::new(true),
            #[cfg(feature = "asyncio-py")]
            cancelled_count: self.cancelled.clone(),
        });
        #[cfg(not(feature = "asyncio-py"))]
        let _ = exact;
        self.seq += 1;
        self.heap.push(Entry {
            tick: tick(when),
            seq: self.seq,
            #[cfg(feature = "asyncio-py")]
            exact,
            handle: handle.clone(),
        });
        let last = self.heap.len() - 1;
        sift_down(&mut self.heap, 0, last);
        handle
    }

    /// A number in the timers' scheduling order, for a thread's
    /// `time.sleep`, which ties with a timer as if it were one.
    #[cfg(feature = "asyncio-py")]
    pub fn next_order(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// The first timer's deadline and scheduling order.
    #[cfg(feature = "asyncio-py")]
    pub fn next_key(&self) -> Option<(Time, u64)> {
        self.heap.first().map(|e| (e.handle.when, e.seq))
    }

    /// What `_run_once` does with cancelled timers before it decides how
    /// long to wait: when there are more than 100 timers and more than
    /// half of them are cancelled, all are dropped and the heap rebuilt
    /// (`heapify`); otherwise those at the front are popped.
    pub fn drop_cancelled(&mut self) {
        #[cfg(feature = "asyncio-py")]
        let n = self.heap.len();
        #[cfg(feature = "asyncio-py")]
        if n > MIN_SCHEDULED_TIMER_HANDLES && self.cancelled.get() * 2 > n {
            self.heap.retain(|e| {
                let keep = !e.handle.is_cancelled();
                e.handle.scheduled.set(keep);
                keep
            });
            for i in (0..self.heap.len() / 2).rev() {
                sift_up(&mut self.heap, i);
            }
            self.cancelled.set(0);
            return;
        }
        while self.heap.first().is_some_and(|e| e.handle.is_cancelled()) {
            #[cfg(feature = "asyncio-py")]
            self.cancelled.set(self.cancelled.get().saturating_sub(1));
            let _popped = heap_pop(&mut self.heap);
            #[cfg(feature = "asyncio-py")]
            if let Some(e) = _popped {
                e.handle.scheduled.set(false);
            }
        }
    }

    /// The deadline of the first timer, cancelled or not.
    pub fn next_deadline(&self) -> Option<Time> {
        self.heap.first().map(|e| e.handle.when)
    }

    /// The timer that fires next.
    pub fn next(&self) -> Option<&TimerHandle> {
        self.heap.first().map(|e| &*e.handle)
    }

    /// The timers not cancelled, in the order they fire: the heap popped
    /// to its end, on a copy.
    #[cfg(feature = "code")]
    pub fn live(&self) -> Vec<Rc<TimerHandle>> {
        let mut copy: Vec<Entry> = self
            .heap
            .iter()
            .map(|e| Entry {
                handle: e.handle.clone(),
                ..*e
            })
            .collect_vec();
        let mut live = Vec::with_capacity(copy.len());
        while let Some(e) = heap_pop(&mut copy) {
            if !e.handle.is_cancelled() {
                live.push(e.handle);
            }
        }
        live
    }

    /// The first timer if it is due by `end` (`_run_once`'s `end_time`:
    /// `handle._when < end_time`), out of the heap (no longer counted
    /// when cancelled, as `_scheduled` is then false).
    pub fn pop_due(&mut self, end: Time) -> Option<Rc<TimerHandle>> {
        match self.heap.first() {
            Some(e) if e.handle.when < end => heap_pop(&mut self.heap).map(|e| {
                #[cfg(feature = "asyncio-py")]
                e.handle.scheduled.set(false);
                e.handle
            }),
            _ => None,
        }
    }
}

/// `heapq._siftdown`: the entry at `pos` moves up towards `start` while it
/// precedes its parent.
fn sift_down(heap: &mut [Entry], start: usize, mut pos: usize) {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if heap[pos].precedes(&heap[parent]) {
            heap.swap(pos, parent);
            pos = parent;
            continue;
        }
        break;
    }
}

/// `heapq._siftup`: the entry at `pos` goes down to a leaf along the
/// smaller children (the right one unless the left precedes it), then
/// back up.
fn sift_up(heap: &mut [Entry], mut pos: usize) {
    let (end, start) = (heap.len(), pos);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !heap[child].precedes(&heap[right]) {
            child = right;
        }
        heap.swap(pos, child);
        pos = child;
        child = 2 * pos + 1;
    }
    sift_down(heap, start, pos);
}

/// `heapq.heappop`.
fn heap_pop(heap: &mut Vec<Entry>) -> Option<Entry> {
    let last = heap.pop()?;
    if heap.is_empty() {
        return Some(last);
    }
    let first = std::mem::replace(&mut heap[0], last);
    sift_up(heap, 0);
    Some(first)
}
