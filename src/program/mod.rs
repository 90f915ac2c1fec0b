//! The program model: the asyncio subset of Python as a serde tree.
//!
//! This is the one input format of the engine. A program is a list of
//! function definitions plus the name of the coroutine `asyncio.run` starts.
//! The tree mirrors Python's own `ast` module (calls are `Call`, attributes are
//! `Attribute`, `print` is just a builtin being called) so that a Python-subset
//! parser can produce it unchanged and the Python printer can render it back.
//!
//! What lives here: the types, JSON loading with path-named errors, and the
//! submodules that build, check and print programs. What does not: running
//! them (see `engine` and `interp`).
//!
//! JSON shape, by example (`print(num)`):
//! `{"expr": {"call": {"func": {"name": "print"}, "args": [{"name": "num"}]}}}`

pub mod bindings;
pub mod build;
pub mod python;
pub mod source_map;
#[cfg(feature = "code")]
pub mod syntax_warnings;
pub mod validate;

pub use source_map::SourceMap;

use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// A whole program: `import asyncio`, the functions, then `asyncio.run(entry())`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub functions: Vec<Function>,
    /// The coroutine function `asyncio.run` is given, called with no arguments.
    #[serde(default = "default_entry")]
    pub entry: String,
    /// Where the statements stand in the text the program was read from;
    /// `None` for a program from JSON or the forms, whose text is the
    /// Python the page prints for it (`python::source_map`).
    /// (Code mode only: the forms' page names no lines.)
    #[cfg(feature = "code")]
    #[serde(skip)]
    pub source: Option<Rc<SourceMap>>,
    /// The module-level names bound by `import m as name` and `from m
    /// import attr [as name]`, in the order bound. `import asyncio` and
    /// `import time` bind the module's own name and need no entry: a
    /// program names a module it uses (Code mode only).
    #[cfg(feature = "code")]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<Import>,
    /// Every name the module binds (imports, definitions, variables), in
    /// the order bound, as CPython's module dict holds them: what "Did
    /// you mean" searches after a frame's own names. Empty for a program
    /// from JSON or the forms, whose module binds what it names.
    #[cfg(feature = "code")]
    #[serde(skip)]
    pub module_names: Vec<Name>,
}

/// `import module as name`, or `from module import attr [as name]`: binds
/// `name` at the module level to the module or its attribute.
#[cfg(feature = "code")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Import {
    pub module: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attr: Option<String>,
    pub name: Name,
}

#[cfg(feature = "code")]
impl Program {
    /// Whether the program's own code imports `module`: names it
    /// (`import module`), or imports from it.
    pub fn imports_module(&self, module: &str) -> bool {
        self.imports.iter().any(|i| i.module == module) || python::names(self, module)
    }

    /// The module's own code, if the program has any (`MODULE`): its
    /// index among the functions.
    pub fn module_index(&self) -> Option<usize> {
        self.functions.iter().rposition(|f| f.name == MODULE)
    }

    /// The import that binds `name`, if one does.
    pub fn import(&self, name: &str) -> Option<&Import> {
        self.imports.iter().find(|i| &*i.name == name)
    }
}

/// The name of the function that holds a program's module-level code (a
/// program read from source): the statements outside any `def`, in order,
/// `asyncio.run(...)` among them. It is a plain `def` with no parameters
/// whose every name is the module's (Python's `<module>` code object);
/// the run starts by running it, and `asyncio.run` in it runs the loop.
/// A program without one (the forms', JSON) runs `asyncio.run(entry())`.
#[cfg(feature = "code")]
pub const MODULE: &str = "<module>";

/// The special methods a class may define, which the engine calls where
/// CPython does: `__init__` when the class is called, `__repr__` and
/// `__str__` where a value is formatted, the context manager protocol's
/// for `with` and `async with`, and the asynchronous iterator protocol's
/// for `async for`; and, in asyncio's module, `LIBRARY_SPECIAL_METHODS`
/// and `COMPARISON_METHODS`. (CPython's others, such as `__hash__` or
/// `__add__`, would change what the engine's own operations do, and are
/// refused.)
#[cfg(feature = "code")]
pub const SPECIAL_METHODS: [&str; 9] = [
    "__init__",
    "__repr__",
    "__str__",
    "__enter__",
    "__exit__",
    "__aenter__",
    "__aexit__",
    "__aiter__",
    "__anext__",
];

/// The special methods a class may define in asyncio's module (Code
/// mode's first module hands such a program over), each called where
/// CPython's type slots call it: a dataclass's `__post_init__`, the
/// iterator protocol (`value::iter`), `__len__`, `__bool__`,
/// `__contains__` and the item methods (`value::protocols`), and
/// `__call__` (`interp::builtins::called_method`).
#[cfg(feature = "code")]
pub const LIBRARY_SPECIAL_METHODS: [&str; 10] = [
    "__post_init__",
    "__iter__",
    "__next__",
    "__len__",
    "__bool__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__call__",
];

/// The rich comparison methods a class may define (asyncio's module; Code
/// mode's hands such a program over): the method `a op b` calls on `a`,
/// and the operator its reflection calls on `b` (`b > a` for `a < b`),
/// as CPython's `_Py_SwappedOp` pairs them (`value::ops::rich`).
#[cfg(feature = "code")]
pub const COMPARISON_METHODS: [(CmpOp, &str, CmpOp); 6] = [
    (CmpOp::Eq, "__eq__", CmpOp::Eq),
    (CmpOp::Ne, "__ne__", CmpOp::Ne),
    (CmpOp::Lt, "__lt__", CmpOp::Gt),
    (CmpOp::Le, "__le__", CmpOp::Ge),
    (CmpOp::Gt, "__gt__", CmpOp::Lt),
    (CmpOp::Ge, "__ge__", CmpOp::Le),
];

