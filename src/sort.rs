//! One small sort for the whole crate: a stable merge sort of indexes,
//! compiled once (it compares through a `&dyn Fn`). Each use of the
//! standard library's sorts compiles kilobytes of code specialised to
//! its element type: the seven in the crate made 40 KB of Code mode's
//! module, whose size is budgeted. These sorts order the engine's and
//! the parser's own records (timers, tasks by name, statements by
//! address); Python's `sorted()` is `interp/iterables.rs`, comparison for
//! comparison as CPython's.

use crate::collect::CollectVec;
/// Sorts `v` stably, `less(a, b)` saying whether `a` goes before `b`.
pub fn sort_by<T>(v: &mut Vec<T>, less: impl Fn(&T, &T) -> bool) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indexes(v.len(), &|a, b| less(&v[a], &v[b]));
    let mut items: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect_vec();
    v.extend(order.into_iter().filter_map(|i| items[i].take()));
}

/// Sorts `v` stably by `key`.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// Sorts `v` stably.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, |a, b| a < b);
}

/// `0..n`, stably sorted by `less`: a bottom-up merge sort.
fn sorted_indexes(n: usize, less: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect_vec();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r, mut k) = (start, mid, start);
            while l < mid && r < end {
                // Equal items keep their order: the left one goes first.
                if less(from[r], from[l]) {
                    to[k] = from[r];
                    r += 1;
                } else {
                    to[k] = from[l];
                    l += 1;
                }
                k += 1;
            }
            to[k..k + mid - l].copy_from_slice(&from[l..mid]);
            k += mid - l;
            to[k..k + end - r].copy_from_slice(&from[r..end]);
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    // The standard library's sorts, refused elsewhere (clippy.toml), are
    // the oracle here.
    #[allow(clippy::disallowed_methods)]
    #[test]
    fn sorts_stably() {
        let mut v: Vec<(u8, usize)> = [5, 3, 5, 1, 3, 9, 0, 5, 2, 2, 7]
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i))
            .collect_vec();
        let mut expected = v.clone();
        expected.sort_by_key(|&(k, _)| k);
        sort_by_key(&mut v, |&(k, _)| k);
        assert_eq!(v, expected);
        for n in 0..40usize {
            let mut w: Vec<usize> = (0..n).map(|i| (i * 7919) % 13).collect_vec();
            let mut want = w.clone();
            want.sort();
            sort(&mut w);
            assert_eq!(w, want, "{n} items");
        }
    }
}
