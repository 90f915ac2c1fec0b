//! Methods of the builtin containers and of `str`: `list.append`,
//! `dict.items`, `", ".join(...)` and the rest a learner's program reaches
//! for, with CPython's errors (`pop from empty list`,
//! `list.remove(x): x not in list`). Task and future methods live in
//! `builtins.rs`, next to the engine calls they make.

use super::builtins::{as_index, type_error, Kwargs};
use super::convert::items;
use super::iterables::sort;
use super::modelled::Admitted;
use crate::collect::CollectVec;
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::value::dict::DictPart;
use crate::value::iter::Iter;
use crate::value::{ops, ExcKind, Exception, Value};
use std::rc::Rc;

fn error(kind: ExcKind, msg: String) -> Raise {
    Raise::Exc(Exception::new(kind, msg))
}

/// How a method of CPython's parses its arguments, which decides the
/// wording of its TypeErrors.
#[derive(Clone, Copy)]
enum Parse {
    /// `METH_NOARGS`: `list.copy() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional only: `pop expected at most 1
    /// argument, got 2`.
    Checked,
    /// `PyArg_ParseTuple` or keyword parsing: `split() takes at most 2
    /// arguments (3 given)`; keywords are named in the refusal
    /// (`'x' is an invalid keyword argument for split()`).
    Parsed,
}

