//! `dataclasses.dataclass` and `dataclasses.field`, as 3.11's
//! `dataclasses.py` processes a class: its annotated names become fields
//! (inherited ones first, a redefined one keeping its place), their class
//! attributes their defaults, and `__init__`, `__repr__` and `__eq__` are
//! set on the class where its body did not define them. CPython writes
//! those methods as Python source and `exec`s it; here they are
//! `Descriptor::Generated` values the engine runs natively: `init` below,
//! the repr in `classes::user_format`, equality in `value::ops`, and the
//! unhashable instances (`__hash__ = None`) in `value::dict`.
//!
//! What is not here: the options (`frozen=`, `order=`, `slots=`...),
//! `field()`'s other arguments, `InitVar`, `KW_ONLY` and `ClassVar`
//! fields, which are refused by name.

use super::builtins::{bind, type_error, Kwargs};
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::program::{Function, Param};
use crate::value::class::{ClassObj, DataField, Dataclass, Descriptor};
use crate::value::{Builtin, ExcKind, Exception, Value};
use std::rc::Rc;

/// `dataclass(cls)`, `dataclass()` (the decorator itself), and
/// `field(default=..., default_factory=...)`.
pub(crate) fn call(b: Builtin, mut args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    if b == Builtin::Field {
        return field(args, kwargs);
    }
    if !kwargs.is_empty() {
        return Err(RunError::unsupported(format!(
            "@dataclass's options (`{}=`) are not supported yet; use a plain @dataclass",
            kwargs[0].0
        )));
    }
    match args.len() {
        0 => Ok(Value::Builtin(Builtin::Dataclass)),
        1 => match args.pop().expect("length checked") {
            Value::UserClass(class) => {
                decorate(&class)?;
                Ok(Value::UserClass(class))
            }
            other => Err(RunError::unsupported(format!(
                "dataclass() of a {} is not supported; decorate a class",
                other.type_name()
            ))),
        },
        n => Err(type_error(format!(
            "dataclass() takes from 0 to 1 positional arguments but {n} were given"
        ))),
    }
}

/// `field(default=..., default_factory=...)`.
fn field(args: Vec<Value>, kwargs: Kwargs) -> Result<Value, Raise> {
    if !args.is_empty() {
        return Err(type_error(format!(
            "field() takes 0 positional arguments but {} {} given",
            args.len(),
            if args.len() == 1 { "was" } else { "were" }
        )));
    }
    let (mut default, mut factory) = (None, None);
    for (k, v) in kwargs {
        match &*k {
            "default" => default = Some(v),
            "default_factory" => factory = Some(v),
            other => {
                return Err(RunError::unsupported(format!(
                    "field()'s `{other}=` is not supported yet; give it `default=` or `default_factory=`"
                )))
            }
        }
    }
    if default.is_some() && factory.is_some() {
        return Err(Raise::Exc(Exception::new(
            ExcKind::ValueError,
            "cannot specify both default and default_factory",
        )));
    }
    Ok(Value::Descriptor(Rc::new(Descriptor::Field {
        default,
        factory,
    })))
}

