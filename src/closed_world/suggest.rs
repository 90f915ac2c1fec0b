//! "Did you mean": the name CPython 3.11 suggests at the end of an
//! uncaught NameError or AttributeError (`NameError: name 'prnt' is not
//! defined. Did you mean: 'print'?`), computed as `Python/suggestions.c`
//! computes it: a Levenshtein distance where a case flip costs half a
//! substitution, candidates tried in order, the first closest one kept.
//!
//! Only the interpreter's own report of an uncaught exception carries the
//! suggestion; `str(e)` does not, and neither do asyncio's logged reports
//! ("Task exception was never retrieved"), which 3.11 formats with the
//! `traceback` module.

use crate::collect::CollectVec;
const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between the UTF-8 bytes of `a` and `b`, or
/// `max_cost + 1` as soon as it must exceed `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: buffer[i] is the cost from
    // b's prefix so far to a[..=i].
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect_vec();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        result = b_index * MOVE_COST;
        let mut diagonal = result;
        let mut minimum = usize::MAX;
        for (index, &c) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, c);
            diagonal = buffer[index];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate CPython would suggest for `name`, if any.
pub fn closest<'a>(candidates: impl IntoIterator<Item = &'a str>, name: &str) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect_vec();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let limit = (name.len() + item.len() + 3) * MOVE_COST / 6;
        let limit = match best {
            Some((_, d)) => limit.min(d.saturating_sub(1)),
            None => limit,
        };
        if best.is_some_and(|(_, d)| d == 0) {
            continue;
        }
        let d = distance(name.as_bytes(), item.as_bytes(), limit);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(item, _)| item)
}

/// What CPython appends to an uncaught NameError for `name` raised in a
/// frame whose code has these variable names (parameters and locals) in a
/// module with these globals: varnames are searched first, then globals,
/// then builtins, each on its own.
pub fn for_name(name: &str, varnames: &[&str], globals: &[&str]) -> Option<String> {
    closest(varnames.iter().copied(), name)
        .or_else(|| closest(globals.iter().copied(), name))
        .or_else(|| closest(super::builtins().iter(), name))
        .map(trailer)
}

/// What CPython appends to an uncaught AttributeError for `name` on an
/// object whose `dir()` is `dir`.
pub fn for_attribute(name: &str, dir: super::Names) -> Option<String> {
    closest(dir.iter(), name).map(trailer)
}

fn trailer(suggestion: &str) -> String {
    // `%R` of an identifier: always single-quoted.
    format!(". Did you mean: '{suggestion}'?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_suggestions() {
        // Each checked against python3 3.11.
        assert_eq!(
            for_name("prnt", &[], &[]).as_deref(),
            Some(". Did you mean: 'print'?")
        );
        assert_eq!(
            for_name("Print", &[], &[]).as_deref(),
            Some(". Did you mean: 'print'?")
        );
        assert_eq!(for_name("xyzzy", &[], &[]), None);
        assert_eq!(
            for_name("totl", &["total"], &[]).as_deref(),
            Some(". Did you mean: 'total'?")
        );
    }

    /// (The types' table is asyncio's module's.)
    #[cfg(feature = "asyncio-py")]
    #[test]
    fn cpython_suggestions_for_attributes() {
        let str_dir = crate::closed_world::type_dir("str").unwrap();
        assert_eq!(
            for_attribute("fnd", str_dir).as_deref(),
            Some(". Did you mean: 'find'?")
        );
        assert_eq!(
            for_attribute("uper", str_dir).as_deref(),
            Some(". Did you mean: 'upper'?")
        );
        assert_eq!(for_attribute("zzzzzz", str_dir), None);
    }
}
