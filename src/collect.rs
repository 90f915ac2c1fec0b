//! Small stand-ins for two of the standard library's generic helpers,
//! whose copies per type or call site cost the page's modules, whose sizes
//! are budgeted:
//! - `collect_vec()` for `collect::<Vec<_>>()`, which compiles three
//!   functions for each call site (`from_iter`, then `extend_trusted` or
//!   `extend_desugared`, then the iterator's `fold`), specialised to its
//!   iterator: a hundred sites made 60 KB of Code mode's module.
//!   `collect_vec` is one loop per site; `try_collect_vec` is the same for
//!   `collect::<Result<Vec<_>, _>>()`.
//! - `joined(sep)` for `join(sep)` on a slice of strings: the standard
//!   library's is 1.3 KB per kind of string (`String`, `&str`, `&String`),
//!   unrolled for speed no message needs; this one is a short loop.

/// `collect_vec()`: what `collect::<Vec<_>>()` returns.
pub trait CollectVec: Iterator + Sized {
    fn collect_vec(self) -> Vec<Self::Item> {
        let mut out = Vec::with_capacity(self.size_hint().0);
        for item in self {
            out.push(item);
        }
        out
    }
}

impl<I: Iterator> CollectVec for I {}

/// `try_collect_vec()`: what `collect::<Result<Vec<_>, _>>()` returns, the
/// first error stopping it. The standard library's goes through an
/// adapter and `try_fold`, 1-2 KB per call site.
pub trait TryCollectVec<T, E>: Iterator<Item = Result<T, E>> + Sized {
    fn try_collect_vec(self) -> Result<Vec<T>, E> {
        let mut out = Vec::with_capacity(self.size_hint().0);
        for item in self {
            out.push(item?);
        }
        Ok(out)
    }
}

impl<T, E, I: Iterator<Item = Result<T, E>>> TryCollectVec<T, E> for I {}

/// `joined(sep)`: what `join(sep)` returns for a slice of strings.
pub trait Joined {
    fn joined(&self, sep: &str) -> String;
}

impl<S: AsRef<str>> Joined for [S] {
    fn joined(&self, sep: &str) -> String {
        let mut out = String::new();
        for (i, part) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(part.as_ref());
        }
        out
    }
}