/// Each method's positional arguments in CPython (fewest, most) and how
/// it parses them, sorted by owner and name for a binary search. The engine may model fewer (`modelled::admit` refuses
/// the rest before this is reached); these bounds decide CPython's errors.
static ARITY: &[(&str, &str, usize, usize, Parse)] = &[
    ("dict", "clear", 0, 0, Parse::NoArgs),
    ("dict", "copy", 0, 0, Parse::NoArgs),
    ("dict", "get", 1, 2, Parse::Checked),
    ("dict", "items", 0, 0, Parse::NoArgs),
    ("dict", "keys", 0, 0, Parse::NoArgs),
    ("dict", "pop", 1, 2, Parse::Checked),
    ("dict", "popitem", 0, 0, Parse::NoArgs),
    ("dict", "setdefault", 1, 2, Parse::Checked),
    ("dict", "update", 0, 1, Parse::Checked),
    ("dict", "values", 0, 0, Parse::NoArgs),
    ("list", "append", 1, 1, Parse::One),
    ("list", "clear", 0, 0, Parse::NoArgs),
    ("list", "copy", 0, 0, Parse::NoArgs),
    ("list", "count", 1, 1, Parse::One),
    ("list", "extend", 1, 1, Parse::One),
    ("list", "index", 1, 3, Parse::Checked),
    ("list", "insert", 2, 2, Parse::Checked),
    ("list", "pop", 0, 1, Parse::Checked),
    ("list", "remove", 1, 1, Parse::One),
    ("list", "reverse", 0, 0, Parse::NoArgs),
    ("list", "sort", 0, 0, Parse::Parsed),
    ("str", "capitalize", 0, 0, Parse::NoArgs),
    #[cfg(feature = "asyncio-py")]
    ("str", "center", 1, 2, Parse::Checked),
    ("str", "count", 1, 3, Parse::Parsed),
    ("str", "endswith", 1, 3, Parse::Parsed),
    #[cfg(feature = "asyncio-py")]
    ("str", "find", 1, 3, Parse::Parsed),
    #[cfg(feature = "asyncio-py")]
    ("str", "index", 1, 3, Parse::Parsed),
    #[cfg(feature = "asyncio-py")]
    ("str", "isalnum", 0, 0, Parse::NoArgs),
    #[cfg(feature = "asyncio-py")]
    ("str", "isalpha", 0, 0, Parse::NoArgs),
    #[cfg(feature = "asyncio-py")]
    ("str", "isdigit", 0, 0, Parse::NoArgs),
    #[cfg(feature = "asyncio-py")]
    ("str", "isidentifier", 0, 0, Parse::NoArgs),
    #[cfg(feature = "asyncio-py")]
    ("str", "islower", 0, 0, Parse::NoArgs),
    #[cfg(feature = "asyncio-py")]
    ("str", "isspace", 0, 0, Parse::NoArgs),
    #[cfg(feature = "asyncio-py")]
    ("str", "isupper", 0, 0, Parse::NoArgs),
    ("str", "join", 1, 1, Parse::One),
    #[cfg(feature = "asyncio-py")]
    ("str", "ljust", 1, 2, Parse::Checked),
    ("str", "lower", 0, 0, Parse::NoArgs),
    ("str", "lstrip", 0, 1, Parse::Checked),
    #[cfg(feature = "asyncio-py")]
    ("str", "partition", 1, 1, Parse::One),
    #[cfg(feature = "asyncio-py")]
    ("str", "removeprefix", 1, 1, Parse::One),
    #[cfg(feature = "asyncio-py")]
    ("str", "removesuffix", 1, 1, Parse::One),
    ("str", "replace", 2, 3, Parse::Checked),
    #[cfg(feature = "asyncio-py")]
    ("str", "rfind", 1, 3, Parse::Parsed),
    #[cfg(feature = "asyncio-py")]
    ("str", "rindex", 1, 3, Parse::Parsed),
    #[cfg(feature = "asyncio-py")]
    ("str", "rjust", 1, 2, Parse::Checked),
    #[cfg(feature = "asyncio-py")]
    ("str", "rpartition", 1, 1, Parse::One),
    ("str", "rsplit", 0, 2, Parse::Parsed),
    ("str", "rstrip", 0, 1, Parse::Checked),
    ("str", "split", 0, 2, Parse::Parsed),
    #[cfg(feature = "asyncio-py")]
    ("str", "splitlines", 0, 1, Parse::Parsed),
    ("str", "startswith", 1, 3, Parse::Parsed),
    ("str", "strip", 0, 1, Parse::Checked),
    #[cfg(feature = "asyncio-py")]
    ("str", "swapcase", 0, 0, Parse::NoArgs),
    ("str", "title", 0, 0, Parse::NoArgs),
    ("str", "upper", 0, 0, Parse::NoArgs),
    #[cfg(feature = "asyncio-py")]
    ("str", "zfill", 1, 1, Parse::One),
];

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// CPython's TypeError for a call of `owner.name` with `n` positional
/// arguments and these keywords, if it raises one for the count or the
/// keywords (what the arguments' types are is checked where they are used).
fn argument_error(owner: &str, name: &str, n: usize, kwargs: &Kwargs) -> Option<Raise> {
    let start = ARITY.partition_point(|(o, ..)| *o < owner);
    let &(_, _, min, max, parse) = ARITY[start..]
        .iter()
        .take_while(|(o, ..)| *o == owner)
        .find(|(_, m, ..)| *m == name)?;
    let keyword = kwargs.first().map(|(k, _)| k);
    let message = match (parse, keyword) {
        // `dict.update(**kwargs)` and `list.sort(key=, reverse=)` take
        // keywords; which ones the engine models was settled by `admit`.
        (_, Some(_)) if (owner, name) == ("dict", "update") => return None,
        (Parse::Parsed, Some(k)) if matches!(name, "split" | "rsplit" | "sort" | "splitlines") => {
            if (owner, name) == ("list", "sort") && (k.as_ref() == "key" || k.as_ref() == "reverse")
            {
                return None;
            }
            format!("'{k}' is an invalid keyword argument for {name}()")
        }
        (Parse::Parsed, Some(_)) => format!("{owner}.{name}() takes no keyword arguments"),
        (_, Some(_)) => format!("{owner}.{name}() takes no keyword arguments"),
        _ if (min..=max).contains(&n) => return None,
        (Parse::NoArgs, None) => format!("{owner}.{name}() takes no arguments ({n} given)"),
        (Parse::One, None) => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        (Parse::Checked, None) if min == max => {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        }
        (Parse::Checked, None) if n < min => {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        }
        (Parse::Checked, None) => {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }
        (Parse::Parsed, None) if max == 0 => format!("{name}() takes no positional arguments"),
        (Parse::Parsed, None) if n < min => {
            format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                plural(min)
            )
        }
        (Parse::Parsed, None) => {
            format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                plural(max)
            )
        }
    };
    Some(type_error(message))
}

