//! `dataclasses.dataclass` and `dataclasses.field`: what CPython's
//! `dataclasses.py` makes of a class's annotated names, and the methods it
//! writes for them (`__init__`, `__repr__`, `__eq__`, and with
//! `order=True` `__lt__`, `__le__`, `__gt__`, `__ge__`), run here as the
//! code it generates runs (`_init_fn`, `_repr_fn`, `_cmp_fn`). Part of
//! asyncio's module (feature `asyncio-py`).
//!
//! CPython writes those methods as Python text and `exec`s it; here each
//! is `Builtin::DataclassMethod` in the class's dict under its name, so a
//! method the class defines itself is kept and a subclass inherits them,
//! as in CPython. Read from an instance, one is bound
//! (`classes::from_class`); called, it comes here (`call`) with the class
//! that holds it, whose fields it uses.
//!
//! A frozen dataclass's `__setattr__` and `__delattr__` are
//! `classes::set_attr`'s and `del_attr`'s check (`frozen`); its `__hash__`
//! makes it hashable (a dict's key, a set's member), though `hash()`
//! itself is not modelled.
//!
//! What is not modelled is refused by name: `unsafe_hash`, `kw_only`,
//! `slots`, `field(kw_only=...)`, and the module's functions other than
//! these two (`asdict`, `fields`, `replace`...).

