//! Classes a program defines, and their instances: what `class Name(Base):`
//! makes, and how an attribute is found on an instance, on a class, and
//! through `super()`, as CPython's `object.__getattribute__` and
//! `super.__getattribute__` find it for single inheritance.
//!
//! What lives elsewhere: making a class (the compiler turns the `class`
//! statement into `Op::MakeClass`), calling one (`interp::builtins`,
//! which runs `__init__`), and how these print (`format`). Instances of a
//! class derived from an exception are exceptions (`Exception::class`),
//! so raising, catching and reporting them is the exceptions' business.

use super::{ExcKind, Value};
use crate::collect::CollectVec;
use crate::program::Name;
use std::cell::RefCell;
use std::rc::Rc;

/// A class the program defined.
#[derive(Debug)]
pub struct ClassObj {
    /// `__name__` (and `__qualname__`: classes are defined at the top
    /// level only). Interned (`intern`): error messages take a type's
    /// name as `&'static str`.
    pub name: &'static str,
    /// `__module__`: `__main__` for the program's classes, or the module
    /// of asyncio's Python half that defines it (`asyncio.locks`).
    pub module: &'static str,
    pub base: Base,
    /// The class body's names, in the order bound, as its `__dict__`
    /// keeps them; assigning `Class.attr` adds or replaces one.
    pub attrs: Attrs,
    /// The run that made the class, which runs its comparison methods
    /// where CPython's C code calls them (`==` inside a list, `sorted`,
    /// `in`): `ops::rich`. Held weakly, as a `map` holds it.
    #[cfg(feature = "asyncio-py")]
    pub host: Host,
    /// The names the class body annotates, `ClassVar`s left out
    /// (`program::ClassDef::fields`).
    #[cfg(feature = "asyncio-py")]
    pub fields: Vec<Name>,
    /// What `dataclass` made of the class, once it has: its fields, with
    /// those of the dataclass it derives from first.
    #[cfg(feature = "asyncio-py")]
    pub dataclass: RefCell<Option<Rc<Dataclass>>>,
    /// `Generic[...]` or `Protocol`, when the class statement named one
    /// as its base (`Base::Object` then): see `is_generic`, `protocol`.
    #[cfg(feature = "asyncio-py")]
    pub typing_base: Option<crate::program::TypingBase>,
    /// Set once `typing`'s `_no_init_or_replace_init` has given this class
    /// of a protocol's `object.__init__` as its own (`classes::instantiate`).
    #[cfg(feature = "asyncio-py")]
    pub init_replaced: std::cell::Cell<bool>,
}

/// A dataclass's fields and options, as `dataclasses._process_class`
/// keeps them in `__dataclass_fields__` and `__dataclass_params__`; its
/// methods read them (`interp::dataclasses`).
#[cfg(feature = "asyncio-py")]
#[derive(Debug)]
pub struct Dataclass {
    pub fields: Vec<Field>,
    pub frozen: bool,
    /// What `__init__` is given for a parameter whose field has a default
    /// factory: the parameter's default, told apart by identity
    /// (`_HAS_DEFAULT_FACTORY`).
    pub factory_marker: Value,
}

/// One field of a dataclass (`dataclasses.Field`).
#[cfg(feature = "asyncio-py")]
#[derive(Debug, Clone)]
pub struct Field {
    pub name: Name,
    pub default: Option<Value>,
    pub factory: Option<Value>,
    pub init: bool,
    pub repr: bool,
    pub compare: bool,
}

/// What runs the program's methods for the value layer (a weak handle
/// on the run; `None` for a class made outside one).
#[cfg(feature = "asyncio-py")]
#[derive(Default)]
pub struct Host(pub Option<std::rc::Weak<dyn super::iter::Call>>);

#[cfg(feature = "asyncio-py")]
impl std::fmt::Debug for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Host")
    }
}

#[cfg(feature = "asyncio-py")]
impl Host {
    /// `f(*args)`, run to its end by the run; a refusal once the run has
    /// gone (a class kept past it).
    pub fn call(&self, f: &Value, args: Vec<Value>) -> Result<Value, crate::error::Raise> {
        match self.0.as_ref().and_then(|h| h.upgrade()) {
            Some(host) => host.call(f, args),
            None => Err(crate::error::RunError::unsupported(
                "calling a class's method after its run has ended",
            )),
        }
    }
}

