//! What a module-level variable may be given: a constant expression.
//! That is a literal; a list, tuple or dict of constant expressions; the
//! arithmetic, negation and comparisons of constant expressions; or the
//! name of a variable assigned before. Evaluating one prints nothing and
//! reaches no task. The parser evaluates each once, and refuses one that
//! raises, since the module-level code around `asyncio.run` is not
//! modelled yet; each run evaluates them again, so that a list the tasks
//! append to starts empty in every run and every replay of step mode.

use super::{Expr, UnaryOp};
use crate::error::Raise;
use crate::value::{dict::Dict, ops, Value};

/// Why a module-level value cannot be evaluated here.
pub enum NotConstant {
    /// It is not a constant expression.
    Unsupported,
    /// Evaluating it raises (at the module level, which is not modelled).
    Raises(Raise),
}

impl From<Raise> for NotConstant {
    fn from(r: Raise) -> NotConstant {
        NotConstant::Raises(r)
    }
}

/// The value of constant expression `e`; `earlier` gives the value of a
/// variable assigned before (the same object, as Python shares it).
pub fn evaluate(e: &Expr, earlier: &dyn Fn(&str) -> Option<Value>) -> Result<Value, NotConstant> {
    let all = |items: &[Expr]| -> Result<Vec<Value>, NotConstant> {
        items.iter().map(|i| evaluate(i, earlier)).collect()
    };
    Ok(match e {
        Expr::Int(i) => Value::Int(*i),
        Expr::Float(f) => Value::Float(*f),
        Expr::Str(s) => Value::str(s),
        Expr::Bool(b) => Value::Bool(*b),
        Expr::None => Value::None,
        Expr::List(items) => Value::list(all(items)?),
        Expr::Tuple(items) => Value::tuple(all(items)?),
        Expr::Dict(items) => {
            let mut d = Dict::default();
            for item in items {
                d.insert(
                    evaluate(&item.key, earlier)?,
                    evaluate(&item.value, earlier)?,
                )?;
            }
            Value::dict(d)
        }
        Expr::Name(n) => earlier(n).ok_or(NotConstant::Unsupported)?,
        Expr::UnaryOp {
            op: op @ (UnaryOp::Neg | UnaryOp::Not),
            operand,
        } => ops::unary(*op, &evaluate(operand, earlier)?)?,
        Expr::BinOp { op, left, right } => {
            ops::binop(*op, &evaluate(left, earlier)?, &evaluate(right, earlier)?)?
        }
        Expr::Compare { op, left, right } => {
            ops::compare(*op, &evaluate(left, earlier)?, &evaluate(right, earlier)?)?
        }
        _ => return Err(NotConstant::Unsupported),
    })
}
