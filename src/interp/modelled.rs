//! Where the model ends: which parameters of CPython's callables the
//! engine's implementations handle, and what happens at the edge. A call
//! CPython accepts but the engine does not model (`"a,b".split(",", 1)`,
//! `print(x, file=f)`) stops the run with a refusal naming what is missing,
//! never with a TypeError CPython would not raise; an attribute CPython has
//! but the engine does not model (`"hello".find`, `e.__context__`) is
//! refused the same way; only what CPython lacks gets CPython's
//! AttributeError, with its "Did you mean".
//!
//! CPython's side of each question comes from `crate::closed_world`. A
//! call CPython itself rejects is left to the implementation, which raises
//! CPython's TypeError for it.

#[cfg(feature = "code")]
use crate::closed_world::{self, Kind, Signature};
use crate::error::{Raise, RunError};
use crate::value::{ExcKind, Exception, Value};

/// For each callable the engine runs: its owner (`builtins`, a module, or
/// the type a method belongs to), its name, and the parameters its
/// implementation handles, in `closed_world`'s notation. A parameter
/// CPython has that is missing here, or that is positional here but may be
/// a keyword in CPython, is where the model ends.
#[cfg(feature = "code")]
const CALLABLES: &[(&str, &str, &str)] = &[
    ("builtins", "print", "*args, sep=, end=, flush="),
    ("builtins", "repr", "obj, /"),
    ("builtins", "len", "obj, /"),
    ("builtins", "range", "start, stop=, step=, /"),
    ("builtins", "str", "object=, /"),
    ("builtins", "int", "x=, /"),
    ("builtins", "float", "x=, /"),
    ("builtins", "bool", "x=, /"),
    ("builtins", "list", "iterable=, /"),
    ("builtins", "tuple", "iterable=, /"),
    ("builtins", "dict", "mapping=, /, **kwargs"),
    ("builtins", "enumerate", "iterable, /, start="),
    ("builtins", "zip", "*iterables"),
    ("builtins", "sum", "iterable, /, start="),
    ("builtins", "min", "*args, key=, default="),
    ("builtins", "max", "*args, key=, default="),
    ("builtins", "sorted", "iterable, /, *, key=, reverse="),
    ("builtins", "any", "iterable, /"),
    ("builtins", "all", "iterable, /"),
    ("builtins", "abs", "x, /"),
    ("builtins", "isinstance", "obj, class_or_tuple, /"),
    ("builtins", "round", "number, /, ndigits="),
    ("builtins", "format", "value, format_spec=, /"),
    ("asyncio", "sleep", "delay"),
    ("asyncio", "gather", "*coros_or_futures, return_exceptions="),
    ("asyncio", "create_task", "coro, *, name="),
    ("asyncio", "wait_for", "fut, /, timeout"),
    ("asyncio", "current_task", "/"),
    ("asyncio", "run", "main, /"),
    ("time", "sleep", "seconds, /"),
    ("time", "perf_counter", "/"),
    ("time", "monotonic", "/"),
    ("list", "append", "object, /"),
    ("list", "extend", "iterable, /"),
    ("list", "pop", "index=, /"),
    ("list", "insert", "index, object, /"),
    ("list", "remove", "value, /"),
    ("list", "index", "value, /"),
    ("list", "count", "value, /"),
    ("list", "sort", "*, key=, reverse="),
    ("list", "reverse", "/"),
    ("list", "clear", "/"),
    ("list", "copy", "/"),
    ("dict", "get", "key, default=, /"),
    ("dict", "keys", "/"),
    ("dict", "values", "/"),
    ("dict", "items", "/"),
    ("dict", "pop", "key, default=, /"),
    ("dict", "setdefault", "key, default=, /"),
    ("dict", "update", "other=, /"),
    ("dict", "clear", "/"),
    ("dict", "copy", "/"),
    ("str", "join", "iterable, /"),
    ("str", "upper", "/"),
    ("str", "lower", "/"),
    ("str", "strip", "chars=, /"),
    ("str", "lstrip", "chars=, /"),
    ("str", "rstrip", "chars=, /"),
    ("str", "split", "sep=, /"),
    ("str", "startswith", "prefix, /"),
    ("str", "endswith", "suffix, /"),
    ("str", "replace", "old, new, /"),
    ("str", "count", "sub, /"),
    ("Task", "done", "/"),
    ("Task", "result", "/"),
    ("Task", "exception", "/"),
    ("Task", "cancel", "msg="),
    ("Task", "cancelled", "/"),
    ("Task", "get_name", "/"),
];

/// Is `name` a method of `owner` (a type name) that the engine runs?
#[cfg(feature = "code")]
pub(crate) fn has_method(owner: &str, name: &str) -> bool {
    CALLABLES.iter().any(|(o, n, _)| *o == owner && *n == name)
}

