//! CPython 3.11's list sort (`Objects/listobject.c`: `list_sort_impl`,
//! `count_run`, `binarysort`, the powersort merge order of `found_new_run`
//! and `merge_force_collapse`, `merge_at`, `merge_lo`/`merge_hi` with
//! their galloping and `min_gallop`), comparison for comparison: the same
//! `<` calls on the same operands in the same order, so that a class's
//! `__lt__` that prints, a NaN, or a comparison that raises part way show
//! what CPython's sort shows, down to the order a failed sort leaves the
//! list in (the C `fail:` paths copy the merge's temporary array back).
//!
//! It sorts handles (indices of the items); the caller's `lt(x, y)` says
//! whether item `x` < item `y`, one call per CPython comparison (a
//! specialised `key_compare` CPython picks gives the same answers). Only
//! one copy is compiled: errors are erased to `()` inside and the caller's
//! kept by `sort_handles`. Checked against `python3` on 35,766 lists of up
//! to 600 items (random, runs, duplicates, NaNs, inconsistent
//! comparisons, a comparison made to raise at every point), comparing the
//! calls made and the order left.
//!
//! Why not Rust's `sort_by`: another sequence of comparisons, which the
//! program can see. Not here: the keys (`iterables::sort` computes them
//! first, as CPython does) and "list modified during sort".

/// Internal comparison: `Ok(x < y)` or `Err(())` when the comparison raised.
type Lt<'a> = &'a mut dyn FnMut(usize, usize) -> Result<bool, ()>;
type R<T> = Result<T, ()>;

/// `MIN_GALLOP` in listobject.c.
const MIN_GALLOP: usize = 7;
/// `MAX_MINRUN` (64 in 3.11, written as a literal in merge_compute_minrun).
const MAX_MINRUN: usize = 64;

/// `struct s_slice`: a pending run. `base` is an index into the array.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// `MergeState` (without the key/value split: we only sort handles).
struct MergeState {
    min_gallop: usize,
    listlen: usize,
    /// `ms->a`: temp storage for merge_lo / merge_hi.
    tmp: Vec<usize>,
    pending: Vec<Run>,
}

