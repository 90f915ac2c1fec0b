//! The program's classes at run time, as CPython's `type` and `object`
//! run them: making a class (`class`), calling one (a new instance, then
//! its `__init__`), reading and assigning the attributes of instances and
//! classes, `super()`, and what `type`, `isinstance` and "Did you mean"
//! need of them.
//!
//! The values themselves are `value::class`'s. An instance of a class
//! derived from an exception is a `Value::Exception` with its class
//! (`Exception::class`), so raising and catching it take the exceptions'
//! paths; its attributes are kept here as an instance's are.

use super::builtins::{bind, type_error, Kwargs};
use crate::closed_world;
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::program::Name;
#[cfg(feature = "asyncio-py")]
use crate::value::class::Descriptor;
use crate::value::class::{Attrs, Base, ClassObj, Instance};
use crate::value::{Class, ExcKind, Exception, Value};
use std::rc::Rc;

/// `class name(base): ...`: `values` are the body's, one per `names`;
/// `fields`, the names the body annotates (`ClassObj::fields`).
pub(crate) fn make(
    #[cfg_attr(not(feature = "asyncio-py"), allow(unused_variables))] rt: &Rc<Runtime>,
    name: &str,
    base: Value,
    names: &[Name],
    values: Vec<Value>,
    #[cfg(feature = "asyncio-py")] (fields, typing): (&[Name], Option<crate::program::TypingBase>),
) -> Result<Value, Raise> {
    let base = match base {
        Value::None => Base::Object,
        Value::Class(Class::Exception(kind)) => Base::Exception(kind),
        Value::UserClass(class) => Base::Class(class),
        Value::Class(Class::Type(builtin)) => {
            return Err(RunError::unsupported(format!(
                "a class derived from `{builtin}` is not supported yet; derive from a class of the program's or an exception class"
            )))
        }
        other => {
            return Err(RunError::unsupported(format!(
                "a class derived from a {} is not supported; derive from a class",
                other.type_name()
            )))
        }
    };
    // A name bound twice in the body keeps its first place and its last
    // value, as the class namespace (a dict) does.
    #[cfg_attr(not(feature = "asyncio-py"), allow(unused_mut))]
    let mut class = ClassObj::new(name, base);
    #[cfg(feature = "asyncio-py")]
    {
        class.host = crate::value::class::Host(Some(
            Rc::downgrade(rt) as std::rc::Weak<dyn crate::value::iter::Call>
        ));
        class.fields = fields.to_vec();
        class.typing_base = typing;
    }
    for (name, value) in names.iter().zip(values) {
        drop(class.attrs.set(name, value));
    }
    // A class that defines `__eq__` and not `__hash__` is unhashable, as
    // `type_new` makes it: its `__hash__` is None (`dict::check_hashable`).
    #[cfg(feature = "asyncio-py")]
    if class.attrs.get("__eq__").is_some() && class.attrs.get("__hash__").is_none() {
        class.attrs.set(&"__hash__".into(), Value::None);
    }
    // CPython's reports of an exception (the traceback module's, for
    // "Exception in callback" and "Task exception was never retrieved")
    // ask its truth along the way, as often as its chain makes them.
    #[cfg(feature = "asyncio-py")]
    if class.exception_base().is_some()
        && (class.lookup("__bool__").is_some() || class.lookup("__len__").is_some())
    {
        return Err(RunError::unsupported(
            "an exception class with `__bool__` or `__len__` is not supported yet (CPython's traceback module asks an exception's truth as it reports one)",
        ));
    }
    Ok(Value::UserClass(Rc::new(class)))
}

/// `Class(*args, **kwargs)`: a new instance, then `__init__` run on it,
/// to its end on a machine of its own, as `type.__call__` calls it from
/// C. An exception class's instance starts with `args` as its `args`
/// (`BaseException.__new__`).
pub(crate) fn instantiate(
    rt: &Rc<Runtime>,
    class: &Rc<ClassObj>,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    let obj = match class.exception_base() {
        Some(kind) => {
            refuse_unmodelled_exception(kind, &args, &[])?;
            Value::Exception(Exception::of_class(kind, class.clone(), args.clone()))
        }
        None => {
            let obj = Rc::new(Instance {
                class: class.clone(),
                attrs: Default::default(),
            });
            #[cfg(feature = "asyncio-py")]
            if let Some(shown) = class.library_class(&crate::engine::primitives::shown) {
                rt.primitives.add(&obj, shown);
            }
            Value::Instance(obj)
        }
    };
    match class.lookup("__init__") {
        Some(Value::Function(init)) => {
            if init.def().is_async {
                return Err(RunError::unsupported(
                    "an `async def __init__` is not supported (CPython raises TypeError); make it a plain `def`",
                ));
            }
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend(args);
            let bound = bind(init.def(), &init.defaults, all, kwargs)?;
            match rt.call_function(&init, bound)? {
                Value::None => Ok(obj),
                other => Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    other.cpython_type_name()
                ))),
            }
        }
        #[cfg(feature = "asyncio-py")]
        Some(Value::Builtin(crate::value::Builtin::DataclassMethod)) => {
            super::dataclasses::call(rt, class, &obj, "__init__", args, kwargs)?;
            Ok(obj)
        }
        Some(_) => Err(RunError::unsupported(
            "a class whose `__init__` is not a function defined in its body is not supported yet",
        )),
        // `object.__init__`, or `BaseException.__init__`.
        None if class.exception_base().is_some() => {
            base_init(&obj, args_of(&obj), kwargs)?;
            Ok(obj)
        }
        None if !args.is_empty() || !kwargs.is_empty() => {
            #[cfg(feature = "asyncio-py")]
            protocol_init(class, true)?;
            Err(type_error(format!("{}() takes no arguments", class.name)))
        }
        None => {
            #[cfg(feature = "asyncio-py")]
            protocol_init(class, false)?;
            Ok(obj)
        }
    }
}

