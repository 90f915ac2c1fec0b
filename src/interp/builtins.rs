//! What Python provides: calling functions and classes, the builtins
//! (`print`, `len`, `repr`, `range`, `type`, `str`), the `asyncio` and `time`
//! functions, methods (`list.append`, `task.done()`...) and attributes
//! (`type(x).__name__`, `e.args`). Argument errors carry CPython's messages.

use crate::collect::{CollectVec, Joined, TryCollectVec};
use crate::engine::futures::FutRef;
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::program::{Expr, Function, Name, UnaryOp};
#[cfg(feature = "code")]
use crate::value::generator::Resumption;
#[cfg(feature = "asyncio-py")]
use crate::value::Exc;
use crate::value::{
    Builtin, Class, CoroBody, Coroutine, ExcKind, Exception, FunctionObj, Range, Value,
};
use std::cell::RefCell;
use std::rc::Rc;

pub(crate) type Kwargs = Vec<(Name, Value)>;

pub(crate) use crate::value::ops::type_error;

/// What calling the generator function `f` makes, with its arguments
/// bound: a plain generator runs through its run (`Runtime`'s `Resume`).
#[cfg(feature = "code")]
pub(crate) fn generator(
    rt: &Rc<Runtime>,
    f: &crate::value::FunctionObj,
    bound: Vec<Value>,
) -> Value {
    Value::Generator(Rc::new(crate::value::generator::Generator::new(
        f.name(),
        f.index,
        bound,
        f.closure.clone(),
        &rt.freed,
        (!f.def().is_async)
            .then(|| Rc::downgrade(rt) as std::rc::Weak<dyn crate::value::generator::Resume>),
    )))
}

/// What a call of a `functools.partial` calls: its function, its
/// arguments before the call's, its keywords updated by the call's.
#[cfg(feature = "code")]
pub(crate) fn unwrap_partial(
    callee: Value,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> (Value, Vec<Value>, Kwargs) {
    match callee {
        Value::Partial(p) => {
            let mut all = p.args.clone();
            all.extend(args);
            let mut keywords = p.kwargs.clone();
            merge_keywords(&mut keywords, kwargs);
            (p.func.clone(), all, keywords)
        }
        other => (other, args, kwargs),
    }
}

/// A call of a builtin type read from a value (`type(iter(xs))()`): the
/// types CPython gives no constructor (`tp_new` is NULL) raise its
/// TypeError; the others are not modelled.
fn uncallable_type(name: &str) -> Raise {
    #[cfg(feature = "asyncio-py")]
    if name.ends_with("iterator")
        || matches!(
            name,
            "dict_keys"
                | "dict_values"
                | "dict_items"
                | "coroutine"
                | "generator"
                | "async_generator"
                | "builtin_function_or_method"
                | "method_descriptor"
        )
    {
        return type_error(format!("cannot create '{name}' instances"));
    }
    #[cfg(not(feature = "asyncio-py"))]
    let _ = name;
    RunError::unsupported("calling this type is not supported yet")
}

/// `callee(*args, **kwargs)` run to its end, for a builtin or the loop
/// calling back into the program (a `key=`, a callback): a plain function
/// of the program's (or a method, or a partial of one) on a machine of its
/// own (`Runtime::call_function`), anything else as `call` makes it (a
/// coroutine function's call is its coroutine).
#[cfg(feature = "code")]
pub(crate) fn call_to_end(
    rt: &Rc<Runtime>,
    callee: Value,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    #[cfg(feature = "asyncio-py")]
    let callee = called_method(callee)?;
    let (callee, mut args, kwargs) = unwrap_partial(callee, args, kwargs);
    let function = match &callee {
        Value::Function(f) => f.clone(),
        Value::BoundMethod(m) => {
            args.insert(0, m.0.clone());
            m.1.clone()
        }
        _ => return call(rt, callee, args, kwargs),
    };
    if function.def().is_async || function.generator {
        return call(rt, Value::Function(function), args, kwargs);
    }
    let bound = bind(function.def(), &function.defaults, args, kwargs)?;
    rt.call_function(&function, bound)
}

/// A call of a function of the program's that is not a plain `def` (the
/// task machine enters those): an `async def`'s makes its coroutine, a
/// generator function's its generator.
pub(crate) fn call_function(
    rt: &Rc<Runtime>,
    f: &Rc<FunctionObj>,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    let function = f.def();
    let bound = bind(function, &f.defaults, args, kwargs)?;
    #[cfg(feature = "code")]
    if f.generator {
        return Ok(generator(rt, f, bound));
    }
    if function.is_async {
        let body = CoroBody::Function {
            index: f.index,
            name: f.name(),
            args: RefCell::new(bound),
            #[cfg(feature = "code")]
            closure: RefCell::new(f.closure.clone()),
        };
        Ok(Value::Coroutine(Rc::new(Coroutine::made(body, &rt.freed))))
    } else {
        Err(RunError::internal(
            "a plain function call reached the builtins; the task machine runs those",
        )
        .into())
    }
}

/// `keywords.update(more)`, keeping the first place of each name.
#[cfg(feature = "code")]
fn merge_keywords(keywords: &mut Kwargs, more: Kwargs) {
    for (name, value) in more {
        match keywords.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = value,
            None => keywords.push((name, value)),
        }
    }
}

