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
/// a keyword in CPython, is where the model ends. Sorted by owner and
/// name, for `callable`'s binary search: every builtin and method call
/// looks here.
#[cfg(feature = "code")]
const CALLABLES: &[(&str, &str, &str)] = &[
    ("Task", "cancel", "msg="),
    ("Task", "cancelled", "/"),
    ("Task", "cancelling", "/"),
    ("Task", "done", "/"),
    ("Task", "exception", "/"),
    ("Task", "get_coro", "/"),
    ("Task", "get_name", "/"),
    ("Task", "result", "/"),
    ("Task", "set_name", "value, /"),
    ("Task", "uncancel", "/"),
    #[cfg(feature = "asyncio-py")]
    ("asyncio", "all_tasks", "loop="),
    ("asyncio", "create_task", "coro, *, name="),
    ("asyncio", "current_task", "/"),
    ("asyncio", "ensure_future", "coro_or_future"),
    ("asyncio", "gather", "*coros_or_futures, return_exceptions="),
    #[cfg(feature = "asyncio-py")]
    ("asyncio", "get_event_loop", "/"),
    #[cfg(feature = "asyncio-py")]
    ("asyncio", "new_event_loop", "/"),
    ("asyncio", "run", "main, /"),
    #[cfg(feature = "asyncio-py")]
    ("asyncio", "set_event_loop", "loop"),
    ("asyncio", "sleep", "delay, result="),
    ("asyncio", "wait_for", "fut, /, timeout"),
    ("builtins", "abs", "x, /"),
    ("builtins", "all", "iterable, /"),
    ("builtins", "any", "iterable, /"),
    ("builtins", "bool", "x=, /"),
    ("builtins", "dict", "mapping=, /, **kwargs"),
    ("builtins", "enumerate", "iterable, /, start="),
    ("builtins", "float", "x=, /"),
    ("builtins", "format", "value, format_spec=, /"),
    ("builtins", "int", "x=, /"),
    ("builtins", "isinstance", "obj, class_or_tuple, /"),
    ("builtins", "iter", "object, sentinel=, /"),
    ("builtins", "len", "obj, /"),
    ("builtins", "list", "iterable=, /"),
    ("builtins", "max", "*args, key=, default="),
    ("builtins", "min", "*args, key=, default="),
    ("builtins", "next", "iterator, default=, /"),
    ("builtins", "print", "*args, sep=, end=, file=, flush="),
    ("builtins", "range", "start, stop=, step=, /"),
    ("builtins", "repr", "obj, /"),
    ("builtins", "round", "number, /, ndigits="),
    #[cfg(feature = "asyncio-py")]
    ("builtins", "set", "iterable=, /"),
    ("builtins", "sorted", "iterable, /, *, key=, reverse="),
    ("builtins", "str", "object=, /"),
    ("builtins", "sum", "iterable, /, start="),
    ("builtins", "tuple", "iterable=, /"),
    ("builtins", "zip", "*iterables"),
    #[cfg(feature = "asyncio-py")]
    ("coroutine", "close", "/"),
    ("dict", "clear", "/"),
    ("dict", "copy", "/"),
    ("dict", "get", "key, default=, /"),
    ("dict", "items", "/"),
    ("dict", "keys", "/"),
    ("dict", "pop", "key, default=, /"),
    ("dict", "popitem", "/"),
    ("dict", "setdefault", "key, default=, /"),
    ("dict", "update", "other=, /"),
    ("dict", "values", "/"),
    ("list", "append", "object, /"),
    ("list", "clear", "/"),
    ("list", "copy", "/"),
    ("list", "count", "value, /"),
    ("list", "extend", "iterable, /"),
    ("list", "index", "value, /"),
    ("list", "insert", "index, object, /"),
    ("list", "pop", "index=, /"),
    ("list", "remove", "value, /"),
    ("list", "reverse", "/"),
    ("list", "sort", "*, key=, reverse="),
    #[cfg(feature = "asyncio-py")]
    ("set", "add", "object, /"),
    #[cfg(feature = "asyncio-py")]
    ("set", "clear", "/"),
    #[cfg(feature = "asyncio-py")]
    ("set", "copy", "/"),
    #[cfg(feature = "asyncio-py")]
    ("set", "difference", "*others"),
    #[cfg(feature = "asyncio-py")]
    ("set", "difference_update", "*others"),
    #[cfg(feature = "asyncio-py")]
    ("set", "discard", "object, /"),
    #[cfg(feature = "asyncio-py")]
    ("set", "intersection", "*others"),
    #[cfg(feature = "asyncio-py")]
    ("set", "intersection_update", "*others"),
    #[cfg(feature = "asyncio-py")]
    ("set", "isdisjoint", "other, /"),
    #[cfg(feature = "asyncio-py")]
    ("set", "issubset", "other, /"),
    #[cfg(feature = "asyncio-py")]
    ("set", "issuperset", "other, /"),
    #[cfg(feature = "asyncio-py")]
    ("set", "pop", "/"),
    #[cfg(feature = "asyncio-py")]
    ("set", "remove", "object, /"),
    #[cfg(feature = "asyncio-py")]
    ("set", "symmetric_difference", "other, /"),
    #[cfg(feature = "asyncio-py")]
    ("set", "symmetric_difference_update", "other, /"),
    #[cfg(feature = "asyncio-py")]
    ("set", "union", "*others"),
    #[cfg(feature = "asyncio-py")]
    ("set", "update", "*others"),
    ("str", "capitalize", "/"),
    #[cfg(feature = "asyncio-py")]
    ("str", "center", "width, fillchar=, /"),
    ("str", "count", "sub, /"),
    ("str", "endswith", "suffix, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "find", "sub, start=, end=, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "index", "sub, start=, end=, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "isalnum", "/"),
    #[cfg(feature = "asyncio-py")]
    ("str", "isalpha", "/"),
    #[cfg(feature = "asyncio-py")]
    ("str", "isdigit", "/"),
    #[cfg(feature = "asyncio-py")]
    ("str", "isidentifier", "/"),
    #[cfg(feature = "asyncio-py")]
    ("str", "islower", "/"),
    #[cfg(feature = "asyncio-py")]
    ("str", "isspace", "/"),
    #[cfg(feature = "asyncio-py")]
    ("str", "isupper", "/"),
    ("str", "join", "iterable, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "ljust", "width, fillchar=, /"),
    ("str", "lower", "/"),
    ("str", "lstrip", "chars=, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "partition", "sep, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "removeprefix", "prefix, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "removesuffix", "suffix, /"),
    ("str", "replace", "old, new, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "rfind", "sub, start=, end=, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "rindex", "sub, start=, end=, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "rjust", "width, fillchar=, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "rpartition", "sep, /"),
    ("str", "rsplit", "sep=, maxsplit="),
    ("str", "rstrip", "chars=, /"),
    ("str", "split", "sep=, maxsplit="),
    #[cfg(feature = "asyncio-py")]
    ("str", "splitlines", "keepends="),
    ("str", "startswith", "prefix, /"),
    ("str", "strip", "chars=, /"),
    #[cfg(feature = "asyncio-py")]
    ("str", "swapcase", "/"),
    ("str", "title", "/"),
    ("str", "upper", "/"),
    #[cfg(feature = "asyncio-py")]
    ("str", "zfill", "width, /"),
    ("time", "monotonic", "/"),
    ("time", "perf_counter", "/"),
    ("time", "sleep", "seconds, /"),
    ("time", "time", "/"),
];

/// The parameters the engine models for `owner.name`, if it runs it:
/// found within the owner's run of the sorted table, comparing lengths
/// before bytes (every builtin and method call looks here).
#[cfg(feature = "code")]
fn callable(owner: &str, name: &str) -> Option<&'static str> {
    callable_at(owner, name).map(|at| CALLABLES[at].2)
}

// A loop calls the same callable again and again, the same way: the
// entry found last is tried first (checked by its names, so no other
// run's strings can be mistaken for it), and the last count of
// positional arguments found to fit it is not parsed again.
#[cfg(feature = "code")]
thread_local! {
    static LAST: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static LAST_FITTING: std::cell::Cell<(usize, usize)> =
        const { std::cell::Cell::new((usize::MAX, 0)) };
}

/// `owner.name`'s index in `CALLABLES`, if the engine runs it.
#[cfg(feature = "code")]
fn callable_at(owner: &str, name: &str) -> Option<usize> {
    let last = LAST.get();
    if let Some(&(o, n, _)) = CALLABLES.get(last) {
        if o == owner && n == name {
            return Some(last);
        }
    }
    let start = CALLABLES.partition_point(|(o, _, _)| *o < owner);
    let found = CALLABLES[start..]
        .iter()
        .take_while(|(o, _, _)| *o == owner)
        .position(|(_, n, _)| *n == name)?;
    LAST.set(start + found);
    Some(start + found)
}

/// Is `name` a method of `owner` (a type name) that the engine runs?
#[cfg(feature = "code")]
pub(crate) fn has_method(owner: &str, name: &str) -> bool {
    callable(owner, name).is_some()
}

/// The owner CPython's tables file a method under: every future's
/// methods are `Task`'s (the engine's futures share them).
#[cfg(feature = "code")]
fn signature_owner(owner: &str) -> &str {
    // The first byte first: this runs on every call.
    match owner.as_bytes().first() {
        Some(b'F' | b'_') if owner == "Future" || owner == "_GatheringFuture" => "Task",
        _ => owner,
    }
}

/// How a call stands against what the engine models.
#[cfg(feature = "code")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Admitted {
    /// The engine models every argument: CPython accepts it too.
    Modelled,
    /// CPython itself rejects it (or the callable has no table entry): the
    /// implementation raises CPython's TypeError.
    CheckArguments,
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
) -> Result<Admitted, Raise> {
    let owner = signature_owner(owner);
    let Some(at) = callable_at(owner, name) else {
        return Ok(Admitted::CheckArguments);
    };
    let params = CALLABLES[at].2;
    // The common call, by position only, decided without allocating: this
    // runs for every builtin and method call.
    if keywords.is_empty() {
        if LAST_FITTING.get() == (at, positional) {
            return Ok(Admitted::Modelled);
        }
        if takes_positional(params, positional) {
            LAST_FITTING.set((at, positional));
            return Ok(Admitted::Modelled);
        }
    }
    let modelled = Signature::parse(params);
    // What the engine models, CPython accepts: the common call needs no
    // look at CPython's table.
    if modelled.bind(positional, keywords).is_some() {
        return Ok(Admitted::Modelled);
    }
    let Some(wanted) =
        closed_world::signature(owner, name).and_then(|s| s.bind(positional, keywords))
    else {
        return Ok(Admitted::CheckArguments);
    };
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

/// Does a signature in `closed_world`'s notation take `n` arguments by
/// position and nothing else?
#[cfg(feature = "code")]
fn takes_positional(params: &str, n: usize) -> bool {
    // Byte by byte: each parameter is a name, `name=`, `*name`, `**name`,
    // `/` or `*`, separated by ", ".
    let (mut required, mut slots) = (0, 0);
    for part in params.as_bytes().split(|b| *b == b',') {
        let part = part.strip_prefix(b" ").unwrap_or(part);
        match part {
            b"/" | b"" => {}
            b"*" => break,
            [b'*', b'*', ..] => {}
            [b'*', ..] => return n >= required,
            [.., b'='] => slots += 1,
            _ => {
                required += 1;
                slots += 1;
            }
        }
    }
    (required..=slots).contains(&n)
}

/// Code mode's first module keeps no table of what CPython's types have
/// (`closed_world::type_dir`, 2.4 KB of its budget): whether `obj.name`
/// is CPython's AttributeError or a refusal is asyncio's module's to say,
/// which the page hands the program over to. `None` in that module.
#[cfg(feature = "code")]
pub(crate) fn types_elsewhere(obj: &Value, name: &str) -> Option<Raise> {
    (!crate::asyncio_py::IN_THIS_BUILD).then(|| {
        RunError::unsupported(crate::error::needs_asyncio_py(&format!(
            "what CPython's `{}` has (for `.{name}`)",
            obj.type_name()
        )))
    })
}

/// `obj.name` for an attribute the engine does not model: a refusal when
/// CPython has it, else CPython's AttributeError (with the suggestion its
/// report of an uncaught one adds).
pub(crate) fn missing_attribute(obj: &Value, name: &str) -> Raise {
    #[cfg(feature = "code")]
    {
        if !matches!(obj, Value::Module(_)) {
            if let Some(handed_over) = types_elsewhere(obj, name) {
                return handed_over;
            }
        }
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
                let has = dir.is_some_and(|d| d.contains(name))
                    || closed_world::type_has("type", name) == Some(true);
                if has {
                    return RunError::unsupported(closed_world::not_supported(&format!(
                        "`{class}.{name}`"
                    )));
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
            // `str.format` comes with asyncio's module
            // (`interp/formatting.rs`).
            Some(_) if matches!(obj, Value::Str(_)) && name == "format" => {
                RunError::unsupported(crate::error::needs_asyncio_py("`str.format`"))
            }
            Some(names) if names.contains(name) => {
                RunError::unsupported(closed_world::not_supported(&what))
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
        if let Some(why) = closed_world::unmodelled_global(name) {
            return RunError::unsupported(why);
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

#[cfg(all(test, feature = "code"))]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_for_its_binary_search() {
        assert!(CALLABLES
            .windows(2)
            .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    }

    #[test]
    fn the_positional_fast_path_agrees_with_binding() {
        for (_, _, params) in CALLABLES {
            let signature = Signature::parse(params);
            for n in 0..6 {
                assert_eq!(
                    takes_positional(params, n),
                    signature.bind(n, &[]).is_some(),
                    "{params} with {n} positional"
                );
            }
        }
    }

    /// `admit` lets a call the engine models through without asking
    /// CPython's table, which is right only if every call the engine's
    /// parameters accept, CPython's accept too.
    #[test]
    fn what_the_engine_models_cpython_accepts() {
        for (owner, name, params) in CALLABLES {
            let cpython = closed_world::signature(owner, name)
                .unwrap_or_else(|| panic!("CPython has no signature for {owner}.{name}"));
            let modelled = Signature::parse(params);
            let names: Vec<&str> = modelled
                .params
                .iter()
                .filter(|p| matches!(p.kind, Kind::Either | Kind::Keyword))
                .map(|p| p.name)
                .collect();
            for positional in 0..5 {
                for mask in 0..(1u32 << names.len()) {
                    let keywords: Vec<&str> = names
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, n)| *n)
                        .collect();
                    if modelled.bind(positional, &keywords).is_some() {
                        assert!(
                            cpython.bind(positional, &keywords).is_some(),
                            "{owner}.{name}({positional} positional, {keywords:?}) runs here but CPython refuses it"
                        );
                    }
                }
            }
        }
    }
}
