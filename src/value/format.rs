//! `str()` and `repr()` exactly as CPython 3.11 writes them: shortest
//! round-trip floats with Python's exponent rules (`1e-05`, `2.0`), string
//! quotes chosen the way CPython chooses them (`"it's"`), containers that
//! print themselves only once (`[[...]]`).
//!
//! Objects whose CPython repr holds a memory address print `0x…` in its place:
//! the address differs on every run, so no tool can reproduce it.

use super::{Class, ExcKind, Exception, Value};
use crate::error::Raise;

/// Stands in for a memory address in reprs such as `<coroutine object ...>`.
pub const ADDRESS: &str = "0x…";

/// The program's own `__repr__` and `__str__`, which only the interpreter
/// can run. What CPython runs them for passes one (`print`, `str`, `repr`,
/// f-strings, `format`, the reports of exceptions); Interleave's own
/// displays (step mode's variables, the timeline) use `Value::repr`, which
/// runs no program code, so looking never prints.
pub trait UserFormat {
    /// `obj`'s class's own `method` (`"__repr__"` or `"__str__"`), run on
    /// it, and its text: `None` when the class has none and `object`'s (or
    /// `BaseException`'s) is used.
    fn call(&mut self, obj: &Value, method: &'static str) -> Option<Result<String, Raise>>;
}

/// Formatting for a build or a place with no program classes to call.
pub struct NoUserFormat;

impl UserFormat for NoUserFormat {
    fn call(&mut self, _: &Value, _: &'static str) -> Option<Result<String, Raise>> {
        None
    }
}

/// Whether `obj`'s class is the program's and defines `method` (or
/// inherits it from a class of the program's).
pub fn program_defines(obj: &Value, method: &str) -> bool {
    program_method(obj, method).is_some()
}

/// Whether `obj`'s class is the program's and defines (or inherits) a
/// comparison method, which comparing `obj` runs.
#[cfg(feature = "asyncio-py")]
pub fn program_compares(obj: &Value) -> bool {
    crate::program::COMPARISON_METHODS
        .iter()
        .any(|(_, name, _)| program_defines(obj, name))
}

/// What `str(obj)` (`method` `__str__`) or `repr(obj)` (`__repr__`) runs
/// of the program's: the method `obj`'s class defines or inherits from a
/// class of the program's. An instance with no `__str__` of its own is
/// shown by its `__repr__` (`object.__str__`); an exception by its
/// arguments (`BaseException.__str__`).
// Without Code mode there are no classes of the program's to look in.
#[cfg_attr(not(feature = "code"), allow(unused_variables))]
pub fn program_method(obj: &Value, method: &str) -> Option<Value> {
    #[cfg(feature = "code")]
    {
        let class = obj.program_class()?;
        class.lookup(method).or_else(|| match (obj, method) {
            (Value::Instance(_), "__str__") => class.lookup("__repr__"),
            _ => None,
        })
    }
    #[cfg(not(feature = "code"))]
    None
}

impl Value {
    /// `repr(v)` with the default repr of every object, with `...` for
    /// containers nested past `MAX_REPR_DEPTH` (where CPython raises; see
    /// `try_repr`): Interleave's own displays, which run no program code.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        write_repr(self, &mut out, &mut Repr::default());
        out
    }

    /// `repr(v)` cut at `limit` characters, with `…` where it was cut:
    /// what step mode shows of a variable. Writing stops soon after the
    /// limit, so a list of ten thousand tasks costs no more than a short
    /// one.
    #[cfg(feature = "code")]
    pub fn repr_within(&self, limit: usize) -> String {
        let mut out = String::new();
        let mut st = Repr {
            // A character takes at most four bytes.
            stop_at: Some(limit.saturating_mul(4).saturating_add(1)),
            ..Repr::default()
        };
        write_repr(self, &mut out, &mut st);
        match out.char_indices().nth(limit) {
            Some((cut, _)) => {
                out.truncate(cut);
                out.push('…');
                out
            }
            None => out,
        }
    }

    /// `repr(v)` as the program gets it: the program's `__repr__`s run
    /// through `user`, and what they raise, CPython's RecursionError for
    /// containers nested past `MAX_REPR_DEPTH` or, without Code mode, a
    /// refusal for text whose repr this build cannot know (see
    /// `is_printable`) is the error.
    pub fn try_repr(&self, user: &mut dyn UserFormat) -> Result<String, Raise> {
        self.try_write(user, write_repr)
    }