/// `typing`'s `_no_init_or_replace_init`, the `__init__` a protocol gets
/// when it defines none, for a class without one of its own (`excess`:
/// given arguments): nothing for a class not derived from a protocol; a
/// protocol raises; another class gets `object.__init__` as its own the
/// first time, which raises `object_init`'s error for arguments. Once it
/// has, `object_new`'s error is the caller's, as for any class.
#[cfg(feature = "asyncio-py")]
fn protocol_init(class: &Rc<ClassObj>, excess: bool) -> Result<(), Raise> {
    match class.protocol() {
        None => return Ok(()),
        Some(true) => return Err(type_error("Protocols cannot be instantiated".into())),
        Some(false) => {}
    }
    let replaced = class
        .ancestry()
        .take_while(|c| c.typing_base.is_none())
        .any(|c| c.init_replaced.get());
    class.init_replaced.set(true);
    match !replaced && excess {
        true => Err(type_error(format!(
            "{}.__init__() takes exactly one argument (the instance to initialize)",
            class.name
        ))),
        false => Ok(()),
    }
}

/// `str(obj)` or `repr(obj)` where `obj`'s class is the program's and
/// defines `method` (`__str__`, `__repr__`): the method run to its end,
/// and CPython's TypeError when it returns no string. `None` when the
/// class has no such method of its own (`object`'s is used).
pub(crate) fn user_format(
    rt: &Rc<Runtime>,
    obj: &Value,
    method: &'static str,
) -> Option<Result<String, Raise>> {
    #[cfg(feature = "asyncio-py")]
    if let Some(refused) = super::dataclasses::unmodelled(obj, None) {
        return Some(Err(refused));
    }
    let found = crate::value::format::program_method(obj, method)?;
    // The `__repr__` `dataclass` made (`str` uses it too).
    #[cfg(feature = "asyncio-py")]
    if let (Value::Builtin(crate::value::Builtin::DataclassMethod), Some(class)) =
        (&found, obj.program_class())
    {
        return Some(
            super::dataclasses::call(rt, class, obj, "__repr__", Vec::new(), Vec::new()).map(|v| {
                match v {
                    Value::Str(s) => s.to_string(),
                    other => other.repr(),
                }
            }),
        );
    }
    Some((|| {
        let text = call_plain(rt, &found, vec![obj.clone()], &format!("a `{method}`"))?;
        match text {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(type_error(format!(
                "{method} returned non-string (type {})",
                other.cpython_type_name()
            ))),
        }
    })())
}

fn args_of(obj: &Value) -> Vec<Value> {
    match obj {
        Value::Exception(e) => e.args().into_owned(),
        _ => Vec::new(),
    }
}

/// The builtin `__init__` an instance's class inherits, called on it
/// (`super().__init__(...)`): `BaseException.__init__` sets `args`;
/// `object.__init__` takes nothing. `None` for another object.
pub(crate) fn base_init(
    obj: &Value,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Option<Value>, Raise> {
    match obj {
        Value::Exception(e) => {
            refuse_unmodelled_exception(e.kind, &args, &kwargs)?;
            if !kwargs.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    e.name()
                )));
            }
            drop(e.set_args(args));
            Ok(Some(Value::None))
        }
        Value::Instance(_) if !args.is_empty() || !kwargs.is_empty() => Err(type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)".into(),
        )),
        Value::Instance(_) => Ok(Some(Value::None)),
        _ => Ok(None),
    }
}

/// What the builtin exception classes' constructors do that the engine
/// does not model, for a class derived from one: OSError's errno and
/// strerror (`[Errno 2] x`), and NameError's and AttributeError's `name=`
/// and `obj=` (as `builtins::call` refuses them for the classes
/// themselves).
fn refuse_unmodelled_exception(
    kind: ExcKind,
    args: &[Value],
    kwargs: &[(Name, Value)],
) -> Result<(), Raise> {
    let unmodelled = (kind.is_subclass_of(ExcKind::OSError) && (2..=5).contains(&args.len()))
        || ((kind.is_subclass_of(ExcKind::NameError) || kind == ExcKind::AttributeError)
            && !kwargs.is_empty());
    match unmodelled {
        true => Err(RunError::unsupported(format!(
            "a class derived from {} made with {} arguments{} is not supported yet; give it one message",
            kind.name(),
            args.len(),
            if kwargs.is_empty() { "" } else { " and keywords" }
        ))),
        false => Ok(()),
    }
}

