//! `str`'s methods beyond Code mode's first module (asyncio's module has
//! them; the first hands a program that uses them over): padding
//! (`center`, `ljust`, `rjust`, `zfill`), searching (`find`, `rfind`,
//! `index`, `rindex`), cutting (`partition`, `rpartition`,
//! `removeprefix`, `removesuffix`, `splitlines`) and the character
//! classes of ASCII text (`isdigit`, `isalpha`, `isalnum`, `isspace`,
//! `isupper`, `islower`, `swapcase`), each as `Objects/unicodeobject.c`
//! computes it, with its errors. Positions count characters, as Python's
//! do. The argument counts' errors are `methods::ARITY`'s.
//!
//! Text beyond ASCII is refused by the classifying methods: Unicode's
//! tables would weigh on the page for text a playground rarely holds.

use super::builtins::{as_index, type_error};
use crate::collect::CollectVec;
use crate::error::{Raise, RunError};
use crate::value::{ExcKind, Exception, Value};

/// The methods this module runs.
pub(crate) const NAMES: [&str; 21] = [
    "center",
    "find",
    "index",
    "isalnum",
    "isalpha",
    "isdigit",
    "isidentifier",
    "islower",
    "isspace",
    "isupper",
    "ljust",
    "partition",
    "removeprefix",
    "removesuffix",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "splitlines",
    "swapcase",
    "zfill",
];

fn text(t: String) -> Result<Value, Raise> {
    Ok(Value::Str(t.into()))
}

/// A `str` argument, or CPython's "must be str, not int".
fn str_arg(v: &Value, what: impl FnOnce() -> String) -> Result<&str, Raise> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(type_error(format!(
            "{}, not {}",
            what(),
            other.cpython_type_name()
        ))),
    }
}

fn ascii_only(s: &str, name: &str) -> Result<(), Raise> {
    if s.is_ascii() {
        return Ok(());
    }
    Err(RunError::unsupported(format!(
        "str.{name}() on text beyond ASCII is not modelled; use plain ASCII text"
    )))
}

/// `s.name(*args)`; `keepends` is `splitlines`' keyword.
pub(crate) fn call(
    s: &str,
    name: &str,
    args: Vec<Value>,
    keepends: Option<Value>,
) -> Result<Value, Raise> {
    match name {
        "center" | "ljust" | "rjust" => {
            let width = as_index(&args[0])?;
            let fill = match args.get(1) {
                None => ' ',
                Some(Value::Str(f)) => {
                    let mut chars = f.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => c,
                        _ => {
                            return Err(type_error(
                                "The fill character must be exactly one character long".into(),
                            ))
                        }
                    }
                }
                Some(other) => {
                    return Err(type_error(format!(
                        "The fill character must be a unicode character, not {}",
                        other.cpython_type_name()
                    )))
                }
            };
            let len = s.chars().count() as i64;
            if len >= width {
                return text(s.to_string());
            }
            let marg = width - len;
            let left = match name {
                // `unicode_center_impl`: the odd one goes left when the
                // width is odd too.
                "center" => marg / 2 + (marg & width & 1),
                "ljust" => 0,
                _ => marg,
            };
            Ok(Value::Str(pad(s, left, marg - left, fill).into()))
        }
        "zfill" => {
            let width = as_index(&args[0])?;
            let len = s.chars().count() as i64;
            if len >= width {
                return text(s.to_string());
            }
            let fill = width - len;
            let mut out: Vec<char> = pad(s, fill, 0, '0').chars().collect();
            // A sign moves to the front of the zeros.
            if let Some(&sign @ ('+' | '-')) = out.get(fill as usize) {
                out[0] = sign;
                out[fill as usize] = '0';
            }
            text(out.into_iter().collect())
        }
        "find" | "rfind" | "index" | "rindex" => {
            let sub = str_arg(&args[0], || "must be str".into())?;
            let chars = s.chars().collect_vec();
            let len = chars.len() as i64;
            let (start, end) = (
                slice_index(args.get(1), 0, len, false)?,
                slice_index(args.get(2), len, len, true)?,
            );
            let found = search(&chars, sub, start, end, name.starts_with('r'));
            match (found, name) {
                (Some(at), _) => Ok(Value::Int(at)),
                (None, "find" | "rfind") => Ok(Value::Int(-1)),
                (None, _) => Err(Raise::Exc(Exception::new(
                    ExcKind::ValueError,
                    "substring not found",
                ))),
            }
        }
        "partition" | "rpartition" => {
            let sep = str_arg(&args[0], || "must be str".into())?;
            if sep.is_empty() {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::ValueError,
                    "empty separator",
                )));
            }
            let split = if name == "partition" {
                s.find(sep)
            } else {
                s.rfind(sep)
            };
            let parts = match (split, name) {
                (Some(at), _) => [&s[..at], sep, &s[at + sep.len()..]],
                (None, "partition") => [s, "", ""],
                (None, _) => ["", "", s],
            };
            Ok(Value::tuple(parts.map(Value::str).to_vec()))
        }
        "removeprefix" | "removesuffix" => {
            let affix = str_arg(&args[0], || format!("{name}() argument must be str"))?;
            let rest = if name == "removeprefix" {
                s.strip_prefix(affix)
            } else {
                s.strip_suffix(affix)
            };
            text(rest.unwrap_or(s).to_string())
        }
        "splitlines" => {
            let keep = match args.into_iter().next().or(keepends) {
                None => false,
                Some(v) => as_index(&v)? != 0,
            };
            Ok(Value::list(split_lines(s, keep)))
        }
        "swapcase" => {
            ascii_only(s, name)?;
            text(
                s.chars()
                    .map(|c| match c {
                        'a'..='z' => c.to_ascii_uppercase(),
                        'A'..='Z' => c.to_ascii_lowercase(),
                        c => c,
                    })
                    .collect(),
            )
        }
        _ => {
            ascii_only(s, name)?;
            let all = |test: fn(&char) -> bool| !s.is_empty() && s.chars().all(|c| test(&c));
            let cased = |upper: bool| {
                let mut any = false;
                for c in s.chars() {
                    if c.is_ascii_alphabetic() {
                        if c.is_ascii_uppercase() != upper {
                            return false;
                        }
                        any = true;
                    }
                }
                any
            };
            Ok(Value::Bool(match name {
                // `str.isidentifier` on ASCII: a letter or `_`, then
                // letters, digits and `_` (keywords too: `"def"` is one).
                "isidentifier" => {
                    s.chars().enumerate().all(|(i, c)| {
                        c == '_' || c.is_ascii_alphabetic() || (i > 0 && c.is_ascii_digit())
                    }) && !s.is_empty()
                }
                "isdigit" => all(char::is_ascii_digit),
                "isalpha" => all(char::is_ascii_alphabetic),
                "isalnum" => all(char::is_ascii_alphanumeric),
                "isspace" => all(|c| crate::value::is_space(*c)),
                "isupper" => cased(true),
                _ => cased(false),
            }))
        }
    }
}