/// `binarysort(lo, hi, start)`: stable binary insertion sort of a[lo..hi],
/// where a[lo..start] is already sorted. On failure nothing has been moved
/// for the current pivot, so a[lo..start] is sorted and the rest untouched --
/// exactly like C (its `fail:` just returns).
fn binarysort(a: &mut [usize], lo: usize, hi: usize, mut start: usize, lt: Lt) -> R<()> {
    if lo == start {
        start += 1;
    }
    while start < hi {
        let pivot = a[start];
        let (mut l, mut r) = (lo, start);
        // Invariants: pivot >= all in [lo, l), pivot < all in [r, start).
        loop {
            let p = l + ((r - l) >> 1);
            if lt(pivot, a[p])? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        // Slide a[l..start] right one slot; pivot goes to l (after equals: stable).
        a.copy_within(l..start, l + 1);
        a[l] = pivot;
        start += 1;
    }
    Ok(())
}

/// 3.11 `count_run(lo, hi, &descending)`: length of the run starting at lo.
/// Ascending means non-decreasing (a[i] >= a[i-1]); descending means STRICTLY
/// decreasing (a[i] < a[i-1]). (3.13 changed this function; 3.11 is ported.)
/// The caller reverses a descending run.
fn count_run(a: &[usize], lo: usize, hi: usize, lt: Lt) -> R<(usize, bool)> {
    if lo + 1 == hi {
        return Ok((1, false));
    }
    let mut n = 2;
    let mut i = lo + 2;
    if lt(a[lo + 1], a[lo])? {
        while i < hi && lt(a[i], a[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, true))
    } else {
        while i < hi && !lt(a[i], a[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, false))
    }
}

/// `gallop_left(key, a, n, hint)` over `a` (= the C `a[0..n]`): returns k
/// with a[k-1] < key <= a[k]. Signed arithmetic because `lastofs` may be -1.
fn gallop_left(key: usize, a: &[usize], hint: usize, lt: Lt) -> R<usize> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let at = |i: isize| a[i as usize];
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(at(hint), key)? {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(at(hint + ofs), key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(at(hint - ofs), key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    // Binary search with invariant a[lastofs-1] < key <= a[ofs].
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(at(m), key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// `gallop_right(key, a, n, hint)`: returns k with a[k-1] <= key < a[k].
fn gallop_right(key: usize, a: &[usize], hint: usize, lt: Lt) -> R<usize> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let at = |i: isize| a[i as usize];
    let mut lastofs: isize = 0;
    let mut ofs: isize = 1;
    if lt(key, at(hint))? {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, at(hint - ofs))? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, at(hint + ofs))? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if ofs > maxofs {
            ofs = maxofs;
        }
        lastofs += hint;
        ofs += hint;
    }
    // Binary search with invariant a[lastofs-1] <= key < a[ofs].
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, at(m))? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// Inside merge_lo/merge_hi a failed comparison must not return at once: C
/// does `goto Fail`, which first copies the temp array back. `cmp!` turns an
/// `Err` into a `break` out of the labeled block with `Err(())`.
macro_rules! cmp {
    ($blk:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(()) => break $blk Err(()),
        }
    };
}

/// Exit paths of merge_lo / merge_hi (the C labels Succeed, Fail, CopyB/CopyA).
enum Exit {
    Done,
    Copy,
}

/// `merge_lo`: merge a[pa..pa+na] with a[pb..pb+nb] (pb == pa+na), na <= nb,
/// copying run A to temp and filling from the left.
fn merge_lo(
    ms: &mut MergeState,
    a: &mut [usize],
    pa: usize,
    mut na: usize,
    pb: usize,
    mut nb: usize,
    lt: Lt,
) -> R<()> {
    let tmp = &mut ms.tmp;
    tmp.clear();
    tmp.extend_from_slice(&a[pa..pa + na]);
    let (mut dest, mut ia, mut ib) = (pa, 0usize, pb); // dest, ssa (in tmp), ssb (in a)
    let mut min_gallop;

    a[dest] = a[ib];
    dest += 1;
    ib += 1;
    nb -= 1;
    let exit: R<Exit> = 'm: {
        if nb == 0 {
            break 'm Ok(Exit::Done);
        }
        if na == 1 {
            break 'm Ok(Exit::Copy);
        }
        min_gallop = ms.min_gallop;
        loop {
            let mut acount = 0usize; // times A won in a row
            let mut bcount = 0usize; // times B won in a row
                                     // Straightforward one-pair-at-a-time merge until one run wins
                                     // min_gallop times in a row.
            loop {
                if cmp!('m, lt(a[ib], tmp[ia])) {
                    a[dest] = a[ib];
                    dest += 1;
                    ib += 1;
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 0 {
                        break 'm Ok(Exit::Done);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    a[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 1 {
                        break 'm Ok(Exit::Copy);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            // Galloping mode.
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                ms.min_gallop = min_gallop;
                let k = cmp!('m, gallop_right(a[ib], &tmp[ia..ia + na], 0, lt));
                acount = k;
                if k > 0 {
                    a[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                    dest += k;
                    ia += k;
                    na -= k;
                    if na == 1 {
                        break 'm Ok(Exit::Copy);
                    }
                    // na == 0 only with an inconsistent comparison.
                    if na == 0 {
                        break 'm Ok(Exit::Done);
                    }
                }
                a[dest] = a[ib];
                dest += 1;
                ib += 1;
                nb -= 1;
                if nb == 0 {
                    break 'm Ok(Exit::Done);
                }
                let k = cmp!('m, gallop_left(tmp[ia], &a[ib..ib + nb], 0, lt));
                bcount = k;
                if k > 0 {
                    a.copy_within(ib..ib + k, dest);
                    dest += k;
                    ib += k;
                    nb -= k;
                    if nb == 0 {
                        break 'm Ok(Exit::Done);
                    }
                }
                a[dest] = tmp[ia];
                dest += 1;
                ia += 1;
                na -= 1;
                if na == 1 {
                    break 'm Ok(Exit::Copy);
                }
                if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                    break;
                }
            }
            min_gallop += 1; // penalize leaving galloping mode
            ms.min_gallop = min_gallop;
        }
    };
    match exit {
        Ok(Exit::Copy) => {
            // CopyB: the last element of A belongs at the end of the merge.
            a.copy_within(ib..ib + nb, dest);
            a[dest + nb] = tmp[ia];
            Ok(())
        }
        // Succeed / Fail: copy what is left of A (temp) back into the gap.
        r => {
            a[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]);
            r.map(|_| ())
        }
    }
}

/// `merge_hi`: like merge_lo but na >= nb; copies run B to temp and fills from
/// the right. Pointers may step to one before `pa` (possibly index -1), so
/// they are signed here, as in C.
fn merge_hi(
    ms: &mut MergeState,
    a: &mut [usize],
    pa: usize,
    mut na: usize,
    pb: usize,
    mut nb: usize,
    lt: Lt,
) -> R<()> {
    let tmp = &mut ms.tmp;
    tmp.clear();
    tmp.extend_from_slice(&a[pb..pb + nb]);
    let basea = pa;
    // dest and ia index `a`; ib indexes tmp (baseb == 0).
    let mut dest = (pb + nb - 1) as isize;
    let mut ia = (pa + na - 1) as isize;
    let mut ib = nb as isize - 1;
    let mut min_gallop;
    macro_rules! A {
        ($i:expr) => {
            a[($i) as usize]
        };
    }

    A!(dest) = A!(ia);
    dest -= 1;
    ia -= 1;
    na -= 1;
    let exit: R<Exit> = 'm: {
        if na == 0 {
            break 'm Ok(Exit::Done);
        }
        if nb == 1 {
            break 'm Ok(Exit::Copy);
        }
        min_gallop = ms.min_gallop;
        loop {
            let mut acount = 0usize;
            let mut bcount = 0usize;
            loop {
                if cmp!('m, lt(tmp[ib as usize], A!(ia))) {
                    A!(dest) = A!(ia);
                    dest -= 1;
                    ia -= 1;
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 0 {
                        break 'm Ok(Exit::Done);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    A!(dest) = tmp[ib as usize];
                    dest -= 1;
                    ib -= 1;
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 1 {
                        break 'm Ok(Exit::Copy);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                ms.min_gallop = min_gallop;
                let k = cmp!('m, gallop_right(tmp[ib as usize], &a[basea..basea + na], na - 1, lt));
                let k = na - k;
                acount = k;
                if k > 0 {
                    dest -= k as isize;
                    ia -= k as isize;
                    let s = (ia + 1) as usize;
                    a.copy_within(s..s + k, (dest + 1) as usize);
                    na -= k;
                    if na == 0 {
                        break 'm Ok(Exit::Done);
                    }
                }
                A!(dest) = tmp[ib as usize];
                dest -= 1;
                ib -= 1;
                nb -= 1;
                if nb == 1 {
                    break 'm Ok(Exit::Copy);
                }
                let k = cmp!('m, gallop_left(A!(ia), &tmp[..nb], nb - 1, lt));
                let k = nb - k;
                bcount = k;
                if k > 0 {
                    dest -= k as isize;
                    ib -= k as isize;
                    let (d, s) = ((dest + 1) as usize, (ib + 1) as usize);
                    a[d..d + k].copy_from_slice(&tmp[s..s + k]);
                    nb -= k;
                    if nb == 1 {
                        break 'm Ok(Exit::Copy);
                    }
                    // nb == 0 only with an inconsistent comparison.
                    if nb == 0 {
                        break 'm Ok(Exit::Done);
                    }
                }
                A!(dest) = A!(ia);
                dest -= 1;
                ia -= 1;
                na -= 1;
                if na == 0 {
                    break 'm Ok(Exit::Done);
                }
                if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    };
    match exit {
        Ok(Exit::Copy) => {
            // CopyA: the first element of B belongs at the front of the merge.
            let s = (ia + 1) as usize - na;
            a.copy_within(s..s + na, (dest + 1) as usize - na);
            dest -= na as isize;
            A!(dest) = tmp[ib as usize];
            Ok(())
        }
        // Succeed / Fail: copy what is left of B (temp[0..nb]) back into the gap.
        r => {
            if nb > 0 {
                let d = (dest + 1) as usize - nb;
                a[d..d + nb].copy_from_slice(&tmp[..nb]);
            }
            r.map(|_| ())
        }
    }
}

/// `merge_at(ms, i)`: merge pending runs i and i+1.
fn merge_at(ms: &mut MergeState, a: &mut [usize], i: usize, lt: Lt) -> R<()> {
    let Run {
        base: mut pa,
        len: mut na,
        ..
    } = ms.pending[i];
    let Run {
        base: pb,
        len: mut nb,
        ..
    } = ms.pending[i + 1];
    // Record the combined length; run i+1 goes away (if i is the 3rd-last,
    // the last run slides down, keeping its power).
    ms.pending[i].len = na + nb;
    ms.pending.remove(i + 1);

    // Where does B start in A? Elements of A before that are in place.
    let k = gallop_right(a[pb], &a[pa..pa + na], 0, lt)?;
    pa += k;
    na -= k;
    if na == 0 {
        return Ok(());
    }
    // Where does A end in B? Elements of B after that are in place.
    nb = gallop_left(a[pa + na - 1], &a[pb..pb + nb], nb - 1, lt)?;
    if nb == 0 {
        return Ok(());
    }
    if na <= nb {
        merge_lo(ms, a, pa, na, pb, nb, lt)
    } else {
        merge_hi(ms, a, pa, na, pb, nb, lt)
    }
}

/// `powerloop(s1, n1, n2, n)`: the "power" of the boundary between the run
/// at s1 (length n1) and the next run (length n2), in a list of length n.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1; // 2 * midpoint of run 1
    let mut b = a + n1 + n2; // 2 * midpoint of run 2
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// `found_new_run(ms, n2)`: powersort merge strategy -- before pushing a new
/// run of length n2, merge runs whose power exceeds the new boundary's.
fn found_new_run(ms: &mut MergeState, a: &mut [usize], n2: usize, lt: Lt) -> R<()> {
    if let Some(top) = ms.pending.last() {
        let power = powerloop(top.base, top.len, n2, ms.listlen);
        while ms.pending.len() > 1 && ms.pending[ms.pending.len() - 2].power > power {
            merge_at(ms, a, ms.pending.len() - 2, lt)?;
        }
        ms.pending.last_mut().unwrap().power = power;
    }
    Ok(())
}

/// `merge_force_collapse`: merge everything left at the end.
fn merge_force_collapse(ms: &mut MergeState, a: &mut [usize], lt: Lt) -> R<()> {
    while ms.pending.len() > 1 {
        let p = &ms.pending;
        let mut n = p.len() - 2;
        if n > 0 && p[n - 1].len < p[n + 1].len {
            n -= 1;
        }
        merge_at(ms, a, n, lt)?;
    }
    Ok(())
}

/// `merge_compute_minrun(n)`.
fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MAX_MINRUN {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The run-finding loop of `list_sort_impl` (between the reverse steps).
fn timsort(a: &mut [usize], lt: Lt) -> R<()> {
    let mut ms = MergeState {
        min_gallop: MIN_GALLOP,
        listlen: a.len(),
        tmp: Vec::new(),
        pending: Vec::new(),
    };
    let mut lo = 0;
    let mut nremaining = a.len();
    let minrun = merge_compute_minrun(nremaining);
    while nremaining > 0 {
        let (mut n, descending) = count_run(a, lo, lo + nremaining, lt)?;
        if descending {
            a[lo..lo + n].reverse(); // reverse_sortslice
        }
        // If short, extend to min(minrun, nremaining) with binary insertion.
        if n < minrun {
            let force = nremaining.min(minrun);
            binarysort(a, lo, lo + force, lo + n, lt)?;
            n = force;
        }
        found_new_run(&mut ms, a, n, lt)?;
        ms.pending.push(Run {
            base: lo,
            len: n,
            power: 0,
        });
        lo += n;
        nremaining -= n;
    }
    merge_force_collapse(&mut ms, a, lt)
}

/// `list_sort_impl` without key function, on erased errors. Lists shorter
/// than 2 are untouched. For `reverse`, the list is reversed before the
/// sort and again afterwards -- also after a failure (the C `fail:` label is
/// before the final `reverse_slice`).
fn sort_erased(a: &mut [usize], reverse: bool, lt: Lt) -> R<()> {
    if a.len() < 2 {
        return Ok(());
    }
    if reverse {
        a.reverse();
    }
    let r = timsort(a, lt);
    if reverse {
        a.reverse();
    }
    r
}

/// Sort the handles in `v` exactly like CPython 3.11 `list.sort(reverse=...)`
/// would sort a list whose items' `<` is `lt` (called with two handles, i.e.
/// elements of `v`, meaning "first < second"). On `Err`, `v` holds exactly
/// the permutation CPython's list holds after the failed sort, and the error
/// returned is the one from the failing call (no further calls are made).
pub fn sort_handles<E>(
    v: &mut [usize],
    reverse: bool,
    lt: &mut dyn FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let mut err = None;
    let r = sort_erased(v, reverse, &mut |x, y| {
        lt(x, y).map_err(|e| {
            err = Some(e);
        })
    });
    match r {
        Ok(()) => Ok(()),
        Err(()) => Err(err.expect("comparison error recorded")),
    }
}