/// `list.extend(more)` and `list += more`, as CPython's `list_extend`: a
/// list or tuple is read whole first (`xs.extend(xs)` doubles the list);
/// anything else is appended item by item, so a generator sees the list
/// grow as it runs.
pub(crate) fn extend_list(list: &Rc<crate::value::list::List>, more: Value) -> Result<(), Raise> {
    match more {
        Value::List(_) | Value::Tuple(_) => {
            let more = items(more)?;
            list.borrow_mut().extend(more);
            Ok(())
        }
        more => Iter::new_sized(more)?.each(|item| {
            list.borrow_mut().push(item);
            Ok(())
        }),
    }
}

pub(crate) fn call(
    rt: &Rc<Runtime>,
    obj: &Value,
    name: &str,
    mut args: Vec<Value>,
    kwargs: Kwargs,
    admitted: Admitted,
) -> Result<Value, Raise> {
    let owner = obj.type_name();
    // A call the engine models is one CPython accepts: only the others
    // need CPython's argument errors.
    if admitted == Admitted::CheckArguments {
        if let Some(error) = argument_error(owner, name, args.len(), &kwargs) {
            return Err(error);
        }
    }
    match obj {
        Value::List(list) => {
            let given = args.len();
            let mut arg = args.drain(..);
            let mut first = || arg.next().unwrap_or(Value::None);
            let value = match name {
                "append" => {
                    list.borrow_mut().push(first());
                    Value::None
                }
                "extend" => {
                    extend_list(list, first())?;
                    Value::None
                }
                "pop" => {
                    // The index is converted first (`None` is not "no
                    // index"), then the list checked, as `list_pop_impl`.
                    let i = if given == 0 { -1 } else { as_index(&first())? };
                    let mut l = list.borrow_mut();
                    if l.is_empty() {
                        return Err(error(ExcKind::IndexError, "pop from empty list".into()));
                    }
                    let len = l.len() as i64;
                    let i = if i < 0 { i + len } else { i };
                    if !(0..len).contains(&i) {
                        return Err(error(ExcKind::IndexError, "pop index out of range".into()));
                    }
                    l.remove(i as usize)
                }
                "insert" => {
                    let i = as_index(&first())?;
                    let v = first();
                    let mut l = list.borrow_mut();
                    let len = l.len() as i64;
                    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
                    l.insert(at as usize, v);
                    Value::None
                }
                "remove" | "index" => {
                    let x = first();
                    let mut found = None;
                    // A copy: an item's `__eq__` may change the list.
                    let items = list.borrow().clone();
                    for (i, v) in items.iter().enumerate() {
                        if ops::item_equal(v, &x)? {
                            found = Some(i);
                            break;
                        }
                    }
                    match (found, name) {
                        (Some(i), "remove") => {
                            list.borrow_mut().remove(i);
                            Value::None
                        }
                        (Some(i), _) => Value::Int(i as i64),
                        (None, "remove") => {
                            return Err(error(
                                ExcKind::ValueError,
                                "list.remove(x): x not in list".into(),
                            ))
                        }
                        (None, _) => {
                            return Err(error(
                                ExcKind::ValueError,
                                format!("{} is not in list", x.try_repr(&mut rt.formatter())?),
                            ))
                        }
                    }
                }
                "count" => {
                    let x = first();
                    let mut n = 0;
                    let items = list.borrow().clone();
                    for v in items.iter() {
                        n += ops::item_equal(v, &x)? as i64;
                    }
                    Value::Int(n)
                }
                "sort" => {
                    let (mut key, mut reverse) = (None, false);
                    for (k, v) in kwargs {
                        match &*k {
                            "key" => key = Some(v),
                            "reverse" => reverse = super::iterables::reverse_flag(Some(v))?,
                            _ => {
                                return Err(type_error(format!(
                                    "'{k}' is an invalid keyword argument for sort()"
                                )))
                            }
                        }
                    }
                    // The list looks empty while it is sorted, as in CPython.
                    let mut items = std::mem::take(&mut *list.borrow_mut());
                    let sorted = sort(rt, &mut items, &key, reverse);
                    // What a key function added meanwhile goes (the sorted
                    // items come back), and the sort says so.
                    let added = std::mem::replace(&mut *list.borrow_mut(), items);
                    sorted?;
                    if !added.is_empty() {
                        drop(added);
                        return Err(Raise::Exc(Exception::new(
                            ExcKind::ValueError,
                            "list modified during sort",
                        )));
                    }
                    Value::None
                }
                "reverse" => {
                    list.borrow_mut().reverse();
                    Value::None
                }
                "clear" => {
                    // Freed last first, as `list_clear` frees them.
                    let items = std::mem::take(&mut *list.borrow_mut());
                    crate::value::list::drain(items);
                    Value::None
                }
                _ => Value::list(list.borrow().clone()),
            };
            Ok(value)
        }
        Value::Dict(dict) => {
            let mut arg = args.drain(..);
            let key = arg.next();
            let default = arg.next();
            let view = |part| Value::DictView(dict.clone(), part);
            Ok(match name {
                "keys" => view(DictPart::Keys),
                "values" => view(DictPart::Values),
                "items" => view(DictPart::Items),
                "get" => {
                    let key = key.unwrap_or(Value::None);
                    dict.borrow().get(&key)?.or(default).unwrap_or(Value::None)
                }
                "pop" => {
                    let key = key.unwrap_or(Value::None);
                    // An empty dict is not searched (`_PyDict_Pop`): an
                    // unhashable key gets the default, or a KeyError.
                    let removed = if dict.borrow().is_empty() {
                        None
                    } else {
                        dict.borrow_mut().remove(&key)?
                    };
                    match (removed, default) {
                        (Some(v), _) | (None, Some(v)) => v,
                        (None, None) => {
                            return Err(Raise::Exc(Exception::with_args(
                                ExcKind::KeyError,
                                vec![key],
                            )))
                        }
                    }
                }
                "popitem" => {
                    let Some((k, v)) = dict.borrow_mut().pop_last() else {
                        return Err(Raise::Exc(Exception::with_args(
                            ExcKind::KeyError,
                            vec![Value::Str("popitem(): dictionary is empty".into())],
                        )));
                    };
                    Value::tuple(vec![k, v])
                }
                "setdefault" => {
                    let key = key.unwrap_or(Value::None);
                    let existing = dict.borrow().get(&key)?;
                    match existing {
                        Some(v) => v,
                        None => {
                            let v = default.unwrap_or(Value::None);
                            dict.borrow_mut().insert(key, v.clone())?;
                            v
                        }
                    }
                }
                "update" => {
                    match key {
                        // `dict_merge`: the other dict's entries as they are.
                        Some(Value::Dict(other)) => crate::value::dict::Dict::merge(dict, &other)?,
                        Some(pairs) => super::convert::merge_pairs(pairs, |k, v| {
                            dict.borrow_mut().insert(k, v)
                        })?,
                        None => {}
                    }
                    Value::None
                }
                "clear" => {
                    dict.borrow_mut().clear();
                    Value::None
                }
                _ => Value::dict(dict.borrow().copy()),
            })
        }
        Value::Str(s) if matches!(name, "split" | "rsplit") => {
            split(s, name == "rsplit", args, kwargs)
        }
        #[cfg(feature = "asyncio-py")]
        Value::Str(s) if super::str_methods::NAMES.contains(&name) => {
            let keepends = kwargs.into_iter().next().map(|(_, v)| v);
            super::str_methods::call(s, name, args, keepends)
        }
        Value::Str(s) => string_method(s, name, args),
        _ => Err(RunError::internal(format!("no method {name} on {owner}")).into()),
    }
}

