//! Exception groups as the program meets them: `eg.message`,
//! `eg.exceptions`, `split` / `subgroup` / `derive`, and what an
//! `except*` clause matches with. The interpreter's half because a matcher
//! may be the program's function, which only the interpreter can call;
//! the groups themselves, and how `except*` splits and recombines them,
//! are `value::exception_group`'s.

use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::value::exception_group::{self, Matcher};
use crate::value::ops::type_error;
use crate::value::{Class, Exc, ExcKind, Value};
use std::rc::Rc;

/// `eg.message` and `eg.exceptions`; `None` for any other attribute.
pub(crate) fn attr(e: &Exc, name: &str) -> Option<Value> {
    let g = e.group()?;
    match name {
        "message" => Some(Value::Str(g.message.clone())),
        "exceptions" => Some(Value::tuple(
            g.exceptions.iter().cloned().map(Value::Exception).collect(),
        )),
        _ => None,
    }
}

/// Whether `name` is one of a group's methods.
pub(crate) fn is_method(e: &Exc, name: &str) -> bool {
    e.group().is_some() && matches!(name, "split" | "subgroup" | "derive")
}

/// `eg.split(m)`, `eg.subgroup(m)`, `eg.derive(excs)`: each takes one
/// argument, by position.
pub(crate) fn call(
    rt: &Rc<Runtime>,
    e: &Exc,
    name: &str,
    mut args: Vec<Value>,
    keywords: bool,
) -> Result<Value, Raise> {
    let method = format!("BaseExceptionGroup.{name}");
    if keywords {
        return Err(type_error(format!("{method}() takes no keyword arguments")));
    }
    let arg = super::builtins::exactly_one(&method, std::mem::take(&mut args))?;
    if name == "derive" {
        return exception_group::derive_called(e, arg).map(Value::Exception);
    }
    let mut matcher = matcher(rt, arg)?;
    let part = exception_group::split(e, &mut *matcher, name == "split")?;
    let value = |e: Option<Exc>| e.map_or(Value::None, Value::Exception);
    Ok(match name {
        "split" => Value::tuple(vec![value(part.matched), value(part.rest)]),
        _ => value(part.matched),
    })
}

/// What `split` and `subgroup` accept (`get_matcher_type`): an exception
/// class, a tuple of them, or a function of the program's, called with
/// each exception and subgroup in turn.
fn matcher<'a>(rt: &'a Rc<Runtime>, m: Value) -> Result<Box<Matcher<'a>>, Raise> {
    let wrong =
        || type_error("expected a function, exception type or tuple of exception types".into());
    match &m {
        Value::Function(f) if f.def().is_async || f.generator => Err(RunError::unsupported(
            "split() or subgroup() given an async function or generator is not supported yet: give it a plain function",
        )),
        Value::Function(_) => Ok(Box::new(move |e: &Exc| {
            let verdict = rt.call_value(&m, vec![Value::Exception(e.clone())])?;
            verdict.is_true()
        })),
        Value::Tuple(classes) if classes.iter().all(is_exception_class) => Ok(classes_matcher(m)),
        one if is_exception_class(one) => Ok(classes_matcher(m)),
        _ => Err(wrong()),
    }
}

pub(crate) fn is_exception_class(v: &Value) -> bool {
    match v {
        Value::Class(Class::Exception(_)) => true,
        Value::UserClass(c) => c.exception_base().is_some(),
        _ => false,
    }
}

/// Matches an exception that is an instance of `classes` (one, or a tuple).
fn classes_matcher<'a>(classes: Value) -> Box<Matcher<'a>> {
    Box::new(move |e: &Exc| super::convert::isinstance(&Value::Exception(e.clone()), &classes))
}

/// The matcher of an `except*` clause naming `classes` (one, or a tuple),
/// with CPython's checks (`check_except_star_type_valid`).
pub(crate) fn star_matcher<'a>(classes: Value) -> Result<Box<Matcher<'a>>, Raise> {
    let each: Vec<&Value> = match &classes {
        Value::Tuple(t) => t.iter().collect(),
        one => vec![one],
    };
    for c in each {
        if !is_exception_class(c) {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed".into(),
            ));
        }
        let group = match c {
            Value::Class(Class::Exception(k)) => k.is_subclass_of(ExcKind::BaseExceptionGroup),
            _ => false,
        };
        if group {
            return Err(type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.".into(),
            ));
        }
    }
    Ok(classes_matcher(classes))
}