/// `s` with `left` and `right` copies of `fill` around it.
fn pad(s: &str, left: i64, right: i64, fill: char) -> String {
    let fill = |n: i64| std::iter::repeat_n(fill, n.max(0) as usize);
    fill(left).chain(s.chars()).chain(fill(right)).collect()
}

/// A `start` or `end` of `find` (`_PyEval_SliceIndex`, then
/// `ADJUST_INDICES`: negative ones count from the end, and only the end
/// is cut at the length): None is the default.
fn slice_index(v: Option<&Value>, default: i64, len: i64, is_end: bool) -> Result<i64, Raise> {
    let i = match v {
        None | Some(Value::None) => return Ok(default),
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(_) => {
            return Err(type_error(
                "slice indices must be integers or None or have an __index__ method".into(),
            ))
        }
    };
    Ok(match i {
        i if i < 0 => (i + len).max(0),
        i if is_end => i.min(len),
        i => i,
    })
}

/// Where `sub` first (or last, `from_right`) occurs within
/// `chars[start..end]`, in characters.
fn search(chars: &[char], sub: &str, start: i64, end: i64, from_right: bool) -> Option<i64> {
    let sub = sub.chars().collect_vec();
    let n = sub.len() as i64;
    if end - start < n {
        return None;
    }
    let at = |i: &i64| chars[*i as usize..(*i + n) as usize] == sub[..];
    let mut candidates = start..=end - n;
    if from_right {
        candidates.rfind(at)
    } else {
        candidates.find(at)
    }
}

/// `str.splitlines`: CPython's line boundaries (`\n`, `\r`, `\r\n`,
/// `\v`, `\f`, `\x1c`-`\x1e`, `\x85`, `\u2028`, `\u2029`), kept when
/// `keep`.
fn split_lines(s: &str, keep: bool) -> Vec<Value> {
    let mut lines = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let Some((at, c)) = rest.char_indices().find(|(_, c)| {
            matches!(
                c,
                '\n' | '\r'
                    | '\x0b'
                    | '\x0c'
                    | '\x1c'
                    | '\x1d'
                    | '\x1e'
                    | '\u{85}'
                    | '\u{2028}'
                    | '\u{2029}'
            )
        }) else {
            lines.push(Value::str(rest));
            break;
        };
        let mut end = at + c.len_utf8();
        if c == '\r' && rest[end..].starts_with('\n') {
            end += 1;
        }
        lines.push(Value::str(if keep { &rest[..end] } else { &rest[..at] }));
        rest = &rest[end..];
    }
    lines
}
