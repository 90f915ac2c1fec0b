//! `functools.total_ordering`: the orderings a class lacks, made from the
//! one it defines, as `functools.py`'s `_convert` table makes them (each
//! calls the class's own method, then `==` or `!=` where the table
//! says). Part of asyncio's module (feature `asyncio-py`).
//!
//! As `dataclass`'s, each made method sits in the class's dict under its
//! name, `Builtin::OrderingFrom(root)`, bound when read from an instance
//! (`classes::from_class`) and run here (`call`).

use super::builtins::type_error;
use crate::engine::Runtime;
use crate::error::Raise;
use crate::program::CmpOp;
use crate::value::{ops, Builtin, ExcKind, Exception, Value};
use std::rc::Rc;

/// `total_ordering(cls)`.
pub(crate) fn total_ordering(args: Vec<Value>) -> Result<Value, Raise> {
    let mut args = args.into_iter();
    let (Some(Value::UserClass(class)), None) = (args.next(), args.next()) else {
        return Err(crate::error::RunError::unsupported(
            "functools.total_ordering() is supported on a class of the program's, as a decorator",
        ));
    };
    // `roots`: what the class has other than `object`'s.
    let defined = |name: &str| class.lookup(name).is_some();
    let orderings = crate::program::orderings();
    let Some(&(root, _, _)) = orderings.iter().find(|(_, name, _)| defined(name)) else {
        return Err(Raise::Exc(Exception::new(
            ExcKind::ValueError,
            "must define at least one ordering operation: < > <= >=",
        )));
    };
    for (_, name, _) in orderings {
        if !defined(name) {
            class
                .attrs
                .set(&(*name).into(), Value::Builtin(Builtin::OrderingFrom(root)));
        }
    }
    Ok(Value::UserClass(class))
}

/// `obj op other`, made from the class's `root`: `type(self).root(self,
/// other)`, `NotImplemented` passed on, then `_convert`'s expression.
pub(crate) fn call(
    rt: &Rc<Runtime>,
    obj: &Value,
    name: &str,
    root: CmpOp,
    args: Vec<Value>,
) -> Result<Value, Raise> {
    let [other] = <[Value; 1]>::try_from(args).map_err(|args| {
        type_error(format!(
            "{name}() takes 2 positional arguments but {} were given",
            args.len() + 1
        ))
    })?;
    let root_name = root.method().map_or("__lt__", |(name, _)| name);
    let method = obj
        .program_class()
        .and_then(|c| c.lookup(root_name))
        .unwrap_or(Value::None);
    let result = match method {
        Value::Function(_) => {
            super::builtins::call_to_end(rt, method, vec![obj.clone(), other.clone()], Vec::new())?
        }
        // Made by `dataclass` or by this decorator on a base.
        _ => super::builtins::call_method(rt, obj, root_name, vec![other.clone()], Vec::new())?,
    };
    if matches!(result, Value::Builtin(Builtin::NotImplemented)) {
        return Ok(result);
    }
    use CmpOp::*;
    let op = CmpOp::of_method(name).unwrap_or(Lt);
    let truthy = result.is_true()?;
    // `_convert[root]`: each made method's expression.
    Ok(match (root, op) {
        // `not op_result and self != other`
        (Lt, Gt) | (Gt, Lt) if truthy => Value::Bool(false),
        (Lt, Gt) | (Gt, Lt) => ops::compare(Ne, obj, &other)?,
        // `op_result or self == other`
        (Lt, Le) | (Gt, Ge) if truthy => result,
        (Lt, Le) | (Gt, Ge) => ops::compare(Eq, obj, &other)?,
        // `not op_result or self == other`
        (Le, Ge) | (Ge, Le) if !truthy => Value::Bool(true),
        (Le, Ge) | (Ge, Le) => ops::compare(Eq, obj, &other)?,
        // `op_result and self != other`
        (Le, Lt) | (Ge, Gt) if !truthy => result,
        (Le, Lt) | (Ge, Gt) => ops::compare(Ne, obj, &other)?,
        // `not op_result`
        _ => Value::Bool(!truthy),
    })
}