/// Can `v` be called? (What `partial` checks of its function.)
#[cfg(feature = "code")]
pub(crate) fn callable(v: &Value) -> bool {
    match v {
        #[cfg(feature = "asyncio-py")]
        Value::Builtin(Builtin::NotImplemented) => false,
        Value::Function(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::BoundMethod(_)
        | Value::Partial(_)
        | Value::Class(_)
        | Value::UserClass(_) => true,
        v => v
            .program_class()
            .is_some_and(|c| c.lookup("__call__").is_some()),
    }
}

/// `callee(*args, **kwargs)`
pub(crate) fn call(
    rt: &Rc<Runtime>,
    callee: Value,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    #[cfg(feature = "code")]
    let (callee, mut args, kwargs) = unwrap_partial(callee, args, kwargs);
    #[cfg(not(feature = "code"))]
    let mut args = args;
    #[cfg(feature = "code")]
    if let Value::Class(Class::Type(name)) = &callee {
        admit("builtins", name, &args, &kwargs)?;
    }
    match callee {
        Value::Function(f) => call_function(rt, &f, args, kwargs),
        // asyncio's functions written in Python keep their arguments in
        // their frame, which the traceback of what they raise keeps (a
        // coroutine given to `gather` that then failed is freed only when
        // that exception goes).
        #[cfg(feature = "code")]
        Value::Builtin(b @ (Builtin::Gather | Builtin::CreateTask | Builtin::AsyncioRun)) => {
            // Arguments that do not bind raise before any frame exists:
            // they go at the call, with nothing kept.
            let (keywords, positional): (&[&str], Option<usize>) = match b {
                Builtin::Gather => (&["return_exceptions"], None),
                Builtin::CreateTask => (&["name", "context"], Some(1)),
                _ => (&["debug"], Some(1)),
            };
            let binds = kwargs.iter().all(|(k, _)| keywords.contains(&&**k))
                && positional.is_none_or(|n| n == args.len());
            let kept = if binds { args.clone() } else { Vec::new() };
            call_builtin(rt, b, args, kwargs).map_err(|e| super::vm::kept_in_traceback(e, kept))
        }
        #[cfg(feature = "asyncio-py")]
        Value::Builtin(Builtin::NotImplemented) => Err(type_error(
            "'NotImplementedType' object is not callable".into(),
        )),
        Value::Builtin(b) => call_builtin(rt, b, args, kwargs),
        Value::Class(Class::Exception(kind)) => {
            // NameError and AttributeError take `name=` (and `obj=`),
            // which set attributes the engine does not model.
            if matches!(kind, ExcKind::NameError | ExcKind::AttributeError) && !kwargs.is_empty() {
                return Err(RunError::unsupported(format!(
                    "{}()'s keyword arguments (`name=`, `obj=`) are not supported yet",
                    kind.name()
                )));
            }
            if !kwargs.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    kind.name()
                )));
            }
            // OSError's constructor reads two to five arguments as errno,
            // strerror and a file name, picks a subclass from the errno
            // (`OSError(2, 'x')` is a FileNotFoundError) and prints
            // `[Errno 2] x`: not modelled.
            if kind.is_subclass_of(ExcKind::OSError) && (2..=5).contains(&args.len()) {
                return Err(RunError::unsupported(format!(
                    "{}() with {} arguments (errno, strerror, ...) is not supported yet; give it one message",
                    kind.name(),
                    args.len()
                )));
            }
            #[cfg(feature = "asyncio-py")]
            if kind.is_subclass_of(ExcKind::BaseExceptionGroup) {
                return crate::value::exception_group::new(kind, args).map(Value::Exception);
            }
            Ok(Value::Exception(Exception::with_args(kind, args)))
        }
        Value::Class(Class::Type("str")) => {
            invalid_keyword("str", &kwargs)?;
            match args.as_slice() {
                [] => Ok(Value::str("")),
                [v] => Ok(Value::Str(v.try_to_str(&mut rt.formatter())?.into())),
                [_, _] | [_, _, _] => Err(RunError::unsupported(
                    "str() with an encoding is not modelled",
                )),
                more => Err(type_error(format!(
                    "str() takes at most 3 arguments ({} given)",
                    more.len()
                ))),
            }
        }
        Value::Class(Class::Type(name @ ("list" | "tuple" | "dict"))) => {
            let made = super::convert::construct(name, args, kwargs)?;
            // CPython's constructor takes each item in C: computing time
            // (`engine::compute`, Code mode's), as `sorted` charges its
            // comparisons.
            #[cfg(feature = "code")]
            let items = match &made {
                Value::List(items) => items.borrow().len(),
                Value::Tuple(items) => items.len(),
                Value::Dict(d) => d.borrow().len(),
                _ => 0,
            };
            #[cfg(feature = "code")]
            rt.charge_items(4 * items);
            Ok(made)
        }
        // `asyncio.Future()`: a future of the running loop, as
        // `loop.create_future()` makes.
        #[cfg(feature = "asyncio-py")]
        Value::Class(Class::Type("Future")) => {
            let [loop_] = keywords("Future", kwargs, ["loop"])?;
            if !args.is_empty() {
                return Err(type_error("Future() takes no positional arguments".into()));
            }
            if loop_.is_some_and(|l| !matches!(l, Value::None)) || rt.running_loop().is_none() {
                return Err(RunError::unsupported(
                    "asyncio.Future() outside a coroutine, or with loop=, is not supported yet: make it inside one (or use `asyncio.get_running_loop().create_future()`)",
                ));
            }
            Ok(Value::Future(rt.create_future()))
        }
        #[cfg(feature = "asyncio-py")]
        Value::Class(Class::Type("Task")) => Err(RunError::unsupported(
            "asyncio.Task(coro) is not supported yet; use asyncio.create_task(coro)",
        )),
        #[cfg(feature = "asyncio-py")]
        Value::Class(Class::Type("set")) => {
            no_kwargs("set", &kwargs)?;
            if args.len() > 1 {
                return Err(type_error(format!(
                    "set expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            super::sets::new(args.pop())
        }
        Value::Class(Class::Type(name)) => {
            if !matches!(name, "int" | "float" | "bool") {
                return Err(uncallable_type(name));
            }
            if name == "int" {
                invalid_keyword(name, &kwargs)?;
            } else {
                no_kwargs(name, &kwargs)?;
            }
            match (name, args.len()) {
                (_, 0 | 1) => {}
                ("int", 2) => {
                    return Err(RunError::unsupported("int() with a base is not modelled"))
                }
                ("int", n) => {
                    return Err(type_error(format!(
                        "int() takes at most 2 arguments ({n} given)"
                    )))
                }
                (_, n) => {
                    return Err(type_error(format!(
                        "{name} expected at most 1 argument, got {n}"
                    )))
                }
            }
            let Some(v) = args.pop() else {
                return Ok(match name {
                    "int" => Value::Int(0),
                    "float" => Value::Float(0.0),
                    _ => Value::Bool(false),
                });
            };
            super::convert::to_type(name, v)
        }
        // Only `loop.run_...(...)` itself suspends the module's code while
        // the loop runs (`vm`'s `Action::RunLoop`).
        #[cfg(feature = "asyncio-py")]
        Value::Method(m)
            if matches!(m.0, Value::Loop(_))
                && matches!(&*m.1, "run_forever" | "run_until_complete") =>
        {
            Err(RunError::unsupported(format!(
                "calling `loop.{}` other than as `loop.{}(...)` (through a variable, or a `functools.partial`) is not supported yet",
                m.1, m.1
            )))
        }
        Value::Method(m) => call_method(rt, &m.0, &m.1, args, kwargs),
        #[cfg(feature = "code")]
        Value::UserClass(class) => super::classes::instantiate(rt, &class, args, kwargs),
        // An `async def` method (a plain one gets a frame: `vm::call_here`).
        #[cfg(feature = "code")]
        Value::BoundMethod(m) => {
            args.insert(0, m.0.clone());
            call(rt, Value::Function(m.1.clone()), args, kwargs)
        }
        // contextlib's generator managers are decorators too in CPython
        // (`ContextDecorator`), which the library leaves out.
        #[cfg(feature = "asyncio-py")]
        Value::Instance(i) if i.class.module == "contextlib" && i.class.name.contains("Generator") => {
            Err(RunError::unsupported(
                "using a @contextmanager or @asynccontextmanager manager as a decorator is not supported yet; write a `with` (`async with`) inside the function instead",
            ))
        }
        // (A plain `__call__` runs on a machine of its own.)
        #[cfg(feature = "asyncio-py")]
        v if crate::value::protocols::defines(&v, "__call__") => call_to_end(rt, v, args, kwargs),
        other => Err(type_error(format!(
            "'{}' object is not callable",
            other.cpython_type_name()
        ))),
    }
}

/// `_PyArg_CheckPositional`: `n` positional arguments to a C function
/// that takes `least` to `most`, or its TypeError ("reduce expected at
/// least 2 arguments, got 1").
#[cfg(feature = "asyncio-py")]
pub(crate) fn check_positional(
    name: &str,
    n: usize,
    least: usize,
    most: usize,
) -> Result<(), Raise> {
    let (bound, which) = match n {
        n if n < least => (least, "at least "),
        n if n > most => (most, "at most "),
        _ => return Ok(()),
    };
    let which = if least == most { "" } else { which };
    let s = if bound == 1 { "" } else { "s" };
    Err(type_error(format!(
        "{name} expected {which}{bound} argument{s}, got {n}"
    )))
}

/// `inspect.iscoroutinefunction(func)`: an `async def` (not an async
/// generator's), through bound methods and `functools.partial`, or one of
/// asyncio's that CPython writes as `async def`.
#[cfg(feature = "asyncio-py")]
fn is_coroutine_function(v: &Value) -> bool {
    match v {
        Value::Function(f) => f.def().is_async && !f.generator,
        Value::BoundMethod(m) => m.1.def().is_async && !m.1.generator,
        Value::Partial(p) => is_coroutine_function(&p.func),
        Value::Builtin(b) => matches!(b, Builtin::Sleep | Builtin::WaitFor),
        _ => false,
    }
}

/// The one argument of a function CPython writes in Python, `name(param)`,
/// with its binding errors in `initialize_locals`' order: the keywords,
/// then too many positional arguments, then a missing one.
#[cfg(feature = "asyncio-py")]
fn one_parameter(
    name: &str,
    param: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    let n = args.len();
    let mut given = args.into_iter().next();
    for (k, v) in kwargs {
        if *k != *param {
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        }
        if given.is_some() {
            return Err(type_error(format!(
                "{name}() got multiple values for argument '{param}'"
            )));
        }
        given = Some(v);
    }
    if n > 1 {
        return Err(type_error(format!(
            "{name}() takes 1 positional argument but {n} were given"
        )));
    }
    given.ok_or_else(|| {
        type_error(format!(
            "{name}() missing 1 required positional argument: '{param}'"
        ))
    })
}

/// What calling `v` calls: for an object whose class defines `__call__`,
/// that method as its class gives it (`slot_tp_call` looks on the type,
/// never on the object); anything else is itself.
#[cfg(feature = "asyncio-py")]
pub(crate) fn called_method(v: Value) -> Result<Value, Raise> {
    let Some(found) = v.program_class().and_then(|c| c.lookup("__call__")) else {
        return Ok(v);
    };
    match found {
        Value::Function(f) => Ok(Value::BoundMethod(Rc::new((v, f)))),
        other => Err(RunError::unsupported(format!(
            "a class's `__call__` that is a {} rather than a method is not supported yet",
            other.type_name()
        ))),
    }
}

/// Binds call arguments to `function`'s parameters, in parameter order,
/// as CPython's `initialize_locals` (`ceval.c`) does, step for step, so
/// that a call that does not bind raises the TypeError CPython raises
/// first: positional arguments fill the positional parameters, the rest go
/// to `*args`; each keyword fills its parameter or goes to `**kwargs`;
/// then too many positional arguments, then the missing positional ones,
/// then the missing keyword-only ones. `defaults` are the function's
/// (`__defaults__` and `__kwdefaults__`), one per parameter.
pub(crate) fn bind(
    function: &Function,
    defaults: &[Option<Value>],
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Vec<Value>, Raise> {
    #[cfg(feature = "code")]
    use crate::program::ParamKind;
    let params = &function.params;
    // The common call: every parameter given by position.
    if kwargs.is_empty() && args.len() == params.len() && params.iter().all(|p| p.kind.positional())
    {
        return Ok(args);
    }
    #[cfg(feature = "code")]
    let name = crate::program::qualname(&function.name);
    #[cfg(not(feature = "code"))]
    let name = &function.name;
    #[cfg(feature = "code")]
    let count = |kind: fn(ParamKind) -> bool| params.iter().filter(|p| kind(p.kind)).count();
    // `co_argcount`, `co_posonlyargcount`, and the named parameters in all.
    // (The forms' functions, all the first download runs, have plain
    // parameters only: constants there, so the rest is compiled out.)
    #[cfg(feature = "code")]
    let (argcount, posonly) = (
        count(ParamKind::positional),
        count(|k| k == ParamKind::PositionalOnly),
    );
    #[cfg(not(feature = "code"))]
    let (argcount, posonly) = (params.len(), 0);
    #[cfg(feature = "code")]
    let (total, varargs, varkw) = {
        let total = argcount + count(|k| k == ParamKind::KeywordOnly);
        let varargs = params
            .get(total)
            .is_some_and(|p| p.kind == ParamKind::VarArgs);
        (
            total,
            varargs,
            params.last().is_some_and(|p| p.kind == ParamKind::VarKw),
        )
    };
    #[cfg(not(feature = "code"))]
    let (total, varargs, varkw) = (argcount, false, false);
    let given = args.len();
    let mut slots: Vec<Option<Value>> = vec![None; params.len()];
    let mut extra = Vec::new();
    for (i, arg) in args.into_iter().enumerate() {
        match slots.get_mut(i).filter(|_| i < argcount) {
            Some(slot) => *slot = Some(arg),
            None => extra.push(arg),
        }
    }
    if varargs {
        slots[total] = Some(Value::tuple(extra));
    }
    let mut kwdict = crate::value::dict::Dict::default();
    // A keyword naming a positional-only parameter is an error only
    // without `**kwargs`; CPython then names every such keyword.
    let posonly_named: Vec<Name> = match (posonly, varkw) {
        (0, _) | (_, true) => Vec::new(),
        _ => kwargs
            .iter()
            .filter(|(k, _)| params[..posonly].iter().any(|p| p.name == *k))
            .map(|(k, _)| k.clone())
            .collect_vec(),
    };
    for (key, value) in kwargs {
        match params[posonly..total].iter().position(|p| p.name == key) {
            Some(j) if slots[posonly + j].is_some() => {
                return Err(type_error(format!(
                    "{name}() got multiple values for argument '{key}'"
                )))
            }
            Some(j) => slots[posonly + j] = Some(value),
            None if varkw => kwdict.push_new(Value::Str(key), value),
            None if !posonly_named.is_empty() => {
                let names: Vec<&str> = posonly_named.iter().map(|n| &**n).collect_vec();
                return Err(type_error(format!(
                    "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                    names.joined(", ")
                )));
            }
            None => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    if varkw {
        slots[params.len() - 1] = Some(Value::dict(kwdict));
    }
    let defcount = params[..argcount]
        .iter()
        .filter(|p| p.default.is_some())
        .count();
    if given > argcount && !varargs {
        let kwonly_given = slots[argcount..total].iter().flatten().count();
        let takes = match defcount {
            0 => format!("{argcount} positional argument{}", plural(argcount)),
            _ => format!(
                "from {} to {argcount} positional arguments",
                argcount - defcount
            ),
        };
        let kwonly = match kwonly_given {
            0 => String::new(),
            n => format!(
                " positional argument{} (and {n} keyword-only argument{})",
                plural(given),
                plural(n)
            ),
        };
        let was = if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        };
        return Err(type_error(format!(
            "{name}() takes {takes} but {given}{kwonly} {was} given"
        )));
    }
    for (kind, range) in [
        ("positional", 0..argcount),
        ("keyword-only", argcount..total),
    ] {
        let mut missing = Vec::new();
        for i in range {
            if slots[i].is_none() {
                match defaults.get(i).cloned().flatten() {
                    Some(d) => slots[i] = Some(d),
                    None => missing.push(format!("'{}'", params[i].name)),
                }
            }
        }
        let names = match missing.len() {
            0 => continue,
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].joined(", "), missing[n - 1]),
        };
        return Err(type_error(format!(
            "{name}() missing {} required {kind} argument{}: {names}",
            missing.len(),
            plural(missing.len())
        )));
    }
    Ok(slots
        .into_iter()
        .map(|s| s.unwrap_or(Value::None))
        .collect_vec())
}

/// The keyword arguments of a call with each `**mapping` spread into its
/// items, checked as CPython's `DICT_MERGE` checks them: a dict, with
/// string keys, naming no argument twice. `method` is the name `callee`
/// is called by, when it is a method of that object.
#[cfg(feature = "code")]
pub(crate) fn unpack_kwargs(
    callee: &Value,
    method: Option<&str>,
    kwargs: Kwargs,
) -> Result<Kwargs, Raise> {
    use crate::program::Keyword;
    if !kwargs.iter().any(|(k, _)| &**k == Keyword::UNPACK) {
        return Ok(kwargs);
    }
    let mut out: Kwargs = Vec::new();
    let mut problem = None;
    'merge: for (key, value) in kwargs {
        let items = match (&*key == Keyword::UNPACK, value) {
            (false, value) => vec![(Value::Str(key), value)],
            (true, Value::Dict(d)) => d.borrow().entries_vec(),
            #[cfg(feature = "asyncio-py")]
            (true, other) if super::convert::mapping_like(&other) => {
                return Err(RunError::unsupported(
                    "`**` of an object whose class has `keys()` (CPython reads it as a mapping) is not supported yet; pass a dict",
                ));
            }
            (true, other) => {
                problem = Some(format!(
                    "argument after ** must be a mapping, not {}",
                    other.cpython_type_name()
                ));
                break;
            }
        };
        for (key, value) in items {
            let Value::Str(key) = key else {
                // `str.format` takes its keywords as a dict, whose other
                // keys no field can name.
                #[cfg(feature = "asyncio-py")]
                if matches!(callee, Value::Str(_)) && method == Some("format") {
                    continue;
                }
                return Err(type_error("keywords must be strings".into()));
            };
            if out.iter().any(|(k, _)| *k == key) {
                problem = Some(format!("got multiple values for keyword argument '{key}'"));
                break 'merge;
            }
            out.push((key, value));
        }
    }
    let Some(problem) = problem else {
        return Ok(out);
    };
    Err(type_error(format!(
        "{} {problem}",
        callee_str(callee, method)?
    )))
}

/// How CPython's `_PyObject_FunctionStr` names a callee in its messages
/// about `*` and `**` arguments (`f()`, or an object's `str()`);
/// `method`, the name `callee` is called by when it is a method of that
/// object.
#[cfg(feature = "code")]
pub(crate) fn callee_str(callee: &Value, method: Option<&str>) -> Result<String, Raise> {
    // An object with `__call__` has no `__qualname__` of its own: its
    // `str()`, here the default one, with no `()`.
    #[cfg(feature = "asyncio-py")]
    if matches!(callee, Value::Instance(_))
        && method.is_none()
        && !crate::value::protocols::defines(callee, "__str__")
        && !crate::value::protocols::defines(callee, "__repr__")
    {
        return Ok(callee.repr());
    }
    Ok(format!("{}()", match (method, callee) {
        (Some(m), target) => format!("{}.{m}", target.cpython_type_name()),
        (None, Value::Function(f)) => format!("__main__.{}", f.name()),
        (None, Value::Builtin(b)) if b.owner() == "builtins" => b.name().into(),
        (None, Value::Class(Class::Type(t))) => (*t).into(),
        (None, Value::Class(Class::Exception(k))) => k.name().into(),
        #[cfg(feature = "code")]
        (None, Value::UserClass(c)) => format!("{}.{}", c.module, c.name),
        #[cfg(feature = "code")]
        (None, Value::BoundMethod(m)) => format!("__main__.{}", m.1.name()),
        _ => return Err(RunError::unsupported("the TypeError for `*` or `**` arguments that are not what the callable takes names it, which is not supported yet for this callable; pass the arguments one by one")),
    }))
}

/// A function's parameter defaults, one per parameter (`bind`'s
/// `defaults`), evaluated once, as `def` evaluates them: the parser allows
/// only constants and displays of constants there, so evaluating them
/// before the module's code runs is evaluating them when `def` runs.
pub(crate) fn defaults(function: &Function) -> Result<Vec<Option<Value>>, Raise> {
    function
        .params
        .iter()
        .map(|p| p.default.as_ref().map(constant).transpose())
        .try_collect_vec()
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A parameter default: validation allows only constants.
fn constant(e: &Expr) -> Result<Value, Raise> {
    Ok(match e {
        Expr::Int(i) => Value::Int(*i),
        Expr::Float(f) => Value::Float(*f),
        Expr::Str(s) => Value::Str(s.as_str().into()),
        Expr::Bool(b) => Value::Bool(*b),
        Expr::None => Value::None,
        Expr::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => crate::value::ops::unary(UnaryOp::Neg, &constant(operand)?)?,
        // A display of constants: `def f(seen=[])` shares one list
        // between the calls that leave it out.
        #[cfg(feature = "code")]
        Expr::List(items) => Value::list(items.iter().map(constant).try_collect_vec()?),
        #[cfg(feature = "code")]
        Expr::Tuple(items) => Value::tuple(items.iter().map(constant).try_collect_vec()?),
        #[cfg(feature = "code")]
        Expr::Dict(items) => {
            let mut dict = crate::value::dict::Dict::default();
            for item in items {
                dict.insert(constant(&item.key)?, constant(&item.value)?)?;
            }
            Value::dict(dict)
        }
        _ => {
            return Err(RunError::unsupported(
                "parameter defaults must be constants",
            ))
        }
    })
}

/// Takes the keyword arguments a builtin accepts, by name, refusing others
/// with CPython's message.
pub(crate) fn keywords<const N: usize>(
    function: &str,
    kwargs: Kwargs,
    names: [&str; N],
) -> Result<[Option<Value>; N], Raise> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kwargs {
        match names.iter().position(|n| **n == *k) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(type_error(format!(
                    "{function}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    Ok(out)
}

/// `PyArg_ParseTupleAndKeywords`'s message for a keyword not among
/// `names` (`'digits' is an invalid keyword argument for round()`), which
/// the builtins parsed that way give instead of Argument Clinic's "got an
/// unexpected keyword argument". `function` is the name the message
/// gives (`sorted` hands its keywords to `list.sort`: `for sort()`).
#[cfg(feature = "code")]
pub(crate) fn parsed_keywords<const N: usize>(
    function: &str,
    kwargs: Kwargs,
    names: [&str; N],
) -> Result<[Option<Value>; N], Raise> {
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !names.contains(&&**k)) {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for {function}()"
        )));
    }
    keywords(function, kwargs, names)
}

/// CPython's refusal of keyword arguments by a builtin that takes none
/// (`len() takes no keyword arguments`).
pub(crate) fn no_kwargs(function: &str, kwargs: &Kwargs) -> Result<(), Raise> {
    match kwargs.first() {
        None => Ok(()),
        Some(_) => Err(type_error(format!(
            "{function}() takes no keyword arguments"
        ))),
    }
}

/// The same for `str()` and `int()`, whose parameters have names.
fn invalid_keyword(function: &str, kwargs: &Kwargs) -> Result<(), Raise> {
    match kwargs.first() {
        None => Ok(()),
        Some((k, _)) => Err(type_error(format!(
            "'{k}' is an invalid keyword argument for {function}()"
        ))),
    }
}

/// The one argument of a builtin that takes exactly one, or CPython's
/// TypeError.
pub(crate) fn exactly_one(function: &str, mut args: Vec<Value>) -> Result<Value, Raise> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "{function}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args.pop().expect("length checked"))
}