/// The four orderings of `COMPARISON_METHODS` (`<`, `<=`, `>`, `>=`), in
/// the order `functools.total_ordering` prefers the one it makes the
/// others from (`max(roots)`: `'__lt__' > '__le__' > '__gt__' > '__ge__'`).
#[cfg(feature = "code")]
pub fn orderings() -> &'static [(CmpOp, &'static str, CmpOp)] {
    &COMPARISON_METHODS[2..]
}

/// How the name of a function the parser made of a lambda begins: the
/// `k`th lambda of the function `owner` is `<lambda>#owner#k`.
#[cfg(feature = "code")]
pub const LAMBDA: &str = "<lambda>#";

/// Is `name` that of a function the parser made of a lambda (`LAMBDA`)?
#[cfg(feature = "code")]
pub fn is_lambda(name: &str) -> bool {
    name.starts_with(LAMBDA)
}

/// How the name of a function the parser made of a generator expression
/// begins (`<genexpr>#owner#k`), as CPython compiles one: a generator
/// function of its own, called with an iterator over its first iterable.
#[cfg(feature = "code")]
pub const GENEXPR: &str = "<genexpr>#";

/// How the names of the functions the parser makes of comprehensions
/// begin: as CPython 3.11 compiles each, a function of its own, called
/// with an iterator over its first iterable, which returns the list, set
/// or dict its loops fill (`Stmt::Collect`).
#[cfg(feature = "code")]
pub const LISTCOMP: &str = "<listcomp>#";
#[cfg(feature = "code")]
pub const SETCOMP: &str = "<setcomp>#";
#[cfg(feature = "code")]
pub const DICTCOMP: &str = "<dictcomp>#";

/// The parameter that iterator is passed in, named as CPython names it.
#[cfg(feature = "code")]
pub const GENEXPR_ARGUMENT: &str = ".0";

/// Is `name` that of a function the parser made of a generator expression?
#[cfg(feature = "code")]
pub fn is_genexpr(name: &str) -> bool {
    name.starts_with(GENEXPR)
}

/// Is `name` that of a function the parser made of a comprehension or a
/// generator expression, whose parameter is the iterator `.0`?
#[cfg(feature = "code")]
pub fn is_comprehension(name: &str) -> bool {
    matches!(made_of_expression(name), Some((kind, _)) if kind != "<lambda>")
}

/// If `e` is a comprehension or a generator expression as the parser
/// leaves it (the call of the function made of it, awaited for an async
/// comprehension), the name CPython gives that function (`<listcomp>`).
#[cfg(feature = "code")]
pub fn comprehension_kind(e: &Expr) -> Option<&'static str> {
    let e = match e {
        Expr::Await(inner) => inner,
        other => other,
    };
    let Expr::Call { func, args, .. } = e else {
        return None;
    };
    match (&**func, &args[..]) {
        (Expr::Name(n), [_]) if is_comprehension(n) => Some(made_of_expression(n)?.0),
        _ => None,
    }
}

/// The kinds of function the parser makes of an expression, by how their
/// names begin, with the name CPython gives each.
#[cfg(feature = "code")]
const MADE_KINDS: [(&str, &str); 5] = [
    (LAMBDA, "<lambda>"),
    (GENEXPR, "<genexpr>"),
    (LISTCOMP, "<listcomp>"),
    (SETCOMP, "<setcomp>"),
    (DICTCOMP, "<dictcomp>"),
];

/// A function the parser made of an expression (a lambda, a generator
/// expression or a comprehension): the name CPython gives it
/// (`<lambda>`), and the rest of its name (`owner#k`).
#[cfg(feature = "code")]
pub fn made_of_expression(name: &str) -> Option<(&'static str, &str)> {
    MADE_KINDS
        .iter()
        .find_map(|&(prefix, kind)| Some((kind, name.strip_prefix(prefix)?)))
}

/// What joins a function defined inside another to its owner's name: the
/// parser names it `owner.<locals>.name`, its `__qualname__`, with `#k`
/// after `name` for the `k`th other `def` of that name in `owner`.
#[cfg(feature = "code")]
pub const LOCALS: &str = ".<locals>.";

/// What the names of asyncio's Python half (`crate::asyncio_py`) start
/// with once linked into a program: its functions (`asyncio.Lock.acquire`)
/// and its module's variables (`asyncio.Lock`). A program's own names
/// cannot hold a dot, so the two never meet; and `asyncio.Lock` is also
/// how the program spells the class.
#[cfg(feature = "code")]
pub const LIBRARY: &str = "asyncio.";

/// The library's module code (`crate::asyncio_py`), run before the
/// program's: it makes the library's classes.
#[cfg(feature = "code")]
pub const LIBRARY_MODULE: &str = "asyncio.<module>";

/// Is `name` that of a function of asyncio's Python half?
#[cfg(feature = "code")]
pub fn in_library(name: &str) -> bool {
    // A constant false in a build without the library, whose code for it
    // then goes.
    crate::asyncio_py::IN_THIS_BUILD
        && (name.starts_with(LIBRARY)
            || made_of_expression(name).is_some_and(|(_, r)| r.starts_with(LIBRARY)))
}

