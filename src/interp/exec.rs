//! Statements: blocks, assignment, loops, branches, `try`, `return`, `raise`.

use super::awaits::sleep;
use super::eval::{eval, eval_now, has_await};
use super::frame::Frame;
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::program::{Expr, Handler, Stmt, Target};
use crate::value::{Exc, ExcKind, Exception, Value};
use std::rc::Rc;

/// How a block ended.
pub(crate) enum Flow {
    Next,
    Return(Value),
}


/// Runs `body`. Statements without an `await` run synchronously; a
/// suspending statement that nests a block is boxed, once per execution of
/// that statement (not per loop iteration), which breaks the recursion.
pub(crate) async fn exec_block(rt: &Rc<Runtime>, frame: &mut Frame, body: &[Stmt]) -> Result<Flow, Raise> {
    for stmt in body {
        rt.count_step()?;
        let flow = if let Some(delay) = direct_sleep(rt, frame, stmt) {
            let delay = eval_now(rt, frame, delay)?;
            sleep(rt, &delay).await?;
            Flow::Next
        } else if stmt_has_await(stmt) {
            Box::pin(exec_suspending(rt, frame, stmt)).await?
        } else {
            exec_now(rt, frame, stmt)?
        };
        if let Flow::Return(v) = flow {
            return Ok(Flow::Return(v));
        }
    }
    Ok(Flow::Next)
}

/// The delay of an `await asyncio.sleep(delay)` statement, the most common
/// suspension of all: it runs without a coroutine object, which nothing
/// could observe.
fn direct_sleep<'s>(rt: &Runtime, frame: &Frame, stmt: &'s Stmt) -> Option<&'s Expr> {
    let Stmt::Expr(Expr::Await(call)) = stmt else { return None };
    let Expr::Call { func, args, kwargs } = &**call else { return None };
    let Expr::Attribute { value, name } = &**func else { return None };
    let is_asyncio = matches!(&**value, Expr::Name(m) if &**m == "asyncio");
    match args.as_slice() {
        [delay]
            if is_asyncio
                && &**name == "sleep"
                && kwargs.is_empty()
                && !has_await(delay)
                && !matches!(delay, Expr::Starred(_))
                && rt.scopes.asyncio_is_module(frame.function) =>
        {
            Some(delay)
        }
        _ => None,
    }
}

fn block_has_await(body: &[Stmt]) -> bool {
    body.iter().any(stmt_has_await)
}

/// Can running `stmt` suspend the task?
fn stmt_has_await(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Expr(e) => has_await(e),
        Stmt::Assign { value, .. } => has_await(value),
        Stmt::Return(v) | Stmt::Raise(v) => v.as_ref().is_some_and(has_await),
        Stmt::For { iter, body, .. } => has_await(iter) || block_has_await(body),
        Stmt::If { test, body, orelse } => {
            has_await(test) || block_has_await(body) || block_has_await(orelse)
        }
        Stmt::Try { body, handlers } => {
            block_has_await(body) || handlers.iter().any(|h| block_has_await(&h.body))
        }
        Stmt::Pass => false,
    }
}

fn block_now(rt: &Rc<Runtime>, frame: &mut Frame, body: &[Stmt]) -> Result<Flow, Raise> {
    for stmt in body {
        rt.count_step()?;
        if let Flow::Return(v) = exec_now(rt, frame, stmt)? {
            return Ok(Flow::Return(v));
        }
    }
    Ok(Flow::Next)
}