    /// `str(v)` as the program gets it (what `print` writes), as
    /// `try_repr`.
    pub fn try_to_str(&self, user: &mut dyn UserFormat) -> Result<String, Raise> {
        self.try_write(user, write_str)
    }

    fn try_write(
        &self,
        user: &mut dyn UserFormat,
        write: fn(&Value, &mut String, &mut Repr),
    ) -> Result<String, Raise> {
        let mut st = Repr {
            user: Some(user),
            ..Repr::default()
        };
        let out = exact(|| {
            let mut out = String::new();
            write(self, &mut out, &mut st);
            out
        });
        if let Some(raised) = st.failed {
            return Err(raised);
        }
        if st.too_deep {
            return Err(Raise::Exc(Exception::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            )));
        }
        out
    }

    /// `str(v)` with the default repr of every object, as `repr`.
    pub fn to_str(&self) -> String {
        let mut out = String::new();
        write_str(self, &mut out, &mut Repr::default());
        out
    }
}

/// `str(v)`: a string itself, an exception's `__str__`, an object's
/// `__str__` or else its repr (`object.__str__`).
fn write_str(v: &Value, out: &mut String, st: &mut Repr) {
    match v {
        Value::Str(s) => out.push_str(s),
        Value::Exception(e) => {
            if !user_text(v, "__str__", out, st) {
                write_exception_str(e, out, st)
            }
        }
        #[cfg(feature = "code")]
        Value::Instance(_) => {
            if !user_text(v, "__str__", out, st) {
                write_repr(v, out, st)
            }
        }
        other => write_repr(other, out, st),
    }
}

/// `BaseException.__str__`: empty, the one argument's `str` (its `repr`
/// for KeyError), or the tuple of arguments.
fn write_exception_str(e: &Exception, out: &mut String, st: &mut Repr) {
    // `BaseExceptionGroup.__str__`: its message, whatever its args.
    #[cfg(feature = "asyncio-py")]
    if let Some(g) = e.group() {
        let n = g.exceptions.len();
        let plural = if n == 1 { "" } else { "s" };
        out.push_str(&format!("{} ({n} sub-exception{plural})", g.message));
        return;
    }
    match &*e.args() {
        [] => {}
        [one] if e.kind == ExcKind::KeyError => write_repr(one, out, st),
        [one] => write_str(one, out, st),
        many => write_repr(&Value::tuple(many.to_vec()), out, st),
    }
}

/// Writes what `obj`'s class's own `method` returns, if it has one and a
/// `UserFormat` is there to run it; false to write the default.
fn user_text(obj: &Value, method: &'static str, out: &mut String, st: &mut Repr) -> bool {
    let Some(user) = st.user.as_mut() else {
        return false;
    };
    match user.call(obj, method) {
        None => false,
        Some(Ok(text)) => {
            out.push_str(&text);
            true
        }
        Some(Err(raised)) => {
            st.failed = Some(raised);
            true
        }
    }
}

impl Exception {
    /// `str(e)`, with no program code run (see `Value::repr`).
    pub fn to_str(&self) -> String {
        let mut out = String::new();
        write_exception_str(self, &mut out, &mut Repr::default());
        out
    }

    /// `repr(e)`: `ValueError('bad')`, as `Value::repr`.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        write_exception_repr(self, &mut out, &mut Repr::default());
        out
    }
}

fn write_exception_repr(e: &Exception, out: &mut String, st: &mut Repr) {
    out.push_str(e.name());
    out.push('(');
    for (i, arg) in e.args().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(arg, out, st);
    }
    out.push(')');
}

/// What the first download refuses; the code point is `LOW_END - 1`, written
/// out because formatting it would cost the page bytes.
#[cfg(not(feature = "code"))]
const PAST_LOW: &str = "the repr of text past U+0377 (such as Greek, CJK or emoji)";