/// The owner CPython's tables file a method under: every future's
/// methods are `Task`'s (the engine's futures share them).
#[cfg(feature = "code")]
fn signature_owner(owner: &str) -> &str {
    match owner {
        "Future" | "_GatheringFuture" => "Task",
        other => other,
    }
}

/// Lets a call through when the engine models every argument it passes,
/// or when CPython itself would reject it (the implementation then raises
/// CPython's TypeError); refuses one CPython accepts but the engine does
/// not model.
#[cfg(feature = "code")]
pub(crate) fn admit(
    owner: &str,
    name: &str,
    positional: usize,
    keywords: &[&str],
) -> Result<(), Raise> {
    let owner = signature_owner(owner);
    let (Some(cpython), Some(modelled)) = (
        closed_world::signature(owner, name),
        CALLABLES
            .iter()
            .find(|(o, n, _)| *o == owner && *n == name)
            .map(|(_, _, p)| Signature::parse(p)),
    ) else {
        return Ok(());
    };
    let Some(wanted) = cpython.bind(positional, keywords) else {
        return Ok(());
    };
    if modelled.bind(positional, keywords).is_some() {
        return Ok(());
    }
    let callee = match owner {
        "builtins" => format!("{name}()"),
        other => format!("{other}.{name}()"),
    };
    let by_position = wanted.positional.iter().map(|p| (p, false));
    let by_keyword = wanted.keyword.iter().map(|p| (p, true));
    for (param, as_keyword) in by_position.chain(by_keyword) {
        let here = modelled.params.iter().find(|p| p.name == *param);
        let message = match here {
            None => format!("{callee}'s `{param}` argument is not supported yet"),
            Some(p) if as_keyword && p.kind == Kind::Positional => format!(
                "passing `{param}` to {callee} by keyword is not supported yet; pass it by position"
            ),
            Some(p) if !as_keyword && p.kind == Kind::Keyword => format!(
                "passing `{param}` to {callee} by position is not supported yet; pass it as {param}=..."
            ),
            Some(_) => continue,
        };
        return Err(RunError::unsupported(message));
    }
    Err(RunError::unsupported(format!(
        "this call of {callee} is not supported yet"
    )))
}

/// `obj.name` for an attribute the engine does not model: a refusal when
/// CPython has it, else CPython's AttributeError (with the suggestion its
/// report of an uncaught one adds).
pub(crate) fn missing_attribute(obj: &Value, name: &str) -> Raise {
    #[cfg(feature = "code")]
    {
        let (message, dir, what) = match obj {
            Value::Module(m) => {
                let module = m.name();
                (
                    format!("module '{module}' has no attribute '{name}'"),
                    closed_world::module_dir(module),
                    format!("`{module}.{name}`"),
                )
            }
            Value::Class(c) => {
                let class = c.name();
                let dir = closed_world::type_dir(class);
                let has = dir.is_some_and(|d| d.binary_search(&name).is_ok())
                    || closed_world::type_has("type", name) == Some(true);
                if has {
                    return RunError::unsupported(format!("`{class}.{name}` is not supported yet"));
                }
                (
                    format!("type object '{class}' has no attribute '{name}'"),
                    dir,
                    String::new(),
                )
            }
            other => {
                let type_name = other.type_name();
                (
                    format!(
                        "'{}' object has no attribute '{name}'",
                        other.cpython_type_name()
                    ),
                    closed_world::type_dir(type_name),
                    format!("`{type_name}.{name}`"),
                )
            }
        };
        match dir {
            Some(names) if names.binary_search(&name).is_ok() => {
                RunError::unsupported(format!("{what} is not supported yet"))
            }
            Some(names) => Raise::Exc(Exception::with_suggestion(
                ExcKind::AttributeError,
                message,
                closed_world::suggest::for_attribute(name, names),
            )),
            None => RunError::unsupported(format!(
                "the attributes of a {} are not supported yet",
                obj.type_name()
            )),
        }
    }
    #[cfg(not(feature = "code"))]
    {
        RunError::needs_code_mode(&format!("`{}.{name}`", obj.type_name()))
    }
}

/// A name that is neither local nor a program function nor modelled: a
/// refusal when it is one of CPython's builtins, else CPython's NameError.
/// `varnames` and `globals` are what CPython's suggestion searches first.
pub(crate) fn missing_name(name: &str, varnames: &[&str], globals: &[&str]) -> Raise {
    #[cfg(feature = "code")]
    {
        if closed_world::is_builtin(name) {
            return RunError::unsupported(format!("the builtin `{name}` is not supported yet"));
        }
        Raise::Exc(Exception::with_suggestion(
            ExcKind::NameError,
            format!("name '{name}' is not defined"),
            closed_world::suggest::for_name(name, varnames, globals),
        ))
    }
    #[cfg(not(feature = "code"))]
    {
        let _ = (varnames, globals);
        Raise::Exc(Exception::new(
            ExcKind::NameError,
            format!("name '{name}' is not defined"),
        ))
    }
}