/// The text argument of `strip` or `split`, or CPython's TypeError.
fn str_arg(name: &str, v: &Value) -> Result<Rc<str>, Raise> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other if name.ends_with("split") => Err(type_error(format!(
            "must be str or None, not {}",
            other.cpython_type_name()
        ))),
        _ => Err(type_error(format!("{name} arg must be None or str"))),
    }
}

/// `str.split(sep=None, maxsplit=-1)` and `str.rsplit`, as `split_impl`
/// splits: on runs of whitespace (the ends dropped) or on each `sep`, at
/// most `maxsplit` times, from the left or the right, the rest as it is.
fn split(s: &str, right: bool, mut args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    let name = if right { "rsplit" } else { "split" };
    // Admitted calls bind: `sep`, then `maxsplit`, by position or keyword.
    let by_name = |param: &str| {
        kwargs
            .iter()
            .find(|(k, _)| &**k == param)
            .map(|(_, v)| v.clone())
    };
    let (sep, max) = (by_name("sep"), by_name("maxsplit"));
    let mut args = args.drain(..);
    let sep = match args.next().or(sep) {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(name, &v)?),
    };
    let max = match args.next().or(max) {
        None => -1,
        Some(v) => as_index(&v)?,
    };
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let piece = |p: &str| Value::Str(p.into());
    let mut parts: Vec<Value> = match &sep {
        Some(sep) if sep.is_empty() => {
            return Err(error(ExcKind::ValueError, "empty separator".into()))
        }
        Some(sep) if right => s
            .rsplitn(max.saturating_add(1), &**sep)
            .map(piece)
            .collect_vec(),
        Some(sep) => s
            .splitn(max.saturating_add(1), &**sep)
            .map(piece)
            .collect_vec(),
        None => {
            let space = crate::value::is_space;
            let mut rest = if right {
                s.trim_end_matches(space)
            } else {
                s.trim_start_matches(space)
            };
            let mut parts = Vec::new();
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(piece(rest));
                    break;
                }
                let (word, after) = if right {
                    let at = rest.rfind(space).map_or(0, |i| {
                        i + rest[i..].chars().next().map_or(1, char::len_utf8)
                    });
                    (&rest[at..], rest[..at].trim_end_matches(space))
                } else {
                    let at = rest.find(space).unwrap_or(rest.len());
                    (&rest[..at], rest[at..].trim_start_matches(space))
                };
                parts.push(piece(word));
                rest = after;
            }
            parts
        }
    };
    if right {
        parts.reverse();
    }
    Ok(Value::list(parts))
}