/// A function of asyncio's Python half as its source names it, as linked
/// (`crate::asyncio_py::link`): `asyncio.` before it, or before its
/// owner's name for a lambda (`<lambda>#asyncio.Barrier._block#0`), so
/// that `owner` still finds the function it is defined in.
#[cfg(feature = "code")]
pub fn linked_name(name: &str) -> String {
    match made_of_expression(name) {
        Some((_, rest)) => {
            let prefix = &name[..name.len() - rest.len()];
            format!("{prefix}{LIBRARY}{rest}")
        }
        None => format!("{LIBRARY}{name}"),
    }
}

/// Is `name` that of a function made each time its code runs, rather
/// than bound before the module's code runs: a lambda, a `def` inside a
/// function, or a decorated `def` at the top level (`name#k`, which the
/// module's code binds where it stands)?
#[cfg(feature = "code")]
pub fn is_made(name: &str) -> bool {
    // A method (`Class.method`) too: the `class` statement makes it. A
    // function of asyncio's Python half is named for the library
    // (`asyncio.shield`), and made only if its own name says so.
    let own = name.strip_prefix(LIBRARY).unwrap_or(name);
    own.contains('#') || own.contains('.')
}

/// The function a lambda or a nested `def` is defined in, by its name in
/// the program (`None` for the module's own).
#[cfg(feature = "code")]
pub fn owner(name: &str) -> Option<&str> {
    let owner = match made_of_expression(name) {
        Some((_, rest)) => rest.rsplit_once('#')?.0,
        None => name.rsplit_once(LOCALS)?.0,
    };
    (owner != MODULE).then_some(owner)
}

/// What Python calls a function of the program (its `__qualname__`): its
/// name, less the parser's `#k` marks; for a lambda (`<lambda>#owner#k`),
/// `owner.<locals>.<lambda>`, or `<lambda>` at the top level.
#[cfg(feature = "code")]
pub fn qualname(name: &str) -> std::borrow::Cow<'_, str> {
    if crate::asyncio_py::IN_THIS_BUILD && name.starts_with(LIBRARY) {
        return qualname(&name[LIBRARY.len()..]);
    }
    if let Some((kind, _)) = made_of_expression(name) {
        // What a comprehension holds is named for it with no `<locals>`,
        // as CPython's compiler names it (its scope is no function's).
        return match owner(name) {
            Some(owner) if is_comprehension(owner) => format!("{}.{kind}", qualname(owner)).into(),
            Some(owner) => format!("{}{LOCALS}{kind}", qualname(owner)).into(),
            None => kind.into(),
        };
    }
    if !name.contains('#') {
        return name.into();
    }
    let mut out = String::new();
    for (i, part) in name.split(LOCALS).enumerate() {
        if i > 0 {
            out.push_str(LOCALS);
        }
        out.push_str(part.split('#').next().unwrap_or(part));
    }
    out.into()
}

/// A function's `__name__`: its qualname's last part.
#[cfg(feature = "code")]
pub fn short_name(qualname: &str) -> &str {
    qualname.rsplit_once('.').map_or(qualname, |(_, name)| name)
}

fn default_entry() -> String {
    "main".to_string()
}

/// `async def name(params): body` (or a plain `def` when `is_async` is false).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Function {
    pub name: String,
    #[serde(default)]
    pub params: Vec<Param>,
    pub body: Vec<Stmt>,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub is_async: bool,
}

impl Function {
    /// Calls `f` on every expression of the function (its parameters'
    /// defaults, then its body), outer ones first.
    pub fn each_expr(&self, f: &mut dyn FnMut(&Expr)) {
        for p in &self.params {
            if let Some(d) = &p.default {
                d.each(f);
            }
        }
        each_expr_in(&self.body, f);
    }
}

#[cfg(feature = "code")]
impl Function {
    /// Whether it is a generator: its body holds a `yield` (the functions
    /// and lambdas defined inside it are functions of their own).
    pub fn is_generator(&self) -> bool {
        let mut found = false;
        Stmt::walk(&self.body, &mut |s| {
            s.each_own_expr(&mut |e| found |= matches!(e, Expr::Yield(_)))
        });
        found
    }
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// Whether `e` can be a parameter's default: a constant, or (in Code
/// mode) a list, tuple or dict of constants. Evaluating these has no
/// effect and reads no variable, so the engine can evaluate a top-level
/// function's defaults once, before the module's code runs, and get what
/// CPython's `def` gets when it runs.
pub fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::Int(_) | Expr::Float(_) | Expr::Str(_) | Expr::Bool(_) | Expr::None => true,
        Expr::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => matches!(**operand, Expr::Int(_) | Expr::Float(_)),
        #[cfg(feature = "code")]
        Expr::List(items) | Expr::Tuple(items) => items.iter().all(is_constant),
        #[cfg(feature = "code")]
        // Keys that are displays could be unhashable: a TypeError at `def`.
        Expr::Dict(items) => items.iter().all(|i| {
            !matches!(i.key, Expr::List(_) | Expr::Tuple(_) | Expr::Dict(_))
                && is_constant(&i.key)
                && is_constant(&i.value)
        }),
        _ => false,
    }
}

/// Why a parameter default is refused (`is_constant`).
pub const DEFAULTS_MODELLED: &str = "Interleave supports only a number, string, True, False or None, or a list, tuple or dict of those, as a parameter default; for another value, default to None and compute it in the function";