/// The text `write` makes, or, in the page's first download, the refusal
/// that sends the program to Code mode when some repr in it had to guess
/// whether a character is printable: printing a guess would risk a wrong
/// answer.
#[cfg(not(feature = "code"))]
fn exact(write: impl FnOnce() -> String) -> Result<String, Raise> {
    // `try_with` rather than `with`: `with`'s panic message costs the page
    // bytes, and a thread-local without a destructor is always there.
    let _ = GUESSED.try_with(|g| g.set(false));
    let text = write();
    if GUESSED.try_with(|g| g.replace(false)).unwrap_or(true) {
        return Err(crate::error::RunError::needs_code_mode(PAST_LOW));
    }
    Ok(text)
}

#[cfg(feature = "code")]
fn exact(write: impl FnOnce() -> String) -> Result<String, Raise> {
    Ok(write())
}

/// What `repr` keeps track of as it descends into containers.
#[derive(Default)]
struct Repr<'u> {
    /// Runs the program's `__repr__` and `__str__`; `None` for
    /// Interleave's own displays, which show `object`'s.
    user: Option<&'u mut dyn UserFormat>,
    /// What a program's `__repr__` or `__str__` raised: nothing more is
    /// written, and the text is dropped.
    failed: Option<Raise>,
    /// The lists and dicts being printed, to stop at a list that contains
    /// itself as CPython does (`[[...]]`).
    path: Vec<*const ()>,
    /// How many containers deep the printing is.
    depth: usize,
    /// Set when a container was nested too deep to print.
    too_deep: bool,
    /// Where `repr_within` stops writing: the text already holds more
    /// than it shows.
    #[cfg(feature = "code")]
    stop_at: Option<usize>,
}

/// After a set Interleave's own display shows sorted, for want of
/// CPython's order (a set of strings, floats or tuples, whose order comes
/// from their hashes).
#[cfg(feature = "asyncio-py")]
const UNORDERED: &str = " (order not modelled)";

/// How deep `repr` follows containers inside containers. CPython stops
/// at its recursion limit, about 990 levels from `main`, with a
/// RecursionError; printing deeper would also overflow the browser's stack.
pub const MAX_REPR_DEPTH: usize = 988;

fn write_repr(v: &Value, out: &mut String, st: &mut Repr) {
    // Past the limit CPython has already raised: write nothing more, or a
    // shared structure would be walked once per path through it.
    if st.too_deep || st.failed.is_some() {
        return;
    }
    #[cfg(feature = "code")]
    if st.stop_at.is_some_and(|stop| out.len() >= stop) {
        return;
    }
    let container = matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::DictView(..)
    );
    if !container {
        #[cfg(feature = "asyncio-py")]
        if matches!(v, Value::Set(_)) {
            return write_value(v, out, st);
        }
        return write_object(v, out, st);
    }
    if st.depth >= MAX_REPR_DEPTH {
        st.too_deep = true;
        out.push_str("...");
        return;
    }
    st.depth += 1;
    write_value(v, out, st);
    st.depth -= 1;
}

/// Containers, which recurse; kept apart from the other values so that
/// each level of a deeply nested list takes little stack.
fn write_value(v: &Value, out: &mut String, st: &mut Repr) {
    match v {
        Value::List(items) => {
            let id = std::rc::Rc::as_ptr(items) as *const ();
            if st.path.contains(&id) {
                out.push_str("[...]");
                return;
            }
            st.path.push(id);
            out.push('[');
            for (i, item) in items.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out, st);
            }
            out.push(']');
            st.path.pop();
        }
        Value::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out, st);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            let id = std::rc::Rc::as_ptr(d) as *const ();
            if st.path.contains(&id) {
                out.push_str("{...}");
                return;
            }
            st.path.push(id);
            out.push('{');
            for (i, (k, v)) in d.borrow().entries().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(k, out, st);
                out.push_str(": ");
                write_repr(v, out, st);
            }
            out.push('}');
            st.path.pop();
        }
        #[cfg(feature = "asyncio-py")]
        Value::Set(set) => {
            let (items, unordered) = match set.borrow().order() {
                super::set::Order::Known(items) => (items, false),
                super::set::Order::Unknown(why) => {
                    if st.user.is_some() {
                        st.failed = Some(crate::error::RunError::unsupported(format!(
                            "printing {why}"
                        )));
                    }
                    // Step mode's variables (the one display that cuts a
                    // repr, `repr_within`) claim no order CPython's hashes
                    // would give: sorted by repr, and said so
                    // (`tests/support/loop_view.py` writes CPython's sets
                    // the same way).
                    let mut items = set.borrow().members();
                    let view = st.stop_at.is_some();
                    if view {
                        crate::sort::sort_by_key(&mut items, Value::repr);
                    }
                    (items, view)
                }
            };
            if items.is_empty() {
                out.push_str("set()");
                return;
            }
            out.push('{');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out, st);
            }
            out.push('}');
            if unordered {
                out.push_str(UNORDERED);
            }
        }
        Value::DictView(d, part) => {
            // A view inside its own dict prints as `...` within itself,
            // as CPython's does.
            let id = (std::rc::Rc::as_ptr(d) as usize + 1 + *part as usize) as *const ();
            if st.path.contains(&id) {
                out.push_str("...");
                return;
            }
            st.path.push(id);
            out.push_str(part.type_name());
            out.push('(');
            write_repr(&Value::list(d.borrow().part(*part)), out, st);
            out.push(')');
            st.path.pop();
        }
        other => write_object(other, out, st),
    }
}