use super::builtins::{type_error, Kwargs};
use crate::collect::{CollectVec, Joined};
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::program::{CmpOp, Function, Name, Param};
use crate::value::class::{Base, ClassObj, Dataclass, Field, Instance};
use crate::value::{ops, Builtin, ExcKind, Exception, Partial, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The options of `dataclass(...)` that change what it makes.
struct Options {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    frozen: bool,
    match_args: bool,
}

/// `dataclass(cls)`, or `dataclass(**options)`, which returns what
/// decorates the class with them.
pub(crate) fn dataclass(args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    let mut options = Options {
        init: true,
        repr: true,
        eq: true,
        order: false,
        frozen: false,
        match_args: true,
    };
    for (k, v) in &kwargs {
        match &**k {
            "init" => options.init = v.is_true()?,
            "repr" => options.repr = v.is_true()?,
            "eq" => options.eq = v.is_true()?,
            "order" => options.order = v.is_true()?,
            "frozen" => options.frozen = v.is_true()?,
            "match_args" => options.match_args = v.is_true()?,
            "unsafe_hash" | "kw_only" | "slots" | "weakref_slot" if v.is_true()? => {
                return Err(RunError::unsupported(format!(
                    "dataclass({k}=True) is not supported yet"
                )))
            }
            "unsafe_hash" | "kw_only" | "slots" | "weakref_slot" => {}
            _ => {
                return Err(type_error(format!(
                    "dataclass() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let mut args = args.into_iter();
    match (args.next(), args.next()) {
        // `@dataclass(order=True)`: what then decorates the class.
        (None, _) => Ok(Value::Partial(Rc::new(Partial {
            func: Value::Builtin(Builtin::Dataclass),
            args: Vec::new(),
            kwargs,
        }))),
        // A protocol's own `__init__` (`typing`'s) is in its `__dict__`,
        // which `dataclass` leaves, and which is not modelled as one.
        (Some(Value::UserClass(class)), None)
            if class.typing_base == Some(crate::program::TypingBase::Protocol) =>
        {
            Err(RunError::unsupported(
                "`@dataclass` on a class derived from `typing.Protocol` is not supported yet",
            ))
        }
        (Some(Value::UserClass(class)), None) => {
            make(&class, &options)?;
            Ok(Value::UserClass(class))
        }
        (Some(other), None) => Err(RunError::unsupported(format!(
            "dataclass() of a {} rather than a class is not supported",
            other.type_name()
        ))),
        (Some(_), Some(_)) => Err(type_error(format!(
            "dataclass() takes from 0 to 1 positional arguments but {} were given",
            args.len() + 2
        ))),
    }
}

/// The class `field()` makes its objects of (`dataclasses.Field`).
fn field_class() -> Rc<ClassObj> {
    thread_local! {
        static FIELD: Rc<ClassObj> = Rc::new(ClassObj::new("dataclasses.Field", Base::Object));
    }
    FIELD.with(Rc::clone)
}

/// `field(*, default, default_factory, init, repr, hash, compare,
/// metadata)`: a `Field`, holding what it was given, which `dataclass`
/// reads when it finds it as a class attribute.
pub(crate) fn field(args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    if !args.is_empty() {
        return Err(type_error(format!(
            "field() takes 0 positional arguments but {} {} given",
            args.len(),
            if args.len() == 1 { "was" } else { "were" }
        )));
    }
    let made = Instance {
        class: field_class(),
        attrs: Default::default(),
    };
    for (k, v) in kwargs {
        match &*k {
            "default" | "default_factory" | "init" | "repr" | "compare" | "hash" | "metadata" => {}
            "kw_only" => {
                return Err(RunError::unsupported(
                    "field(kw_only=...) is not supported yet",
                ))
            }
            _ => {
                return Err(type_error(format!(
                    "field() got an unexpected keyword argument '{k}'"
                )))
            }
        }
        drop(made.attrs.set(&k, v));
    }
    if made.attrs.get("default").is_some() && made.attrs.get("default_factory").is_some() {
        return Err(Raise::Exc(Exception::new(
            ExcKind::ValueError,
            "cannot specify both default and default_factory",
        )));
    }
    Ok(Value::Instance(Rc::new(made)))
}

/// Why `obj`'s attribute `name` (or, `None`, its repr) is refused: a
/// `Field`'s (CPython's has every parameter, `MISSING` where not given,
/// and its own repr), and a dataclass's `__dataclass_fields__` and
/// `__dataclass_params__`, which hold such objects. `None` for the rest.
pub(crate) fn unmodelled(obj: &Value, name: Option<&str>) -> Option<Raise> {
    if as_field(obj).is_some() {
        return Some(RunError::unsupported(
            "a `dataclasses.Field`'s attributes and repr are not supported yet; `field()` is supported as a class attribute's value",
        ));
    }
    let class = match obj {
        Value::UserClass(c) => c,
        other => other.program_class()?,
    };
    let spec = class.ancestry().any(|c| c.dataclass.borrow().is_some());
    let name =
        name.filter(|n| spec && matches!(*n, "__dataclass_fields__" | "__dataclass_params__"))?;
    Some(RunError::unsupported(format!(
        "a dataclass's `{name}` is not supported yet"
    )))
}

/// The `Field` a class attribute is, if it is one.
fn as_field(v: &Value) -> Option<&Instance> {
    match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, &field_class()) => Some(i),
        _ => None,
    }
}

/// `_process_class`: the fields (the base dataclass's first, then the
/// class's own annotated names, a name given again keeping its place),
/// the class attributes `field()` stood for, and the methods.
fn make(class: &Rc<ClassObj>, options: &Options) -> Result<(), Raise> {
    if class.exception_base().is_some() {
        return Err(RunError::unsupported(
            "a dataclass derived from an exception is not supported yet",
        ));
    }
    let own = |name: &str| class.attrs.get(name);
    // Whether the class defines its own `__hash__` (not the None a class
    // defining `__eq__` gets): computed before `__eq__` is added.
    let explicit_hash = match own("__hash__") {
        None => false,
        Some(Value::None) => own("__eq__").is_none(),
        Some(_) => true,
    };
    let (mut fields, frozen_base) = match base_dataclass(class) {
        Some(base) => (base.fields.clone(), Some(base.frozen)),
        None => (Vec::new(), None),
    };
    match (frozen_base, options.frozen) {
        (Some(true), false) => {
            return Err(type_error(
                "cannot inherit non-frozen dataclass from a frozen one".into(),
            ))
        }
        (Some(false), true) => {
            return Err(type_error(
                "cannot inherit frozen dataclass from a non-frozen one".into(),
            ))
        }
        _ => {}
    }
    for name in &class.fields {
        let field = match own(name) {
            Some(v) => match as_field(&v) {
                Some(f) => {
                    let flag = |k: &str| f.attrs.get(k).map_or(Ok(true), |v| v.is_true());
                    Field {
                        name: name.clone(),
                        default: f.attrs.get("default"),
                        factory: f.attrs.get("default_factory"),
                        init: flag("init")?,
                        repr: flag("repr")?,
                        compare: flag("compare")?,
                    }
                }
                None => Field::plain(name.clone(), Some(v)),
            },
            None => Field::plain(name.clone(), None),
        };
        if let Some(default) = field.default.as_ref().filter(|d| mutable(d)) {
            return Err(Raise::Exc(Exception::new(
                ExcKind::ValueError,
                format!(
                    "mutable default {} for field {name} is not allowed: use default_factory",
                    class_repr(default)
                ),
            )));
        }
        // The class attribute a `Field` was becomes its default, or goes.
        if own(name).as_ref().and_then(as_field).is_some() {
            let old = match &field.default {
                Some(d) => class.attrs.set(name, d.clone()),
                None => class.attrs.remove(name),
            };
            drop(old);
        }
        match fields.iter_mut().find(|f| f.name == field.name) {
            Some(f) => *f = field,
            None => fields.push(field),
        }
    }
    for name in class.attrs.names() {
        if own(&name).as_ref().and_then(as_field).is_some() && !class.fields.contains(&name) {
            return Err(type_error(format!(
                "'{name}' is a field but has no type annotation"
            )));
        }
    }
    if options.order && !options.eq {
        return Err(Raise::Exc(Exception::new(
            ExcKind::ValueError,
            "eq must be true if order is true",
        )));
    }
    let marker = Value::Instance(Rc::new(Instance {
        class: field_class(),
        attrs: Default::default(),
    }));
    *class.dataclass.borrow_mut() = Some(Rc::new(Dataclass {
        fields,
        frozen: options.frozen,
        factory_marker: marker,
    }));
    let generated = Value::Builtin(Builtin::DataclassMethod);
    let add = |name: &str| {
        if own(name).is_none() {
            class.attrs.set(&name.into(), generated.clone());
        }
    };
    if options.init {
        // A parameter without a default may not follow one with.
        let spec = class.dataclass.borrow().clone().expect("just set");
        let mut defaulted = false;
        for f in spec.fields.iter().filter(|f| f.init) {
            if f.default.is_some() || f.factory.is_some() {
                defaulted = true;
            } else if defaulted {
                return Err(type_error(format!(
                    "non-default argument '{}' follows default argument",
                    f.name
                )));
            }
        }
        add("__init__");
    }
    if options.repr {
        add("__repr__");
    }
    // The fields `__init__` takes, by position (for `match`).
    if options.match_args && own("__match_args__").is_none() {
        let spec = class.dataclass.borrow().clone().expect("just set");
        let names = spec.fields.iter().filter(|f| f.init);
        let names = names.map(|f| Value::str(&f.name)).collect_vec();
        class
            .attrs
            .set(&"__match_args__".into(), Value::tuple(names));
    }
    if options.eq {
        add("__eq__");
    }
    if options.order {
        for (_, name, _) in crate::program::orderings() {
            if own(name).is_some() {
                return Err(type_error(format!(
                    "Cannot overwrite attribute {name} in class {}. Consider using functools.total_ordering",
                    class.name
                )));
            }
            add(name);
        }
    }
    // `_hash_action` (without `unsafe_hash`): `eq` makes the class
    // unhashable, or, frozen, hashed by its fields, unless it defines
    // `__hash__` itself.
    if options.eq && !explicit_hash {
        let hash = match options.frozen {
            true => generated,
            false => Value::None,
        };
        drop(class.attrs.set(&"__hash__".into(), hash));
    }
    Ok(())
}

impl Field {
    /// A field of an annotated name, with the class attribute it has, if any, as its default.
    fn plain(name: Name, default: Option<Value>) -> Field {
        Field {
            name,
            default,
            factory: None,
            init: true,
            repr: true,
            compare: true,
        }
    }
}

/// The nearest dataclass up `class`'s chain, whose fields hold its own
/// bases', as `__dataclass_fields__` is found on a base.
fn base_dataclass(class: &ClassObj) -> Option<Rc<Dataclass>> {
    match &class.base {
        Base::Class(base) => base.nearest_dataclass().map(|(_, spec)| spec),
        _ => None,
    }
}

/// The frozen dataclass's `__setattr__` (`doing` "assign to") or
/// `__delattr__` ("delete") for `obj.name`: CPython's error when the
/// nearest dataclass up `obj`'s class's chain is frozen and `obj` is its
/// very instance or `name` one of its fields.
pub(crate) fn frozen(obj: &Value, name: &str, doing: &str) -> Option<Raise> {
    let Value::Instance(i) = obj else {
        return None;
    };
    let (c, spec) = i.class.nearest_dataclass()?;
    let refused =
        spec.frozen && (Rc::ptr_eq(&c, &i.class) || spec.fields.iter().any(|f| *f.name == *name));
    refused.then(|| {
        Raise::Exc(Exception::new(
            ExcKind::FrozenInstanceError,
            format!("cannot {doing} field '{name}'"),
        ))
    })
}

/// Whether a default is of a class whose `__hash__` is None (a list, a
/// dict, a set, an instance of a class defining `__eq__`), which
/// `dataclass` refuses as shared by every instance.
fn mutable(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Dict(_) | Value::DictView(..) | Value::Set(_) => true,
        Value::Instance(i) => matches!(i.class.lookup("__hash__"), Some(Value::None)),
        _ => false,
    }
}

/// `repr(type(v))`: `<class 'list'>`, `<class '__main__.Point'>`.
fn class_repr(v: &Value) -> String {
    match v {
        Value::Instance(i) => Value::UserClass(i.class.clone()).repr(),
        other => format!("<class '{}'>", other.type_name()),
    }
}

/// Runs the method `name` that `dataclass` made, on `obj`, as `class`
/// (`obj`'s, or a base it was read from) has it.
pub(crate) fn call(
    rt: &Rc<Runtime>,
    class: &Rc<ClassObj>,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    // The class that holds the method, whose fields it uses.
    let holder = class.ancestry().find(|c| c.attrs.get(name).is_some());
    let spec = holder.as_ref().and_then(|c| c.dataclass.borrow().clone());
    let (Some(holder), Some(spec), Value::Instance(_)) = (holder, spec, obj) else {
        return Err(RunError::unsupported(format!(
            "`{name}` of a dataclass called on something else is not supported"
        )));
    };
    match name {
        "__init__" => return init(rt, &holder, &spec, obj, args, kwargs),
        "__hash__" => {
            return Err(RunError::unsupported(
                "hashing a frozen dataclass (`hash()`, `__hash__`) is not supported yet",
            ))
        }
        _ => {}
    }
    let qualname = format!("{}.{name}", holder.name);
    let other = match (name, args.len(), kwargs.is_empty()) {
        ("__repr__", 0, true) => return repr(rt, &spec, obj),
        (_, 1, true) if name != "__repr__" => &args[0],
        (_, n, _) => {
            let takes = if name == "__repr__" { 1 } else { 2 };
            return Err(type_error(match kwargs.first() {
                Some((k, _)) => format!("{qualname}() got an unexpected keyword argument '{k}'"),
                None => format!(
                    "{qualname}() takes {takes} positional argument{} but {} were given",
                    if takes == 1 { "" } else { "s" },
                    n + 1
                ),
            }));
        }
    };
    let op = CmpOp::of_method(name).unwrap_or(CmpOp::Eq);
    // `if other.__class__ is self.__class__: return (self.a, ...) op
    // (other.a, ...)`, else NotImplemented.
    let same_class = match (obj, other) {
        (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(&a.class, &b.class),
        _ => false,
    };
    if !same_class {
        return Ok(Value::Builtin(Builtin::NotImplemented));
    }
    let values = |of: &Value| -> Result<Value, Raise> {
        let mut items = Vec::new();
        for f in spec.fields.iter().filter(|f| f.compare) {
            items.push(super::builtins::get_attr(rt, of.clone(), &f.name)?);
        }
        Ok(Value::tuple(items))
    };
    ops::compare(op, &values(obj)?, &values(other)?)
}

/// `__init__`: the fields given (or their defaults, a factory's called
/// anew) assigned in order, then `__post_init__` if the class has one.
fn init(
    rt: &Rc<Runtime>,
    holder: &ClassObj,
    spec: &Dataclass,
    obj: &Value,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<Value, Raise> {
    // `__init__(self, a, b=default, c=<factory marker>)`.
    let mut params = vec![Param::plain("self".into(), None)];
    let mut defaults: Vec<Option<Value>> = vec![None];
    for f in spec.fields.iter().filter(|f| f.init) {
        let default = match &f.factory {
            Some(_) => Some(spec.factory_marker.clone()),
            None => f.default.clone(),
        };
        let marked = default
            .is_some()
            .then(|| crate::program::Expr::Name(f.name.clone()));
        params.push(Param::plain(f.name.clone(), marked));
        defaults.push(default);
    }
    let signature = Function {
        name: format!("{}.__init__", holder.name),
        params,
        body: Vec::new(),
        is_async: false,
    };
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(obj.clone());
    all.extend(args);
    let bound = super::builtins::bind(&signature, &defaults, all, kwargs)?;
    let is_marker = |v: &Value| match (v, &spec.factory_marker) {
        (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    let mut bound = bound.into_iter().skip(1);
    for f in &spec.fields {
        let value = match (f.init, &f.factory) {
            (true, factory) => {
                let v = bound.next().unwrap_or(Value::None);
                match factory {
                    Some(factory) if is_marker(&v) => {
                        super::builtins::call_to_end(rt, factory.clone(), Vec::new(), Vec::new())?
                    }
                    _ => v,
                }
            }
            (false, Some(factory)) => {
                super::builtins::call_to_end(rt, factory.clone(), Vec::new(), Vec::new())?
            }
            // Left to the class attribute that holds its default.
            (false, None) => continue,
        };
        match (spec.frozen, obj) {
            // `object.__setattr__`, past the frozen class's own.
            (true, Value::Instance(i)) => drop(i.attrs.set(&f.name, value)),
            _ => super::classes::set_attr(rt, obj, &f.name, value)?,
        }
    }
    if obj
        .program_class()
        .is_some_and(|c| c.lookup("__post_init__").is_some())
    {
        let post_init = super::builtins::get_attr(rt, obj.clone(), &"__post_init__".into())?;
        super::builtins::call_to_end(rt, post_init, Vec::new(), Vec::new())?;
    }
    Ok(Value::None)
}

/// `__repr__`: `Name(a=1, b='x')`, the instance's class's name and the
/// fields shown, each by its repr; `...` for the object itself met again
/// inside (`reprlib.recursive_repr`).
fn repr(rt: &Rc<Runtime>, spec: &Dataclass, obj: &Value) -> Result<Value, Raise> {
    thread_local! {
        static SHOWING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    }
    let Value::Instance(i) = obj else {
        unreachable!("checked by call")
    };
    let key = Rc::as_ptr(i) as usize;
    if SHOWING.with(|s| s.borrow().contains(&key)) {
        return Ok(Value::str("..."));
    }
    SHOWING.with(|s| s.borrow_mut().push(key));
    let shown = (|| {
        let mut parts = Vec::new();
        for f in spec.fields.iter().filter(|f| f.repr) {
            let v = super::builtins::get_attr(rt, obj.clone(), &f.name)?;
            parts.push(format!("{}={}", f.name, v.try_repr(&mut rt.formatter())?));
        }
        Ok(format!("{}({})", i.class.name, parts.joined(", ")))
    })();
    SHOWING.with(|s| s.borrow_mut().retain(|k| *k != key));
    shown.map(|s: String| Value::str(&s))
}