/// One parameter, optionally with a default value (`x`, `delay=0.1`).
/// A function's parameters are listed in the order CPython's
/// `co_varnames` has them, which is the order of their slots: the
/// positional ones, the keyword-only ones, then `*args`, then `**kwargs`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub name: Name,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Expr>,
    #[serde(default, skip_serializing_if = "ParamKind::is_plain")]
    pub kind: ParamKind,
}

impl Param {
    /// A plain parameter: given by position or by name.
    pub fn plain(name: Name, default: Option<Expr>) -> Param {
        Param {
            name,
            default,
            kind: ParamKind::Plain,
        }
    }
}

/// How a call binds a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamKind {
    /// By position or by name.
    #[default]
    Plain,
    /// Before a `/`: by position only.
    PositionalOnly,
    /// After `*` or `*args`: by name only.
    KeywordOnly,
    /// `*args`: a tuple of the positional arguments left over.
    VarArgs,
    /// `**kwargs`: a dict of the keyword arguments left over.
    VarKw,
}

impl ParamKind {
    fn is_plain(&self) -> bool {
        *self == ParamKind::Plain
    }

    /// Taken by position (`co_argcount` counts these).
    pub fn positional(self) -> bool {
        matches!(self, ParamKind::Plain | ParamKind::PositionalOnly)
    }
}

/// A statement. Each variant is one line (or one block) of Python.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Stmt {
    /// An expression evaluated for its effect: `print(x)`, `await t`.
    Expr(Expr),
    /// `target = value`
    Assign { target: Target, value: Expr },
    /// `target op= value`, e.g. `count += 1` (a list's `+=` extends it in
    /// place, as Python's does).
    AugAssign {
        target: Target,
        op: BinOp,
        value: Expr,
    },
    /// `for target in iter: body`, and `else: orelse`, run when the
    /// iterator is exhausted (not after a `break`).
    For {
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        orelse: Vec<Stmt>,
    },
    /// `while test: body`, and `else: orelse`, run when the test is false
    /// (not after a `break`).
    While {
        test: Expr,
        body: Vec<Stmt>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        orelse: Vec<Stmt>,
    },
    /// `break`: leave the innermost loop.
    Break,
    /// `continue`: next round of the innermost loop.
    Continue,
    /// `if test: body else: orelse`
    If {
        test: Expr,
        body: Vec<Stmt>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        orelse: Vec<Stmt>,
    },
    /// `return` or `return value`
    Return(Option<Expr>),
    /// `raise exc` (usually a call such as `ValueError("msg")`), or a bare
    /// `raise` inside an `except` block when `None`.
    Raise(Option<Expr>),
    /// `raise exc from cause`: `cause` (an exception, a class, or `None`)
    /// becomes `exc.__cause__`, and the report says "The above exception
    /// was the direct cause..." (`from None` hides the context instead).
    #[cfg(feature = "code")]
    RaiseFrom { exc: Expr, cause: Expr },
    /// Adds `value` to what the comprehension returns (a list or a set;
    /// with `key`, a dict): the innermost statement of the function the
    /// parser makes of a comprehension (`<listcomp>`, `<setcomp>`,
    /// `<dictcomp>`), CPython's `LIST_APPEND`, `SET_ADD` and `MAP_ADD`.
    #[cfg(feature = "code")]
    Collect {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key: Option<Expr>,
        value: Expr,
    },
    /// `global a, b`: in this function, these names are the module's
    /// variables (those `MODULE`'s code assigns, and these), read and
    /// assigned there. It runs nothing.
    #[cfg(feature = "code")]
    Global(Vec<Name>),
    /// `nonlocal a, b`: in this function, these names are variables of a
    /// function it is defined in, shared with it (`Scopes`). It runs
    /// nothing.
    #[cfg(feature = "code")]
    Nonlocal(Vec<Name>),
    /// `try: body except T as name: ... else: orelse finally: finalbody`
    Try {
        body: Vec<Stmt>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        handlers: Vec<Handler>,
        /// Runs when `body` finished without an exception.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        orelse: Vec<Stmt>,
        /// Runs on the way out, however `try` is left.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        finalbody: Vec<Stmt>,
    },
    /// `async for target in iter: body`: each item is what awaiting the
    /// iterator's `__anext__()` gives, until it raises
    /// `StopAsyncIteration`.
    #[cfg(feature = "code")]
    AsyncFor {
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        orelse: Vec<Stmt>,
    },
    /// `with context as target: body`, or `async with` (`is_async`): the
    /// context manager's `__enter__` (`__aenter__`, awaited) runs before
    /// the body, its `__exit__` (`__aexit__`) after it however it is left,
    /// given the exception that left it, which a true result suppresses.
    /// (`with a, b:` is two statements, one inside the other, as in
    /// CPython.)
    #[cfg(feature = "code")]
    With {
        is_async: bool,
        context: Expr,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        target: Option<Target>,
        body: Vec<Stmt>,
    },
    /// `del target`: unbinds a name (which makes it the function's
    /// local, as assigning does), removes an item or a slice
    /// (`__delitem__`) or an attribute; a tuple's, each in turn.
    #[cfg(feature = "code")]
    Delete(Target),
    /// `pass`
    Pass,
}

/// `except type as name: body`; a `type` of `None` is a bare `except:`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handler {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Caught>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Name>,
    pub body: Vec<Stmt>,
    /// `except*` (every handler of its `try`, or none): the handler takes
    /// the part of an exception group its classes match, and the rest
    /// goes on to the next (`value::exception_group`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub star: bool,
}