/// Runs a statement that cannot suspend.
fn exec_now(rt: &Rc<Runtime>, frame: &mut Frame, stmt: &Stmt) -> Result<Flow, Raise> {
    match stmt {
        Stmt::Expr(e) => {
            eval_now(rt, frame, e)?;
        }
        Stmt::Assign { target, value } => {
            let v = eval_now(rt, frame, value)?;
            assign(rt, frame, target, v)?;
        }
        Stmt::For { target, iter, body } => {
            for item in Iter::new(eval_now(rt, frame, iter)?)? {
                assign(rt, frame, target, item)?;
                if let Flow::Return(v) = block_now(rt, frame, body)? {
                    return Ok(Flow::Return(v));
                }
                rt.count_step()?;
            }
        }
        Stmt::If { test, body, orelse } => {
            let branch = if eval_now(rt, frame, test)?.truthy() {
                body
            } else {
                orelse
            };
            return block_now(rt, frame, branch);
        }
        Stmt::Return(value) => {
            let v = match value {
                Some(e) => eval_now(rt, frame, e)?,
                None => Value::None,
            };
            return Ok(Flow::Return(v));
        }
        Stmt::Raise(value) => {
            let v = value.as_ref().map(|e| eval_now(rt, frame, e)).transpose()?;
            return Err(Raise::Exc(exception_to_raise(frame, v)?));
        }
        Stmt::Try { body, handlers } => {
            let exc = match block_now(rt, frame, body) {
                Err(Raise::Exc(exc)) => exc,
                other => return other,
            };
            let Some(handler) = find_handler(handlers, &exc) else {
                return Err(Raise::Exc(exc));
            };
            let slot = enter_handler(rt, frame, handler, exc);
            let result = block_now(rt, frame, &handler.body);
            leave_handler(frame, slot);
            return result;
        }
        Stmt::Pass => {}
    }
    Ok(Flow::Next)
}

/// Runs a statement that may suspend; its parts that cannot, run now.
async fn exec_suspending(rt: &Rc<Runtime>, frame: &mut Frame, stmt: &Stmt) -> Result<Flow, Raise> {
    match stmt {
        Stmt::Expr(e) => {
            eval(rt, frame, e).await?;
        }
        Stmt::Assign { target, value } => {
            let v = eval(rt, frame, value).await?;
            assign(rt, frame, target, v)?;
        }
        Stmt::For { target, iter, body } => {
            let iterable = eval(rt, frame, iter).await?;
            for item in Iter::new(iterable)? {
                assign(rt, frame, target, item)?;
                if let Flow::Return(v) = exec_block(rt, frame, body).await? {
                    return Ok(Flow::Return(v));
                }
                rt.count_step()?;
            }
        }
        Stmt::If { test, body, orelse } => {
            let branch = if eval(rt, frame, test).await?.truthy() {
                body
            } else {
                orelse
            };
            return exec_block(rt, frame, branch).await;
        }
        Stmt::Return(value) => {
            let v = match value {
                Some(e) => eval(rt, frame, e).await?,
                None => Value::None,
            };
            return Ok(Flow::Return(v));
        }
        Stmt::Raise(value) => {
            let v = match value {
                Some(e) => Some(eval(rt, frame, e).await?),
                None => None,
            };
            return Err(Raise::Exc(exception_to_raise(frame, v)?));
        }
        Stmt::Try { body, handlers } => {
            let exc = match exec_block(rt, frame, body).await {
                Err(Raise::Exc(exc)) => exc,
                other => return other,
            };
            let Some(handler) = find_handler(handlers, &exc) else {
                return Err(Raise::Exc(exc));
            };
            let slot = enter_handler(rt, frame, handler, exc);
            let result = exec_block(rt, frame, &handler.body).await;
            leave_handler(frame, slot);
            return result;
        }
        Stmt::Pass => {}
    }
    Ok(Flow::Next)
}

/// The first `except` clause that matches, as Python tries them in order.
fn find_handler<'h>(handlers: &'h [Handler], exc: &Exc) -> Option<&'h Handler> {
    handlers.iter().find(|h| {
        h.kind
            .as_deref()
            .and_then(ExcKind::from_source)
            .is_none_or(|k| exc.kind.is_subclass_of(k))
    })
}