/// Where no code can run (the loop's view), the library's classes that
/// are C types in CPython still show what their C reprs show: a
/// `deque`'s items, a `ContextVar`'s name and default, a `Token`'s
/// variable. False for the others.
#[cfg(feature = "asyncio-py")]
fn c_type_repr(i: &super::class::Instance, out: &mut String, st: &mut Repr) -> bool {
    let attr = |name: &str| i.attrs.get(name).unwrap_or(Value::None);
    match (i.class.module, i.class.name) {
        ("collections", "deque") => {
            out.push_str("deque(");
            write_repr(&attr("_items"), out, st);
            if let Value::Int(n) = attr("_maxlen") {
                out.push_str(&format!(", maxlen={n}"));
            }
            out.push(')');
        }
        ("_contextvars", "ContextVar") => {
            out.push_str("<ContextVar name=");
            write_repr(&attr("_name"), out, st);
            let default = attr("_default");
            if !matches!(&default, Value::Instance(d) if d.class.name == "_NoDefault") {
                out.push_str(" default=");
                write_repr(&default, out, st);
            }
            out.push_str(&format!(" at {ADDRESS}>"));
        }
        ("_contextvars", "Token") => {
            out.push_str("<Token");
            if matches!(attr("_used"), Value::Bool(true)) {
                out.push_str(" used");
            }
            out.push_str(" var=");
            write_repr(&attr("_var"), out, st);
            out.push_str(&format!(" at {ADDRESS}>"));
        }
        ("_contextvars", "_TokenMissing") => out.push_str("<Token.MISSING>"),
        ("_contextvars", "_MapIter") => {
            if let Value::Str(kind) = attr("_kind") {
                out.push_str(&format!("<{kind} object at {ADDRESS}>"));
            }
        }
        _ => return false,
    }
    true
}

/// What is neither a container nor a plain leaf: objects whose repr may
/// run the program's `__repr__`, or be refused. Apart from `write_value`,
/// and never inlined into it, so that a level of a deeply nested list
/// (`MAX_REPR_DEPTH` of them) does not carry these arms' stack.
#[inline(never)]
fn write_object(v: &Value, out: &mut String, st: &mut Repr) {
    match v {
        Value::Exception(e) => {
            if !user_text(v, "__repr__", out, st) {
                write_exception_repr(e, out, st)
            }
        }
        #[cfg(feature = "code")]
        Value::Instance(_i) => {
            if !user_text(v, "__repr__", out, st) {
                #[cfg(feature = "asyncio-py")]
                if c_type_repr(_i, out, st) {
                    return;
                }
                write_leaf(v, out)
            }
        }
        #[cfg(feature = "code")]
        Value::Partial(p) => {
            out.push_str("functools.partial(");
            write_repr(&p.func, out, st);
            for arg in &p.args {
                out.push_str(", ");
                write_repr(arg, out, st);
            }
            for (name, arg) in &p.kwargs {
                out.push_str(", ");
                out.push_str(name);
                out.push('=');
                write_repr(arg, out, st);
            }
            out.push(')');
        }
        #[cfg(feature = "code")]
        Value::BoundMethod(m) => {
            out.push_str("<bound method ");
            out.push_str(&m.1.name());
            out.push_str(" of ");
            write_repr(&m.0, out, st);
            out.push('>');
        }
        Value::Future(f) => match &mut st.user {
            Some(_) => match f.repr_checked() {
                Ok(text) => out.push_str(&text),
                Err(refusal) => st.failed = Some(crate::error::RunError::unsupported(refusal)),
            },
            None => out.push_str(&f.repr()),
        },
        // A method a decorator made is, in CPython, a function of Python's
        // named where it was made, which is not modelled.
        #[cfg(feature = "asyncio-py")]
        Value::Method(m) if st.user.is_some() && m.0.made_method(&m.1).is_some() => {
            st.failed = Some(crate::error::RunError::unsupported(format!(
                "the repr of `{}`, a method `@dataclass` or `functools.total_ordering` made, is not supported yet",
                m.1
            )))
        }
        #[cfg(feature = "asyncio-py")]
        Value::Handle(h) if st.user.is_some() => match h.repr_checked() {
            Ok(text) => out.push_str(&text),
            Err(refusal) => st.failed = Some(crate::error::RunError::unsupported(refusal)),
        },
        other => write_leaf(other, out),
    }
}