/// `object`, a class: `object()` makes an instance with no attributes,
/// which programs keep as a sentinel told apart by identity (`_DONE =
/// object()`, put in a queue to stop its consumers). Every value is an
/// instance of it (`interp::convert::isinstance`); what CPython's
/// `object` has beyond that (its dunders) is refused by name
/// (`interp::classes::object_attr`).
#[cfg(feature = "asyncio-py")]
pub fn object_class() -> Rc<ClassObj> {
    thread_local! {
        static OBJECT: Rc<ClassObj> = Rc::new(ClassObj::new("builtins.object", Base::Object));
    }
    OBJECT.with(Rc::clone)
}

/// What a class derives from: single inheritance only.
#[derive(Debug, Clone)]
pub enum Base {
    Object,
    /// A builtin exception class: the class's instances are exceptions.
    Exception(ExcKind),
    Class(Rc<ClassObj>),
}

/// What `staticmethod`, `classmethod` and `property` make, as CPython's
/// descriptors of those types: read from a class or an instance, the
/// first gives its function as it is, the second binds it to the class,
/// the third calls its getter (and assigning calls its setter).
#[cfg(feature = "asyncio-py")]
#[derive(Debug)]
pub enum Descriptor {
    Static(Value),
    Class(Value),
    Property { get: Value, set: Option<Value> },
}

#[cfg(feature = "asyncio-py")]
impl Descriptor {
    /// Its type's name: `staticmethod`, `classmethod` or `property`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Descriptor::Static(_) => "staticmethod",
            Descriptor::Class(_) => "classmethod",
            Descriptor::Property { .. } => "property",
        }
    }
}

/// An instance of a class the program defined (not of an exception
/// class: those are `Value::Exception`s).
#[derive(Debug)]
pub struct Instance {
    pub class: Rc<ClassObj>,
    /// Its `__dict__`, in the order assigned.
    pub attrs: Attrs,
}

/// An object's own attributes, in the order first assigned: its
/// `__dict__`, a dict of the program's like any other, so that
/// `obj.__dict__` and `vars(obj)` are the object's attributes themselves
/// (a change through either shows in the other). Keys the program puts
/// there that are not strings (`obj.__dict__[1] = 2`) are no attribute.
#[derive(Debug, Default)]
pub struct Attrs(Rc<RefCell<super::dict::Dict>>);

impl Attrs {
    pub fn get(&self, name: &str) -> Option<Value> {
        self.0.borrow().get_str(name)
    }

    /// Binds `name`; the value it replaces is returned, to be dropped by
    /// the caller once no borrow is held (dropping may report).
    pub fn set(&self, name: &Name, value: Value) -> Option<Value> {
        self.0.borrow_mut().replace_str(name, value)
    }

    /// Every name and value, in the order first assigned.
    pub fn entries(&self) -> Vec<(Name, Value)> {
        self.0
            .borrow()
            .entries()
            .filter_map(|(k, v)| match k {
                Value::Str(name) => Some((name.clone(), v.clone())),
                _ => None,
            })
            .collect_vec()
    }

    /// Removes `name`, giving its value back (to be let go of once no
    /// borrow is held); `None` when it is not set.
    pub fn remove(&self, name: &str) -> Option<Value> {
        self.0.borrow_mut().remove(&Value::str(name)).ok().flatten()
    }

    pub fn names(&self) -> Vec<Name> {
        self.entries().into_iter().map(|(n, _)| n).collect_vec()
    }

    /// The values, for what a freed object reports.
    pub fn values(&self) -> Vec<Value> {
        self.0
            .borrow()
            .entries()
            .map(|(_, v)| v.clone())
            .collect_vec()
    }

    /// `obj.__dict__`: the attributes themselves, as a dict.
    pub fn as_dict(&self) -> Value {
        Value::Dict(self.0.clone())
    }
}

impl Value {
    /// The method a decorator made (`dataclass`'s, `total_ordering`'s)
    /// that this value's class (or this value, a class) has as `name`,
    /// if any (`interp::builtins::call_made` runs it).
    #[cfg(feature = "asyncio-py")]
    pub fn made_method(&self, name: &str) -> Option<super::Builtin> {
        let class = match self {
            Value::UserClass(c) => c,
            other => other.program_class()?,
        };
        match class.lookup(name) {
            Some(Value::Builtin(b)) if b.is_made_method() => Some(b),
            _ => None,
        }
    }