#[cfg(feature = "asyncio-py")]
/// Whether an `except*` handler's `body` leaves it by `return`, or by
/// `break` or `continue` out of a loop around it, which CPython's
/// compiler refuses: the rest of the group must still be raised.
pub fn leaves_except_star(body: &[Stmt]) -> bool {
    fn leaves(body: &[Stmt], in_loop: bool) -> bool {
        body.iter().any(|s| match s {
            Stmt::Return(_) => true,
            Stmt::Break | Stmt::Continue => !in_loop,
            Stmt::For { body, orelse, .. } | Stmt::While { body, orelse, .. } => {
                leaves(body, true) || leaves(orelse, in_loop)
            }
            #[cfg(feature = "code")]
            Stmt::AsyncFor { body, orelse, .. } => leaves(body, true) || leaves(orelse, in_loop),
            Stmt::If { body, orelse, .. } => leaves(body, in_loop) || leaves(orelse, in_loop),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                leaves(body, in_loop)
                    || leaves(orelse, in_loop)
                    || leaves(finalbody, in_loop)
                    || handlers.iter().any(|h| leaves(&h.body, in_loop))
            }
            #[cfg(feature = "code")]
            Stmt::With { body, .. } => leaves(body, in_loop),
            _ => false,
        })
    }
    leaves(body, false)
}

/// What an `except` catches: a class (`"ValueError"`), or a tuple of them
/// (`["ValueError", "KeyError"]`, which the forms never make).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Caught {
    One(String),
    #[cfg(feature = "code")]
    Tuple(Vec<String>),
    /// Anything else, evaluated when an exception reaches the clause: a
    /// variable (`except exceptions`, a retry decorator's parameter), an
    /// attribute (`except self.on`), or a tuple holding one. What it gives
    /// must be a class or a tuple of classes (CPython's TypeError if not).
    #[cfg(feature = "asyncio-py")]
    Expr(Box<Expr>),
}

impl Caught {
    /// The classes it names, as written; none for an `Expr`.
    pub fn classes(&self) -> &[String] {
        match self {
            Caught::One(class) => std::slice::from_ref(class),
            #[cfg(feature = "code")]
            Caught::Tuple(classes) => classes,
            #[cfg(feature = "asyncio-py")]
            Caught::Expr(_) => &[],
        }
    }
}

/// The left-hand side of `=` and of `for ... in`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    Name(Name),
    Tuple(Vec<Target>),
    /// `value[index] = ...`: an item of a list or dict.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `value.name = ...`: an attribute of an object or a class the
    /// program defined (Code mode).
    #[cfg(feature = "code")]
    Attribute {
        value: Box<Expr>,
        name: Name,
    },
    /// `*rest` among a tuple's targets: bound to a list of the items the
    /// others leave (`a, *rest = xs`).
    #[cfg(feature = "asyncio-py")]
    Starred(Box<Target>),
    /// `a = b = value`: each target in turn, left to right, assigned the
    /// one value (an assignment's target only).
    #[cfg(feature = "asyncio-py")]
    Chain(Vec<Target>),
}

/// Identifiers are shared, not copied, as the interpreter looks them up often.
pub type Name = Rc<str>;

/// An expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Expr {
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    None,
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `{a, b, ...}`: a set display.
    #[cfg(feature = "asyncio-py")]
    Set(Vec<Expr>),
    /// `{'a': 1, **d}`: a dict display that unpacks mappings, its parts in
    /// order: a key and its value, or (no key) a mapping whose items are
    /// added. (One without `**` is a `Dict`.)
    #[cfg(feature = "asyncio-py")]
    DictUnpacking(Vec<(Option<Expr>, Expr)>),
    /// `(name := value)`: the value, assigned to `name` too (a
    /// `Target::Name`, bound in the function as an assignment binds it).
    #[cfg(feature = "asyncio-py")]
    NamedExpr {
        target: Box<Target>,
        value: Box<Expr>,
    },
    /// `{key: value, ...}`
    Dict(Vec<DictItem>),
    /// `value[index]`; the index may be a `Slice`.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step`, only valid as a subscript's index.
    Slice {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lower: Option<Box<Expr>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        upper: Option<Box<Expr>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<Box<Expr>>,
    },
    Name(Name),
    /// `value.name`, e.g. `asyncio.sleep` or `type(x).__name__`.
    Attribute {
        value: Box<Expr>,
        name: Name,
    },
    /// `func(args..., name=value...)`; an argument may be `Starred`.
    Call {
        func: Box<Expr>,
        #[serde(default)]
        args: Vec<Expr>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        kwargs: Vec<Keyword>,
    },
    /// `*value`, only valid as a call argument or list element.
    Starred(Box<Expr>),
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `left op right` (one comparison; chains are not modelled yet).
    Compare {
        op: CmpOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `a and b and c` / `a or b`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `await value`
    Await(Box<Expr>),
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// An f-string: literal text and formatted fields.
    #[serde(rename = "fstring")]
    FString(Vec<FPart>),
    /// What a `class` statement makes, and binds to the class's name
    /// (`Stmt::Assign`), as a `def` binds the function it makes (Code
    /// mode).
    #[cfg(feature = "code")]
    Class(Box<ClassDef>),
    /// `yield value` (`yield` alone: `None`) in an `async def`, which makes
    /// it an async generator; its value is what the generator is resumed
    /// with (`None` for `__anext__`). Only as a statement or an
    /// assignment's value, where the parser reads it.
    #[cfg(feature = "code")]
    Yield(Option<Box<Expr>>),
}