/// CPython's TypeError for arguments given to a builtin that takes none.
pub(crate) fn no_args(function: &str, args: &[Value]) -> Result<(), Raise> {
    match args.len() {
        0 => Ok(()),
        n => Err(type_error(format!(
            "{function}() takes no arguments ({n} given)"
        ))),
    }
}

/// `'x' object cannot be interpreted as an integer`, for `range`,
/// `time.sleep` and the positions list methods take.
pub(crate) fn as_index(v: &Value) -> Result<i64, Raise> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.cpython_type_name()
        ))),
    }
}

/// `time.perf_counter()`, `time.monotonic()`, `time.time()`: the virtual
/// clock.
fn clock(rt: &Rc<Runtime>, b: Builtin, args: Vec<Value>, kwargs: &Kwargs) -> Result<Value, Raise> {
    let name = format!("time.{}", b.name());
    no_kwargs(&name, kwargs)?;
    no_args(&name, &args)?;
    // Seconds on the virtual clock since the run began: what a
    // learner's timing code measures, without the real clock's
    // few milliseconds of overhead.
    #[cfg(feature = "code")]
    rt.flush_compute();
    Ok(Value::Float(rt.now_seconds()))
}

/// asyncio's functions that need a running loop (or make one, which is
/// not modelled).
#[cfg(feature = "code")]
fn is_loop_function(b: Builtin) -> bool {
    #[cfg(feature = "asyncio-py")]
    if b == Builtin::EnsureFuture {
        return true;
    }
    matches!(
        b,
        Builtin::CreateTask | Builtin::Gather | Builtin::CurrentTask
    )
}