/// `_process_class`: the fields, their checks, and the methods set.
fn decorate(class: &Rc<ClassObj>) -> Result<(), Raise> {
    // Each field with its default; inherited ones first, from the
    // nearest dataclass up the chain (which holds its own bases' too).
    let mut fields: Vec<(DataField, Option<Value>)> = Vec::new();
    let mut base = class.base_class();
    while let Some(b) = base {
        if let Some(info) = &*b.dataclass.borrow() {
            for (f, d) in info.fields.iter().zip(&info.defaults[1..]) {
                let default = d.clone().filter(|d| !same(d, &info.factory_marker));
                let field = DataField {
                    name: f.name.clone(),
                    factory: f.factory.clone(),
                };
                fields.push((field, default));
            }
            break;
        }
        base = b.base_class();
    }
    for (name, annotation) in &class.annotated {
        if ["ClassVar", "InitVar", "KW_ONLY"]
            .iter()
            .any(|special| annotation.contains(special))
        {
            return Err(RunError::unsupported(format!(
                "a dataclass field annotated `{annotation}` is not supported yet"
            )));
        }
        let (default, factory) = match class.attrs.get(name) {
            None => (None, None),
            Some(Value::Descriptor(d)) => match &*d {
                // `field()`: its default becomes the class attribute;
                // without one, the attribute goes.
                Descriptor::Field { default, factory } => {
                    match default {
                        Some(v) => drop(class.attrs.set(name, v.clone())),
                        None => drop(class.attrs.remove(name)),
                    }
                    (default.clone(), factory.clone())
                }
                _ => (Some(Value::Descriptor(d.clone())), None),
            },
            Some(v) => (Some(v), None),
        };
        if let Some(d @ (Value::List(_) | Value::Dict(_))) = &default {
            return Err(Raise::Exc(Exception::new(
                ExcKind::ValueError,
                format!(
                    "mutable default <class '{}'> for field {name} is not allowed: use default_factory",
                    d.type_name()
                ),
            )));
        }
        let field = DataField {
            name: name.clone(),
            factory,
        };
        match fields.iter_mut().find(|(f, _)| f.name == *name) {
            Some(slot) => *slot = (field, default),
            None => fields.push((field, default)),
        }
    }
    // `_init_fn`: a field without a default after one with a default is
    // a TypeError, as the `def` it would write is a SyntaxError.
    let mut seen_default = false;
    for (f, default) in &fields {
        let has = default.is_some() || f.factory.is_some();
        if seen_default && !has {
            return Err(type_error(format!(
                "non-default argument '{}' follows default argument",
                f.name
            )));
        }
        seen_default |= has;
    }
    let factory_marker = Value::Descriptor(Rc::new(Descriptor::Field {
        default: None,
        factory: None,
    }));
    let mut params = vec![Param::plain("self".into(), None)];
    let mut defaults = vec![None];
    let mut data_fields = Vec::with_capacity(fields.len());
    for (f, default) in fields {
        let given = match (&default, &f.factory) {
            (Some(d), _) => Some(d.clone()),
            (None, Some(_)) => Some(factory_marker.clone()),
            (None, None) => None,
        };
        // Only whether there is a default matters to `bind`'s messages.
        let marker = given.as_ref().map(|_| crate::program::Expr::None);
        params.push(Param::plain(f.name.clone(), marker));
        defaults.push(given);
        data_fields.push(f);
    }
    let info = Rc::new(Dataclass {
        name: class.name,
        fields: data_fields,
        init: Function {
            name: format!("{}.__init__", class.name),
            params,
            body: Vec::new(),
            is_async: false,
        },
        defaults,
        factory_marker,
    });
    for method in ["__init__", "__repr__", "__eq__"] {
        if class.attrs.get(method).is_none() {
            let generated = Descriptor::Generated(info.clone(), method);
            drop(
                class
                    .attrs
                    .set(&method.into(), Value::Descriptor(Rc::new(generated))),
            );
        }
    }
    *class.dataclass.borrow_mut() = Some(info);
    Ok(())
}

fn same(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Descriptor(x), Value::Descriptor(y)) if Rc::ptr_eq(x, y))
}

/// The `__init__` `@dataclass` writes, run on `obj`: each field set from
/// its argument, its default or its `default_factory()`, then
/// `__post_init__` if the class has one.
pub(crate) fn init(
    rt: &Rc<Runtime>,
    obj: &Value,
    info: &Dataclass,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> Result<(), Raise> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(obj.clone());
    all.extend(args);
    let bound = bind(&info.init, &info.defaults, all, kwargs)?;
    for (f, value) in info.fields.iter().zip(bound.into_iter().skip(1)) {
        let value = match &f.factory {
            Some(factory) if same(&value, &info.factory_marker) => {
                super::classes::call_value(rt, factory, Vec::new())?
            }
            _ => value,
        };
        super::classes::set_attr(rt, obj, &f.name, value)?;
    }
    if let Some(Value::UserClass(class)) = super::classes::class_of(obj) {
        if class.lookup("__post_init__").is_some() {
            let post = super::builtins::get_attr(rt, obj.clone(), &"__post_init__".into())?;
            super::classes::call_value(rt, &post, Vec::new())?;
        }
    }
    Ok(())
}

/// The `__repr__` `@dataclass` writes: `Name(field=repr, ...)`, with the
/// instance's own class's name, and `...` for an instance met again
/// inside itself (`reprlib.recursive_repr`). `running` holds the
/// instances being shown.
pub(crate) fn repr(
    rt: &Rc<Runtime>,
    obj: &Value,
    info: &Dataclass,
    running: &std::cell::RefCell<Vec<usize>>,
) -> Result<String, Raise> {
    let Value::Instance(i) = obj else {
        return Err(RunError::unsupported(
            "the repr @dataclass writes, of another object",
        ));
    };
    let id = Rc::as_ptr(i) as usize;
    if running.borrow().contains(&id) {
        return Ok("...".into());
    }
    running.borrow_mut().push(id);
    let shown = (|| {
        let mut out = format!("{}(", i.class.name);
        for (k, f) in info.fields.iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            let value = super::builtins::get_attr(rt, obj.clone(), &f.name)?;
            out.push_str(&f.name);
            out.push('=');
            out.push_str(&value.try_repr(&mut rt.formatter())?);
        }
        out.push(')');
        Ok(out)
    })();
    running.borrow_mut().retain(|&r| r != id);
    shown
}