/// `obj.name` for the program's classes, their instances (exceptions
/// among them) and `super()`: `None` when `obj` is none of those, or an
/// exception without the attribute (the exceptions' own attributes are
/// `builtins::get_attr`'s).
pub(crate) fn get_attr(rt: &Rc<Runtime>, obj: &Value, name: &Name) -> Option<Result<Value, Raise>> {
    #[cfg(feature = "asyncio-py")]
    if let Some(refused) = super::dataclasses::unmodelled(obj, Some(name)) {
        return Some(Err(refused));
    }
    #[cfg(feature = "asyncio-py")]
    if let Some(refused) = object_attr(obj, name, false) {
        return Some(Err(refused));
    }
    // `obj.__dict__`: the attributes themselves (`class::Attrs`).
    #[cfg(feature = "asyncio-py")]
    if let (Some(attrs), "__dict__") = (obj.own_attrs(), &**name) {
        return Some(Ok(attrs.as_dict()));
    }
    let found = match obj {
        Value::Instance(i) => match &**name {
            "__class__" => Some(Ok(Value::UserClass(i.class.clone()))),
            _ => own_then_class(rt, obj, &i.attrs, Some(&i.class), name),
        },
        Value::Exception(e) => match (&e.class, &**name) {
            (Some(class), "__class__") => Some(Ok(Value::UserClass(class.clone()))),
            // `BaseException`'s data descriptors come before the `__dict__`.
            (
                _,
                "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__",
            ) => None,
            (class, _) => own_then_class(rt, obj, &e.attrs, class.as_ref(), name),
        },
        // What the program assigned; the rest is the builtin type's.
        // The type's attributes (`__name__`, `__doc__`, `__defaults__`:
        // data descriptors) come before the `__dict__`.
        #[cfg(feature = "asyncio-py")]
        Value::Function(f) if !name.starts_with("__") || &**name == "__wrapped__" => {
            return f.attrs.get(name).map(Ok)
        }
        #[cfg(feature = "asyncio-py")]
        Value::Function(_) => return None,
        // A bound method's own `__self__` and `__func__`; the rest is its
        // function's (`method_getattro`), whose AttributeError it is.
        #[cfg(feature = "asyncio-py")]
        Value::BoundMethod(m) => {
            return Some(match &**name {
                "__self__" => Ok(m.0.clone()),
                "__func__" => Ok(Value::Function(m.1.clone())),
                _ => super::builtins::get_attr(rt, Value::Function(m.1.clone()), name),
            })
        }
        Value::UserClass(class) => match &**name {
            "__name__" | "__qualname__" => Some(Ok(Value::str(class.name))),
            _ => read_from_class(rt, obj, class, name).or_else(|| from_object(class, name).map(Ok)),
        },
        Value::Super(s) => {
            let (class, obj) = (&s.0, &s.1);
            let found = match (&class.base, obj) {
                // `super()` in a classmethod: what a class reads.
                (Base::Class(base), Value::UserClass(_)) => read_from_class(rt, obj, base, name),
                (Base::Class(base), _) => from_class(rt, obj, base, name),
                _ => None,
            };
            return Some(match (found, &**name) {
                (Some(v), _) => v,
                // `typing`'s `_no_init_or_replace_init`, which returns
                // at once when the class has an `__init__` of its own.
                #[cfg(feature = "asyncio-py")]
                (None, "__init__") if class.protocol().is_some() => Err(RunError::unsupported(
                    "`super().__init__` reaching `typing.Protocol` is not supported yet",
                )),
                (None, "__init__") => Ok(Value::Method(Rc::new((obj.clone(), name.clone())))),
                (None, "__repr__") if matches!(obj, Value::Instance(_)) => {
                    Ok(Value::Method(Rc::new((obj.clone(), name.clone()))))
                }
                (None, _) => Err(RunError::unsupported(format!(
                    "`super().{name}` reaching a builtin class is not supported yet"
                ))),
            });
        }
        _ => return None,
    };
    match found {
        Some(v) => Some(v),
        None if matches!(obj, Value::Exception(_)) => None,
        None => Some(Err(missing(obj, name))),
    }
}

