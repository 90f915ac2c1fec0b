//! Which names a body binds, as Python's compiler decides what is local
//! to a function: assignment and augmented assignment targets, `for`
//! targets, `except ... as` names, in order of appearance. The
//! interpreter's scopes, the validator and the parser all ask this; it
//! is a property of the program tree alone.

use super::{Name, Stmt, Target};

/// Adds the names a target binds: `a, (b, c)` binds three; `d[k]` none.
pub fn collect_target(target: &Target, names: &mut Vec<Name>) {
    match target {
        Target::Name(n) => {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
        Target::Tuple(items) => items.iter().for_each(|t| collect_target(t, names)),
        #[cfg(feature = "asyncio-py")]
        Target::Starred(inner) => collect_target(inner, names),
        #[cfg(feature = "asyncio-py")]
        Target::Chain(targets) => targets.iter().for_each(|t| collect_target(t, names)),
        Target::Subscript { .. } => {}
        #[cfg(feature = "code")]
        Target::Attribute { .. } => {}
    }
}

/// Adds every name `body` binds, in order of appearance.
pub fn collect_bound(body: &[Stmt], names: &mut Vec<Name>) {
    for stmt in body {
        #[cfg(feature = "asyncio-py")]
        collect_named(stmt, names);
        match stmt {
            Stmt::Assign { target, .. } | Stmt::AugAssign { target, .. } => {
                collect_target(target, names)
            }
            Stmt::While { body, orelse, .. } => {
                collect_bound(body, names);
                collect_bound(orelse, names);
            }
            #[cfg(feature = "code")]
            Stmt::With { target, body, .. } => {
                if let Some(t) = target {
                    collect_target(t, names);
                }
                collect_bound(body, names);
            }
            Stmt::For {
                target,
                body,
                orelse,
                ..
            } => {
                collect_target(target, names);
                collect_bound(body, names);
                collect_bound(orelse, names);
            }
            #[cfg(feature = "code")]
            Stmt::AsyncFor {
                target,
                body,
                orelse,
                ..
            } => {
                collect_target(target, names);
                collect_bound(body, names);
                collect_bound(orelse, names);
            }
            Stmt::If { body, orelse, .. } => {
                collect_bound(body, names);
                collect_bound(orelse, names);
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                collect_bound(body, names);
                for h in handlers {
                    if let Some(n) = &h.name {
                        collect_target(&Target::Name(n.clone()), names);
                    }
                    collect_bound(&h.body, names);
                }
                collect_bound(orelse, names);
                collect_bound(finalbody, names);
            }
            Stmt::Expr(_)
            | Stmt::Return(_)
            | Stmt::Raise(_)
            | Stmt::Pass
            | Stmt::Break
            | Stmt::Continue => {}
            #[cfg(feature = "code")]
            Stmt::RaiseFrom { .. } | Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Collect { .. } => {
            }
            // `del x` makes `x` local, as assigning it does.
            #[cfg(feature = "code")]
            Stmt::Delete(target) => collect_target(target, names),
        }
    }
}

/// The names `body`'s `global` statements declare: the module's, not the
/// function's, wherever the function assigns them.
#[cfg(feature = "code")]
pub fn declared_global(body: &[Stmt]) -> Vec<Name> {
    declared(body, false)
}

/// The names `body`'s `global` (or, with `nonlocal`, `nonlocal`)
/// statements declare.
#[cfg(feature = "code")]
pub fn declared(body: &[Stmt], nonlocal: bool) -> Vec<Name> {
    let mut names = Vec::new();
    Stmt::walk(body, &mut |s| match (s, nonlocal) {
        (Stmt::Global(declared), false) | (Stmt::Nonlocal(declared), true) => {
            names.extend(declared.iter().cloned())
        }
        _ => {}
    });
    names
}

/// The names `body` binds by assignment, `for` and `except ... as`: the
/// module's code's variables (CPython's `STORE_NAME`; a handler's name
/// is a module variable while the handler runs, deleted after it).
#[cfg(feature = "code")]
pub fn collect_assigned(body: &[Stmt], names: &mut Vec<Name>) {
    Stmt::walk(body, &mut |s| {
        #[cfg(feature = "asyncio-py")]
        collect_named(s, names);
        if let Some(target) = s.target() {
            collect_target(target, names)
        }
        if let Stmt::Try { handlers, .. } = s {
            for name in handlers.iter().filter_map(|h| h.name.as_ref()) {
                collect_target(&Target::Name(name.clone()), names);
            }
        }
    });
}

/// The names the statement's own expressions bind with `:=` (before its
/// target's, as they run first).
#[cfg(feature = "asyncio-py")]
fn collect_named(stmt: &Stmt, names: &mut Vec<Name>) {
    stmt.each_own_expr(&mut |e| {
        e.each(&mut |x| {
            if let super::Expr::NamedExpr { target, .. } = x {
                collect_target(target, names);
            }
        })
    });
}
