//! Waking takes time. On the real clock a wait lasts longer than it was
//! asked to, never shorter: CPython's `EpollSelector.select` rounds its
//! timeout up to whole milliseconds (`math.ceil(timeout * 1e3) * 1e-3`),
//! Linux lets the wait end late by its timer slack
//! (`select_estimate_accuracy`: a thousandth of the wait, at least the
//! thread's 50 µs), and the thread takes time to be scheduled and return
//! to `_run_once`. `time.sleep` sleeps in `clock_nanosleep`, with the
//! slack but no rounding.
//!
//! Programs see it. A sleep of 0.25 s measures about 0.2505 s, so
//! `f"{elapsed:.1f}"` prints 0.3; a hundred `sleep(0.0001)` take about
//! 0.11 s; a loop that sleeps until `loop.time() - last >= interval`
//! wakes past the deadline and stops, where a clock landing on the
//! deadline's float can fall short of it by a rounding and spin.
//!
//! Part of the real clock's model (`RunOptions::real_clock`), with
//! `compute`: off, a wait moves the clock by exactly its timeout, as the
//! tests' CPython on a virtual clock does. Threads' waits (`threads`)
//! stay on the virtual clock either way. What lives here is only how long
//! a wait lasts; when the loop waits is `event_loop`'s.

// The forms' runs are never on the real clock: it is Code mode's.
#![cfg_attr(not(feature = "code"), allow(dead_code))]

use super::timers::Time;
use super::Runtime;

impl Runtime {
    /// How long `select(timeout)` keeps the loop waiting, `timeout` being
    /// more than 0.
    pub(crate) fn select_wait(&self, timeout: Time) -> Time {
        #[cfg(feature = "code")]
        if self.compute.enabled {
            return select(timeout);
        }
        timeout
    }

    /// How long `time.sleep(seconds)` blocks the loop.
    pub(crate) fn sleep_wait(&self, seconds: Time) -> Time {
        #[cfg(feature = "code")]
        if self.compute.enabled && seconds > 0.0 {
            return sleep(seconds);
        }
        seconds
    }
}

/// Linux's default timer slack (`current->timer_slack_ns`): how late a
/// timed wait may end, at least.
const TIMER_SLACK: Time = 50e-6;

/// The most slack Linux gives a wait (`MAX_SLACK`).
const MAX_SLACK: Time = 0.1;

/// From the timer's end to `_run_once` reading the clock again: waking
/// the thread and returning through `select`, after a wait of a
/// millisecond or less. The longer the wait, the deeper the processor
/// idles, and the longer it takes to wake, up to `WAKE_COST_IDLE` from
/// three milliseconds on. Measured on the machine the tests run on
/// (2026-12-05), as the median lateness of `sleep(d)` less its slack: 70
/// µs at 1 ms, 160 µs at 2 ms, 250 to 320 µs from 5 ms to a second.
const WAKE_COST: Time = 70e-6;
const WAKE_COST_IDLE: Time = 270e-6;

/// How long `select(timeout)` keeps the loop waiting, `timeout` being
/// `when - time()`, more than 0.
pub(crate) fn select(timeout: Time) -> Time {
    // CPython computes the timeout from a clock that has run on since
    // the deadline was set, so a timeout of a whole number of
    // milliseconds is a little under it there, never a rounding over it:
    // a nanosecond's tolerance keeps `ceil` from adding a millisecond.
    let millis = (timeout * 1e3 - 1e-6).ceil();
    if millis <= 0.0 {
        // Under a nanosecond: by the time CPython computes it, the
        // deadline has passed, and `select(0)` does not wait; the clock
        // has passed it all the same.
        return timeout;
    }
    let wait = millis * 1e-3;
    let wake = (WAKE_COST + (wait - 1e-3) * 0.1).clamp(WAKE_COST, WAKE_COST_IDLE);
    wait + slack(wait) + wake
}

/// How long `time.sleep(seconds)` blocks, `seconds` more than 0.
pub(crate) fn sleep(seconds: Time) -> Time {
    seconds + TIMER_SLACK + WAKE_COST
}

/// `select_estimate_accuracy`: a thousandth of the wait, at least the
/// thread's timer slack, at most `MAX_SLACK`.
fn slack(wait: Time) -> Time {
    (wait / 1000.0).clamp(TIMER_SLACK, MAX_SLACK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wait_lasts_whole_milliseconds_and_ends_late() {
        // A whole number of milliseconds, even one a float's rounding
        // puts over it, is not rounded up a millisecond more.
        let over = f64::from_bits(0.1f64.to_bits() + 1);
        let under = f64::from_bits(0.1f64.to_bits() - 1);
        for timeout in [0.1, over, under] {
            assert!((select(timeout) - 0.10037).abs() < 1e-12, "{timeout}");
        }
        // Under a millisecond waits one; under a nanosecond, not at all
        // (the clock moves on to the deadline).
        assert!((select(0.0001) - 0.00112).abs() < 1e-12);
        assert_eq!(select(1e-12), 1e-12);
        // A long wait's slack is a thousandth of it, capped.
        assert!((select(0.25) - 0.25052).abs() < 1e-12);
        assert!((select(86400.0) - 86400.10027).abs() < 1e-6);
        // The wake grows with the wait, from 1 ms to 3 ms.
        assert!((select(0.002) - 0.00222).abs() < 1e-12);
        assert!(sleep(0.25) > 0.25);
    }
}