fn string_method(s: &str, name: &str, args: Vec<Value>) -> Result<Value, Raise> {
    let text = |t: String| Ok(Value::Str(t.into()));
    match name {
        // The first character upper case, the rest lower (3.8+ puts the
        // first in title case, the same as upper case for ASCII).
        "capitalize" => {
            if !s.is_ascii() {
                return Err(RunError::unsupported(
                    "str.capitalize() on text beyond ASCII is not modelled; use plain ASCII letters"
                        .to_string(),
                ));
            }
            let mut chars = s.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            text(
                first
                    .into_iter()
                    .chain(chars.map(|c| c.to_ascii_lowercase()))
                    .collect(),
            )
        }
        "title" => {
            if !s.is_ascii() {
                return Err(RunError::unsupported(
                    "str.title() on text beyond ASCII is not modelled; use plain ASCII letters"
                        .to_string(),
                ));
            }
            // A letter after a letter is lower case, any other upper
            // (`unicode_title`: "it's" is "It'S").
            let mut after_letter = false;
            let titled = s
                .chars()
                .map(|c| {
                    let c2 = if after_letter {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    };
                    after_letter = c.is_ascii_alphabetic();
                    c2
                })
                .collect();
            text(titled)
        }
        "upper" | "lower" => {
            // Unicode's case tables would add a tenth to the page's
            // download; the playground's text is nearly always ASCII.
            if !s.is_ascii() {
                return Err(RunError::unsupported(format!(
                    "str.{name}() on text beyond ASCII is not modelled; use plain ASCII letters"
                )));
            }
            text(if name == "upper" {
                s.to_ascii_uppercase()
            } else {
                s.to_ascii_lowercase()
            })
        }
        "strip" | "lstrip" | "rstrip" => {
            let chars: Option<Vec<char>> = match args.first() {
                None | Some(Value::None) => None,
                Some(v) => Some(str_arg(name, v)?.chars().collect_vec()),
            };
            let strip = |c: char| match &chars {
                None => crate::value::is_space(c),
                Some(set) => set.contains(&c),
            };
            text(
                match name {
                    "strip" => s.trim_matches(strip),
                    "lstrip" => s.trim_start_matches(strip),
                    _ => s.trim_end_matches(strip),
                }
                .to_string(),
            )
        }
        "startswith" | "endswith" if matches!(args[0], Value::Tuple(_)) => {
            // Any of the tuple's strings, tried in order: a non-string is
            // an error only if no earlier one matched.
            let options = match &args[0] {
                Value::Tuple(options) => options.clone(),
                _ => Rc::default(),
            };
            for option in options.iter() {
                let Value::Str(option) = option else {
                    return Err(type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        option.cpython_type_name()
                    )));
                };
                let found = if name == "startswith" {
                    s.starts_with(&**option)
                } else {
                    s.ends_with(&**option)
                };
                if found {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        "startswith" | "endswith" | "count" => {
            let Value::Str(arg) = &args[0] else {
                return Err(type_error(if name == "count" {
                    format!("must be str, not {}", args[0].cpython_type_name())
                } else {
                    format!(
                        "{name} first arg must be str or a tuple of str, not {}",
                        args[0].cpython_type_name()
                    )
                }));
            };
            Ok(match name {
                "startswith" => Value::Bool(s.starts_with(&**arg)),
                "endswith" => Value::Bool(s.ends_with(&**arg)),
                // Python counts an empty string once per gap between chars.
                _ if arg.is_empty() => Value::Int(s.chars().count() as i64 + 1),
                _ => Value::Int(s.matches(&**arg).count() as i64),
            })
        }
        "replace" => {
            let (Value::Str(old), Value::Str(new)) = (&args[0], &args[1]) else {
                let bad = if matches!(args[0], Value::Str(_)) {
                    &args[1]
                } else {
                    &args[0]
                };
                return Err(type_error(format!(
                    "replace() argument {} must be str, not {}",
                    if matches!(args[0], Value::Str(_)) {
                        2
                    } else {
                        1
                    },
                    bad.clinic_type_name()
                )));
            };
            text(s.replace(&**old, new))
        }
        _ => {
            // join
            let mut out = String::new();
            let iterable = args.into_iter().next().unwrap_or(Value::None);
            // Only what is not iterable is worded so (`PySequence_Fast`);
            // what a generator raises goes on as it is.
            let parts = Iter::new(iterable).map_err(|e| match e {
                Raise::Exc(e) if e.kind == ExcKind::TypeError => {
                    type_error("can only join an iterable".into())
                }
                other => other,
            })?;
            // `PySequence_Fast`: a list made of the iterator.
            #[cfg(feature = "asyncio-py")]
            let parts = parts.for_list()?;
            let parts = parts.all()?;
            for (i, item) in parts.into_iter().enumerate() {
                let Value::Str(part) = item else {
                    return Err(type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        item.cpython_type_name()
                    )));
                };
                if i > 0 {
                    out.push_str(s);
                }
                out.push_str(&part);
            }
            text(out)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_arity_table_is_sorted_for_its_binary_search() {
        assert!(super::ARITY
            .windows(2)
            .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    }
}