/// `name` read from the class `start` (or up its chain) for `owner`, the
/// class it is read through: `start` itself, or a class derived from it
/// (`super()` in a classmethod). A classmethod is bound to `owner`; a
/// method a decorator made, to `start`, which the call is then given the
/// instance for (`Point.__repr__(p)`); a function, a staticmethod's or a
/// property is itself.
fn read_from_class(
    #[cfg_attr(not(feature = "asyncio-py"), allow(unused_variables))] rt: &Rc<Runtime>,
    #[cfg_attr(not(feature = "asyncio-py"), allow(unused_variables))] owner: &Value,
    start: &Rc<ClassObj>,
    name: &str,
) -> Option<Result<Value, Raise>> {
    match start.lookup(name) {
        #[cfg(feature = "asyncio-py")]
        Some(Value::Descriptor(d)) => Some(descriptor_get(rt, &d, None, owner.clone())),
        #[cfg(feature = "asyncio-py")]
        Some(Value::Builtin(b)) if b.is_made_method() => Some(Ok(Value::Method(Rc::new((
            Value::UserClass(start.clone()),
            name.into(),
        ))))),
        found => found.map(Ok),
    }
}

/// `name` found on `class` (or up its chain) for `obj`: a function
/// becomes a method bound to `obj`.
fn from_class(
    #[cfg_attr(not(feature = "asyncio-py"), allow(unused_variables))] rt: &Rc<Runtime>,
    obj: &Value,
    class: &Rc<ClassObj>,
    name: &str,
) -> Option<Result<Value, Raise>> {
    match class.lookup(name) {
        Some(Value::Function(f)) => Some(Ok(Value::BoundMethod(Rc::new((obj.clone(), f))))),
        // A method a decorator made, bound: to `obj`, or, found from a
        // class other than its own (`super()`), to that class, which the
        // call is then given `obj` for (`builtins::call_made`).
        #[cfg(feature = "asyncio-py")]
        Some(Value::Builtin(b)) if b.is_made_method() => {
            let own = obj.program_class().is_some_and(|c| Rc::ptr_eq(c, class));
            Some(Ok(match own {
                true => Value::Method(Rc::new((obj.clone(), name.into()))),
                false => Value::Partial(Rc::new(crate::value::Partial {
                    func: Value::Method(Rc::new((
                        Value::UserClass(class.clone()),
                        name.into(),
                    ))),
                    args: vec![obj.clone()],
                    kwargs: Vec::new(),
                })),
            }))
        }
        #[cfg(feature = "asyncio-py")]
        Some(Value::Descriptor(d)) => Some(descriptor_get(
            rt,
            &d,
            Some(obj),
            class_of(obj).unwrap_or(Value::None),
        )),
        // asyncio's functions are Python functions, which bind too.
        Some(Value::Builtin(b)) if b.is_python_function() => Some(Err(RunError::unsupported(format!(
            "`{name}`, a class attribute holding `asyncio.{}`, read from an instance is not supported yet",
            b.name()
        )))),
        Some(other) => Some(Ok(other)),
        None => from_object(class, name).map(Ok),
    }
}

/// The special method `name` of `obj`, bound: looked up on its class, as
/// CPython looks up special methods (an instance's own attribute of that
/// name is not one), or an async generator's own.
fn special(rt: &Rc<Runtime>, obj: &Value, name: &str) -> Option<Result<Value, Raise>> {
    if matches!(obj, Value::Generator(g) if g.is_async())
        && matches!(name, "__aiter__" | "__anext__")
    {
        return Some(Ok(Value::Method(Rc::new((obj.clone(), name.into())))));
    }
    let class = obj.program_class()?;
    class.lookup(name)?;
    from_class(rt, obj, class, name)
}

/// What `with` (`async with`) calls on `manager`: its exit and its enter,
/// bound, or CPython's TypeError for an object without them.
pub(crate) fn context_manager(
    rt: &Rc<Runtime>,
    manager: &Value,
    is_async: bool,
) -> Result<(Value, Value), Raise> {
    let (enter, exit, protocol) = match is_async {
        true => (
            "__aenter__",
            "__aexit__",
            "asynchronous context manager protocol",
        ),
        false => ("__enter__", "__exit__", "context manager protocol"),
    };
    let refused = |missed: &str| {
        type_error(format!(
            "'{}' object does not support the {protocol}{missed}",
            manager.cpython_type_name()
        ))
    };
    let enter = special(rt, manager, enter).ok_or_else(|| refused(""))?;
    let exit =
        special(rt, manager, exit).ok_or_else(|| refused(&format!(" (missed {exit} method)")))?;
    Ok((exit?, enter?))
}

/// What `async for` calls on what it iterates: its `__aiter__`, bound, or
/// CPython's TypeError.
pub(crate) fn async_iter(rt: &Rc<Runtime>, iterable: Value) -> Result<Value, Raise> {
    special(rt, &iterable, "__aiter__").unwrap_or_else(|| {
        Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            iterable.cpython_type_name()
        )))
    })
}