    /// Its own attributes, `__dict__`: an instance's, an exception's, a
    /// function's.
    #[cfg(feature = "asyncio-py")]
    pub fn own_attrs(&self) -> Option<&Attrs> {
        match self {
            // `object()` has no `__dict__`.
            Value::Instance(i) if !i.class.is_object() => Some(&i.attrs),
            Value::Exception(e) => Some(&e.attrs),
            Value::Function(f) => Some(&f.attrs),
            _ => None,
        }
    }

    /// The program's class this value is an instance of, if any (an
    /// exception's too).
    pub fn program_class(&self) -> Option<&Rc<ClassObj>> {
        match self {
            Value::Instance(i) => Some(&i.class),
            Value::Exception(e) => e.class.as_ref(),
            _ => None,
        }
    }
}

/// `obj`'s class's method `name` run with `args`, to its end, by the run
/// that made the class, as CPython's C slots call a class's special
/// methods (`slot_tp_iter`, `slot_tp_iternext`, `slot_tp_richcompare`):
/// `None` when neither the class nor its bases define it, or `obj` is no
/// object of the program's.
#[cfg(feature = "asyncio-py")]
pub fn call_special(
    obj: &Value,
    name: &str,
    args: Vec<Value>,
) -> Option<Result<Value, crate::error::Raise>> {
    let class = obj.program_class()?;
    let found = class.lookup(name)?;
    Some(match found {
        Value::Function(_) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend(args);
            class.host.call(&found, all)
        }
        // What a decorator made: called through its bound method.
        Value::Builtin(b) if b.is_made_method() => class
            .host
            .call(&Value::Method(Rc::new((obj.clone(), name.into()))), args),
        other => Err(crate::error::RunError::unsupported(format!(
            "a class's `{name}` that is a {} rather than a method is not supported yet",
            other.type_name()
        ))),
    })
}

impl Value {
    /// Whether this is an object of the program's class that defines (or
    /// inherits) `__iter__` or `__getitem__`, CPython's `tp_iter` slot or
    /// `PySequence_Check`: what goes wrong iterating it is then its own
    /// error, not "not iterable".
    pub fn defines_iter(&self) -> bool {
        #[cfg(feature = "asyncio-py")]
        return self
            .program_class()
            .is_some_and(|c| c.lookup("__iter__").is_some() || c.lookup("__getitem__").is_some());
        #[cfg(not(feature = "asyncio-py"))]
        false
    }
}

