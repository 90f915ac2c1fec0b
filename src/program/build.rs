//! Short constructors for program trees, so presets, tests and benchmarks read
//! almost like the Python they stand for.
//!
//! Only construction lives here; no checking (see `validate`).

use super::*;
use crate::collect::CollectVec;

pub fn int(v: i64) -> Expr {
    Expr::Int(v)
}
pub fn float(v: f64) -> Expr {
    Expr::Float(v)
}
pub fn str(v: &str) -> Expr {
    Expr::Str(v.to_string())
}
pub fn name(v: &str) -> Expr {
    Expr::Name(v.into())
}
pub fn list(items: Vec<Expr>) -> Expr {
    Expr::List(items)
}
pub fn attr(value: Expr, name: &str) -> Expr {
    Expr::Attribute {
        value: Box::new(value),
        name: name.into(),
    }
}
pub fn call(func: Expr, args: Vec<Expr>) -> Expr {
    Expr::Call {
        func: Box::new(func),
        args,
        kwargs: vec![],
    }
}
pub fn call_kw(func: Expr, args: Vec<Expr>, kwargs: Vec<(&str, Expr)>) -> Expr {
    Expr::Call {
        func: Box::new(func),
        args,
        kwargs: kwargs
            .into_iter()
            .map(|(n, value)| Keyword {
                name: n.into(),
                value,
            })
            .collect_vec(),
    }
}
/// `f(args)` for a function or builtin called by name.
pub fn call_fn(f: &str, args: Vec<Expr>) -> Expr {
    call(name(f), args)
}
pub fn starred(v: Expr) -> Expr {
    Expr::Starred(Box::new(v))
}
pub fn binop(op: BinOp, left: Expr, right: Expr) -> Expr {
    Expr::BinOp {
        op,
        left: Box::new(left),
        right: Box::new(right),
    }
}
pub fn compare(op: CmpOp, left: Expr, right: Expr) -> Expr {
    Expr::Compare {
        op,
        left: Box::new(left),
        right: Box::new(right),
    }
}
pub fn await_(v: Expr) -> Expr {
    Expr::Await(Box::new(v))
}
pub fn asyncio(function: &str) -> Expr {
    attr(name("asyncio"), function)
}
/// `await asyncio.sleep(delay)`
pub fn sleep(delay: Expr) -> Stmt {
    Stmt::Expr(await_(call(asyncio("sleep"), vec![delay])))
}
/// `time.sleep(delay)`: blocks the whole loop.
pub fn block(delay: Expr) -> Stmt {
    Stmt::Expr(call(attr(name("time"), "sleep"), vec![delay]))
}
/// `asyncio.create_task(coro)`
pub fn create_task(coro: Expr) -> Expr {
    call(asyncio("create_task"), vec![coro])
}
/// `asyncio.gather(*aws, return_exceptions=...)`; the keyword is written only
/// when true, as the tutorials do.
pub fn gather(aws: Vec<Expr>, return_exceptions: bool) -> Expr {
    let kwargs = if return_exceptions {
        vec![("return_exceptions", Expr::Bool(true))]
    } else {
        vec![]
    };
    call_kw(asyncio("gather"), aws, kwargs)
}
pub fn method(obj: Expr, method: &str, args: Vec<Expr>) -> Expr {
    call(attr(obj, method), args)
}

pub fn print(args: Vec<Expr>) -> Stmt {
    Stmt::Expr(call_fn("print", args))
}
pub fn expr(e: Expr) -> Stmt {
    Stmt::Expr(e)
}
pub fn assign(target: &str, value: Expr) -> Stmt {
    Stmt::Assign {
        target: Target::Name(target.into()),
        value,
    }
}
pub fn for_(target: &str, iter: Expr, body: Vec<Stmt>) -> Stmt {
    Stmt::For {
        target: Target::Name(target.into()),
        iter,
        body,
        orelse: Vec::new(),
    }
}
pub fn if_(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    Stmt::If { test, body, orelse }
}
pub fn return_(v: Expr) -> Stmt {
    Stmt::Return(Some(v))
}
/// `raise Kind(message)`
pub fn raise(kind: &str, message: &str) -> Stmt {
    Stmt::Raise(Some(call_fn(kind, vec![str(message)])))
}
pub fn try_except(body: Vec<Stmt>, kind: &str, as_name: &str, handler: Vec<Stmt>) -> Stmt {
    Stmt::Try {
        body,
        handlers: vec![Handler {
            kind: Some(Caught::One(kind.to_string())),
            name: Some(as_name.into()),
            body: handler,
            star: false,
        }],
        orelse: Vec::new(),
        finalbody: Vec::new(),
    }
}

pub fn async_fn(name: &str, params: &[&str], body: Vec<Stmt>) -> Function {
    Function {
        name: name.to_string(),
        params: params
            .iter()
            .map(|p| Param::plain((*p).into(), None))
            .collect_vec(),
        body,
        is_async: true,
    }
}

pub fn program(functions: Vec<Function>) -> Program {
    Program {
        functions,
        entry: "main".to_string(),
        #[cfg(feature = "code")]
        source: None,
        #[cfg(feature = "code")]
        imports: Vec::new(),
        #[cfg(feature = "code")]
        module_names: Vec::new(),
    }
}
