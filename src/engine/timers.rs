//! The timer heap: `call_later` entries ordered by deadline, then by the order
//! they were scheduled.
//!
//! CPython orders by deadline alone, but its deadlines come from a real clock
//! and two timers set one after the other never tie. On the virtual clock they
//! can; breaking ties by scheduling order gives the order the real clock
//! would. Cancelled timers stay in the heap, as in CPython, and are skipped
//! when they reach the front.

use super::futures::FutRef;
#[cfg(feature = "code")]
use crate::collect::CollectVec;
use std::cell::Cell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::rc::Rc;

/// Virtual time, in nanoseconds since the loop started.
pub type Nanos = u64;

/// One `call_later(delay, _set_result_unless_cancelled, future)`, the
/// kind of timer `asyncio.sleep` creates, or a program's own
/// `loop.call_later(delay, callback, *args)` (`Fires::Call`).
#[derive(Debug)]
#[must_use = "a sleep cancels its timer when it ends"]
pub struct TimerHandle {
    pub when: Nanos,
    /// What it does when it fires.
    pub fires: Fires,
    /// The task that is sleeping, for the trace.
    pub task: Option<usize>,
    /// How much of `when` is estimated computation (`compute`): the
    /// clock's whole advance by computing before the timer was set.
    pub computed: Nanos,
    cancelled: Cell<bool>,
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
        self.cancelled.set(true);
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
    when: Nanos,
    seq: u64,
    handle: Rc<TimerHandle>,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        (self.when, self.seq) == (other.when, other.seq)
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.when, self.seq).cmp(&(other.when, other.seq))
    }
}

#[derive(Default)]
pub struct Timers {
    heap: BinaryHeap<Reverse<Entry>>,
    /// Scheduling order, the tie-breaker between equal deadlines.
    seq: u64,
}

impl Timers {
    pub fn schedule(
        &mut self,
        when: Nanos,
        fires: Fires,
        task: Option<usize>,
        computed: Nanos,
    ) -> Rc<TimerHandle> {
        let handle = Rc::new(TimerHandle {
            when,
            fires,
            task,
            computed,
            cancelled: Cell::new(false),
        });
        self.seq += 1;
        self.heap.push(Reverse(Entry {
            when,
            seq: self.seq,
            handle: handle.clone(),
        }));
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
    pub fn next_key(&self) -> Option<(Nanos, u64)> {
        self.heap.peek().map(|Reverse(e)| (e.when, e.seq))
    }

    /// Drops cancelled timers from the front, as `_run_once` does before it
    /// decides how long to wait.
    pub fn drop_cancelled_front(&mut self) {
        while let Some(Reverse(e)) = self.heap.peek() {
            if !e.handle.is_cancelled() {
                break;
            }
            self.heap.pop();
        }
    }

    /// The deadline of the first timer, cancelled or not.
    pub fn next_deadline(&self) -> Option<Nanos> {
        self.heap.peek().map(|Reverse(e)| e.when)
    }

    /// The timer that fires next.
    pub fn next(&self) -> Option<&TimerHandle> {
        self.heap.peek().map(|Reverse(e)| &*e.handle)
    }

    /// The timers not cancelled, in the order they fire.
    #[cfg(feature = "code")]
    pub fn live(&self) -> Vec<&TimerHandle> {
        let mut entries: Vec<&Entry> = self
            .heap
            .iter()
            .map(|Reverse(e)| e)
            .filter(|e| !e.handle.is_cancelled())
            .collect_vec();
        crate::sort::sort(&mut entries);
        entries.into_iter().map(|e| &*e.handle).collect_vec()
    }

    /// The first timer if its deadline has come.
    pub fn pop_due(&mut self, now: Nanos) -> Option<Rc<TimerHandle>> {
        match self.heap.peek() {
            Some(Reverse(e)) if e.when <= now => self.heap.pop().map(|Reverse(e)| e.handle),
            _ => None,
        }
    }
}
