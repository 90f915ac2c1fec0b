//! The SyntaxWarnings CPython 3.11's compiler writes before a program
//! runs: a call, a subscript or an `is` that cannot be what was meant
//! because one side is a literal (`"abc"["1"]`, `[1, 2](3)`, `x is 1`).
//! These are `check_caller`, `check_subscripter`, `check_index` and
//! `check_compare` in CPython's `Python/compile.c`, applied as there to
//! the tree after constant folding (`-1` and `(1, 2)` are constants).
//!
//! What lives here: the checks on one node, which the parser calls as it
//! builds each node (it knows the line CPython names) and the validator
//! calls to refuse a program given as JSON that would warn. What does not:
//! writing the warnings (the run does, before anything else).

use super::{CmpOp, Expr, UnaryOp};

/// What the compiler sees of an expression after CPython's AST optimizer
/// folded constants.
enum Seen {
    /// A constant of this type (`int`, `str`, `tuple`...); `singleton` for
    /// None, True and False, which `is` may compare with.
    Constant {
        type_name: &'static str,
        singleton: bool,
    },
    /// A display or comprehension, whose type the compiler infers.
    Display(&'static str),
    /// Anything else: a name, a call... The compiler infers nothing.
    Other,
    /// An operation on constants the optimizer may fold, to a value whose
    /// type depends on the operation: not modelled here.
    Folded,
}

fn seen(e: &Expr) -> Seen {
    let constant = |type_name| Seen::Constant {
        type_name,
        singleton: false,
    };
    match e {
        Expr::Int(_) => constant("int"),
        Expr::Float(_) => constant("float"),
        Expr::Str(_) => constant("str"),
        Expr::Bool(_) => Seen::Constant {
            type_name: "bool",
            singleton: true,
        },
        Expr::None => Seen::Constant {
            type_name: "NoneType",
            singleton: true,
        },
        // `fold_tuple`: a tuple of constants is one constant.
        Expr::Tuple(items) => {
            if items
                .iter()
                .all(|i| matches!(seen(i), Seen::Constant { .. }))
            {
                constant("tuple")
            } else if items.iter().any(|i| matches!(seen(i), Seen::Folded)) {
                Seen::Folded
            } else {
                Seen::Display("tuple")
            }
        }
        Expr::UnaryOp { op, operand } => match (op, seen(operand)) {
            (UnaryOp::Not, Seen::Constant { .. }) => Seen::Constant {
                type_name: "bool",
                singleton: true,
            },
            (UnaryOp::Neg | UnaryOp::Pos, Seen::Constant { type_name, .. })
                if matches!(type_name, "int" | "float" | "bool") =>
            {
                // `-True` is the int -1.
                constant(if type_name == "float" { "float" } else { "int" })
            }
            (_, Seen::Constant { .. } | Seen::Folded) => Seen::Folded,
            _ => Seen::Other,
        },
        Expr::BinOp { left, right, .. } => match (seen(left), seen(right)) {
            (Seen::Constant { .. } | Seen::Folded, Seen::Constant { .. } | Seen::Folded) => {
                Seen::Folded
            }
            _ => Seen::Other,
        },
        Expr::List(_) => Seen::Display("list"),
        #[cfg(feature = "asyncio-py")]
        Expr::Set(_) => Seen::Display("set"),
        Expr::Dict(_) => Seen::Display("dict"),
        #[cfg(feature = "asyncio-py")]
        Expr::DictUnpacking(_) => Seen::Display("dict"),
        // A comprehension or a generator expression, made a function
        // (`Parser::comprehension`).
        #[cfg(feature = "code")]
        Expr::Call { .. } | Expr::Await(_) if super::comprehension_kind(e).is_some() => {
            Seen::Display(match super::comprehension_kind(e) {
                Some("<listcomp>") => "list",
                Some("<setcomp>") => "set",
                Some("<dictcomp>") => "dict",
                _ => "generator",
            })
        }
        Expr::FString(_) => Seen::Display("str"),
        _ => Seen::Other,
    }
}

/// Why a check cannot say whether CPython warns.
const FOLDED: &str = "an operation on constants here is folded by CPython's compiler into a constant it then checks (and may warn about, SyntaxWarning); Interleave does not model that folding: compute the value first, in a name";

/// `func(...)`: CPython's `check_caller`.
pub fn on_call(func: &Expr) -> Result<Option<String>, &'static str> {
    let type_name = match seen(func) {
        Seen::Constant { type_name, .. } | Seen::Display(type_name) => type_name,
        Seen::Folded => return Err(FOLDED),
        Seen::Other => return Ok(None),
    };
    Ok(Some(format!(
        "'{type_name}' object is not callable; perhaps you missed a comma?"
    )))
}

/// `value[index]`, read (not assigned to): CPython's `check_subscripter`,
/// then `check_index`.
pub fn on_subscript(value: &Expr, index: &Expr) -> Result<Vec<String>, &'static str> {
    let mut warnings = Vec::new();
    let value_seen = seen(value);
    match &value_seen {
        Seen::Constant { type_name, .. }
            if matches!(*type_name, "NoneType" | "int" | "float" | "bool") =>
        {
            warnings.push(format!(
                "'{type_name}' object is not subscriptable; perhaps you missed a comma?"
            ));
        }
        Seen::Display("generator") => warnings.push(
            "'generator' object is not subscriptable; perhaps you missed a comma?".to_string(),
        ),
        Seen::Folded => return Err(FOLDED),
        _ => {}
    }
    let index_type = match seen(index) {
        _ if matches!(index, Expr::Slice { .. }) => return Ok(warnings),
        Seen::Constant { type_name, .. } | Seen::Display(type_name) => type_name,
        Seen::Folded => return Err(FOLDED),
        Seen::Other => return Ok(warnings),
    };
    if matches!(index_type, "int" | "bool") {
        return Ok(warnings);
    }
    let indexed = match value_seen {
        Seen::Constant { type_name, .. } if matches!(type_name, "str" | "tuple") => type_name,
        Seen::Display(type_name) if matches!(type_name, "tuple" | "list" | "str") => type_name,
        _ => return Ok(warnings),
    };
    warnings.push(format!(
        "{indexed} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
    ));
    Ok(warnings)
}

/// `left op right op ...`: CPython's `check_compare`, which warns once,
/// at the first `is` or `is not` with a literal on either side.
pub fn on_compare(left: &Expr, links: &[(CmpOp, &Expr)]) -> Result<Option<String>, &'static str> {
    let is_arg = |e: &Expr| match seen(e) {
        Seen::Constant { singleton, .. } => Ok(singleton),
        Seen::Folded => Err(FOLDED),
        _ => Ok(true),
    };
    let mut left_ok = is_arg(left);
    for (op, right) in links {
        let right_ok = is_arg(right);
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!left_ok? || !right_ok?) {
            return Ok(Some(
                if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                }
                .to_string(),
            ));
        }
        left_ok = right_ok;
    }
    Ok(None)
}

/// The warnings one node gets (its parts are checked on their own), for
/// a tree built without the parser: a program given as JSON, and the
/// fields of an f-string, which are parsed apart.
pub fn on_node(e: &Expr) -> Result<Vec<String>, &'static str> {
    match e {
        Expr::Call { func, .. } => on_call(func).map(Vec::from_iter),
        Expr::Subscript { value, index } => on_subscript(value, index),
        Expr::Compare { op, left, right } => on_compare(left, &[(*op, right)]).map(Vec::from_iter),
        _ => Ok(Vec::new()),
    }
}
