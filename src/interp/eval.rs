//! Expressions, evaluated left to right as CPython evaluates them.

use super::awaits::await_value;
use super::builtins;
use super::exec::Iter;
use super::frame::Frame;
use crate::engine::Runtime;
use crate::error::Raise;
use crate::program::{BoolOp, Expr, FPart, Name};
use crate::value::{ops, Class, ExcKind, Exception, Module, Value};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// Evaluates `e`. Expressions without `await` (nearly all of them) take the
/// plain recursive path; only those that can suspend build boxed futures.
pub(crate) async fn eval(rt: &Rc<Runtime>, frame: &mut Frame, e: &Expr) -> Result<Value, Raise> {
    if has_await(e) {
        eval_suspending(rt, frame, e).await
    } else {
        eval_now(rt, frame, e)
    }
}

/// Does evaluating `e` pass through an `await`?
pub(crate) fn has_await(e: &Expr) -> bool {
    match e {
        Expr::Await(_) => true,
        Expr::Int(_)
        | Expr::Float(_)
        | Expr::Str(_)
        | Expr::Bool(_)
        | Expr::None
        | Expr::Name(_) => false,
        Expr::List(items) | Expr::Tuple(items) => items.iter().any(has_await),
        Expr::BoolOp { values, .. } => values.iter().any(has_await),
        Expr::Attribute { value, .. }
        | Expr::Starred(value)
        | Expr::UnaryOp { operand: value, .. } => has_await(value),
        Expr::Call { func, args, kwargs } => {
            has_await(func)
                || args.iter().any(has_await)
                || kwargs.iter().any(|k| has_await(&k.value))
        }
        Expr::BinOp { left, right, .. } | Expr::Compare { left, right, .. } => {
            has_await(left) || has_await(right)
        }
        Expr::FString(parts) => parts
            .iter()
            .any(|p| matches!(p, FPart::Field { value, .. } if has_await(value))),
    }
}

fn literal(e: &Expr) -> Option<Value> {
    Some(match e {
        Expr::Int(i) => Value::Int(*i),
        Expr::Float(f) => Value::Float(*f),
        Expr::Str(s) => Value::Str(s.as_str().into()),
        Expr::Bool(b) => Value::Bool(*b),
        Expr::None => Value::None,
        _ => return None,
    })
}

fn starred_outside_call() -> Raise {
    crate::error::RunError::unsupported("`*value` is only allowed in a call's arguments or a list")
}

fn push_field(out: &mut String, v: &Value, repr: bool) {
    out.push_str(&if repr { v.repr() } else { v.to_str() });
}

/// Evaluates an expression that contains no `await`, synchronously.
pub(crate) fn eval_now(rt: &Rc<Runtime>, frame: &mut Frame, e: &Expr) -> Result<Value, Raise> {
    if let Some(v) = literal(e) {
        return Ok(v);
    }
    Ok(match e {
        Expr::List(items) => Value::list(items_now(rt, frame, items)?),
        Expr::Tuple(items) => Value::Tuple(items_now(rt, frame, items)?.into()),
        Expr::Name(n) => lookup(rt, frame, n)?,
        Expr::Attribute { value, name } => builtins::get_attr(eval_now(rt, frame, value)?, name)?,
        Expr::Call { func, args, kwargs } => {
            let arguments = |frame: &mut Frame| -> Result<(Vec<Value>, builtins::Kwargs), Raise> {
                let args = items_now(rt, frame, args)?;
                let mut kw = Vec::with_capacity(kwargs.len());
                for k in kwargs {
                    kw.push((k.name.clone(), eval_now(rt, frame, &k.value)?));
                }
                Ok((args, kw))
            };
            if let Expr::Attribute { value, name } = &**func {
                let obj = eval_now(rt, frame, value)?;
                let depth = frame.depth;
                return builtins::call_attr(rt, depth, obj, name, || arguments(frame));
            }
            let callee = eval_now(rt, frame, func)?;
            let (args, kw) = arguments(frame)?;
            builtins::call(rt, frame.depth, callee, args, kw)?
        }
        Expr::Starred(_) => return Err(starred_outside_call()),
        Expr::BinOp { op, left, right } => {
            let a = eval_now(rt, frame, left)?;
            ops::binop(*op, &a, &eval_now(rt, frame, right)?)?
        }
        Expr::UnaryOp { op, operand } => ops::unary(*op, &eval_now(rt, frame, operand)?)?,
        Expr::Compare { op, left, right } => {
            let a = eval_now(rt, frame, left)?;
            ops::compare(*op, &a, &eval_now(rt, frame, right)?)?
        }
        Expr::BoolOp { op, values } => {
            // `a and b` is the first falsy operand (or the last); `or` the
            // first truthy one.
            let mut last = Value::None;
            for v in values {
                last = eval_now(rt, frame, v)?;
                if last.truthy() == (*op == BoolOp::Or) {
                    break;
                }
            }
            last
        }
        Expr::FString(parts) => {
            let mut out = String::new();
            for part in parts {
                match part {
                    FPart::Lit(s) => out.push_str(s),
                    FPart::Field { value, repr } => {
                        push_field(&mut out, &eval_now(rt, frame, value)?, *repr)
                    }
                }
            }
            Value::Str(out.into())
        }
        Expr::Await(_) => {
            return Err(Raise::Stop(crate::error::RunError::internal(
                "an await reached the synchronous evaluator",
            )))
        }
        _ => unreachable!("literals are handled above"),
    })
}