fn call_builtin(
    rt: &Rc<Runtime>,
    b: Builtin,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    #[cfg(feature = "code")]
    admit(b.owner(), b.name(), &args, &kwargs)?;
    #[cfg(feature = "asyncio-py")]
    if b.owner() == "asyncio" {
        refuse_in_thread(rt, "asyncio", b.name())?;
    }
    // The module's code runs with no loop running, where CPython's
    // `get_running_loop()` raises and `gather` makes a loop of its own.
    // (A loop callback runs with the loop running, and no task.)
    // `gather` and `ensure_future` outside a loop take the policy's
    // current loop (`_get_event_loop()`), as older tutorials' module code
    // has them, unless their first argument is a future, whose loop they
    // take (`futures._get_loop`).
    #[cfg(feature = "asyncio-py")]
    if matches!(b, Builtin::Gather | Builtin::EnsureFuture)
        && !rt.loop_running()
        && !matches!(args.first(), Some(Value::Future(_)))
    {
        match rt.policy_loop()? {
            Some(l) if !l.closed.get() => rt.bind_loop(&l)?,
            Some(_) => {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::RuntimeError,
                    "Event loop is closed",
                )))
            }
            None => {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::RuntimeError,
                    "There is no current event loop in thread 'MainThread'.",
                )))
            }
        }
    }
    // The rest need the running loop.
    #[cfg(feature = "code")]
    let needs_running = match cfg!(feature = "asyncio-py") {
        true => matches!(b, Builtin::CreateTask | Builtin::CurrentTask),
        false => is_loop_function(b),
    };
    #[cfg(feature = "code")]
    if needs_running && !rt.loop_running() {
        return Err(RunError::unsupported(format!(
            "`asyncio.{}` outside the event loop (at the module level, around `asyncio.run`) is not supported: no loop is running there; call it in an async function",
            b.name()
        )));
    }
    match b {
        #[cfg(feature = "asyncio-py")]
        Builtin::Property | Builtin::StaticMethod | Builtin::ClassMethod => {
            super::classes::make_descriptor(b, args, kwargs)
        }
        #[cfg(feature = "code")]
        Builtin::Super => match (args.len(), kwargs.is_empty()) {
            (2, true) => {
                let obj = args.pop().expect("length checked");
                super::classes::make_super(args.pop().expect("length checked"), obj)
            }
            _ => Err(RunError::unsupported(
                "super() is supported with no arguments, in a method of a class the program defines",
            )),
        },
        // CPython's `partial.__new__`: a partial of a partial is flattened.
        #[cfg(feature = "code")]
        Builtin::Partial => {
            if args.is_empty() {
                return Err(type_error(
                    "type 'partial' takes at least one argument".into(),
                ));
            }
            let func = args.remove(0);
            let (func, args, kwargs) = unwrap_partial(func, args, kwargs);
            if !callable(&func) {
                return Err(type_error("the first argument must be callable".into()));
            }
            Ok(Value::Partial(Rc::new(crate::value::Partial { func, args, kwargs })))
        }
        // `partial(update_wrapper, wrapped=wrapped)`: a method-like value
        // whose call is `update_wrapper` (`call_method`).
        #[cfg(feature = "asyncio-py")]
        Builtin::Wraps => match (args.len(), kwargs.is_empty()) {
            (0, true) => Err(type_error(
                "wraps() missing 1 required positional argument: 'wrapped'".into(),
            )),
            (1, true) => Ok(Value::Method(Rc::new((args.remove(0), super::WRAPS.into())))),
            _ => Err(RunError::unsupported(
                "functools.wraps's `assigned` and `updated` are not supported yet; give it the wrapped function alone",
            )),
        },
        Builtin::Print => {
            let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
            #[cfg(feature = "asyncio-py")]
            let (mut file, mut flush) = (Value::None, false);
            for (k, v) in kwargs {
                let slot = match &*k {
                    "sep" => &mut sep,
                    "end" => &mut end,
                    #[cfg(feature = "asyncio-py")]
                    "file" => {
                        file = v;
                        continue;
                    }
                    // `sys.stdout` and `sys.stderr` are asyncio's module's.
                    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
                    "file" => {
                        return Err(RunError::unsupported(crate::error::needs_asyncio_py(
                            "print()'s `file` argument",
                        )))
                    }
                    // Argument Clinic's `bool` converter asks its truth as
                    // the arguments are parsed, before anything is written.
                    "flush" => {
                        #[cfg(feature = "asyncio-py")]
                        {
                            flush = v.is_true()?;
                        }
                        #[cfg(not(feature = "asyncio-py"))]
                        v.is_true()?;
                        continue;
                    }
                    _ => {
                        return Err(type_error(format!(
                            "'{k}' is an invalid keyword argument for print()"
                        )))
                    }
                };
                match v {
                    Value::Str(s) => *slot = s.to_string(),
                    Value::None => {}
                    other => {
                        return Err(type_error(format!(
                            "{k} must be None or a string, not {}",
                            other.cpython_type_name()
                        )))
                    }
                }
            }
            #[cfg(feature = "asyncio-py")]
            let stream = match Stream::of(&file) {
                Some(stream) => stream,
                None => return print_to_object(rt, &file, &args, (&sep, &end), flush),
            };
            let mut printing = Printing {
                rt,
                written: String::new(),
                #[cfg(feature = "asyncio-py")]
                stream,
            };
            for (i, v) in args.iter().enumerate() {
                if i > 0 {
                    printing.written.push_str(&sep);
                }
                let text = v.try_to_str(&mut printing);
                printing.written.push_str(&text?);
            }
            printing.written.push_str(&end);
            printing.pass_on();
            Ok(Value::None)
        }
        Builtin::Repr => {
            no_kwargs("repr", &kwargs)?;
            Ok(Value::Str(exactly_one("repr", args)?.try_repr(&mut rt.formatter())?.into()))
        }
        Builtin::Len => {
            no_kwargs("len", &kwargs)?;
            let v = exactly_one("len", args)?;
            let n = match &v {
                Value::Str(s) => s.chars().count(),
                Value::List(l) => l.borrow().len(),
                Value::Tuple(t) => t.len(),
                // CPython's len() is a C ssize_t.
                Value::Range(r) if r.len() > i64::MAX as usize => {
                    return Err(Raise::Exc(Exception::new(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    )))
                }
                Value::Range(r) => r.len(),
                Value::Dict(d) | Value::DictView(d, _) => d.borrow().len(),
                #[cfg(feature = "asyncio-py")]
                Value::Set(set) => set.borrow().len(),
                #[cfg(feature = "asyncio-py")]
                v if crate::value::protocols::defines(v, "__len__") => {
                    crate::value::protocols::len(v).unwrap_or(Ok(0))?
                }
                other => {
                    return Err(type_error(format!(
                        "object of type '{}' has no len()",
                        other.cpython_type_name()
                    )))
                }
            };
            Ok(Value::Int(n as i64))
        }
        Builtin::Type => {
            match (args.len(), kwargs.is_empty()) {
                (1, true) => {}
                (1, false) => return Err(type_error("type() takes no keyword arguments".into())),
                (3, _) => {
                    return Err(RunError::unsupported(
                        "type() with three arguments (making a class) is not modelled",
                    ))
                }
                _ => return Err(type_error("type() takes 1 or 3 arguments".into())),
            }
            // A protocol's class is `typing._ProtocolMeta`.
            #[cfg(feature = "asyncio-py")]
            if matches!(&args[0], Value::UserClass(c) if c.protocol().is_some()) {
                return Err(RunError::unsupported(
                    "the type of a class derived from `typing.Protocol` is not supported yet",
                ));
            }
            #[cfg(feature = "code")]
            if let Some(class) = super::classes::class_of(&args[0]) {
                return Ok(class);
            }
            // The types that are builtins' names: `type(range(3)) is range`.
            if let Some(b) = Builtin::type_of(&args[0]) {
                return Ok(Value::Builtin(b));
            }
            Ok(Value::Class(match &args[0] {
                Value::Exception(e) => Class::Exception(e.kind),
                other => Class::Type(other.type_name()),
            }))
        }
        Builtin::Range => {
            no_kwargs("range", &kwargs)?;
            if args.len() > 3 {
                return Err(type_error(format!(
                    "range expected at most 3 arguments, got {}",
                    args.len()
                )));
            }
            let ints = args
                .iter()
                .map(as_index)
                .try_collect_vec()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => {
                    return Err(type_error(
                        "range expected at least 1 argument, got 0".into(),
                    ))
                }
                more => {
                    return Err(type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        more.len()
                    )))
                }
            };
            if step == 0 {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::ValueError,
                    "range() arg 3 must not be zero",
                )));
            }
            Ok(Value::Range(Rc::new(Range { start, stop, step })))
        }
        Builtin::Sleep => {
            if args.len() > 2 {
                return Err(type_error(format!(
                    "sleep() takes from 1 to 2 positional arguments but {} were given",
                    args.len()
                )));
            }
            // `sleep(delay, result=None)`, by position or keyword.
            let [delay_kw, result_kw] = keywords("sleep", kwargs, ["delay", "result"])?;
            let mut args = args.into_iter();
            let (delay, result) = (args.next(), args.next());
            let twice = |name: &str| {
                type_error(format!("sleep() got multiple values for argument '{name}'"))
            };
            let delay = match (delay, delay_kw) {
                (Some(_), Some(_)) => return Err(twice("delay")),
                (Some(d), None) | (None, Some(d)) => d,
                (None, None) => {
                    return Err(type_error(
                        "sleep() missing 1 required positional argument: 'delay'".into(),
                    ))
                }
            };
            let result = match (result, result_kw) {
                (Some(_), Some(_)) => return Err(twice("result")),
                (Some(r), None) | (None, Some(r)) => r,
                (None, None) => Value::None,
            };
            Ok(Value::Coroutine(Rc::new(Coroutine::made(
                CoroBody::Sleep(delay, result),
                &rt.freed,
            ))))
        }
        Builtin::Gather => {
            let [flag] = keywords("gather", kwargs, ["return_exceptions"])?;
            // CPython asks its truth as each child finishes; the engine's
            // gather asks once.
            #[cfg(feature = "asyncio-py")]
            if flag.as_ref().is_some_and(|v| {
                crate::value::protocols::defines(v, "__bool__")
                    || crate::value::protocols::defines(v, "__len__")
            }) {
                return Err(RunError::unsupported(
                    "gather's return_exceptions given an object whose truth is its class's `__bool__` or `__len__` (CPython asks it as each awaitable finishes) is not supported yet; pass True or False",
                ));
            }
            let return_exceptions = flag.map_or(Ok(false), |v| v.is_true())?;
            Ok(Value::Future(rt.program_gather(args, return_exceptions)?))
        }
        Builtin::CreateTask => {
            let mut name = None;
            for (k, v) in kwargs {
                match &*k {
                    // `set_name(name)`: `str(name)`, the program's `__str__`
                    // included.
                    "name" if !matches!(v, Value::None) => {
                        name = Some(v.try_to_str(&mut rt.formatter())?)
                    }
                    "name" => name = None,
                    "coro" if args.is_empty() => args.push(v),
                    _ => {
                        return Err(type_error(format!(
                            "create_task() got an unexpected keyword argument '{k}'"
                        )))
                    }
                }
            }
            if args.is_empty() {
                return Err(type_error(
                    "create_task() missing 1 required positional argument: 'coro'".into(),
                ));
            }
            if args.len() != 1 {
                return Err(type_error(format!(
                    "create_task() takes 1 positional argument but {} were given",
                    args.len()
                )));
            }
            match args.pop().expect("length checked") {
                Value::Coroutine(c) => Ok(Value::Future(rt.create_task(c, name, false)?)),
                other => Err(type_error(format!(
                    "a coroutine was expected, got {}",
                    other.try_repr(&mut rt.formatter())?
                ))),
            }
        }
        // From the module's code, outside the loop: main's task, which
        // the caller awaits (`vm::call_here`) while the loop runs it.
        #[cfg(feature = "code")]
        Builtin::AsyncioRun if rt.current_slot().is_none() => {
            let main = args.pop().or_else(|| {
                kwargs
                    .into_iter()
                    .find(|(k, _)| &**k == "main")
                    .map(|(_, v)| v)
            });
            match main {
                Some(main) => Ok(Value::Future(rt.run_main(main)?)),
                None => Err(type_error(
                    "run() missing 1 required positional argument: 'main'".into(),
                )),
            }
        }
        Builtin::AsyncioRun => Err(Raise::Exc(Exception::new(
            ExcKind::RuntimeError,
            "asyncio.run() cannot be called from a running event loop",
        ))),
        Builtin::Enumerate
        | Builtin::Zip
        | Builtin::Sum
        | Builtin::Min
        | Builtin::Max
        | Builtin::Sorted
        | Builtin::Any
        | Builtin::All => {
            #[cfg(feature = "code")]
            return super::iterables::call_iterable_builtin(rt, b, args, kwargs);
            #[cfg(not(feature = "code"))]
            return Err(RunError::needs_code_mode(&format!("{}()", b.name())));
        }
        #[cfg(feature = "code")]
        Builtin::Iter | Builtin::Next => super::iterables::call_iterable_builtin(rt, b, args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Divmod => {
            no_kwargs("divmod", &kwargs)?;
            match <[Value; 2]>::try_from(args) {
                Ok([a, b]) => crate::value::ops::divmod(&a, &b),
                Err(given) => Err(type_error(format!(
                    "divmod expected 2 arguments, got {}",
                    given.len()
                ))),
            }
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::Pow => pow(args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Map => super::iterables::map(rt, args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Filter => super::iterables::filter(rt, args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Reversed => super::iterables::reversed(args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Reduce => super::iterables::reduce(rt, args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Chr | Builtin::Ord | Builtin::Bin | Builtin::Hex | Builtin::Oct => {
            no_kwargs(b.name(), &kwargs)?;
            super::convert::character_or_digits(b, exactly_one(b.name(), args)?)
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::Getattr | Builtin::Hasattr | Builtin::Setattr => by_name(rt, b, args, &kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Callable => {
            no_kwargs("callable", &kwargs)?;
            Ok(Value::Bool(callable(&exactly_one("callable", args)?)))
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::Vars => {
            if !kwargs.is_empty() {
                return Err(type_error("vars() takes no keyword arguments".into()));
            }
            if let Some(attrs) = args.first().filter(|_| args.len() == 1).and_then(Value::own_attrs) {
                return Ok(attrs.as_dict());
            }
            match &args[..] {
                [] => Err(RunError::unsupported(
                    "vars() without an argument (the caller's local variables) is not supported yet",
                )),
                // A method's attributes are its function's.
                [Value::BoundMethod(m)] => Ok(m.1.attrs.as_dict()),
                [Value::UserClass(_) | Value::Class(_) | Value::Module(_)] => {
                    Err(RunError::unsupported(
                        "vars() of a class or a module is not supported yet",
                    ))
                }
                [v] if v.lacks_dict() => {
                    Err(type_error("vars() argument must have __dict__ attribute".into()))
                }
                // (A partial, a coroutine...: whether it has one is not
                // modelled.)
                [other] => Err(RunError::unsupported(format!(
                    "vars() of a {} is not supported yet",
                    other.type_name()
                ))),
                _ => Err(type_error(format!(
                    "vars expected at most 1 argument, got {}",
                    args.len()
                ))),
            }
        }
        // `call` turns it away: it is not a function.
        #[cfg(feature = "asyncio-py")]
        Builtin::NotImplemented => unreachable!("NotImplemented is not callable"),
        #[cfg(feature = "asyncio-py")]
        Builtin::Dataclass => super::dataclasses::dataclass(args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Field => super::dataclasses::field(args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Heappush
        | Builtin::Heappop
        | Builtin::Heapify
        | Builtin::Heapreplace
        | Builtin::Heappushpop => super::heapq::call(b, args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Math(f) => super::math::call(rt, f, args, kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::LibraryRefuse => Err(RunError::unsupported(match args.first() {
            Some(Value::Str(message)) => message.to_string(),
            _ => "something the library does not model".to_string(),
        })),
        #[cfg(feature = "asyncio-py")]
        Builtin::ThreadName => Ok(Value::str(
            &rt.current_thread_name().unwrap_or_else(|| "MainThread".to_string()),
        )),
        #[cfg(feature = "asyncio-py")]
        Builtin::ContextCurrent => Ok(rt.current_context()),
        #[cfg(feature = "asyncio-py")]
        Builtin::ContextEnter => Ok(Value::Bool(
            rt.enter_context(args.into_iter().next().unwrap_or(Value::None)),
        )),
        #[cfg(feature = "asyncio-py")]
        Builtin::ContextExit => {
            rt.leave_context();
            Ok(Value::None)
        }
        // `sys.exit(status=None, /)`: `PyErr_SetObject(PyExc_SystemExit,
        // status)`, which raises an instance of SystemExit itself.
        #[cfg(feature = "asyncio-py")]
        Builtin::SysExit => {
            if !kwargs.is_empty() {
                return Err(type_error("sys.exit() takes no keyword arguments".into()));
            }
            if args.len() > 1 {
                return Err(type_error(format!(
                    "exit expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            Err(Raise::Exc(match args.pop() {
                Some(Value::Exception(e)) if e.kind == ExcKind::SystemExit => e,
                status => Exception::with_args(ExcKind::SystemExit, status.into_iter().collect()),
            }))
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::Issubclass => {
            no_kwargs("issubclass", &kwargs)?;
            match <[Value; 2]>::try_from(args) {
                Ok([cls, classinfo]) => Ok(Value::Bool(super::convert::issubclass(&cls, &classinfo)?)),
                Err(args) => Err(type_error(format!(
                    "issubclass expected 2 arguments, got {}",
                    args.len()
                ))),
            }
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::TotalOrdering => {
            no_kwargs("total_ordering", &kwargs)?;
            super::total_ordering::total_ordering(args)
        }
        // Read from a class or an instance, it is bound first
        // (`classes::get_attr`): this is one that got out unbound.
        #[cfg(feature = "asyncio-py")]
        Builtin::DataclassMethod | Builtin::OrderingFrom(_) => Err(RunError::unsupported(
            "calling a method a decorator made this way is not supported yet",
        )),
        #[cfg(feature = "asyncio-py")]
        Builtin::Anext => {
            no_kwargs("anext", &kwargs)?;
            super::classes::anext(rt, args)
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::Aiter => {
            no_kwargs("aiter", &kwargs)?;
            match <[Value; 1]>::try_from(args) {
                Ok([iterable]) => super::classes::aiter(rt, iterable),
                Err(args) => Err(type_error(format!(
                    "aiter() takes exactly one argument ({} given)",
                    args.len()
                ))),
            }
        }
        Builtin::Abs => {
            no_kwargs("abs", &kwargs)?;
            super::convert::abs(&exactly_one("abs", args)?)
        }
        #[cfg(not(feature = "code"))]
        Builtin::Format | Builtin::Round => {
            Err(RunError::needs_code_mode(&format!("{}()", b.name())))
        }
        #[cfg(feature = "code")]
        Builtin::Format => {
            no_kwargs("format", &kwargs)?;
            let (value, spec) = match args.as_slice() {
                [value] => (value, ""),
                [value, Value::Str(spec)] => (value, &**spec),
                [_, other] => {
                    return Err(type_error(format!(
                        "format() argument 2 must be str, not {}",
                        other.clinic_type_name()
                    )))
                }
                [] => {
                    return Err(type_error(
                        "format expected at least 1 argument, got 0".into(),
                    ))
                }
                _ => {
                    return Err(type_error(format!(
                        "format expected at most 2 arguments, got {}",
                        args.len()
                    )))
                }
            };
            Ok(Value::Str(
                crate::value::format_spec::format_value(value, spec, &mut rt.formatter())?.into(),
            ))
        }
        #[cfg(feature = "code")]
        Builtin::Round => {
            let given = args.len() + kwargs.len();
            if given > 2 {
                return Err(type_error(format!(
                    "round() takes at most 2 arguments ({given} given)"
                )));
            }
            // The parameters are bound before leftover keywords are
            // looked at (`vgetargskeywords`).
            if args.is_empty() && !kwargs.iter().any(|(k, _)| &**k == "number") {
                return Err(type_error(
                    "round() missing required argument 'number' (pos 1)".into(),
                ));
            }
            let [ndigits] = parsed_keywords("round", kwargs, ["ndigits"])?;
            match (args.as_slice(), &ndigits) {
                ([number], _) => super::convert::round(number, ndigits.as_ref()),
                ([number, n], None) => super::convert::round(number, Some(n)),
                ([], _) => Err(type_error(
                    "round() missing required argument 'number' (pos 1)".into(),
                )),
                _ => Err(type_error(format!(
                    "round() takes at most 2 arguments ({} given)",
                    args.len() + ndigits.is_some() as usize
                ))),
            }
        }
        Builtin::Isinstance => {
            no_kwargs("isinstance", &kwargs)?;
            if args.len() != 2 {
                return Err(type_error(format!(
                    "isinstance expected 2 arguments, got {}",
                    args.len()
                )));
            }
            let class = args.pop().expect("length checked");
            Ok(Value::Bool(super::convert::isinstance(&args[0], &class)?))
        }
        #[cfg(feature = "asyncio-py")]
        b @ (Builtin::RandomRandom
        | Builtin::RandomGetrandbits
        | Builtin::RandomSeed
        | Builtin::RandomUniform
        | Builtin::RandomRandint
        | Builtin::RandomRandrange
        | Builtin::RandomChoice
        | Builtin::RandomShuffle
        | Builtin::RandomSample
        | Builtin::RandomChoices) => super::random::call_random(rt, b, args, kwargs),
        // The task whose step is running (a program's code always runs in
        // one).
        #[cfg(feature = "code")]
        Builtin::CurrentTask => {
            let [loop_] = keywords("current_task", kwargs, ["loop"])?;
            if args.len() + loop_.iter().len() > 1 {
                return Err(type_error(format!(
                    "current_task() takes from 0 to 1 positional arguments but {} were given",
                    args.len()
                )));
            }
            if args
                .into_iter()
                .chain(loop_)
                .any(|l| !matches!(l, Value::None))
            {
                return Err(RunError::unsupported(
                    "asyncio.current_task(loop) is not modelled: there is one loop, the running one",
                ));
            }
            Ok(rt.current_task().map_or(Value::None, Value::Future))
        }
        // `ensure_future(coro_or_future)`: a coroutine becomes a task, a
        // future stays itself.
        #[cfg(feature = "asyncio-py")]
        Builtin::EnsureFuture => {
            let [loop_] = keywords("ensure_future", kwargs, ["loop"])?;
            if loop_.is_some_and(|l| !matches!(l, Value::None)) {
                return Err(RunError::unsupported(
                    "asyncio.ensure_future(..., loop=...) is not modelled: there is one loop, the running one",
                ));
            }
            let [aw]: [Value; 1] = args.try_into().map_err(|args: Vec<Value>| {
                type_error(match args.len() {
                    0 => "ensure_future() missing 1 required positional argument: 'coro_or_future'"
                        .into(),
                    n => format!("ensure_future() takes 1 positional argument but {n} were given"),
                })
            })?;
            Ok(Value::Future(rt.ensure_future(aw)?))
        }
        // The event loop policy's, as the module's code uses it in older
        // tutorials (`loop = asyncio.get_event_loop()`,
        // `loop.run_until_complete(main())`): inside a coroutine, the
        // running loop; outside, the current one, made the first time
        // unless one was set (`asyncio.run` sets none as it ends).
        #[cfg(feature = "asyncio-py")]
        Builtin::GetEventLoop => {
            no_kwargs("get_event_loop", &kwargs)?;
            if let Some(l) = rt.running_loop() {
                return Ok(Value::Loop(l));
            }
            match rt.policy_loop()? {
                Some(l) => Ok(Value::Loop(l)),
                None => Err(Raise::Exc(Exception::new(
                    ExcKind::RuntimeError,
                    "There is no current event loop in thread 'MainThread'.",
                ))),
            }
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::NewEventLoop => {
            no_kwargs("new_event_loop", &kwargs)?;
            rt.loop_made()?;
            Ok(Value::Loop(Default::default()))
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::IsCoroutine | Builtin::IsCoroutineFunction => {
            let param = if b == Builtin::IsCoroutine { "obj" } else { "func" };
            let v = one_parameter(b.name(), param, args, kwargs)?;
            Ok(Value::Bool(match b {
                // `_COROUTINE_TYPES`: a coroutine, or a plain generator.
                Builtin::IsCoroutine => match &v {
                    Value::Coroutine(_) => true,
                    Value::Generator(g) => !g.is_async(),
                    _ => false,
                },
                _ => is_coroutine_function(&v),
            }))
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::SetEventLoop => {
            let [l] = keywords("set_event_loop", kwargs, ["loop"])?;
            let l = args.into_iter().next().or(l);
            let l = match l {
                Some(Value::Loop(l)) => Some(l),
                Some(Value::None) => None,
                _ => {
                    return Err(RunError::unsupported(
                        "asyncio.set_event_loop() is supported with a loop `asyncio.new_event_loop()` made, or None",
                    ))
                }
            };
            rt.set_policy_loop(l);
            Ok(Value::None)
        }
        // A set of the loop's pending tasks, in the order they were made
        // (CPython's is their addresses' order: `value::set`).
        #[cfg(feature = "asyncio-py")]
        Builtin::AllTasks => {
            let [loop_] = keywords("all_tasks", kwargs, ["loop"])?;
            if args.into_iter().chain(loop_).any(|l| !matches!(l, Value::None)) {
                return Err(RunError::unsupported(
                    "asyncio.all_tasks(loop) is not modelled: there is one loop, the running one",
                ));
            }
            if rt.running_loop().is_none() {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::RuntimeError,
                    "no running event loop",
                )));
            }
            let mut set = crate::value::set::Set::new();
            for task in rt.pending_tasks() {
                set.add(Value::Future(task))?;
            }
            Ok(Value::Set(Rc::new(RefCell::new(set))))
        }
        #[cfg(feature = "asyncio-py")]
        Builtin::GetRunningLoop => {
            no_kwargs("get_running_loop", &kwargs)?;
            no_args("get_running_loop", &args)?;
            match rt.running_loop() {
                Some(l) => Ok(Value::Loop(l)),
                None => Err(Raise::Exc(Exception::new(
                    ExcKind::RuntimeError,
                    "no running event loop",
                ))),
            }
        }
        // `async def wait_for(fut, timeout)`: arguments are bound now, the
        // rest runs when the coroutine is awaited (`wait_for.rs`).
        #[cfg(feature = "code")]
        Builtin::WaitFor => {
            let given = args.len() + kwargs.len();
            let [fut, timeout] = keywords("wait_for", kwargs, ["fut", "timeout"])?;
            let mut args = args.into_iter();
            let mut bind = |name: &str, keyword: Option<Value>| match (args.next(), keyword) {
                (Some(v), None) | (None, Some(v)) => Ok(Some(v)),
                (Some(_), Some(_)) => Err(type_error(format!(
                    "wait_for() got multiple values for argument '{name}'"
                ))),
                (None, None) => Ok(None),
            };
            let (aw, timeout) =
                match (bind("fut", fut)?, bind("timeout", timeout)?) {
                    (Some(aw), Some(timeout)) => (aw, timeout),
                    (None, None) => return Err(type_error(
                        "wait_for() missing 2 required positional arguments: 'fut' and 'timeout'"
                            .into(),
                    )),
                    (None, _) => {
                        return Err(type_error(
                            "wait_for() missing 1 required positional argument: 'fut'".into(),
                        ))
                    }
                    (_, None) => {
                        return Err(type_error(
                            "wait_for() missing 1 required positional argument: 'timeout'".into(),
                        ))
                    }
                };
            if args.next().is_some() {
                return Err(type_error(format!(
                    "wait_for() takes 2 positional arguments but {given} were given"
                )));
            }
            Ok(Value::Coroutine(Rc::new(Coroutine::made(
                CoroBody::WaitFor { aw, timeout },
                &rt.freed,
            ))))
        }
        Builtin::PerfCounter | Builtin::Monotonic => {
            // `time.monotonic()` is the loop's clock.
            #[cfg(feature = "asyncio-py")]
            if b == Builtin::Monotonic {
                rt.count_clock_read();
            }
            clock(rt, b, args, &kwargs)
        }
        #[cfg(feature = "code")]
        Builtin::Time => clock(rt, b, args, &kwargs),
        #[cfg(feature = "asyncio-py")]
        Builtin::Strftime => {
            no_kwargs("time.strftime", &kwargs)?;
            let format = match (args.len(), args.first()) {
                (1, Some(Value::Str(f))) => f.clone(),
                (1, Some(other)) => {
                    return Err(type_error(format!(
                        "strftime() argument 1 must be str, not {}",
                        other.cpython_type_name()
                    )))
                }
                (0, _) => {
                    return Err(type_error(
                        "function takes at least 1 argument (0 given)".into(),
                    ))
                }
                _ => {
                    return Err(RunError::unsupported(
                        "time.strftime's time argument is not supported yet; give it the format alone (the virtual clock's time)",
                    ))
                }
            };
            rt.flush_compute();
            super::strftime::format(&format, rt.now_seconds())
        }
        Builtin::TimeSleep => {
            no_kwargs("time.sleep", &kwargs)?;
            let v = exactly_one("time.sleep", args)?;
            let seconds = match v {
                Value::Float(f) => f,
                other => as_index(&other)? as f64,
            };
            if seconds < 0.0 {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::ValueError,
                    "sleep length must be non-negative",
                )));
            }
            if seconds.is_nan() || seconds > super::vm::MAX_SLEEP_SECONDS {
                return Err(RunError::limit(
                    "time.sleep() for that long is outside what the virtual clock models",
                ));
            }
            rt.block(seconds)?;
            Ok(Value::None)
        }
    }
}

/// `getattr(obj, name[, default])`, `hasattr(obj, name)`,
/// `setattr(obj, name, value)`: what `obj.name` does, by a name held in a
/// string; an AttributeError gives `default`, or False.
#[cfg(feature = "asyncio-py")]
fn by_name(
    rt: &Rc<Runtime>,
    b: Builtin,
    args: Vec<Value>,
    kwargs: &Kwargs,
) -> Result<Value, Raise> {
    let function = b.name();
    no_kwargs(function, kwargs)?;
    let (least, most) = match b {
        Builtin::Getattr => (2, 3),
        Builtin::Hasattr => (2, 2),
        _ => (3, 3),
    };
    let n = args.len();
    if n < least || n > most {
        return Err(type_error(match (least == most, n < least) {
            (true, _) => format!("{function} expected {least} arguments, got {n}"),
            (false, true) => format!("{function} expected at least {least} arguments, got {n}"),
            (false, false) => format!("{function} expected at most {most} arguments, got {n}"),
        }));
    }
    let mut args = args.into_iter();
    let (obj, name) = (
        args.next().unwrap_or(Value::None),
        args.next().unwrap_or(Value::None),
    );
    let Value::Str(name) = name else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            name.cpython_type_name()
        )));
    };
    if b == Builtin::Setattr {
        let value = args.next().unwrap_or(Value::None);
        super::classes::set_attr(rt, &obj, &name, value)?;
        return Ok(Value::None);
    }
    let default = args.next();
    match get_attr(rt, obj, &name) {
        Err(Raise::Exc(e))
            if e.kind.is_subclass_of(ExcKind::AttributeError) && b == Builtin::Hasattr =>
        {
            Ok(Value::Bool(false))
        }
        Err(Raise::Exc(e))
            if e.kind.is_subclass_of(ExcKind::AttributeError) && default.is_some() =>
        {
            Ok(default.unwrap_or(Value::None))
        }
        Ok(_) if b == Builtin::Hasattr => Ok(Value::Bool(true)),
        other => other,
    }
}

/// Is `obj.name` a method of the object (as opposed to a plain attribute)?
pub(crate) fn is_method(obj: &Value, name: &str) -> bool {
    match (obj, name) {
        (Value::List(_), "append") => true,
        #[cfg(feature = "asyncio-py")]
        (Value::Str(_), "format") => true,
        #[cfg(feature = "code")]
        (Value::List(_) | Value::Dict(_) | Value::Str(_), name) => {
            super::modelled::has_method(obj.type_name(), name)
        }
        (Value::Future(_), "done" | "result" | "exception" | "cancel" | "cancelled") => true,
        (Value::Future(f), "get_name") => f.task().is_some(),
        #[cfg(feature = "code")]
        (Value::Future(f), "get_coro") => f.task().is_some(),
        #[cfg(feature = "code")]
        (Value::Future(f), "set_name") => f.task().is_some(),
        #[cfg(feature = "asyncio-py")]
        (Value::Future(_), "set_result" | "set_exception") => true,
        #[cfg(feature = "asyncio-py")]
        (
            Value::Loop(_),
            "create_future"
            | "create_task"
            | "time"
            | "call_soon"
            | "call_later"
            | "call_at"
            | "run_until_complete"
            | "run_forever"
            | "stop"
            | "close"
            | "is_running"
            | "is_closed"
            | "run_in_executor"
            | "call_soon_threadsafe"
            | "set_exception_handler"
            | "get_exception_handler"
            | "default_exception_handler"
            | "call_exception_handler",
        ) => true,
        #[cfg(feature = "asyncio-py")]
        (Value::Handle(_), "cancel" | "cancelled") => true,
        #[cfg(feature = "asyncio-py")]
        (Value::Class(Class::Type("dict")), "fromkeys") => true,
        #[cfg(feature = "asyncio-py")]
        (Value::Float(_), "is_integer") | (Value::Int(_) | Value::Bool(_), "bit_length") => true,
        #[cfg(feature = "asyncio-py")]
        (Value::Handle(h), "when") => h.when.is_some(),
        #[cfg(feature = "asyncio-py")]
        (Value::Future(_), "add_done_callback" | "remove_done_callback") => true,
        #[cfg(feature = "asyncio-py")]
        (Value::Future(f), "cancelling" | "uncancel") => f.task().is_some(),
        #[cfg(feature = "asyncio-py")]
        (Value::Coroutine(_), "close") => true,
        #[cfg(feature = "asyncio-py")]
        (Value::Exception(_), "add_note") => true,
        #[cfg(feature = "asyncio-py")]
        (Value::Exception(e), name) => super::exception_groups::is_method(e, name),
        #[cfg(feature = "asyncio-py")]
        (Value::Set(_), name) => super::modelled::has_method("set", name),
        // (`throw`, `asend` and `athrow` come with asyncio's module:
        // Code mode's first hands a program naming them over.)
        #[cfg(feature = "code")]
        (Value::Generator(g), name) => match g.is_async() {
            true => {
                matches!(name, "__aiter__" | "__anext__" | "aclose")
                    || (cfg!(feature = "asyncio-py") && matches!(name, "asend" | "athrow"))
            }
            false => {
                matches!(name, "__iter__" | "__next__" | "send" | "close")
                    || (cfg!(feature = "asyncio-py") && name == "throw")
            }
        },
        #[cfg(feature = "asyncio-py")]
        (Value::Descriptor(_), "setter") => true,
        // `str.lower`, to be called with the string (`call_unbound`).
        #[cfg(feature = "asyncio-py")]
        (Value::Class(_), name) => crate::value::unbound_owner(obj, name)
            .is_some_and(|t| super::modelled::has_method(t, name)),
        _ => false,
    }
}

/// `str.lower(s)`: the method of `owner` read from the type, called with
/// the object it applies to first (`method_descriptor`'s call).
#[cfg(feature = "asyncio-py")]
fn call_unbound(
    rt: &Rc<Runtime>,
    owner: &str,
    name: &str,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    if args.is_empty() {
        return Err(type_error(format!(
            "unbound method {owner}.{name}() needs an argument"
        )));
    }
    let this = args.remove(0);
    if this.type_name() != owner {
        return Err(type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            this.cpython_type_name()
        )));
    }
    call_method(rt, &this, name, args, kwargs)
}

/// `obj.name`. (Without Code mode no attribute runs program code, so
/// `rt` goes unused.)
#[cfg_attr(not(feature = "code"), allow(unused_variables))]
pub(crate) fn get_attr(rt: &Rc<Runtime>, obj: Value, name: &Name) -> Result<Value, Raise> {
    #[cfg(feature = "code")]
    if let Some(found) = super::classes::get_attr(rt, &obj, name) {
        return found;
    }
    if is_method(&obj, name) {
        return Ok(Value::Method(Rc::new((obj, name.clone()))));
    }
    match (&obj, &**name) {
        (Value::Module(m), attr) => match m.attr(attr) {
            Some(value) => Ok(value),
            #[cfg(not(feature = "code"))]
            None if *m == crate::value::Module::Asyncio
                && matches!(attr, "wait_for" | "current_task") =>
            {
                Err(RunError::needs_code_mode("this asyncio function"))
            }
            None => Err(super::modelled::missing_attribute(&obj, name)),
        },
        (Value::Class(c), "__name__") => Ok(Value::str(c.name())),
        // `type(range(3)).__name__`: a builtin that is a type.
        (Value::Builtin(b), "__name__") if b.is_type() => Ok(Value::str(b.name())),
        // A lambda in `main` is `main.<locals>.<lambda>`, named `<lambda>`.
        #[cfg(feature = "code")]
        (Value::Function(f), "__name__") => Ok(Value::str(crate::program::short_name(&f.name()))),
        #[cfg(feature = "code")]
        (Value::Function(f), "__qualname__") => Ok(Value::Str(f.name())),
        #[cfg(feature = "code")]
        (Value::Function(_), "__module__") => Ok(Value::str("__main__")),
        // A coroutine is named for its function as it was when called
        // (after `functools.wraps`, the wrapped one's name).
        #[cfg(feature = "asyncio-py")]
        (Value::Coroutine(c), "__name__" | "__qualname__") if c.is_named() => Ok(match &**name {
            "__name__" => Value::str(crate::program::short_name(c.name())),
            _ => Value::Str(c.name_rc()),
        }),
        // The docstring: the body's first statement, when it is a string
        // (kept as a statement, as CPython keeps it in `co_consts`).
        #[cfg(feature = "asyncio-py")]
        (Value::Function(f), "__doc__") => Ok(match (&*f.doc.borrow(), f.def().body.first()) {
            (Some(assigned), _) => assigned.clone(),
            (None, Some(crate::program::Stmt::Expr(Expr::Str(doc)))) => Value::str(doc),
            _ => Value::None,
        }),
        // The defaults of the parameters given by position, a tuple (as
        // immutable as CPython's, which calls read); `None` when there are
        // none. (`__kwdefaults__` is a dict calls read, which a program
        // may change: refused by name.)
        #[cfg(feature = "asyncio-py")]
        (Value::Function(f), "__defaults__") => {
            let mut positional = Vec::new();
            for (param, default) in f.def().params.iter().zip(&f.defaults) {
                if let (Some(d), false) = (
                    default,
                    param.kind == crate::program::ParamKind::KeywordOnly,
                ) {
                    positional.push(d.clone());
                }
            }
            Ok(match positional.is_empty() {
                true => Value::None,
                false => Value::tuple(positional),
            })
        }
        // `functools.partial`'s `func` and `args`. (Its `keywords` is a
        // dict its calls read, which a program may change: refused by name.)
        #[cfg(feature = "asyncio-py")]
        (Value::Partial(p), "func") => Ok(p.func.clone()),
        #[cfg(feature = "asyncio-py")]
        (Value::Partial(p), "args") => Ok(Value::tuple(p.args.clone())),
        #[cfg(not(feature = "code"))]
        (Value::Function(f), "__name__") => Ok(Value::Str(f.name())),
        (Value::Exception(e), "args") => Ok(Value::tuple(e.args().into_owned())),
        // A generator's return value: the first argument, as
        // `StopIteration.__init__` sets it.
        #[cfg(feature = "code")]
        (Value::Exception(e), "value") if e.kind == ExcKind::StopIteration => {
            Ok(e.args().first().cloned().unwrap_or(Value::None))
        }
        // `SystemExit.code`: what `sys.exit()` was given (None for
        // nothing, the tuple for several).
        #[cfg(feature = "asyncio-py")]
        (Value::Exception(e), "code") if e.kind == ExcKind::SystemExit => e.exit_code(),
        #[cfg(feature = "asyncio-py")]
        (Value::Exception(e), "message" | "exceptions") if e.group().is_some() => {
            Ok(super::exception_groups::attr(e, name).unwrap_or(Value::None))
        }
        #[cfg(feature = "code")]
        (Value::Exception(e), "__context__") => {
            Ok(e.context().map_or(Value::None, Value::Exception))
        }
        #[cfg(feature = "code")]
        (Value::Exception(e), "__cause__") => Ok(e.cause().map_or(Value::None, Value::Exception)),
        #[cfg(feature = "code")]
        (Value::Exception(e), "__suppress_context__") => Ok(Value::Bool(e.suppress_context())),
        #[cfg(feature = "code")]
        (Value::Exception(_), _) => Err(super::classes::missing(&obj, name)),
        _ => Err(super::modelled::missing_attribute(&obj, name)),
    }
}

pub(crate) fn call_method(
    rt: &Rc<Runtime>,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    #[cfg(feature = "asyncio-py")]
    if let Some(owner) = crate::value::unbound_owner(obj, name) {
        return call_unbound(rt, owner, name, args, kwargs);
    }
    // `functools.wraps(wrapped)(wrapper)`: `update_wrapper`, for a
    // function the program defines: its `__name__`, `__qualname__` and
    // `__doc__` become `wrapped`'s, and its attributes take in `wrapped`'s
    // and `__wrapped__`. (Its `__module__` is `__main__` already.)
    #[cfg(feature = "asyncio-py")]
    if name == super::WRAPS {
        return match (&args[..], obj, kwargs.is_empty()) {
            ([], _, true) => Err(type_error(
                "update_wrapper() missing 1 required positional argument: 'wrapper'".into(),
            )),
            ([Value::Function(wrapper)], Value::Function(wrapped), true) => {
                *wrapper.name.borrow_mut() = wrapped.name();
                let doc = get_attr(rt, obj.clone(), &"__doc__".into())?;
                drop(wrapper.doc.replace(Some(doc)));
                // `WRAPPER_UPDATES`: the wrapper's `__dict__` updated with
                // the wrapped one's, then `__wrapped__` set.
                let copied = wrapped.attrs.entries();
                for (name, value) in copied.into_iter().chain([("__wrapped__".into(), obj.clone())]) {
                    drop(wrapper.attrs.set(&name, value));
                }
                Ok(args[0].clone())
            }
            _ => Err(RunError::unsupported(
                "functools.wraps is supported for a function wrapping another function defined in the program",
            )),
        };
    }
    // `template.format(...)`.
    #[cfg(feature = "asyncio-py")]
    if let (Value::Str(template), "format") = (obj, name) {
        return super::formatting::str_format(rt, template, &args, &kwargs);
    }
    // `super().__init__(...)` reaching `object` or `BaseException`.
    #[cfg(feature = "code")]
    if name == "__init__" && matches!(obj, Value::Instance(_) | Value::Exception(_)) {
        if let Some(done) = super::classes::base_init(obj, args.clone(), kwargs.clone())? {
            return Ok(done);
        }
    }
    // `super().__repr__()` reaching `object`'s.
    #[cfg(feature = "code")]
    if name == "__repr__"
        && matches!(obj, Value::Instance(_))
        && args.is_empty()
        && kwargs.is_empty()
    {
        return Ok(Value::str(&obj.repr()));
    }
    #[cfg(feature = "asyncio-py")]
    if let Value::Descriptor(d) = obj {
        return super::classes::descriptor_method(d, name, args, kwargs);
    }
    #[cfg(feature = "code")]
    let admitted = admit(obj.type_name(), name, &args, &kwargs)?;
    #[cfg(feature = "asyncio-py")]
    if matches!(obj, Value::Future(_) | Value::Loop(_)) {
        refuse_in_thread(rt, obj.type_name(), name)?;
    }
    match obj {
        #[cfg(feature = "code")]
        Value::List(_) | Value::Dict(_) | Value::Str(_) => {
            super::methods::call(rt, obj, name, args, kwargs, admitted)
        }
        // `float.is_integer()` and `int.bit_length()`, METH_NOARGS.
        #[cfg(feature = "asyncio-py")]
        Value::Float(_) | Value::Int(_) | Value::Bool(_)
            if matches!(name, "is_integer" | "bit_length") =>
        {
            let owner = if name == "is_integer" { "float" } else { "int" };
            let qualname = format!("{owner}.{name}");
            no_kwargs(&qualname, &kwargs)?;
            no_args(&qualname, &args)?;
            Ok(match obj {
                Value::Float(f) => Value::Bool(f.is_finite() && f.fract() == 0.0),
                Value::Int(i) => Value::Int(i64::from(64 - i.unsigned_abs().leading_zeros())),
                _ => Value::Int(i64::from(matches!(obj, Value::Bool(true)))),
            })
        }
        #[cfg(not(feature = "code"))]
        Value::List(items) => {
            no_kwargs(name, &kwargs)?;
            if args.len() != 1 {
                return Err(type_error(format!(
                    "list.append() takes exactly one argument ({} given)",
                    args.len()
                )));
            }
            items.borrow_mut().extend(args);
            Ok(Value::None)
        }
        #[cfg(feature = "asyncio-py")]
        Value::Loop(l) => loop_method(rt, l, name, args, kwargs),
        // `dict.fromkeys(iterable, value=None, /)`: every key given the
        // one value, in the iterable's order.
        #[cfg(feature = "asyncio-py")]
        Value::Class(Class::Type("dict")) if name == "fromkeys" => {
            no_kwargs("dict.fromkeys", &kwargs)?;
            check_positional("fromkeys", args.len(), 1, 2)?;
            let mut args = args.into_iter();
            let (keys, value) = (
                args.next().unwrap_or(Value::None),
                args.next().unwrap_or(Value::None),
            );
            let dict = Rc::new(std::cell::RefCell::new(crate::value::dict::Dict::default()));
            crate::value::iter::Iter::new(keys)?.each(|key| {
                rt.count_step()?;
                dict.borrow_mut().insert(key, value.clone())
            })?;
            Ok(Value::Dict(dict))
        }
        #[cfg(feature = "asyncio-py")]
        Value::Set(set) => {
            no_kwargs(&format!("set.{name}"), &kwargs)?;
            // Which of several tasks (or other objects hashed by identity)
            // `pop` takes follows their addresses in CPython.
            if name == "pop" && set.borrow().count(crate::value::set::by_identity) >= 2 {
                rt.note_address_order();
            }
            super::sets::call(set, name, args)
        }
        // A method a decorator made, bound to an instance, or read from
        // its class and given the instance first.
        #[cfg(feature = "asyncio-py")]
        Value::Instance(i) if obj.made_method(name).is_some() => {
            call_made(rt, &i.class.clone(), obj, name, args, kwargs)
        }
        #[cfg(feature = "asyncio-py")]
        Value::UserClass(c) if obj.made_method(name).is_some() => {
            let mut args = args.into_iter();
            let Some(instance) = args.next() else {
                return Err(type_error(format!(
                    "{}.{name}() missing 1 required positional argument: 'self'",
                    c.name
                )));
            };
            call_made(rt, c, &instance, name, args.collect(), kwargs)
        }
        // `coro.close()` (`gen_close`): a coroutine never started is
        // closed without running, so it never warns "never awaited" and
        // cannot be awaited after; a finished one is left as it is.
        #[cfg(feature = "asyncio-py")]
        Value::Coroutine(c) if name == "close" => {
            if c.started.get() && !c.finished.get() {
                return Err(RunError::unsupported(
                    "closing a coroutine that is suspended at an `await` (CPython throws GeneratorExit in there) is not supported yet",
                ));
            }
            c.close_unstarted();
            Ok(Value::None)
        }
        #[cfg(feature = "asyncio-py")]
        Value::Exception(e) if name == "add_note" => {
            no_kwargs("BaseException.add_note", &kwargs)?;
            let note = exactly_one("BaseException.add_note", args)?;
            e.add_note(note)?;
            Ok(Value::None)
        }
        #[cfg(feature = "asyncio-py")]
        Value::Exception(e) if super::exception_groups::is_method(e, name) => {
            super::exception_groups::call(rt, e, name, args, !kwargs.is_empty())
        }
        #[cfg(feature = "asyncio-py")]
        Value::Handle(h) => {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(type_error(format!(
                    "{}.{name}() takes 1 positional argument but {} were given",
                    obj.type_name(),
                    args.len() + 1
                )));
            }
            Ok(match name {
                "cancel" => {
                    h.cancel();
                    Value::None
                }
                "cancelled" => Value::Bool(h.is_cancelled()),
                _ => h.when.clone().unwrap_or(Value::None),
            })
        }
        // A future of a loop `asyncio.run` closed schedules its callbacks
        // on that loop, which raises (`_check_closed`): not modelled.
        #[cfg(feature = "asyncio-py")]
        Value::Future(f)
            if match name {
                "set_result" | "set_exception" | "cancel" => {
                    (!rt.loop_running() || rt.of_an_earlier_loop(f))
                        && f.is_pending()
                        && !f.state.borrow().callbacks.is_empty()
                }
                "add_done_callback" => !rt.loop_running() && !f.is_pending(),
                _ => false,
            } =>
        {
            Err(RunError::unsupported(format!(
                "`{}.{name}()` on a future whose loop has closed (after its `asyncio.run` returned) is not supported yet",
                obj.type_name()
            )))
        }
        // `Task.set_name(value)`: named `str(value)` from now on, in its
        // repr and `get_name()`.
        #[cfg(feature = "code")]
        Value::Future(f) if name == "set_name" && f.task().is_some() => {
            no_kwargs("Task.set_name", &kwargs)?;
            let value = exactly_one("Task.set_name", args)?;
            let text = value.try_to_str(&mut rt.formatter())?;
            if let Some(task) = f.task() {
                rt.rename_task(task, text);
            }
            Ok(Value::None)
        }
        // `_num_cancels_requested`, read and taken back (`timeouts.py`
        // and `taskgroups.py` use them).
        #[cfg(feature = "asyncio-py")]
        Value::Future(f) if name == "cancelling" || name == "uncancel" => {
            let method = format!("Task.{name}");
            no_kwargs(&method, &kwargs)?;
            no_args(&method, &args)?;
            let mut st = f.state.borrow_mut();
            if name == "uncancel" {
                st.cancels_requested = st.cancels_requested.saturating_sub(1);
            }
            Ok(Value::Int(i64::from(st.cancels_requested)))
        }
        #[cfg(feature = "asyncio-py")]
        Value::Future(f) if name == "add_done_callback" || name == "remove_done_callback" => {
            let class = method_owner(f);
            let given = args.len();
            let callback = if name == "add_done_callback" {
                // `add_done_callback(fn, /, *, context=None)`
                let [context] = keywords(name, kwargs, ["context"])?;
                if context.is_some_and(|c| !matches!(c, Value::None)) {
                    return Err(RunError::unsupported(
                        "add_done_callback(..., context=...) is not supported yet: leave it out, and the callback runs in a copy of the current context",
                    ));
                }
                let [callback]: [Value; 1] = args.try_into().map_err(|_| {
                    type_error(format!(
                        "add_done_callback() takes exactly 1 positional argument ({given} given)"
                    ))
                })?;
                callback
            } else {
                no_kwargs(&format!("{class}.{name}"), &kwargs)?;
                let [callback]: [Value; 1] = args.try_into().map_err(|_| {
                    type_error(format!(
                        "{class}.{name}() takes exactly one argument ({given} given)"
                    ))
                })?;
                callback
            };
            if name == "add_done_callback" {
                rt.add_program_done_callback(f, callback)?;
                Ok(Value::None)
            } else {
                Ok(Value::Int(
                    rt.remove_program_done_callback(f, &callback) as i64
                ))
            }
        }
        #[cfg(feature = "asyncio-py")]
        Value::Future(f) if name == "set_result" || name == "set_exception" => {
            set_outcome(rt, f, name, args, kwargs)
        }
        Value::Future(f) => {
            #[cfg(not(feature = "code"))]
            if name == "cancel" && (!args.is_empty() || !kwargs.is_empty()) {
                return Err(RunError::needs_code_mode("cancel(msg)"));
            }
            #[cfg(feature = "code")]
            if name == "cancel" {
                // `cancel(msg=None)`, by position or keyword.
                if let Some((k, _)) = kwargs.iter().find(|(k, _)| &**k != "msg") {
                    return Err(type_error(format!(
                        "'{k}' is an invalid keyword argument for cancel()"
                    )));
                }
                if args.len() + kwargs.len() > 1 {
                    return Err(type_error(format!(
                        "cancel() takes at most 1 argument ({} given)",
                        args.len() + kwargs.len()
                    )));
                }
                let mut args = args;
                let msg = args
                    .pop()
                    .or_else(|| kwargs.into_iter().next().map(|(_, v)| v))
                    .filter(|m| !matches!(m, Value::None));
                return Ok(Value::Bool(rt.cancel(f, msg)));
            }
            let method = format!("{}.{name}", method_owner(f));
            no_kwargs(&method, &kwargs)?;
            no_args(&method, &args)?;
            if name == "cancel" {
                return Ok(Value::Bool(rt.cancel(f, None)));
            }
            future_method(f, name)
        }
        // `__aiter__()` is the generator itself; `__anext__()`, what
        // awaiting runs it to its next `yield` (`vm::TaskVm::resume_agen`).
        // A plain generator's methods run it at once (`Generator::resume`).
        #[cfg(feature = "asyncio-py")]
        Value::Generator(gen) if !gen.is_async() && name == "throw" => {
            let thrown = thrown(rt, "throw", args, kwargs)?;
            gen.resume(Value::None, Resumption::Throw(thrown))
        }
        #[cfg(feature = "code")]
        Value::Generator(gen) if !gen.is_async() => {
            let given = args.len() + kwargs.len();
            if given != usize::from(name == "send") || !kwargs.is_empty() {
                return Err(type_error(match name {
                    "send" => {
                        format!("generator.send() takes exactly one argument ({given} given)")
                    }
                    "close" => format!("generator.close() takes no arguments ({given} given)"),
                    _ => format!("expected 0 arguments, got {given}"),
                }));
            }
            let sent = args.first().cloned().unwrap_or(Value::None);
            match name {
                "__iter__" => Ok(obj.clone()),
                "close" => gen.resume(sent, Resumption::Close).map(|_| Value::None),
                _ => gen.resume(sent, Resumption::Send),
            }
        }
        #[cfg(feature = "code")]
        Value::Generator(agen) => {
            let body = match name {
                #[cfg(feature = "asyncio-py")]
                "athrow" => {
                    let thrown = thrown(rt, "athrow", args, kwargs)?;
                    CoroBody::AsyncGenClose(agen.clone(), Some(thrown))
                }
                #[cfg(feature = "asyncio-py")]
                "asend" => {
                    let given = args.len() + kwargs.len();
                    if given != 1 || !kwargs.is_empty() {
                        return Err(type_error(format!(
                            "async_generator.asend() takes exactly one argument ({given} given)"
                        )));
                    }
                    CoroBody::AsyncGenNext(
                        agen.clone(),
                        args.into_iter().next().unwrap_or(Value::None),
                    )
                }
                "aclose" if !kwargs.is_empty() => {
                    return Err(type_error(
                        "async_generator.aclose() takes no keyword arguments".into(),
                    ));
                }
                "aclose" if !args.is_empty() => {
                    return Err(type_error(format!(
                        "async_generator.aclose() takes no arguments ({} given)",
                        args.len()
                    )));
                }
                _ if !args.is_empty() || !kwargs.is_empty() => {
                    return Err(type_error(format!(
                        "expected 0 arguments, got {}",
                        args.len() + kwargs.len()
                    )));
                }
                "__aiter__" => return Ok(obj.clone()),
                "aclose" => CoroBody::AsyncGenClose(agen.clone(), None),
                _ => CoroBody::AsyncGenNext(agen.clone(), Value::None),
            };
            Ok(Value::Coroutine(Rc::new(Coroutine::new(body))))
        }
        _ => Err(RunError::internal(format!("no method {name} on {}", obj.type_name())).into()),
    }
}

/// What `gen.throw(x)` and `agen.athrow(x)` throw in: `x`, an exception,
/// or one of the builtin exception classes called with no arguments (as
/// `_gen_throw` normalizes it). The forms CPython checks only when an
/// `athrow()` is awaited, and the three-argument form, are refused.
#[cfg(feature = "asyncio-py")]
fn thrown(
    rt: &Rc<Runtime>,
    method: &str,
    args: Vec<Value>,
    kwargs: Vec<(Name, Value)>,
) -> Result<Exc, Raise> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("{method}() takes no keyword arguments")));
    }
    match &args[..] {
        [] if method == "throw" => Err(type_error("throw expected at least 1 argument, got 0".into())),
        [Value::Exception(e)] => Ok(e.clone()),
        [Value::Class(Class::Exception(k))] => Ok(Exception::bare(*k)),
        [v @ Value::UserClass(c)] if method == "throw" && c.exception_base().is_some() => {
            super::vm::to_exception(rt, v.clone())
        }
        [v] if method == "throw" => Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            v.cpython_type_name()
        ))),
        _ => Err(RunError::unsupported(format!(
            "{method}() of anything but one exception (an instance, or a builtin exception class) is not supported yet; pass the exception instance"
        ))
        ),
    }
}