/// Everything but containers.
#[inline(never)]
fn write_leaf(v: &Value, out: &mut String) {
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Str(s) => out.push_str(&str_repr(s)),
        Value::Iterator(_) => out.push_str(&format!("<{} object at {ADDRESS}>", v.type_name())),
        #[cfg(feature = "code")]
        Value::Traceback(_) => out.push_str(&format!("<traceback object at {ADDRESS}>")),
        #[cfg(feature = "code")]
        Value::Generator(g) => out.push_str(&format!(
            "<{} object {} at {ADDRESS}>",
            g.type_name(),
            g.name
        )),
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Class(Class::Type(name)) => {
            // asyncio's C types and its Python `_GatheringFuture` carry
            // their module in CPython's class repr.
            let qualified = match *name {
                "Task" => "_asyncio.Task",
                "Future" => "_asyncio.Future",
                "_GatheringFuture" => "asyncio.tasks._GatheringFuture",
                #[cfg(feature = "asyncio-py")]
                "_UnixSelectorEventLoop" => "asyncio.unix_events._UnixSelectorEventLoop",
                #[cfg(feature = "asyncio-py")]
                "Handle" => "asyncio.events.Handle",
                #[cfg(feature = "asyncio-py")]
                "TimerHandle" => "asyncio.events.TimerHandle",
                other => other,
            };
            out.push_str(&format!("<class '{qualified}'>"))
        }
        Value::Class(Class::Exception(k)) => {
            let module = if k.qualified_name() == k.name() {
                ""
            } else {
                "asyncio.exceptions."
            };
            out.push_str(&format!("<class '{module}{}'>", k.name()));
        }
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) => {
            out.push_str(&callable_repr(v))
        }
        Value::Module(m) if m.is_builtin() => {
            out.push_str(&format!("<module '{}' (built-in)>", m.name()))
        }
        Value::Module(m) => out.push_str(&format!("<module '{}' from '…'>", m.name())),
        #[cfg(feature = "code")]
        Value::Coroutine(c) if matches!(c.body, super::CoroBody::AsyncGenClose(..)) => {
            out.push_str(&format!("<async_generator_athrow object at {ADDRESS}>"))
        }
        #[cfg(feature = "code")]
        Value::Coroutine(c) if matches!(c.body, super::CoroBody::AsyncGenNext(..)) => {
            out.push_str(&format!("<async_generator_asend object at {ADDRESS}>"))
        }
        Value::Coroutine(c) => {
            out.push_str(&format!("<coroutine object {} at {ADDRESS}>", c.name()))
        }
        #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
        Value::Instance(i) => out.push_str(&format!(
            "<{}.{} object at {ADDRESS}>",
            i.class.module, i.class.name
        )),
        #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
        Value::UserClass(c) => out.push_str(&format!("<class '{}.{}'>", c.module, c.name)),
        #[cfg(feature = "asyncio-py")]
        Value::Instance(i) => out.push_str(&format!(
            "<{}{} object at {ADDRESS}>",
            i.class.repr_prefix(),
            i.class.name
        )),
        #[cfg(feature = "asyncio-py")]
        Value::UserClass(c) => out.push_str(&format!("<class '{}{}'>", c.repr_prefix(), c.name)),
        #[cfg(feature = "code")]
        Value::Super(s) => out.push_str(&format!(
            "<super: <class '{}'>, <{} object>>",
            s.0.name,
            s.1.type_name()
        )),
        #[cfg(feature = "asyncio-py")]
        Value::Handle(h) => out.push_str(&h.repr()),
        #[cfg(feature = "asyncio-py")]
        Value::Loop(l) => out.push_str(&format!(
            "<_UnixSelectorEventLoop running={} closed={} debug=False>",
            if l.running.get() { "True" } else { "False" },
            if l.closed.get() { "True" } else { "False" },
        )),
        #[cfg(feature = "asyncio-py")]
        Value::Descriptor(d) => match &**d {
            super::class::Descriptor::Static(f) | super::class::Descriptor::Class(f) => {
                out.push_str(&format!("<{}({})>", d.type_name(), f.repr()))
            }
            super::class::Descriptor::Property { .. } => {
                out.push_str(&format!("<property object at {ADDRESS}>"))
            }
        },
        #[cfg(feature = "code")]
        Value::BoundMethod(_) | Value::Partial(_) => {
            unreachable!("write_value prints bound methods and partials")
        }
        Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::DictView(..)
        | Value::Exception(_)
        | Value::Future(_) => {
            unreachable!("write_value prints containers, exceptions, futures and bound methods")
        }
        #[cfg(feature = "asyncio-py")]
        Value::Set(_) => unreachable!("write_value prints containers"),
    }
}