/// `class name(base): body`, at the top level. The body's statements
/// are the names it binds, in order: a class attribute (`count = 0`) or
/// a method, the function the parser made of a `def` in the body
/// (`Expr::Name` of `Class.method`, its `__qualname__`), which the
/// printer writes back as the `def`.
#[cfg(feature = "code")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassDef {
    pub name: Name,
    /// Its `__module__` when not `__main__`: asyncio's Python half
    /// (`asyncio.locks`) sets it as it is linked into a program.
    #[serde(skip)]
    pub module: Option<&'static str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Expr>,
    #[serde(default)]
    pub body: Vec<ClassAttr>,
    /// `@decorator` lines before the `class`, as written: evaluated before
    /// the class is made, then called on it, the innermost (last) first.
    /// (asyncio's module: Code mode's hands a decorated class over.)
    #[cfg(feature = "asyncio-py")]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decorators: Vec<Expr>,
    /// The names the body annotates (`id: int`, `done: bool = False`), in
    /// the order of its `__annotations__`, `ClassVar`s left out: the
    /// fields `dataclass` makes methods of (`interp::dataclasses`).
    #[cfg(feature = "asyncio-py")]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Name>,
    /// `typing`'s class it derives from, with the type variables given
    /// (`class Box(Generic[T])`, `class Greeter(Protocol)`): `base` is
    /// `None` then, as the engine makes it derive from `object`.
    #[cfg(feature = "asyncio-py")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typing_base: Option<(TypingBase, Vec<Name>)>,
}

/// What a class derives from in `typing`, which the engine does not hold
/// as a class: it keeps what each changes of the class's behaviour
/// (`value::ClassObj::typing_base`).
#[cfg(feature = "asyncio-py")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TypingBase {
    /// `Generic[T, ...]`: subscripting the class makes a generic alias.
    Generic,
    /// `Protocol` or `Protocol[T, ...]`: the class cannot be
    /// instantiated, nor given to `isinstance`.
    Protocol,
}

#[cfg(feature = "asyncio-py")]
impl TypingBase {
    pub fn name(self) -> &'static str {
        match self {
            TypingBase::Generic => "Generic",
            TypingBase::Protocol => "Protocol",
        }
    }
}

/// `name = value` in a class body, or a method (`ClassDef`).
#[cfg(feature = "code")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassAttr {
    pub name: Name,
    pub value: Expr,
}

/// The class a method belongs to, by the method's name in the program
/// (`Class.method`); `None` for any other function.
#[cfg(feature = "code")]
pub fn method_class(name: &str) -> Option<&str> {
    // A library method's class is the library's (`asyncio.Lock`).
    if crate::asyncio_py::IN_THIS_BUILD && name.starts_with(LIBRARY) {
        let class = method_class(&name[LIBRARY.len()..])?;
        return Some(&name[..LIBRARY.len() + class.len()]);
    }
    let (class, method) = name.split_once('.')?;
    (!class.starts_with('<') && !method.starts_with('<') && !method.contains('.')).then_some(class)
}

/// One `key: value` of a dict literal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DictItem {
    pub key: Expr,
    pub value: Expr,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keyword {
    pub name: Name,
    pub value: Expr,
}

impl Keyword {
    /// The name of a `**mapping` argument, whose items are keyword
    /// arguments (where CPython's AST has no name). Not an identifier, so
    /// never a parameter's name.
    pub const UNPACK: &'static str = "**";
}

/// One piece of an f-string.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FPart {
    /// Literal text, printed as is.
    Lit(String),
    /// `{value}`, `{value!r}` when `repr` is set, and `{value:spec}` with
    /// a format spec (`>8.2f`).
    Field {
        value: Expr,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        repr: bool,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        spec: String,
        /// A spec with fields of its own (`{x:0{width}d}`), made when the
        /// field is formatted, after its value; `spec` is then empty.
        #[cfg(feature = "asyncio-py")]
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        spec_fields: Vec<FPart>,
    },
}

impl FPart {
    /// `{value}`, `{value!r}` when `repr`, with a spec without fields.
    pub fn field(value: Expr, repr: bool, spec: &str) -> FPart {
        FPart::Field {
            value,
            repr,
            spec: spec.to_string(),
            #[cfg(feature = "asyncio-py")]
            spec_fields: Vec::new(),
        }
    }

    /// The expressions a field evaluates, in order: its value, then those
    /// of its spec's fields.
    #[cfg(feature = "asyncio-py")]
    pub fn values(&self) -> std::vec::IntoIter<&Expr> {
        let all: Vec<&Expr> = match self {
            FPart::Lit(_) => Vec::new(),
            FPart::Field {
                value, spec_fields, ..
            } => std::iter::once(value)
                .chain(spec_fields.iter().flat_map(FPart::values))
                .collect(),
        };
        all.into_iter()
    }

