//! Methods of the builtin containers and of `str`: `list.append`,
//! `dict.items`, `", ".join(...)` and the rest a learner's program reaches
//! for, with CPython's errors (`pop from empty list`,
//! `list.remove(x): x not in list`). Task and future methods live in
//! `builtins.rs`, next to the engine calls they make.

use super::builtins::{as_index, type_error, Kwargs};
use super::convert::items;
use super::iterables::sort;
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::value::dict::{Dict, DictPart};
use crate::value::{ops, ExcKind, Exception, Value};
use std::rc::Rc;

fn error(kind: ExcKind, msg: String) -> Raise {
    Raise::Exc(Exception::new(kind, msg))
}

/// Checks the number of positional arguments, with CPython's wording for
/// methods taking none, exactly one, or a range.
fn arity(owner: &str, name: &str, args: &[Value], min: usize, max: usize) -> Result<(), Raise> {
    let n = args.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    Err(type_error(match (min, max) {
        (0, 0) => format!("{owner}.{name}() takes no arguments ({n} given)"),
        (1, 1) => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        _ if n < min => format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        ),
        _ => format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ),
    }))
}

fn no_kwargs(owner: &str, name: &str, kwargs: &Kwargs) -> Result<(), Raise> {
    match kwargs.first() {
        None => Ok(()),
        Some(_) => Err(type_error(format!(
            "{owner}.{name}() takes no keyword arguments"
        ))),
    }
}

pub(crate) fn call(
    rt: &Rc<Runtime>,
    obj: &Value,
    name: &str,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    let owner = obj.type_name();
    if !(owner == "list" && name == "sort") {
        no_kwargs(owner, name, &kwargs)?;
    }
    let range = |min, max| arity(owner, name, &args, min, max);
    match obj {
        Value::List(list) => {
            match name {
                "append" | "remove" | "index" | "count" | "extend" => range(1, 1)?,
                "pop" => range(0, 1)?,
                "insert" => range(2, 2)?,
                _ => range(0, 0)?,
            }
            let mut arg = args.drain(..);
            let mut first = || arg.next().unwrap_or(Value::None);
            let value = match name {
                "append" => {
                    list.borrow_mut().push(first());
                    Value::None
                }
                "extend" => {
                    // Collected first: `xs.extend(xs)` doubles the list.
                    let more = items(first())?;
                    list.borrow_mut().extend(more);
                    Value::None
                }
                "pop" => {
                    let mut l = list.borrow_mut();
                    if l.is_empty() {
                        return Err(error(ExcKind::IndexError, "pop from empty list".into()));
                    }
                    let len = l.len() as i64;
                    let i = match first() {
                        Value::None => len - 1,
                        v => as_index(&v)?,
                    };
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
                    for (i, v) in list.borrow().iter().enumerate() {
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
                                format!("{} is not in list", x.repr()),
                            ))
                        }
                    }
                }
                "count" => {
                    let x = first();
                    let mut n = 0;
                    for v in list.borrow().iter() {
                        n += ops::item_equal(v, &x)? as i64;
                    }
                    Value::Int(n)
                }
                "sort" => {
                    let (mut key, mut reverse) = (None, false);
                    for (k, v) in kwargs {
                        match &*k {
                            "key" => key = Some(v),
                            "reverse" => reverse = v.truthy(),
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
                    *list.borrow_mut() = items;
                    sorted?;
                    Value::None
                }
                "reverse" => {
                    list.borrow_mut().reverse();
                    Value::None
                }
                "clear" => {
                    list.borrow_mut().clear();
                    Value::None
                }
                _ => Value::list(list.borrow().clone()),
            };
            Ok(value)
        }
        Value::Dict(dict) => {
            match name {
                "get" | "pop" | "setdefault" => range(1, 2)?,
                "update" => range(0, 1)?,
                _ => range(0, 0)?,
            }
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
                    let removed = dict.borrow_mut().remove(&key)?;
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
                    if let Some(other) = key {
                        let Value::Dict(other) =
                            super::convert::construct("dict", vec![other], Vec::new())?
                        else {
                            return Err(RunError::internal("dict() made something else").into());
                        };
                        let entries = other.borrow().entries.clone();
                        for (k, v) in entries {
                            dict.borrow_mut().insert(k, v)?;
                        }
                    }
                    Value::None
                }
                "clear" => {
                    dict.borrow_mut().clear();
                    Value::None
                }
                _ => Value::dict(Dict {
                    entries: dict.borrow().entries.clone(),
                    version: 0,
                }),
            })
        }
        Value::Str(s) => string_method(s, name, args),
        _ => Err(RunError::internal(format!("no method {name} on {owner}")).into()),
    }
}

fn str_arg(owner_method: &str, v: &Value) -> Result<Rc<str>, Raise> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(type_error(format!(
            "{owner_method} arg must be None or str, not {}",
            other.type_name()
        ))),
    }
}

fn string_method(s: &str, name: &str, args: Vec<Value>) -> Result<Value, Raise> {
    let range = |min, max| arity("str", name, &args, min, max);
    let text = |t: String| Ok(Value::Str(t.into()));
    match name {
        "upper" | "lower" => {
            range(0, 0)?;
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
            range(0, 1)?;
            let chars: Option<Vec<char>> = match args.first() {
                None | Some(Value::None) => None,
                Some(v) => Some(str_arg(name, v)?.chars().collect()),
            };
            let strip = |c: char| match &chars {
                None => c.is_whitespace(),
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
        "split" => {
            range(0, 1)?;
            let parts: Vec<Value> = match args.first() {
                None | Some(Value::None) => {
                    s.split_whitespace().map(|p| Value::Str(p.into())).collect()
                }
                Some(v) => {
                    let sep = str_arg("split()", v)?;
                    if sep.is_empty() {
                        return Err(error(ExcKind::ValueError, "empty separator".into()));
                    }
                    s.split(&*sep).map(|p| Value::Str(p.into())).collect()
                }
            };
            Ok(Value::list(parts))
        }
        "startswith" | "endswith" | "count" => {
            range(1, 1)?;
            let Value::Str(arg) = &args[0] else {
                return Err(type_error(if name == "count" {
                    format!("must be str, not {}", args[0].type_name())
                } else {
                    format!(
                        "{name} first arg must be str or a tuple of str, not {}",
                        args[0].type_name()
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
            range(2, 2)?;
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
                    bad.type_name()
                )));
            };
            text(s.replace(&**old, new))
        }
        _ => {
            // join
            range(1, 1)?;
            let mut out = String::new();
            for (i, item) in items(args.into_iter().next().unwrap_or(Value::None))?
                .into_iter()
                .enumerate()
            {
                let Value::Str(part) = item else {
                    return Err(type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        item.type_name()
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
