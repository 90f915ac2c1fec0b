//! The run's `random` generator: the hidden `Random` instance whose bound
//! methods `random.random`, `random.randint`... are. It starts from the
//! run's seed (`RunOptions::random_seed`), where CPython starts from the
//! operating system's entropy; the first draw before the program seeds
//! it says so, with the line that makes CPython draw the same numbers.
//!
//! The generator itself is `crate::mersenne`; what `random.py` computes
//! from its draws is `interp/random.rs`.

use super::Runtime;
use crate::mersenne::Mersenne;
use crate::trace::EventKind;
use std::cell::{Cell, RefCell, RefMut};

pub(crate) struct RunRandom {
    generator: RefCell<Mersenne>,
    /// The run's seed, for `random.seed()` (no argument: "from the
    /// operating system") and for the note.
    seed: u64,
    /// Whether the draws so far are CPython's for the program as written:
    /// it seeded the generator itself, or the note was given.
    explained: Cell<bool>,
}

impl RunRandom {
    pub(crate) fn new(seed: u64) -> RunRandom {
        RunRandom {
            generator: RefCell::new(Mersenne::seeded(seed)),
            seed,
            explained: Cell::new(false),
        }
    }
}

impl Runtime {
    /// The generator, to draw from. The first draw from the run's own
    /// seed notes which seed that is.
    pub(crate) fn random(&self) -> RefMut<'_, Mersenne> {
        let r = &self.random;
        if !r.explained.replace(true) {
            let seed = r.seed;
            self.emit(|| EventKind::Note {
                text: format!("random numbers here come from seed {seed} (CPython picks a seed of its own each run): add `random.seed({seed})` before the first draw for CPython to draw the same"),
            });
        }
        r.generator.borrow_mut()
    }

    /// `random.seed(x)` for what is not an int (a text, a float): the
    /// generator `crate::mersenne` makes of it.
    pub(crate) fn seed_random_with(&self, generator: Mersenne) {
        self.random.explained.set(true);
        *self.random.generator.borrow_mut() = generator;
    }

    /// `random.seed(n)`, or `random.seed()` (`None`): the run's own seed
    /// again, noted again at the next draw.
    pub(crate) fn seed_random(&self, n: Option<i64>) {
        let r = &self.random;
        r.explained.set(n.is_some());
        *r.generator.borrow_mut() = Mersenne::seeded(n.map_or(r.seed, i64::unsigned_abs));
    }
}