    /// The expression a field evaluates (a spec has no fields here).
    #[cfg(not(feature = "asyncio-py"))]
    pub fn values(&self) -> std::option::IntoIter<&Expr> {
        match self {
            FPart::Lit(_) => None,
            FPart::Field { value, .. } => Some(value),
        }
        .into_iter()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BinOp {
    #[serde(rename = "+")]
    Add,
    #[serde(rename = "-")]
    Sub,
    #[serde(rename = "*")]
    Mul,
    #[serde(rename = "/")]
    Div,
    #[serde(rename = "//")]
    FloorDiv,
    #[serde(rename = "%")]
    Mod,
    #[serde(rename = "**")]
    Pow,
    /// `|`, `^` and `&` (ints and sets), which only asyncio's module has:
    /// sets are its.
    #[cfg(feature = "asyncio-py")]
    #[serde(rename = "|")]
    BitOr,
    #[cfg(feature = "asyncio-py")]
    #[serde(rename = "^")]
    BitXor,
    #[cfg(feature = "asyncio-py")]
    #[serde(rename = "&")]
    BitAnd,
    /// `<<` and `>>` (ints), asyncio's module's with the other bit
    /// operators.
    #[cfg(feature = "asyncio-py")]
    #[serde(rename = "<<")]
    LShift,
    #[cfg(feature = "asyncio-py")]
    #[serde(rename = ">>")]
    RShift,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            #[cfg(feature = "asyncio-py")]
            BinOp::BitOr => "|",
            #[cfg(feature = "asyncio-py")]
            BinOp::BitXor => "^",
            #[cfg(feature = "asyncio-py")]
            BinOp::BitAnd => "&",
            #[cfg(feature = "asyncio-py")]
            BinOp::LShift => "<<",
            #[cfg(feature = "asyncio-py")]
            BinOp::RShift => ">>",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnaryOp {
    #[serde(rename = "-")]
    Neg,
    #[serde(rename = "+")]
    Pos,
    #[serde(rename = "not")]
    Not,
    /// `~x` (ints), asyncio's module's with the bit operators.
    #[cfg(feature = "asyncio-py")]
    #[serde(rename = "~")]
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    #[serde(rename = "==")]
    Eq,
    #[serde(rename = "!=")]
    Ne,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "in")]
    In,
    #[serde(rename = "not in")]
    NotIn,
    #[serde(rename = "is")]
    Is,
    #[serde(rename = "is not")]
    IsNot,
}

impl CmpOp {
    /// The method `a op b` calls on `a` (`__lt__`), and the operator its
    /// reflection calls on `b`, from `COMPARISON_METHODS`; `None` for
    /// `in`, `is` and their negations.
    #[cfg(feature = "code")]
    pub fn method(self) -> Option<(&'static str, CmpOp)> {
        COMPARISON_METHODS
            .iter()
            .find(|(op, _, _)| *op == self)
            .map(|(_, name, reflected)| (*name, *reflected))
    }

    /// The operator whose method is `name` (`__lt__`: `<`).
    #[cfg(feature = "code")]
    pub fn of_method(name: &str) -> Option<CmpOp> {
        COMPARISON_METHODS
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(op, _, _)| *op)
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoolOp {
    And,
    Or,
}

/// Why a program could not be loaded: where the problem is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// A path into the program, such as `functions[1].body[0]`, or a
    /// `line L column C` position for malformed JSON.
    pub at: String,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.at.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.at, self.message)
        }
    }
}

impl std::error::Error for LoadError {}

/// The largest program text accepted, so a pasted file cannot exhaust memory.
pub const MAX_JSON_BYTES: usize = 1 << 20;

impl Program {
    /// Parses and validates a program from JSON.
    pub fn from_json(text: &str) -> Result<Program, LoadError> {
        if text.len() > MAX_JSON_BYTES {
            return Err(LoadError {
                at: String::new(),
                message: format!(
                    "the program is {} bytes; the limit is {} bytes. Split it or remove unused functions",
                    text.len(),
                    MAX_JSON_BYTES
                ),
            });
        }
        let de = &mut serde_json::Deserializer::from_str(text);
        let program: Program = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let at = if path == "." || path.is_empty() {
                format!("line {} column {}", inner.line(), inner.column())
            } else {
                format!("{path} (line {} column {})", inner.line(), inner.column())
            };
            LoadError {
                at,
                message: describe_json_error(&inner),
            }
        })?;
        validate::check(&program)?;
        Ok(program)
    }

    /// The program as pretty JSON, the format `from_json` reads.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a program always serialises")
    }

    /// The program without where its text put it, as `ast.dump` leaves
    /// out positions: for comparing what two programs are.
    pub fn without_source(&self) -> Program {
        #[cfg(feature = "code")]
        return Program {
            source: None,
            // Where the module bound each name is the text's, like lines.
            module_names: Vec::new(),
            ..self.clone()
        };
        #[cfg(not(feature = "code"))]
        self.clone()
    }

    pub fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }

    /// Calls `f` on every expression of the program, outer ones first.
    pub fn each_expr(&self, f: &mut dyn FnMut(&Expr)) {
        for function in &self.functions {
            function.each_expr(f);
        }
    }
}

fn each_expr_in(body: &[Stmt], f: &mut dyn FnMut(&Expr)) {
    Stmt::walk(body, &mut |s| s.each_own_expr(&mut |e| e.each(f)));
}

impl Stmt {
    /// What the statement itself assigns to, if anything: an assignment's
    /// target, a `for`'s, a `with`'s `as`.
    pub fn target(&self) -> Option<&Target> {
        match self {
            Stmt::Assign { target, .. }
            | Stmt::AugAssign { target, .. }
            | Stmt::For { target, .. } => Some(target),
            #[cfg(feature = "code")]
            Stmt::AsyncFor { target, .. } => Some(target),
            #[cfg(feature = "code")]
            Stmt::With { target, .. } => target.as_ref(),
            _ => None,
        }
    }