fn callable_repr(v: &Value) -> String {
    #[cfg(feature = "code")]
    use super::Builtin::*;
    match v {
        Value::Function(f) => format!("<function {} at {ADDRESS}>", f.name()),
        // asyncio's functions are written in Python, the rest are C builtins.
        Value::Builtin(b) if b.is_python_function() => {
            format!("<function {} at {ADDRESS}>", b.name())
        }
        // random's functions are methods of its hidden `Random` instance.
        #[cfg(feature = "asyncio-py")]
        Value::Builtin(b) if b.is_random() && b.is_c_method() => {
            format!(
                "<built-in method {} of Random object at {ADDRESS}>",
                b.name()
            )
        }
        #[cfg(feature = "asyncio-py")]
        Value::Builtin(b) if b.is_random() => format!(
            "<bound method Random.{} of <random.Random object at {ADDRESS}>>",
            b.name()
        ),
        #[cfg(feature = "code")]
        Value::Builtin(Partial) => "<class 'functools.partial'>".into(),
        #[cfg(feature = "asyncio-py")]
        Value::Builtin(super::Builtin::NotImplemented) => "NotImplemented".into(),
        // Classes in CPython, which the engine calls as functions.
        Value::Builtin(b) if b.is_type() => format!("<class '{}'>", b.name()),
        Value::Builtin(b) => format!("<built-in function {}>", b.name()),
        // What `functools.wraps(f)` returns (`interp::builtins::WRAPS`).
        #[cfg(feature = "asyncio-py")]
        Value::Method(m) if &*m.1 == crate::interp::WRAPS => format!(
            "functools.partial(<function update_wrapper at {ADDRESS}>, wrapped={}, assigned=('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'), updated=('__dict__',))",
            m.0.repr()
        ),
        #[cfg(feature = "asyncio-py")]
        Value::Method(m) if super::unbound_owner(&m.0, &m.1).is_some() => format!(
            "<method '{}' of '{}' objects>",
            m.1,
            super::unbound_owner(&m.0, &m.1).unwrap_or_default()
        ),
        #[cfg(feature = "asyncio-py")]
        Value::Method(m) if matches!(m.0, Value::Loop(_)) => format!(
            "<bound method {}.{} of {}>",
            super::loop_method_owner(&m.1),
            m.1,
            m.0.repr()
        ),
        Value::Method(m) if super::is_python_method(m) => format!(
            "<bound method {}.{} of {}>",
            m.0.cpython_type_name(),
            m.1,
            m.0.repr()
        ),
        Value::Method(m) => format!(
            "<built-in method {} of {} object at {ADDRESS}>",
            m.1,
            m.0.cpython_type_name()
        ),
        _ => unreachable!("callable_repr is only called on callables"),
    }
}