/// `anext(iterator)`: what its `__anext__` returns, to be awaited; with a
/// default (an awaitable of its own in CPython), refused.
#[cfg(feature = "asyncio-py")]
pub(crate) fn anext(rt: &Rc<Runtime>, mut args: Vec<Value>) -> Result<Value, Raise> {
    match args.len() {
        1 => {}
        2 => {
            return Err(RunError::unsupported(
                "`anext()` with a default is not supported yet; catch StopAsyncIteration instead",
            ))
        }
        n => {
            return Err(type_error(match n {
                0 => "anext expected at least 1 argument, got 0".to_string(),
                n => format!("anext expected at most 2 arguments, got {n}"),
            }))
        }
    }
    let iterator = args.pop().unwrap_or(Value::None);
    match special(rt, &iterator, "__anext__") {
        // (A plain `def __anext__` returns its value: awaiting it is the
        // caller's TypeError, as in CPython.)
        Some(method) => super::builtins::call_to_end(rt, method?, Vec::new(), Vec::new()),
        None => Err(type_error(format!(
            "'{}' object is not an async iterator",
            iterator.cpython_type_name()
        ))),
    }
}

/// `aiter(iterable)`: what its `__aiter__` returns, which must be an async
/// iterator (`PyObject_GetAIter`).
#[cfg(feature = "asyncio-py")]
pub(crate) fn aiter(rt: &Rc<Runtime>, iterable: Value) -> Result<Value, Raise> {
    let Some(method) = special(rt, &iterable, "__aiter__") else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            iterable.cpython_type_name()
        )));
    };
    let iterator = super::builtins::call_to_end(rt, method?, Vec::new(), Vec::new())?;
    match special(rt, &iterator, "__anext__") {
        Some(_) => Ok(iterator),
        None => Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            iterator.cpython_type_name()
        ))),
    }
}

/// What `async for` calls on its iterator each round: its `__anext__`,
/// bound, or CPython's TypeError.
pub(crate) fn async_next(rt: &Rc<Runtime>, iterator: Value) -> Result<Value, Raise> {
    special(rt, &iterator, "__anext__").unwrap_or_else(|| {
        Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            iterator.cpython_type_name()
        )))
    })
}

/// What every class and instance has from `object` that the engine
/// models: `__module__`, which is `__main__` for the program's classes.
fn from_object(class: &ClassObj, name: &str) -> Option<Value> {
    (name == "__module__").then(|| Value::str(class.module))
}

/// The AttributeError for `obj.name`, with CPython's "Did you mean" over
/// `dir(obj)`; a refusal for what CPython has there but the engine does
/// not model (`__dict__`, `__eq__`...).
pub(crate) fn missing(obj: &Value, name: &str) -> Raise {
    if let Some(handed_over) = super::modelled::types_elsewhere(obj, name) {
        return handed_over;
    }
    // `typing.Generic` and `Protocol` give their classes attributes of
    // their own (`__parameters__`, `__orig_bases__`, `_is_protocol`,
    // `__slots__`...), which the engine's classes, derived from `object`,
    // do not have.
    #[cfg(feature = "asyncio-py")]
    if name.starts_with('_') && obj.program_class().is_some_and(|c| c.is_generic()) {
        return RunError::unsupported(format!(
            "`{name}` of a class derived from `typing.Generic` or `Protocol` is not supported yet"
        ));
    }
    let mut dir: Vec<Name> = Vec::new();
    let (message, class) = match obj {
        Value::UserClass(c) => (
            format!("type object '{}' has no attribute '{name}'", c.name),
            Some(c),
        ),
        Value::Instance(i) => {
            dir.extend(i.attrs.names());
            (
                format!(
                    "'{}' object has no attribute '{name}'",
                    obj.cpython_type_name()
                ),
                Some(&i.class),
            )
        }
        Value::Exception(e) => {
            dir.extend(e.attrs.names());
            (
                format!("'{}' object has no attribute '{name}'", e.name()),
                e.class.as_ref(),
            )
        }
        other => return super::modelled::missing_attribute(other, name),
    };
    if let Some(class) = class {
        class.all_names(&mut dir);
    }
    let builtin = match obj {
        Value::Exception(e) => closed_world::type_dir(e.kind.name()),
        Value::UserClass(c) => {
            closed_world::type_dir(c.exception_base().map_or("object", ExcKind::name))
        }
        // A C type the library writes as a class (`_io.TextIOWrapper`):
        // what CPython's has and the class lacks is refused.
        #[cfg(feature = "asyncio-py")]
        Value::Instance(i) if i.class.module != "__main__" => {
            closed_world::type_dir(i.class.c_type_name()).or(closed_world::type_dir("object"))
        }
        _ => closed_world::type_dir("object"),
    };
    let inherited = ["__dict__", "__module__", "__weakref__"];
    // A class has its metaclass's too (`__mro__`, `__bases__`, `mro`),
    // which its `dir()` does not list.
    let of_type = matches!(obj, Value::UserClass(_))
        && closed_world::type_dir("type").is_some_and(|d| d.contains(name));
    if of_type || builtin.is_some_and(|d| d.contains(name)) || inherited.contains(&name) {
        let owner = match obj {
            Value::UserClass(c) => c.name,
            other => other.type_name(),
        };
        // Exception notes come with asyncio's module, beside the groups.
        if !crate::asyncio_py::IN_THIS_BUILD && name == "add_note" {
            return RunError::unsupported(crate::error::needs_asyncio_py("`add_note`"));
        }
        return RunError::unsupported(closed_world::not_supported(&format!("`{owner}.{name}`")));
    }
    dir.extend(builtin.iter().flat_map(|d| d.iter()).map(Name::from));
    dir.extend(inherited.map(Name::from));
    // `dir()` is sorted.
    crate::sort::sort_by_key(&mut dir, |c| c.clone());
    dir.dedup();
    let suggestion = closed_world::suggest::closest(dir.iter().map(|n| &**n), name)
        .map(|s| format!(". Did you mean: '{s}'?"));
    Raise::Exc(Exception::with_suggestion(
        ExcKind::AttributeError,
        message,
        suggestion,
    ))
}