/// `pow(base, exp, mod=None)`: `base ** exp`, or with `mod`, the power
/// of ints modulo it, with the sign of `mod` as `%` gives it
/// (`long_pow`); a negative exponent there (a modular inverse) is refused.
#[cfg(feature = "asyncio-py")]
fn pow(args: Vec<Value>, kwargs: Vec<(Name, Value)>) -> Result<Value, Raise> {
    if !kwargs.is_empty() {
        return Err(RunError::unsupported(
            "pow() with keyword arguments is not supported yet; pass base, exp and mod by position",
        ));
    }
    let (base, exp, modulus) = match &args[..] {
        [] => {
            return Err(type_error(
                "pow() missing required argument 'base' (pos 1)".into(),
            ))
        }
        [_] => {
            return Err(type_error(
                "pow() missing required argument 'exp' (pos 2)".into(),
            ))
        }
        [b, e] => (b, e, &Value::None),
        [b, e, m] => (b, e, m),
        _ => {
            return Err(type_error(format!(
                "pow() takes at most 3 arguments ({} given)",
                args.len()
            )))
        }
    };
    if matches!(modulus, Value::None) {
        return crate::value::ops::binop(crate::program::BinOp::Pow, base, exp);
    }
    let int = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    };
    let (Some(b), Some(e), Some(m)) = (int(base), int(exp), int(modulus)) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers".into(),
        ));
    };
    if m == 0 {
        return Err(Raise::Exc(Exception::new(
            ExcKind::ValueError,
            "pow() 3rd argument cannot be 0",
        )));
    }
    if e < 0 {
        return Err(RunError::unsupported(
            "pow() with a negative exponent and a modulus (a modular inverse) is not supported yet",
        ));
    }
    let size = i128::from(m).abs();
    let (mut result, mut square, mut e) = (1 % size, i128::from(b).rem_euclid(size), e);
    while e > 0 {
        if e & 1 == 1 {
            result = result * square % size;
        }
        square = square * square % size;
        e >>= 1;
    }
    // The sign of the modulus, as Python's `%`.
    if m < 0 && result != 0 {
        result -= size;
    }
    Ok(Value::Int(result as i64))
}