/// `repr(float)`: the shortest digits that round-trip, laid out in fixed
/// notation when the exponent is in [-4, 16) and in scientific notation
/// (`1e-05`, `1.5e+16`) otherwise.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, k) = super::decimal::shortest_digits(f.abs());
    let digits: String = digits.iter().map(|d| (b'0' + d) as char).collect();
    // The exponent of scientific notation, `d.ddd × 10^exp`.
    let exp = k - 1;
    let negative = f < 0.0;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                out.push_str(&"0".repeat(point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(str)`: single quotes unless the text holds a single quote and no
/// double quote; escapes for backslashes, the chosen quote and characters
/// Python does not consider printable.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character, from the interpreter's own
/// Unicode database (`printable.rs`). The page's first download knows it
/// only below `LOW_END`, as the whole table does not fit its size budget.
fn is_printable(c: char) -> bool {
    use super::printable::{LOW, LOW_END};
    let n = c as u32;
    if n < LOW_END {
        return !LOW.iter().any(|&(start, end)| start <= n && n < end);
    }
    beyond_low(c)
}

#[cfg(feature = "code")]
fn beyond_low(c: char) -> bool {
    // The bounds at or below `c`, read gap by gap (`printable::GAPS`).
    let (mut bound, mut gap, mut shift, mut below) = (0u32, 0u32, 0, 0usize);
    for &byte in &super::printable::GAPS {
        gap |= u32::from(byte & 0x7f) << shift;
        shift += 7;
        if byte & 0x80 == 0 {
            bound += gap;
            if bound > c as u32 {
                break;
            }
            below += 1;
            (gap, shift) = (0, 0);
        }
    }
    below % 2 == 0
}

#[cfg(not(feature = "code"))]
thread_local! {
    /// Set when `beyond_low` guessed, for `exact` to refuse the text the
    /// guess went into. Reprs made where no refusal can be raised (the
    /// page's panels, the Python source of a scenario, some error messages)
    /// keep the guess.
    static GUESSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A guess, recorded in `GUESSED`: right for the separators, the common
/// format characters and the private-use ones, wrong for rarer format
/// characters and for the code points Unicode 14 leaves unassigned.
#[cfg(not(feature = "code"))]
fn beyond_low(c: char) -> bool {
    let _ = GUESSED.try_with(|g| g.set(true));
    if c.is_whitespace() {
        return false;
    }
    let format_or_private = matches!(c as u32,
        0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF | 0xE0001 | 0xE0020..=0xE007F);
    !format_or_private
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{ExcKind, Exception};

    #[test]
    fn floats_print_like_python() {
        let cases = [
            (0.03, "0.03"),
            (1e-05, "1e-05"),
            (2.0, "2.0"),
            (0.001, "0.001"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00012, "0.00012"),
            (-1.5e-7, "-1.5e-07"),
            (-0.0, "-0.0"),
            (1e22, "1e+22"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (std::f64::consts::SQRT_2, "1.4142135623730951"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "repr({f:?})");
        }
    }

    #[test]
    fn strings_pick_quotes_like_python() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\"b"), "'a\"b'");
        assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(str_repr("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(str_repr("\u{a0}\u{200b}\u{7f}"), "'\\xa0\\u200b\\x7f'");
        assert_eq!(str_repr("café ü 日本"), "'café ü 日本'");
        assert_eq!(str_repr("back\\slash"), "'back\\\\slash'");
    }

    /// CPython 3.11.7's answers (`print(repr(...))`); 3.11 has Unicode 14, so
    /// what was assigned later is escaped.
    #[cfg(feature = "code")]
    #[test]
    fn strings_escape_what_python_3_11_escapes() {
        let cases = [
            (
                "\u{378}\u{e000}\u{fffd}\u{ffff}",
                "'\\u0378\\ue000\u{fffd}\\uffff'",
            ),
            ("\u{2028}\u{3000}\u{e0001}", "'\\u2028\\u3000\\U000e0001'"),
            (
                "\u{1f600}\u{1fae0}\u{d81}\u{870}",
                "'\u{1f600}\u{1fae0}\u{d81}\u{870}'",
            ),
            ("\u{1f6dc}\u{1faf8}", "'\\U0001f6dc\\U0001faf8'"),
            (
                "\u{11f00}\u{1e030}\u{31350}",
                "'\\U00011f00\\U0001e030\\U00031350'",
            ),
            ("\u{f0000}\u{10ffff}", "'\\U000f0000\\U0010ffff'"),
        ];
        for (s, want) in cases {
            assert_eq!(str_repr(s), want, "repr({s:?})");
        }
    }

    /// The first download's exact rule is the whole table's below `LOW_END`.
    #[cfg(feature = "code")]
    #[test]
    fn the_low_rule_agrees_with_the_table() {
        use crate::value::printable::LOW_END;
        for n in 0..=LOW_END {
            let c = char::from_u32(n).expect("below the surrogates");
            assert_eq!(is_printable(c), beyond_low(c), "U+{n:04X}");
        }
        assert!(!is_printable(char::from_u32(LOW_END).expect("a char")));
    }

    /// Without Code mode's table, a repr past `LOW_END` is refused wherever a
    /// refusal can be raised, rather than guessed.
    #[cfg(not(feature = "code"))]
    #[test]
    fn without_the_table_reprs_past_the_low_rule_are_refused() {
        use crate::error::RunErrorKind;
        let refused = |r: Result<String, Raise>| match r {
            Err(Raise::Stop(e)) => e.kind == RunErrorKind::Unsupported,
            _ => false,
        };
        assert!(refused(Value::str("\u{378}").try_repr(&mut NoUserFormat)));
        assert!(refused(
            Value::list(vec![Value::str("日本")]).try_to_str(&mut NoUserFormat)
        ));
        let key = Exception::new(ExcKind::KeyError, "\u{200b}");
        assert!(refused(
            Value::Exception(key.into()).try_to_str(&mut NoUserFormat)
        ));
        assert_eq!(
            Value::list(vec![Value::str("café\u{ad}\u{85}")])
                .try_to_str(&mut NoUserFormat)
                .ok(),
            Some("['café\\xad\\x85']".to_string())
        );
        assert_eq!(
            Value::str("日本").try_to_str(&mut NoUserFormat).ok(),
            Some("日本".to_string())
        );
        let low_last = format!("U+{:04X}", crate::value::printable::LOW_END - 1);
        assert!(
            PAST_LOW.contains(&low_last),
            "{PAST_LOW} should name {low_last}"
        );
        // A refusal leaves nothing behind for the next repr.
        assert_eq!(
            Value::str("x").try_repr(&mut NoUserFormat).ok(),
            Some("'x'".to_string())
        );
    }

    #[test]
    fn containers_and_exceptions_print_like_python() {
        let l = Value::list(vec![
            Value::Int(400),
            Value::Exception(Exception::new(
                ExcKind::TypeError,
                "can't multiply sequence by non-int of type 'str'",
            )),
            Value::str("x"),
            Value::None,
            Value::Bool(true),
            Value::Float(2.0),
        ]);
        assert_eq!(
            l.to_str(),
            "[400, TypeError(\"can't multiply sequence by non-int of type 'str'\"), 'x', None, True, 2.0]"
        );
        assert_eq!(Value::tuple(vec![Value::Int(1)]).repr(), "(1,)");
        assert_eq!(Value::tuple(vec![]).repr(), "()");
        let key = Exception::new(ExcKind::KeyError, "k");
        assert_eq!(key.to_str(), "'k'");
        assert_eq!(key.traceback_line(), "KeyError: 'k'");
        assert_eq!(
            Exception::bare(ExcKind::ValueError).traceback_line(),
            "ValueError"
        );
        assert_eq!(Exception::bare(ExcKind::ValueError).repr(), "ValueError()");
        assert_eq!(
            Exception::bare(ExcKind::CancelledError).traceback_line(),
            "asyncio.exceptions.CancelledError"
        );
    }

    #[test]
    fn a_list_containing_itself_prints_once() {
        let l = Value::list(vec![Value::Int(1)]);
        if let Value::List(items) = &l {
            items.borrow_mut().push(l.clone());
        }
        assert_eq!(l.repr(), "[1, [...]]");
        // Break the cycle so the test does not leak.
        if let Value::List(items) = &l {
            items.borrow_mut().clear();
        }
    }
}