/// `obj.name = value`: a property of the object's class calls its setter.
pub(crate) fn set_attr(
    #[cfg_attr(not(feature = "asyncio-py"), allow(unused_variables))] rt: &Rc<Runtime>,
    obj: &Value,
    name: &Name,
    value: Value,
) -> Result<(), Raise> {
    #[cfg(feature = "asyncio-py")]
    if let Some(refused) = super::dataclasses::frozen(obj, name, "assign to") {
        return Err(refused);
    }
    #[cfg(feature = "asyncio-py")]
    if let Some(refused) = object_attr(obj, name, true) {
        return Err(refused);
    }
    #[cfg(feature = "asyncio-py")]
    if let Some(class) = obj.program_class() {
        if let Some(Value::Descriptor(d)) = class.lookup(name) {
            if let Descriptor::Property { set, .. } = &*d {
                return match set {
                    Some(set) => {
                        call_plain(rt, set, vec![obj.clone(), value], "a property's setter")?;
                        Ok(())
                    }
                    None => Err(Raise::Exc(Exception::new(
                        ExcKind::AttributeError,
                        format!("property '{name}' of '{}' object has no setter", class.name),
                    ))),
                };
            }
        }
    }
    let old = match obj {
        Value::Instance(i) if &**name != "__class__" && &**name != "__dict__" => {
            i.attrs.set(name, value)
        }
        Value::UserClass(c) if !name.starts_with("__") => c.attrs.set(name, value),
        Value::Exception(e) if &**name == "args" => {
            let items = super::convert::items(value)?;
            Some(Value::tuple(e.set_args(items)))
        }
        Value::Exception(e) if !name.starts_with("__") => e.attrs.set(name, value),
        #[cfg(feature = "asyncio-py")]
        Value::Function(f) if &**name == "__doc__" => f.doc.replace(Some(value)),
        #[cfg(feature = "asyncio-py")]
        Value::Function(f) if !name.starts_with("__") => f.attrs.set(name, value),
        // `e.__cause__ = other` (which also sets `__suppress_context__`, as
        // `raise ... from` does), `e.__context__ = other`, and
        // `e.__suppress_context__ = flag`: CPython's `BaseException` setters.
        #[cfg(feature = "asyncio-py")]
        Value::Exception(e) if matches!(&**name, "__cause__" | "__context__") => {
            let other = match value {
                Value::None => None,
                Value::Exception(other) => Some(other),
                _ => {
                    return Err(Raise::Exc(Exception::new(
                        ExcKind::TypeError,
                        format!(
                            "exception {} must be None or derive from BaseException",
                            &name[2..name.len() - 2]
                        ),
                    )))
                }
            };
            match &**name {
                "__cause__" => e.set_cause(other),
                _ => e.replace_context(other),
            }
            None
        }
        // (A `T_BOOL` member: only a bool.)
        #[cfg(feature = "asyncio-py")]
        Value::Exception(e) if &**name == "__suppress_context__" => {
            let Value::Bool(flag) = value else {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::TypeError,
                    "attribute value type must be bool",
                )));
            };
            e.set_suppress_context(flag);
            None
        }
        Value::Function(_) if !crate::asyncio_py::IN_THIS_BUILD && !name.starts_with("__") => {
            return Err(RunError::unsupported(crate::error::needs_asyncio_py(
                "an attribute of a function",
            )))
        }
        // PEP 678's notes live in the instance's `__dict__`, as CPython
        // keeps them.
        #[cfg(feature = "asyncio-py")]
        Value::Exception(e) if &**name == "__notes__" => e.attrs.set(name, value),
        Value::Exception(_) if !crate::asyncio_py::IN_THIS_BUILD && &**name == "__notes__" => {
            return Err(RunError::unsupported(crate::error::needs_asyncio_py(
                "`__notes__`",
            )))
        }
        other => {
            let elsewhere = || super::modelled::types_elsewhere(other, name);
            return Err(builtin_lacks(other, name)
                .or_else(elsewhere)
                .unwrap_or_else(|| {
                    RunError::unsupported(format!(
                        "assigning the attribute `{name}` of a {} is not supported yet",
                        other.type_name()
                    ))
                }));
        }
    };
    drop(old);
    Ok(())
}