/// Refuses `what`, one of asyncio's functions or methods, called from a
/// thread's code: asyncio is not thread-safe, and what CPython does then
/// (`get_running_loop()` raising, a future's callbacks scheduled without
/// waking the loop) is not modelled.
#[cfg(feature = "asyncio-py")]
#[inline]
pub(crate) fn refuse_in_thread(rt: &Runtime, owner: &str, name: &str) -> Result<(), Raise> {
    match rt.in_thread() {
        false => Ok(()),
        true => Err(in_thread(owner, name)),
    }
}

#[cfg(feature = "asyncio-py")]
#[cold]
#[inline(never)]
fn in_thread(owner: &str, name: &str) -> Raise {
    RunError::unsupported(format!(
        "{owner}.{name}() called from a thread's code (what `to_thread` or `run_in_executor` runs) is not supported yet: asyncio is not thread-safe, and CPython's behaviour there is not modelled; return a value from the thread instead, and let the task that awaits it go on"
    ))
}

/// Refuses a call CPython accepts but the engine does not model
/// (`modelled::admit`).
#[cfg(feature = "code")]
fn admit(
    owner: &str,
    name: &str,
    args: &[Value],
    kwargs: &Kwargs,
) -> Result<super::modelled::Admitted, Raise> {
    if kwargs.is_empty() {
        return super::modelled::admit(owner, name, args.len(), &[]);
    }
    let keywords: Vec<&str> = kwargs.iter().map(|(k, _)| &**k).collect_vec();
    super::modelled::admit(owner, name, args.len(), &keywords)
}