impl ClassObj {
    /// The name CPython's messages give a C type the library writes as a
    /// class (`itertools.count`): its module's and its own.
    #[cfg(feature = "asyncio-py")]
    pub fn c_type_name(&self) -> &'static str {
        intern(&format!("{}.{}", self.module, self.name))
    }

    /// What its reprs put before its name: its module and a dot, but
    /// nothing for `builtins` (`object`, a context's `keys` iterator).
    #[cfg(feature = "asyncio-py")]
    pub fn repr_prefix(&self) -> String {
        match self.module == "builtins" {
            true => String::new(),
            false => format!("{}.", self.module),
        }
    }

    /// Is it `object` (`object_class`)? The program's classes derive
    /// from it without saying so (`Base::Object`).
    pub fn is_object(&self) -> bool {
        self.module == "builtins" && self.name == "object"
    }

    /// A class with nothing bound yet. `name` is its `__name__`, or
    /// `module.name` for a class of asyncio's Python half.
    pub fn new(name: &str, base: Base) -> ClassObj {
        let (module, name) = name.rsplit_once('.').unwrap_or(("__main__", name));
        ClassObj {
            name: intern(name),
            module: intern(module),
            base,
            attrs: Attrs::default(),
            #[cfg(feature = "asyncio-py")]
            host: Host::default(),
            #[cfg(feature = "asyncio-py")]
            fields: Vec::new(),
            #[cfg(feature = "asyncio-py")]
            dataclass: RefCell::new(None),
            #[cfg(feature = "asyncio-py")]
            typing_base: None,
            #[cfg(feature = "asyncio-py")]
            init_replaced: std::cell::Cell::new(false),
        }
    }

    /// Whether it or a class up its chain derives from `typing`'s
    /// `Generic` (`Protocol` does too): subscripting it makes a generic
    /// alias (or is a TypeError), which is not modelled.
    #[cfg(feature = "asyncio-py")]
    pub fn is_generic(self: &Rc<Self>) -> bool {
        self.ancestry().any(|c| c.typing_base.is_some())
    }

    /// The class up its chain (this one first) that names `Protocol` as
    /// its base, if any: `Some(true)` when that is this class, a protocol
    /// class itself (`_is_protocol`).
    #[cfg(feature = "asyncio-py")]
    pub fn protocol(self: &Rc<Self>) -> Option<bool> {
        let first = self
            .ancestry()
            .position(|c| c.typing_base == Some(crate::program::TypingBase::Protocol))?;
        Some(first == 0)
    }

    /// What CPython's reports and reprs put before a class's name: its
    /// module and a dot, but nothing for `__main__`'s (nor builtins').
    pub fn report_prefix(&self) -> String {
        match self.module {
            "__main__" => String::new(),
            module => format!("{module}."),
        }
    }

    /// The attribute `name` of this class or of the first class up its
    /// chain that has it (its MRO, for single inheritance).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.attrs.get(name).or_else(|| match &self.base {
            Base::Class(base) => base.lookup(name),
            _ => None,
        })
    }

    /// The builtin exception class at the root of the chain, if any:
    /// what the class's instances are exceptions of.
    pub fn exception_base(&self) -> Option<ExcKind> {
        match &self.base {
            Base::Object => None,
            Base::Exception(k) => Some(*k),
            Base::Class(base) => base.exception_base(),
        }
    }

    /// `issubclass(self, other)`
    pub fn is_subclass_of(self: &Rc<Self>, other: &Rc<ClassObj>) -> bool {
        self.ancestry().any(|c| Rc::ptr_eq(&c, other))
    }

    /// The class, then each class up its chain (its MRO, for single
    /// inheritance).
    pub fn ancestry(self: &Rc<Self>) -> impl Iterator<Item = Rc<ClassObj>> {
        std::iter::successors(Some(self.clone()), |c| match &c.base {
            Base::Class(base) => Some(base.clone()),
            _ => None,
        })
    }

    /// The nearest dataclass up this class's chain (this class first),
    /// and what `dataclass` made of it.
    #[cfg(feature = "asyncio-py")]
    pub fn nearest_dataclass(self: &Rc<Self>) -> Option<(Rc<ClassObj>, Rc<Dataclass>)> {
        self.ancestry().find_map(|c| {
            let spec = c.dataclass.borrow().clone()?;
            Some((c, spec))
        })
    }

    /// The class of asyncio's Python half up this class's chain that is
    /// one of the primitives (`trace::PRIMITIVES`: `Lock`, `Queue`...),
    /// if any: what its instances wait in.
    #[cfg(feature = "asyncio-py")]
    pub fn primitive(&self) -> Option<&'static str> {
        self.library_class(&|name| crate::trace::wait_of(name).is_some())
    }

    /// The first class of asyncio's Python half up this class's chain
    /// whose name `pick` takes, if any.
    #[cfg(feature = "asyncio-py")]
    pub fn library_class(&self, pick: &dyn Fn(&str) -> bool) -> Option<&'static str> {
        if self.module.starts_with("asyncio.") && pick(self.name) {
            return Some(self.name);
        }
        match &self.base {
            Base::Class(base) => base.library_class(pick),
            _ => None,
        }
    }

    /// Every name the class and the classes up its chain bind, for "Did
    /// you mean".
    pub fn all_names(&self, names: &mut Vec<Name>) {
        names.extend(self.attrs.names());
        if let Base::Class(base) = &self.base {
            base.all_names(names);
        }
    }
}

/// `name` as a `&'static str`, kept once per distinct name: a run's
/// classes are few, and a page that reruns a program (step mode replays
/// it) keeps no more.
fn intern(name: &str) -> &'static str {
    thread_local! {
        static NAMES: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        match names.iter().find(|n| **n == name) {
            Some(n) => n,
            None => {
                let leaked: &'static str = Box::leak(name.into());
                names.push(leaked);
                leaked
            }
        }
    })
}
