//! One small `collect` for the crate's vectors. `collect::<Vec<_>>()`
//! compiles three functions for each call site (`from_iter`, then
//! `extend_trusted` or `extend_desugared`, then the iterator's `fold`),
//! specialised to its iterator: a hundred sites made 60 KB of Code mode's
//! module, whose size is budgeted. `collect_vec` is one loop per site.

/// `collect_vec()`: what `collect::<Vec<_>>()` returns.
pub(crate) trait CollectVec: Iterator + Sized {
    fn collect_vec(self) -> Vec<Self::Item> {
        let mut out = Vec::with_capacity(self.size_hint().0);
        for item in self {
            out.push(item);
        }
        out
    }
}

impl<I: Iterator> CollectVec for I {}