/// `loop.run_in_executor(executor, func, *args)`, for asyncio's default
/// executor (`engine::threads`).
#[cfg(feature = "asyncio-py")]
fn run_in_executor(
    rt: &Rc<Runtime>,
    l: &Rc<crate::value::EventLoopObj>,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    if let Some((k, _)) = kwargs.first() {
        return Err(type_error(format!(
            "BaseEventLoop.run_in_executor() got an unexpected keyword argument '{k}'"
        )));
    }
    match args.len() {
        0 => return Err(type_error(
            "BaseEventLoop.run_in_executor() missing 2 required positional arguments: 'executor' and 'func'"
                .into(),
        )),
        1 => return Err(type_error(
            "BaseEventLoop.run_in_executor() missing 1 required positional argument: 'func'"
                .into(),
        )),
        _ => {}
    }
    check_open(l)?;
    if !matches!(args[0], Value::None) {
        return Err(RunError::unsupported(
            "run_in_executor with an executor of the program's is not supported yet: pass None, for asyncio's default executor (as asyncio.to_thread does)",
        ));
    }
    if !rt.loop_running() {
        return Err(RunError::unsupported(
            "run_in_executor outside a running loop is not supported yet: call it (or asyncio.to_thread) from a coroutine",
        ));
    }
    let func = args.remove(1);
    args.remove(0);
    Ok(Value::Future(rt.run_in_executor(func, args)?))
}