/// `name` read as `object.__getattribute__` reads it: from the object's
/// `__dict__` (`attrs`), unless its class has a property of that name (a
/// data descriptor, which wins), else from the class.
fn own_then_class(
    rt: &Rc<Runtime>,
    obj: &Value,
    attrs: &Attrs,
    class: Option<&Rc<ClassObj>>,
    name: &str,
) -> Option<Result<Value, Raise>> {
    match attrs.get(name) {
        #[cfg(feature = "asyncio-py")]
        Some(_) if class.is_some_and(|c| has_property(c, name)) => {
            class.and_then(|c| from_class(rt, obj, c, name))
        }
        Some(v) => Some(Ok(v)),
        None => class.and_then(|c| from_class(rt, obj, c, name)),
    }
}

/// Whether `class` (or a class above it) has a property `name`, which
/// wins over an instance's `__dict__` (a data descriptor).
#[cfg(feature = "asyncio-py")]
fn has_property(class: &ClassObj, name: &str) -> bool {
    matches!(class.lookup(name), Some(Value::Descriptor(d)) if matches!(*d, Descriptor::Property { .. }))
}

/// `del obj.name`: the value removed, for the caller to let go of.
pub(crate) fn del_attr(obj: &Value, name: &Name) -> Result<Value, Raise> {
    #[cfg(feature = "asyncio-py")]
    if let Some(refused) = object_attr(obj, name, true) {
        return Err(refused);
    }
    // A property: the engine's have no deleter.
    #[cfg(feature = "asyncio-py")]
    if let Some(class) = obj.program_class() {
        if has_property(class, name) {
            return Err(Raise::Exc(Exception::new(
                ExcKind::AttributeError,
                format!(
                    "property '{name}' of '{}' object has no deleter",
                    class.name
                ),
            )));
        }
    }
    #[cfg(feature = "asyncio-py")]
    if let Some(refused) = super::dataclasses::frozen(obj, name, "delete") {
        return Err(refused);
    }
    let missing = |message: String| Raise::Exc(Exception::new(ExcKind::AttributeError, message));
    match obj {
        Value::Instance(i) if !name.starts_with("__") => i.attrs.remove(name).ok_or_else(|| {
            missing(format!(
                "'{}' object has no attribute '{name}'",
                obj.cpython_type_name()
            ))
        }),
        Value::UserClass(c) if !name.starts_with("__") => c.attrs.remove(name).ok_or_else(|| {
            missing(format!(
                "type object '{}' has no attribute '{name}'",
                c.name
            ))
        }),
        Value::Exception(e) if !name.starts_with("__") && &**name != "args" => e
            .attrs
            .remove(name)
            .ok_or_else(|| missing(format!("'{}' object has no attribute '{name}'", e.name()))),
        #[cfg(feature = "asyncio-py")]
        Value::Function(f) if !name.starts_with("__") => f
            .attrs
            .remove(name)
            .ok_or_else(|| missing(format!("'function' object has no attribute '{name}'"))),
        other => Err(builtin_lacks(other, name)
            .or_else(|| super::modelled::types_elsewhere(other, name))
            .unwrap_or_else(|| {
                RunError::unsupported(format!(
                    "deleting the attribute `{name}` of a {} is not supported yet",
                    other.type_name()
                ))
            })),
    }
}

/// CPython's AttributeError for setting or deleting an attribute a
/// builtin value's type does not have; `None` for one it has (which the
/// engine does not model) and for any other value.
fn builtin_lacks(obj: &Value, name: &str) -> Option<Raise> {
    let lacks = obj.lacks_dict()
        && closed_world::type_dir(obj.type_name()).is_some_and(|d| !d.contains(name));
    lacks.then(|| {
        Raise::Exc(Exception::new(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{name}'",
                obj.cpython_type_name()
            ),
        ))
    })
}

/// A descriptor's `__get__(instance, owner)`, read from a class
/// (`instance` None) or an instance: a `staticmethod`'s function, a
/// `classmethod`'s bound to `owner`, a property's getter run on the
/// instance (the property itself, read from its class).
#[cfg(feature = "asyncio-py")]
fn descriptor_get(
    rt: &Rc<Runtime>,
    d: &Rc<Descriptor>,
    instance: Option<&Value>,
    owner: Value,
) -> Result<Value, Raise> {
    match (&**d, instance) {
        (Descriptor::Static(f), _) => Ok(f.clone()),
        (Descriptor::Class(Value::Function(f)), _) => {
            Ok(Value::BoundMethod(Rc::new((owner, f.clone()))))
        }
        (Descriptor::Class(_), _) => Err(RunError::unsupported(
            "a classmethod of something other than a function the program defines is not supported",
        )),
        (Descriptor::Property { get, .. }, Some(obj)) => {
            call_plain(rt, get, vec![obj.clone()], "a property's getter")
        }
        (Descriptor::Property { .. }, None) => Ok(Value::Descriptor(d.clone())),
    }
}

