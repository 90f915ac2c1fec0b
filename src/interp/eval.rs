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

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Evaluates `e`. Boxed because expressions nest.
pub(crate) fn eval<'a>(
    rt: &'a Rc<Runtime>,
    frame: &'a mut Frame,
    e: &'a Expr,
) -> BoxFuture<'a, Result<Value, Raise>> {
    Box::pin(async move {
        Ok(match e {
            Expr::Int(i) => Value::Int(*i),
            Expr::Float(f) => Value::Float(*f),
            Expr::Str(s) => Value::Str(s.as_str().into()),
            Expr::Bool(b) => Value::Bool(*b),
            Expr::None => Value::None,
            Expr::List(items) => Value::list(eval_items(rt, frame, items).await?),
            Expr::Tuple(items) => Value::Tuple(eval_items(rt, frame, items).await?.into()),
            Expr::Name(n) => lookup(rt, frame, n)?,
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
            Expr::Starred(_) => {
                return Err(crate::error::RunError::unsupported(
                    "`*value` is only allowed in a call's arguments or a list",
                ))
            }
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
                // `a and b` is the first falsy operand (or the last); `or`
                // the first truthy one.
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
                            out.push_str(&if *repr { v.repr() } else { v.to_str() });
                        }
                    }
                }
                Value::Str(out.into())
            }
        })
    })
}

/// Evaluates list items or call arguments, expanding `*iterable`.
async fn eval_items(rt: &Rc<Runtime>, frame: &mut Frame, items: &[Expr]) -> Result<Vec<Value>, Raise> {
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