    /// Calls `f` on the expressions the statement itself holds, in source
    /// order: a compound statement's header, not the blocks inside it.
    pub fn each_own_expr<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        match self {
            Stmt::Expr(e) => f(e),
            Stmt::Assign { target, value } | Stmt::AugAssign { target, value, .. } => {
                target.each_expr(f);
                f(value);
            }
            Stmt::For { target, iter, .. } => {
                target.each_expr(f);
                f(iter);
            }
            #[cfg(feature = "code")]
            Stmt::AsyncFor { target, iter, .. } => {
                target.each_expr(f);
                f(iter);
            }
            Stmt::While { test, .. } | Stmt::If { test, .. } => f(test),
            #[cfg(feature = "code")]
            Stmt::With {
                context, target, ..
            } => {
                f(context);
                if let Some(t) = target {
                    t.each_expr(f);
                }
            }
            Stmt::Return(v) | Stmt::Raise(v) => {
                if let Some(e) = v {
                    f(e);
                }
            }
            #[cfg(feature = "code")]
            Stmt::RaiseFrom { exc, cause } => {
                f(exc);
                f(cause);
            }
            #[cfg(feature = "code")]
            Stmt::Collect { key, value } => {
                if let Some(k) = key {
                    f(k);
                }
                f(value);
            }
            #[cfg(feature = "asyncio-py")]
            Stmt::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(Caught::Expr(e)) = &h.kind {
                        f(e);
                    }
                }
            }
            #[cfg(not(feature = "asyncio-py"))]
            Stmt::Try { .. } => {}
            Stmt::Pass | Stmt::Break | Stmt::Continue => {}
            #[cfg(feature = "code")]
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            #[cfg(feature = "code")]
            Stmt::Delete(target) => target.each_expr(f),
        }
    }
}

impl Target {
    /// Calls `f` on the expressions inside the target and every one inside
    /// them (`d[k]`'s `d` and `k`).
    pub fn each(&self, f: &mut dyn FnMut(&Expr)) {
        self.each_expr(&mut |e| e.each(f));
    }

    /// Calls `f` on the outermost expressions of the target, in source order.
    fn each_expr<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        match self {
            Target::Name(_) => {}
            Target::Tuple(items) => items.iter().for_each(|t| t.each_expr(f)),
            Target::Subscript { value, index } => {
                f(value);
                f(index);
            }
            #[cfg(feature = "code")]
            Target::Attribute { value, .. } => f(value),
            #[cfg(feature = "asyncio-py")]
            Target::Starred(inner) => inner.each_expr(f),
            #[cfg(feature = "asyncio-py")]
            Target::Chain(targets) => targets.iter().for_each(|t| t.each_expr(f)),
        }
    }
}

impl Expr {
    /// Calls `f` on this expression and every one inside it, each before
    /// the ones inside it, in source order (`a if c else b`: `a`, `c`, `b`).
    /// (Through `dyn`: one copy in the build, not one per caller's closure.)
    pub fn each(&self, f: &mut dyn FnMut(&Expr)) {
        f(self);
        match self {
            Expr::Int(_)
            | Expr::Float(_)
            | Expr::Str(_)
            | Expr::Bool(_)
            | Expr::None
            | Expr::Name(_) => {}
            Expr::List(items) | Expr::Tuple(items) | Expr::BoolOp { values: items, .. } => {
                items.iter().for_each(|i| i.each(f))
            }
            #[cfg(feature = "asyncio-py")]
            Expr::Set(items) => items.iter().for_each(|i| i.each(f)),
            #[cfg(feature = "asyncio-py")]
            Expr::DictUnpacking(parts) => parts.iter().for_each(|(k, v)| {
                if let Some(k) = k {
                    k.each(f);
                }
                v.each(f);
            }),
            #[cfg(feature = "asyncio-py")]
            Expr::NamedExpr { value, .. } => value.each(f),
            Expr::Attribute { value, .. } | Expr::Starred(value) | Expr::Await(value) => {
                value.each(f)
            }
            #[cfg(feature = "code")]
            Expr::Yield(value) => {
                if let Some(v) = value {
                    v.each(f)
                }
            }
            Expr::UnaryOp { operand, .. } => operand.each(f),
            Expr::IfExp { test, body, orelse } => {
                body.each(f);
                test.each(f);
                orelse.each(f);
            }
            Expr::Dict(items) => items.iter().for_each(|i| {
                i.key.each(f);
                i.value.each(f);
            }),
            Expr::Subscript { value, index } => {
                value.each(f);
                index.each(f);
            }
            Expr::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    part.each(f);
                }
            }
            Expr::Call { func, args, kwargs } => {
                func.each(f);
                args.iter().for_each(|a| a.each(f));
                kwargs.iter().for_each(|k| k.value.each(f));
            }
            Expr::BinOp { left, right, .. } | Expr::Compare { left, right, .. } => {
                left.each(f);
                right.each(f);
            }
            Expr::FString(parts) => {
                for p in parts {
                    p.values().for_each(|v| v.each(f));
                }
            }
            #[cfg(feature = "code")]
            Expr::Class(class) => {
                #[cfg(feature = "asyncio-py")]
                class.decorators.iter().for_each(|d| d.each(f));
                if let Some(base) = &class.base {
                    base.each(f);
                }
                class.body.iter().for_each(|a| a.value.each(f));
            }
        }
    }
}

fn describe_json_error(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let base = e.to_string();
    // serde_json appends " at line L column C"; we already report the place.
    let base = match base.rfind(" at line ") {
        Some(i) => base[..i].to_string(),
        None => base,
    };
    match e.classify() {
        Category::Syntax | Category::Eof => {
            format!("this is not valid JSON ({base}); check for a missing comma, quote or bracket")
        }
        Category::Data => {
            format!("{base}; see README.md (\"The program model\") for the shape each part takes")
        }
        Category::Io => base,
    }
}