/// A method of the loop `asyncio.get_running_loop()` gave.
#[cfg(feature = "asyncio-py")]
fn loop_method(
    rt: &Rc<Runtime>,
    l: &Rc<crate::value::EventLoopObj>,
    name: &str,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    if let Some(v) = loop_lifecycle(rt, l, name, &mut args, &kwargs)? {
        return Ok(v);
    }
    // Outside a coroutine (the module's code of an older tutorial), the
    // loop the program schedules on becomes the engine's.
    if !rt.loop_running() && !l.closed.get() {
        rt.bind_loop(l)?;
    }
    let refuse_context = |context: Option<Value>| {
        match context {
        Some(c) if !matches!(c, Value::None) => Err(RunError::unsupported(format!(
            "loop.{name}(..., context=...) is not supported yet: contexts (`contextvars`) are not modelled"
        ))),
        _ => Ok(()),
    }
    };
    if name == "create_task" {
        // `loop.create_task(coro, *, name=None, context=None)`: a task
        // named here takes no number (`Task-N`), unlike
        // `asyncio.create_task(coro, name=...)`, which names it after.
        let [coro, task_name, context] = keywords(name, kwargs, ["coro", "name", "context"])?;
        refuse_context(context)?;
        check_open(l)?;
        args.extend(coro);
        if args.len() != 1 {
            return Err(type_error(match args.len() {
                0 => "BaseEventLoop.create_task() missing 1 required positional argument: 'coro'"
                    .into(),
                n => format!(
                    "BaseEventLoop.create_task() takes 2 positional arguments but {} were given",
                    n + 1
                ),
            }));
        }
        return match (args.pop(), task_name.filter(|n| !matches!(n, Value::None))) {
            (Some(Value::Coroutine(c)), Some(n)) => {
                let n = n.try_to_str(&mut rt.formatter())?;
                Ok(Value::Future(rt.create_named_task(c, n)?))
            }
            (Some(Value::Coroutine(c)), None) => Ok(Value::Future(rt.create_task(c, None, false)?)),
            // No coroutine: `create_task`'s TypeError.
            (arg, _) => call_builtin(
                rt,
                Builtin::CreateTask,
                arg.into_iter().collect(),
                Vec::new(),
            ),
        };
    }
    if name == "run_in_executor" {
        return run_in_executor(rt, l, args, kwargs);
    }
    if let Some(param) = match name {
        "set_exception_handler" => Some("handler"),
        "default_exception_handler" | "call_exception_handler" => Some("context"),
        _ => None,
    } {
        let arg = loop_argument(name, param, args, kwargs)?;
        return exception_handler_method(rt, l, name, arg);
    }
    if !matches!(
        name,
        "call_soon" | "call_later" | "call_at" | "call_soon_threadsafe"
    ) {
        if !args.is_empty() || !kwargs.is_empty() {
            return Err(type_error(format!(
                "BaseEventLoop.{name}() takes 1 positional argument but {} were given",
                args.len() + 1
            )));
        }
        return Ok(match name {
            "time" => {
                rt.flush_compute();
                Value::Float(rt.now_seconds())
            }
            _ => Value::Future(rt.create_future()),
        });
    }
    // `call_soon(callback, *args, context=None)`, `call_later(delay,
    // callback, ...)`, `call_at(when, callback, ...)`: the leading
    // parameters may be given by keyword when nothing follows them.
    let leading: &[&str] = match name {
        "call_soon" | "call_soon_threadsafe" => &["callback"],
        "call_later" => &["delay", "callback"],
        _ => &["when", "callback"],
    };
    let mut context = None;
    let mut by_keyword: Vec<(Name, Value)> = Vec::new();
    for (k, v) in kwargs {
        match &*k {
            "context" => context = Some(v),
            k2 if leading.contains(&k2) => by_keyword.push((k, v)),
            _ => {
                return Err(type_error(format!(
                    "BaseEventLoop.{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    refuse_context(context)?;
    for (i, param) in leading.iter().enumerate() {
        if let Some(at) = by_keyword.iter().position(|(k, _)| &**k == *param) {
            if args.len() > i {
                return Err(type_error(format!(
                    "BaseEventLoop.{name}() got multiple values for argument '{param}'"
                )));
            }
            args.push(by_keyword.remove(at).1);
        }
    }
    if args.len() < leading.len() {
        let missing = &leading[args.len()..];
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect_vec();
        return Err(type_error(format!(
            "BaseEventLoop.{name}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 2 { "s" } else { "" },
            quoted.joined(" and ")
        )));
    }
    if name == "call_soon" || name == "call_soon_threadsafe" {
        check_open(l)?;
        let callback = args.remove(0);
        let handle = rt.call_soon_program(callback, args)?;
        // `_write_to_self()`: the loop's next `select` wakes to read it.
        if name == "call_soon_threadsafe" {
            rt.write_to_self();
        }
        return Ok(Value::Handle(handle));
    }
    let at = args.remove(0);
    let callback = args.remove(0);
    if matches!(at, Value::None) {
        return Err(type_error(
            if name == "call_at" {
                "when cannot be None"
            } else {
                "delay must not be None"
            }
            .into(),
        ));
    }
    rt.flush_compute();
    let now = rt.now_seconds();
    let seconds = match &at {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Float(f) => *f,
        other => {
            return Err(type_error(format!(
                "unsupported operand type(s) for +: 'float' and '{}'",
                other.cpython_type_name()
            )))
        }
    };
    // `TimerHandle.when()`: what `call_at` was given, or `time() + delay`.
    let (when, deadline) = match name {
        "call_at" => (at, seconds),
        _ => (Value::Float(now + seconds), now + seconds),
    };
    if deadline.is_nan() || deadline.abs() > super::vm::MAX_SLEEP_SECONDS {
        return Err(RunError::limit(format!(
            "loop.{name}() with a deadline of {} s is outside what the virtual clock models",
            when.repr()
        )));
    }
    if deadline < 0.0 {
        return Err(RunError::unsupported(format!(
            "loop.{name}() with a deadline before the clock's start (the virtual clock starts at 0) is not supported yet"
        )));
    }
    check_open(l)?;
    Ok(Value::Handle(rt.call_at_program(
        deadline,
        when,
        callback,
        args,
        name == "call_at",
    )?))
}

/// What the module's code of an older tutorial does with a loop it got
/// from `get_event_loop()` or `new_event_loop()`: `run_until_complete`
/// (the caller, `vm`, then waits while the session runs the loop),
/// `close`, `is_running`, `is_closed`. `None` for the other methods.
#[cfg(feature = "asyncio-py")]
fn loop_lifecycle(
    rt: &Rc<Runtime>,
    l: &Rc<crate::value::EventLoopObj>,
    name: &str,
    args: &mut Vec<Value>,
    kwargs: &Kwargs,
) -> Result<Option<Value>, Raise> {
    let running = rt.running_loop().is_some_and(|r| Rc::ptr_eq(&r, l));
    let runtime_error = |m: &str| Err(Raise::Exc(Exception::new(ExcKind::RuntimeError, m)));
    if matches!(
        name,
        "is_running" | "is_closed" | "close" | "run_forever" | "stop" | "get_exception_handler"
    ) {
        // (Written in Python: a keyword is an unexpected one.)
        keywords(&format!("BaseEventLoop.{name}"), kwargs.clone(), [])?;
        if !args.is_empty() {
            return Err(type_error(format!(
                "BaseEventLoop.{name}() takes 1 positional argument but {} were given",
                args.len() + 1
            )));
        }
    }
    match name {
        "is_running" => Ok(Some(Value::Bool(running))),
        "is_closed" => Ok(Some(Value::Bool(l.closed.get()))),
        "get_exception_handler" => Ok(Some(
            l.exception_handler.borrow().clone().unwrap_or(Value::None),
        )),
        "close" if running => runtime_error("Cannot close a running event loop"),
        "close" => {
            rt.close_loop(l)?;
            Ok(Some(Value::None))
        }
        // `_stopping = True`: the loop runs the rest of its iteration,
        // then `run_forever` returns (`run_until_complete` raises if its
        // future is not done by then).
        "stop" if running => {
            rt.stop_loop();
            Ok(Some(Value::None))
        }
        "stop" => Err(RunError::unsupported(
            "loop.stop() while the loop is not running is not supported yet: CPython's next run_forever() then runs one iteration and returns; call it from a callback or a task",
        )),
        "run_forever" => {
            check_open(l)?;
            if running {
                return runtime_error("This event loop is already running");
            }
            if rt.loop_running() {
                return runtime_error("Cannot run the event loop while another loop is running");
            }
            rt.bind_loop(l)?;
            // What the module's code waits on (`vm`): done already, with
            // `run_forever`'s None, so that only `stop()` ends the run.
            let returned = rt.create_future();
            rt.set_result(&returned, Value::None);
            rt.run_from_module(true);
            Ok(Some(Value::Future(returned)))
        }
        "run_until_complete" => {
            let future = loop_argument(name, "future", std::mem::take(args), kwargs.clone())?;
            // Raised by `run_until_complete(self, future)`, whose frame
            // the traceback keeps, and `future` with it.
            let kept = |e: Raise| super::vm::kept_in_traceback(e, vec![future.clone()]);
            check_open(l).map_err(kept)?;
            if running {
                return runtime_error("This event loop is already running").map_err(kept);
            }
            if rt.loop_running() {
                return runtime_error("Cannot run the event loop while another loop is running")
                    .map_err(kept);
            }
            rt.bind_loop(l)?;
            let future = rt.ensure_future(future)?;
            rt.run_from_module(false);
            Ok(Some(Value::Future(future)))
        }
        _ => Ok(None),
    }
}

/// The one argument of the loop's method `name(param)`, given by
/// position or by keyword, or CPython's TypeError.
#[cfg(feature = "asyncio-py")]
fn loop_argument(
    name: &str,
    param: &'static str,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    let method = format!("BaseEventLoop.{name}");
    let [given] = keywords(&method, kwargs, [param])?;
    if given.is_some() && !args.is_empty() {
        return Err(type_error(format!(
            "{method}() got multiple values for argument '{param}'"
        )));
    }
    args.extend(given);
    match <[Value; 1]>::try_from(args) {
        Ok([arg]) => Ok(arg),
        Err(args) if args.is_empty() => Err(type_error(format!(
            "{method}() missing 1 required positional argument: '{param}'"
        ))),
        Err(args) => Err(type_error(format!(
            "{method}() takes 2 positional arguments but {} were given",
            args.len() + 1
        ))),
    }
}

/// `set_exception_handler(handler)`, `default_exception_handler(context)`,
/// `call_exception_handler(context)` (`engine::exception_handler`), given
/// their argument.
#[cfg(feature = "asyncio-py")]
fn exception_handler_method(
    rt: &Rc<Runtime>,
    l: &Rc<crate::value::EventLoopObj>,
    name: &str,
    arg: Value,
) -> Result<Value, Raise> {
    match name {
        "set_exception_handler" => {
            if !matches!(arg, Value::None) && !callable(&arg) {
                return Err(type_error(format!(
                    "A callable object or None is expected, got {}",
                    arg.repr()
                )));
            }
            // (Once set on any loop, freed futures live on for a handler;
            // with none, they are reported as before.)
            if !matches!(arg, Value::None) {
                rt.freed.handler_set(true);
            }
            *l.exception_handler.borrow_mut() = (!matches!(arg, Value::None)).then_some(arg);
        }
        "default_exception_handler" => rt.default_exception_handler(&arg)?,
        _ => rt.call_loop_exception_handler(Some(l.clone()), arg)?,
    }
    Ok(Value::None)
}

/// `_check_closed()`: a loop kept past its `asyncio.run` schedules nothing.
#[cfg(feature = "asyncio-py")]
fn check_open(l: &crate::value::EventLoopObj) -> Result<(), Raise> {
    match l.closed.get() {
        true => Err(Raise::Exc(Exception::new(
            ExcKind::RuntimeError,
            "Event loop is closed",
        ))),
        false => Ok(()),
    }
}

/// `fut.set_result(result)` or `fut.set_exception(exception)`, with
/// `_asyncio.Future`'s checks in its order.
#[cfg(feature = "asyncio-py")]
fn set_outcome(
    rt: &Rc<Runtime>,
    f: &FutRef,
    name: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    let method = format!("{}.{name}", method_owner(f));
    no_kwargs(&method, &kwargs)?;
    let value = exactly_one(&method, args)?;
    if f.task().is_some() {
        return Err(Raise::Exc(Exception::new(
            ExcKind::RuntimeError,
            format!("Task does not support {name} operation"),
        )));
    }
    if !f.is_pending() {
        return Err(Raise::Exc(Exception::new(
            ExcKind::InvalidStateError,
            "invalid state",
        )));
    }
    if name == "set_result" {
        rt.set_result(f, value);
        return Ok(Value::None);
    }
    let exc = match value {
        Value::Exception(e) => e,
        Value::Class(Class::Exception(kind)) => Exception::with_args(kind, Vec::new()),
        Value::UserClass(c) if c.exception_base().is_some() => {
            return Err(RunError::unsupported(
                "set_exception() given an exception class of the program's is not supported yet; pass an instance: set_exception(MyError())",
            ))
        }
        _ => return Err(type_error("invalid exception object".into())),
    };
    // `future_set_exception`: a StopIteration itself (not a subclass) is
    // refused, the future left pending.
    if exc.kind == ExcKind::StopIteration && exc.class.is_none() {
        return Err(type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future"
                .into(),
        ));
    }
    rt.program_set_exception(f, exc);
    Ok(Value::None)
}

/// The class CPython names in a future's method's messages, the C class
/// whose method it is: every future that is not a task (a gather's too)
/// has `Future`'s.
fn method_owner(f: &FutRef) -> &'static str {
    match f.task() {
        Some(_) => "Task",
        None => "Future",
    }
}

fn future_method(f: &FutRef, name: &str) -> Result<Value, Raise> {
    match name {
        "done" => Ok(Value::Bool(!f.is_pending())),
        "cancelled" => Ok(Value::Bool(f.is_cancelled())),
        "result" => Ok(f.result()?),
        "exception" => Ok(f.exception()?.map_or(Value::None, Value::Exception)),
        "get_name" => Ok(Value::str(&f.task().map(|t| t.name()).unwrap_or_default())),
        // The coroutine object the task was made with, the same one
        // (`t.get_coro() is coro`), finished or not.
        #[cfg(feature = "code")]
        "get_coro" => match f.task() {
            Some(t) => Ok(Value::Coroutine(t.coroutine.clone())),
            None => Err(RunError::internal("get_coro on a future that is not a task").into()),
        },
        _ => Err(RunError::internal(format!("no method {name} on futures")).into()),
    }
}

/// The page's first download is built without Code mode's library: what it
/// leaves out says where to find it, instead of failing like Python would.
#[cfg(all(test, not(feature = "code")))]
mod without_code_mode {
    use crate::program::build::*;

    #[test]
    fn library_builtins_point_to_code_mode() {
        let program = program(vec![async_fn(
            "main",
            &[],
            vec![print(vec![call_fn(
                "sorted",
                vec![list(vec![int(2), int(1)])],
            )])],
        )]);
        let outcome = crate::run(&program, &crate::RunOptions::default());
        let error = outcome.error.expect("sorted() is not in this build");
        assert!(error.message.contains("Code mode"), "{}", error.message);
    }
}

/// `print`'s formatting: CPython's `print` writes each argument as soon as
/// it has its `str`, so what came before a `__str__` or `__repr__` of the
/// program's is out before the method runs (and prints, or raises).
struct Printing<'a> {
    rt: &'a Rc<Runtime>,
    /// What `print` has written so far and not yet passed on.
    written: String,
    #[cfg(feature = "asyncio-py")]
    stream: Stream,
}

impl Printing<'_> {
    /// What was written, out to the stream.
    fn pass_on(&mut self) {
        let text = std::mem::take(&mut self.written);
        #[cfg(feature = "asyncio-py")]
        if self.stream == Stream::Stderr {
            self.rt.write_stderr(&text);
            return;
        }
        self.rt.print(text);
    }
}

impl crate::value::format::UserFormat for Printing<'_> {
    fn call(&mut self, obj: &Value, method: &'static str) -> Option<Result<String, Raise>> {
        if !self.written.is_empty() && crate::value::format::program_defines(obj, method) {
            self.pass_on();
        }
        self.rt.formatter().call(obj, method)
    }
}

/// The process's two output streams, which `print` writes to itself.
#[cfg(feature = "asyncio-py")]
#[derive(Clone, Copy, PartialEq)]
enum Stream {
    Stdout,
    Stderr,
}

#[cfg(feature = "asyncio-py")]
impl Stream {
    /// The stream `print`'s `file` is: stdout for None (`sys.stdout`,
    /// CPython's default), or one of the library's two `TextIOWrapper`s
    /// (`asyncio_py/io.py`), by its descriptor. `None` for any other
    /// object, which `print` writes to through its `write`.
    fn of(file: &Value) -> Option<Stream> {
        let Value::Instance(i) = file else {
            return matches!(file, Value::None).then_some(Stream::Stdout);
        };
        if (i.class.module, i.class.name) != ("_io", "TextIOWrapper") {
            return None;
        }
        match i.attrs.get("_fd") {
            Some(Value::Int(2)) => Some(Stream::Stderr),
            _ => Some(Stream::Stdout),
        }
    }
}

/// `print(*args, sep=sep, end=end, file=file)` for a `file` of the
/// program's (`builtin_print_impl`): each piece is written by its own
/// call of `file.write`, the method read again for each
/// (`PyFile_WriteObject`) and before the piece's `str`.
#[cfg(feature = "asyncio-py")]
fn print_to_object(
    rt: &Rc<Runtime>,
    file: &Value,
    args: &[Value],
    (sep, end): (&str, &str),
    flush: bool,
) -> Result<Value, Raise> {
    let write = |piece: Result<Value, &Value>| -> Result<(), Raise> {
        let writer = get_attr(rt, file.clone(), &"write".into())?;
        let text = match piece {
            Ok(text) => text,
            Err(v) => Value::Str(v.try_to_str(&mut rt.formatter())?.into()),
        };
        call_to_end(rt, writer, vec![text], Vec::new()).map(drop)
    };
    for (i, v) in args.iter().enumerate() {
        if i > 0 {
            write(Ok(Value::str(sep)))?;
        }
        write(Err(v))?;
    }
    write(Ok(Value::str(end)))?;
    if flush {
        let flush = get_attr(rt, file.clone(), &"flush".into())?;
        call_to_end(rt, flush, Vec::new(), Vec::new())?;
    }
    Ok(Value::None)
}

/// Runs the method a decorator made, `name` as `class` (`obj`'s, or a
/// base that `super()` or `Base.name(obj)` read it from) has it.
#[cfg(feature = "asyncio-py")]
pub(crate) fn call_made(
    rt: &Rc<Runtime>,
    class: &Rc<crate::value::class::ClassObj>,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    match Value::UserClass(class.clone()).made_method(name) {
        Some(Builtin::OrderingFrom(root)) => {
            no_kwargs(name, &kwargs)?;
            super::total_ordering::call(rt, obj, name, root, args)
        }
        _ => super::dataclasses::call(rt, class, obj, name, args, kwargs),
    }
}