/// Binds `except ... as name` and notes the exception for a bare `raise`;
/// returns the bound slot.
fn enter_handler(rt: &Runtime, frame: &mut Frame, handler: &Handler, exc: Exc) -> Option<usize> {
    let slot = handler
        .name
        .as_ref()
        .and_then(|n| rt.scopes.slot(frame.function, n));
    if let Some(slot) = slot {
        frame.slots[slot] = Some(Value::Exception(exc.clone()));
    }
    frame.handling.push(exc);
    slot
}

/// Python deletes the `as` name when the handler ends.
fn leave_handler(frame: &mut Frame, slot: Option<usize>) {
    frame.handling.pop();
    if let Some(slot) = slot {
        frame.slots[slot] = None;
    }
}

/// What `raise` raises: the value given, or (bare) the exception being
/// handled.
fn exception_to_raise(frame: &Frame, value: Option<Value>) -> Result<Exc, Raise> {
    match value {
        Some(v) => to_exception(v),
        None => frame.handling.last().cloned().ok_or_else(|| {
            Raise::Exc(Exception::new(
                ExcKind::RuntimeError,
                "No active exception to reraise",
            ))
        }),
    }
}

/// What `raise value` raises: an instance, or a class called with no args.
fn to_exception(v: Value) -> Result<crate::value::Exc, Raise> {
    match v {
        Value::Exception(e) => Ok(e),
        Value::Class(crate::value::Class::Exception(k)) => Ok(Exception::bare(k)),
        _ => Err(Raise::Exc(Exception::new(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        ))),
    }
}

pub(crate) fn assign(
    rt: &Runtime,
    frame: &mut Frame,
    target: &Target,
    v: Value,
) -> Result<(), Raise> {
    match target {
        Target::Name(n) => {
            let slot = rt
                .scopes
                .slot(frame.function, n)
                .ok_or_else(|| RunError::internal(format!("'{n}' was not found among the locals")))
                .map_err(Raise::Stop)?;
            frame.slots[slot] = Some(v);
            Ok(())
        }
        Target::Tuple(targets) => {
            let mut values = Vec::new();
            for item in Iter::new(v)? {
                values.push(item);
                if values.len() > targets.len() {
                    return Err(Raise::Exc(Exception::new(
                        ExcKind::ValueError,
                        format!("too many values to unpack (expected {})", targets.len()),
                    )));
                }
            }
            if values.len() < targets.len() {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::ValueError,
                    format!(
                        "not enough values to unpack (expected {}, got {})",
                        targets.len(),
                        values.len()
                    ),
                )));
            }
            for (t, v) in targets.iter().zip(values) {
                assign(rt, frame, t, v)?;
            }
            Ok(())
        }
    }
}

/// Python's iteration protocol over the iterable types of the subset. Lists
/// are read by index as they are iterated, as CPython's list iterator does.
pub(crate) enum Iter {
    Range(crate::value::Range, usize),
    List(Rc<std::cell::RefCell<Vec<Value>>>, usize),
    Items(Vec<Value>, usize),
}

impl Iter {
    pub fn new(v: Value) -> Result<Iter, Raise> {
        Ok(match v {
            Value::Range(r) => Iter::Range(r, 0),
            Value::List(l) => Iter::List(l, 0),
            Value::Tuple(t) => Iter::Items(t.to_vec(), 0),
            Value::Str(s) => Iter::Items(
                s.chars()
                    .map(|c| Value::Str(c.to_string().into()))
                    .collect(),
                0,
            ),
            other => {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::TypeError,
                    format!("'{}' object is not iterable", other.type_name()),
                )))
            }
        })
    }
}

impl Iterator for Iter {
    type Item = Value;

    fn next(&mut self) -> Option<Value> {
        match self {
            Iter::Range(r, i) => {
                if *i < r.len() {
                    *i += 1;
                    Some(Value::Int(r.get(*i - 1)))
                } else {
                    None
                }
            }
            Iter::List(l, i) => {
                let item = l.borrow().get(*i).cloned();
                *i += 1;
                item
            }
            Iter::Items(items, i) => {
                let item = items.get(*i).cloned();
                *i += 1;
                item
            }
        }
    }
}