fn items_now(rt: &Rc<Runtime>, frame: &mut Frame, items: &[Expr]) -> Result<Vec<Value>, Raise> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Expr::Starred(inner) => out.extend(Iter::new(eval_now(rt, frame, inner)?)?),
            other => out.push(eval_now(rt, frame, other)?),
        }
    }
    Ok(out)
}

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Evaluates an expression that may suspend. Boxed because expressions nest;
/// each sub-expression goes back through `eval`, so only the parts on the
/// path to an `await` are futures.
fn eval_suspending<'a>(
    rt: &'a Rc<Runtime>,
    frame: &'a mut Frame,
    e: &'a Expr,
) -> BoxFuture<'a, Result<Value, Raise>> {
    Box::pin(async move {
        Ok(match e {
            Expr::List(items) => Value::list(eval_items(rt, frame, items).await?),
            Expr::Tuple(items) => Value::Tuple(eval_items(rt, frame, items).await?.into()),
            Expr::Attribute { value, name } => {
                let obj = eval(rt, frame, value).await?;
                builtins::get_attr(obj, name)?
            }
            Expr::Call { func, args, kwargs } => {
                let callee = eval(rt, frame, func).await?;
                let args = eval_items(rt, frame, args).await?;
                let mut kw = Vec::with_capacity(kwargs.len());
                for k in kwargs {
                    kw.push((k.name.clone(), eval(rt, frame, &k.value).await?));
                }
                builtins::call(rt, frame.depth, callee, args, kw)?
            }
            Expr::Starred(_) => return Err(starred_outside_call()),
            Expr::BinOp { op, left, right } => {
                let a = eval(rt, frame, left).await?;
                let b = eval(rt, frame, right).await?;
                ops::binop(*op, &a, &b)?
            }
            Expr::UnaryOp { op, operand } => {
                let v = eval(rt, frame, operand).await?;
                ops::unary(*op, &v)?
            }
            Expr::Compare { op, left, right } => {
                let a = eval(rt, frame, left).await?;
                let b = eval(rt, frame, right).await?;
                ops::compare(*op, &a, &b)?
            }
            Expr::BoolOp { op, values } => {
                let mut last = Value::None;
                for v in values {
                    last = eval(rt, frame, v).await?;
                    if last.truthy() == (*op == BoolOp::Or) {
                        break;
                    }
                }
                last
            }
            Expr::Await(value) => {
                let v = eval(rt, frame, value).await?;
                await_value(rt, v, frame.depth).await?
            }
            Expr::FString(parts) => {
                let mut out = String::new();
                for part in parts {
                    match part {
                        FPart::Lit(s) => out.push_str(s),
                        FPart::Field { value, repr } => {
                            let v = eval(rt, frame, value).await?;
                            push_field(&mut out, &v, *repr);
                        }
                    }
                }
                Value::Str(out.into())
            }
            // Leaves never hold an `await`: `eval` sent them to `eval_now`.
            leaf => eval_now(rt, frame, leaf)?,
        })
    })
}

/// Evaluates list items or call arguments, expanding `*iterable`.
async fn eval_items(
    rt: &Rc<Runtime>,
    frame: &mut Frame,
    items: &[Expr],
) -> Result<Vec<Value>, Raise> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if let Expr::Starred(inner) = item {
            let v = eval(rt, frame, inner).await?;
            out.extend(Iter::new(v)?);
        } else {
            out.push(eval(rt, frame, item).await?);
        }
    }
    Ok(out)
}

/// A name: a local, else a function of the program, else a builtin, module
/// or exception class.
fn lookup(rt: &Runtime, frame: &Frame, name: &Name) -> Result<Value, Raise> {
    if let Some(slot) = rt.scopes.slot(frame.function, name) {
        return frame.get(slot, name);
    }
    if let Some(f) = rt.scopes.global(name) {
        return Ok(Value::Function(f));
    }
    if let Some(b) = crate::value::Builtin::by_name(name) {
        return Ok(Value::Builtin(b));
    }
    if let Some(m) = Module::by_name(name) {
        return Ok(Value::Module(m));
    }
    if let Some(k) = ExcKind::builtin(name) {
        return Ok(Value::Class(Class::Exception(k)));
    }
    if let Some(t) = builtins::type_by_name(name) {
        return Ok(Value::Class(Class::Type(t)));
    }
    Err(Raise::Exc(Exception::new(
        ExcKind::NameError,
        format!("name '{name}' is not defined"),
    )))
}