/// Calls `f`, a plain function of the program's, to its end (as CPython's
/// descriptors call a property's getter and setter from C).
fn call_plain(rt: &Rc<Runtime>, f: &Value, args: Vec<Value>, what: &str) -> Result<Value, Raise> {
    match f {
        Value::Function(f) if !f.def().is_async => {
            let bound = bind(f.def(), &f.defaults, args, Vec::new())?;
            rt.call_function(f, bound)
        }
        _ => Err(RunError::unsupported(format!(
            "{what} that is not a plain `def` of the program's is not supported"
        ))),
    }
}

/// `property(fget, fset)`, `staticmethod(f)`, `classmethod(f)`: the
/// descriptors, as their classes make them.
#[cfg(feature = "asyncio-py")]
pub(crate) fn make_descriptor(
    b: crate::value::Builtin,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    use crate::value::Builtin;
    let name = b.name();
    let made = match b {
        Builtin::Property => {
            if !kwargs.is_empty() || args.is_empty() || args.len() > 2 {
                return Err(RunError::unsupported(
                    "property() is supported as a decorator, or as property(fget, fset); its fdel and doc are not modelled",
                ));
            }
            let set = (args.len() == 2).then(|| args.pop()).flatten();
            let get = args.pop().expect("length checked");
            Descriptor::Property { get, set }
        }
        _ => {
            if !kwargs.is_empty() {
                return Err(type_error(format!("{name}() takes no keyword arguments")));
            }
            if args.len() != 1 {
                return Err(type_error(format!(
                    "{name} expected 1 argument, got {}",
                    args.len()
                )));
            }
            let f = args.pop().expect("length checked");
            match b {
                Builtin::StaticMethod => Descriptor::Static(f),
                _ => Descriptor::Class(f),
            }
        }
    };
    Ok(Value::Descriptor(Rc::new(made)))
}

/// `prop.setter(f)`: a copy of the property with `f` as its setter.
#[cfg(feature = "asyncio-py")]
pub(crate) fn descriptor_method(
    d: &Descriptor,
    name: &str,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    match (d, name) {
        (Descriptor::Property { get, .. }, "setter") if args.len() == 1 && kwargs.is_empty() => {
            Ok(Value::Descriptor(Rc::new(Descriptor::Property {
                get: get.clone(),
                set: args.pop(),
            })))
        }
        (Descriptor::Property { .. }, "setter") => Err(type_error(format!(
            "setter() takes exactly one argument ({} given)",
            args.len() + kwargs.len()
        ))),
        _ => Err(RunError::unsupported(format!(
            "`{}.{name}` is not supported yet",
            d.type_name()
        ))),
    }
}

/// What reading (or, `set`, assigning or deleting) the attribute `name`
/// of `object()` or of `object` does, as CPython's messages say it: an
/// instance has no attributes, and the class is immutable. CPython's
/// dunders (`__class__`, `__eq__`...) are refused, all but the class's
/// `__name__`, `__qualname__` and `__module__`.
#[cfg(feature = "asyncio-py")]
fn object_attr(obj: &Value, name: &str, set: bool) -> Option<Raise> {
    let class = match obj {
        Value::Instance(i) if i.class.is_object() => false,
        Value::UserClass(c) if c.is_object() => true,
        _ => return None,
    };
    let dunder = name.starts_with("__") && name.ends_with("__");
    let named = matches!(name, "__name__" | "__qualname__" | "__module__");
    Some(match (class, set) {
        (true, false) if named => return None,
        _ if dunder => RunError::unsupported(format!("`object`'s `{name}` is not supported yet")),
        (true, true) => type_error(format!(
            "cannot set '{name}' attribute of immutable type 'object'"
        )),
        (true, false) => Raise::Exc(Exception::new(
            ExcKind::AttributeError,
            format!("type object 'object' has no attribute '{name}'"),
        )),
        (false, _) => Raise::Exc(Exception::new(
            ExcKind::AttributeError,
            format!("'object' object has no attribute '{name}'"),
        )),
    })
}

/// `isinstance(v, class)` for a class the program defined.
pub(crate) fn is_instance(v: &Value, class: &Rc<ClassObj>) -> bool {
    match v {
        Value::Instance(i) => i.class.is_subclass_of(class),
        Value::Exception(e) => e.class.as_ref().is_some_and(|c| c.is_subclass_of(class)),
        _ => false,
    }
}

/// `type(v)`, when the program defined it.
pub(crate) fn class_of(v: &Value) -> Option<Value> {
    v.program_class().cloned().map(Value::UserClass)
}

/// `super(class, obj)`: `obj` must be an instance of `class`, or (in a
/// classmethod) a class derived from it.
pub(crate) fn make_super(class: Value, obj: Value) -> Result<Value, Raise> {
    let subclass = |c: &Rc<ClassObj>| matches!(&obj, Value::UserClass(o) if o.is_subclass_of(c));
    match class {
        Value::UserClass(c) if is_instance(&obj, &c) || subclass(&c) => {
            Ok(Value::Super(Rc::new((c, obj))))
        }
        Value::UserClass(_) => Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type".into(),
        )),
        _ => Err(RunError::unsupported(
            "super() is supported in a method of a class the program defines",
        )),
    }
}
