//! Whole programs: `import asyncio`, `def`s and `async def`s, and the
//! `asyncio.run(main())` that starts them, statement by statement into the
//! program model.
//!
//! What the model cannot run yet is refused where it is written, naming the
//! construct (`line 7: 'async with' is not supported yet`), never guessed
//! at; Python's own errors (bad indentation, a missing colon, `await`
//! outside `async def`) get Python's kind of message.

use super::expr::{NameRead, Parser};
use super::lexer::{self, Tok};
use super::SyntaxError;
use crate::closed_world::not_supported;
use crate::collect::{CollectVec, Joined, TryCollectVec};
use crate::program::{
    BinOp, Caught, Expr, Function, Handler, Import, Name, Param, Program, SourceMap, Stmt, Target,
};

/// Statements Python has that the model does not run yet.
const UNSUPPORTED: [&str; 1] = ["lambda"];

/// What is said of an annotation the grammar of types does not read.
const UNSUPPORTED_ANNOTATION: &str = "this annotation is not supported yet: use names of types, `typing` names, `X | None`, subscripts such as `list[int]`, or a string";

/// What a part of an annotation is, as far as `|` and `typing`'s
/// subscripts care.
#[derive(Clone, Copy, PartialEq)]
enum Term {
    /// A string (a forward reference): whether it is a (dotted) name.
    Forward(bool),
    None,
    /// A class, or a subscripted generic: what `|` takes.
    Type,
    /// `Optional`, `Union`, `ClassVar`, `Final`, `Literal` unsubscripted.
    Special,
    /// Anything else: a number, a function, a module.
    Value,
    /// A name the program binds (a module variable, a function): its
    /// value is not looked at here.
    Bound,
    /// `[...]`, as `Callable`'s first argument.
    List,
    /// `...`
    Ellipsis,
}

/// The builtins that are classes, as annotations name them.
const BUILTIN_TYPES: [&str; 15] = [
    "int",
    "float",
    "str",
    "bool",
    "bytes",
    "bytearray",
    "list",
    "dict",
    "set",
    "frozenset",
    "tuple",
    "type",
    "object",
    "complex",
    "range",
];

/// Is `text` a name or a dotted name (a forward reference CPython's
/// typing can evaluate)?
fn is_dotted_name(text: &str) -> bool {
    // `typing.ForwardRef` compiles it: a keyword is no expression (but
    // `True`, `False` and `None` are, as a first part).
    text.split('.').enumerate().all(|(i, part)| {
        let mut chars = part.chars();
        let value = i == 0 && matches!(part, "True" | "False" | "None");
        chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && chars.all(|c| c.is_alphanumeric() || c == '_')
            && (value || !super::is_keyword(part))
    })
}

/// A refusal of an annotation, with what is wrong in asyncio's module;
/// Code mode's first module hands the program over to that module instead,
/// which keeps the messages out of its size budget.
macro_rules! annotation_refusal {
    ($($message:tt)*) => {{
        #[cfg(feature = "asyncio-py")]
        let message = format!($($message)*);
        // (The message's arguments are still read, by a closure never run.)
        #[cfg(not(feature = "asyncio-py"))]
        let message = {
            let _ = || format!($($message)*);
            crate::error::needs_asyncio_py("this annotation")
        };
        message
    }};
}

/// A refusal of an annotation evaluated where its line stands (a
/// variable's, a `TypeVar`'s bound), worded for it: the annotations'
/// checks word theirs for a `def`'s.
#[cfg(feature = "asyncio-py")]
fn said_of_its_line(mut e: SyntaxError) -> SyntaxError {
    e.message = e
        .message
        .replace("when the `def` runs", "when its line runs")
        .replace("when this `def` runs", "when its line runs");
    e
}

/// Whether `name` is the module `typing` (`import typing [as name]`), not
/// one of its names, a type alias or a `__future__` feature. (A macro:
/// Code mode's first module, which has no aliases, keeps its older test
/// inline, where its size budget measured it.)
macro_rules! is_typing_module {
    ($source:expr, $name:expr) => {{
        #[cfg(feature = "asyncio-py")]
        let module = $source.typing_modules.iter().any(|m| m == $name);
        #[cfg(not(feature = "asyncio-py"))]
        let module = $source.typing.iter().any(|t| t == $name);
        module
    }};
}

/// How many arguments a subscript of `typing.name` takes (see `TYPING`).
fn typing_arity(name: &str) -> Option<Option<u8>> {
    TYPING.iter().find(|(t, _)| *t == name).map(|(_, n)| *n)
}

/// What `typing` has that annotations may name: its generic aliases and
/// special forms, which annotations only name (the engine never
/// evaluates them), with how many arguments a subscript of each takes
/// (`None`: any number), as CPython checks when a `def` evaluates them.
const TYPING: [(&str, Option<u8>); 37] = [
    ("Any", Some(0)),
    ("AsyncGenerator", Some(2)),
    ("AsyncIterable", Some(1)),
    ("AsyncIterator", Some(1)),
    ("Awaitable", Some(1)),
    ("Callable", None),
    ("ClassVar", Some(1)),
    ("Collection", Some(1)),
    ("Container", Some(1)),
    ("Coroutine", Some(3)),
    ("DefaultDict", Some(2)),
    ("Deque", Some(1)),
    ("Dict", Some(2)),
    ("Final", Some(1)),
    ("FrozenSet", Some(1)),
    ("Generator", Some(3)),
    ("Iterable", Some(1)),
    ("Iterator", Some(1)),
    ("List", Some(1)),
    ("Literal", None),
    ("Mapping", Some(2)),
    ("MutableMapping", Some(2)),
    ("MutableSequence", Some(1)),
    ("NoReturn", Some(0)),
    ("Optional", Some(1)),
    ("Sequence", Some(1)),
    ("Set", Some(1)),
    ("Tuple", None),
    ("Type", Some(1)),
    ("Union", None),
    ("Hashable", Some(0)),
    ("Sized", Some(0)),
    ("AbstractSet", Some(1)),
    // A class, not a generic: what a module's `T = TypeVar("T")` calls
    // (`Source::type_var`), the one call of `typing`'s read.
    ("TypeVar", Some(0)),
    // Classes a class derives from (`Source::typing_base`), which
    // annotations may name but not subscript here (`check_subscript`).
    ("Generic", None),
    ("Protocol", None),
    ("Self", Some(0)),
];

/// Where one function's statements stand, for its `SourceMap`.
#[derive(Default)]
struct Lines {
    /// The line of each statement, in the order `Stmt::walk` numbers them.
    statements: Vec<u32>,
    /// The line of each `await`, in source order, after the number of the
    /// statement it is in.
    awaits: Vec<(u32, u32)>,
}

struct Source {
    p: Parser,
    /// Reading a program, not the library's Python (`parse_library`).
    #[cfg(feature = "asyncio-py")]
    program: bool,
    /// Inside an `async def` (where `await` is allowed).
    in_async: bool,
    /// Inside any function (where `return` is allowed).
    in_function: bool,
    /// Loops around the statement being read (for `break`, `continue`).
    loops: usize,
    /// Blocks around the statement being read.
    nesting: usize,
    /// The modules the program imports under their own names (`asyncio`,
    /// `time`).
    imported: Vec<String>,
    /// The other names imports bind (`import asyncio as aio`, `from
    /// asyncio import sleep`), in the order bound: the program's `imports`.
    imports: Vec<Import>,
    /// The names bound by importing `typing` or names from it, which only
    /// annotations may use.
    typing: Vec<String>,
    /// Those of them bound to the module `typing` itself (`import typing
    /// as t`): what `t.List` reads (`is_typing_module`).
    #[cfg(feature = "asyncio-py")]
    typing_modules: Vec<String>,
    /// The module's type aliases (`T = TypeVar("T")`, `JSON = dict[str,
    /// Any]`, `Num = int | float`), each with what it is to an annotation:
    /// their names are among `typing`'s, which only annotations may use,
    /// as the engine does not evaluate what they hold (`type_alias`).
    aliases: Vec<(String, Term)>,
    /// Those of them made by `TypeVar(...)`, which `Generic[...]` takes.
    #[cfg(feature = "asyncio-py")]
    type_vars: Vec<String>,
    /// The module variables certainly bound at this point of the module's
    /// code: assigned by a statement of the top level (not only in a
    /// branch, a loop or a handler) and not deleted since. An annotation
    /// may name only those of the module's variables (`annotation_names`).
    surely_bound: Vec<Name>,
    /// The names an evaluated annotation of a `def` inside a function
    /// reads, where, and whether each was a class held in a module
    /// variable then (`class_vars`): it is evaluated each time the
    /// function around runs, so each must not be bound by that function,
    /// nor deleted or assigned again at the top level later
    /// (`refuse_nested_annotation_names`).
    #[cfg(feature = "asyncio-py")]
    nested_annotation_names: Vec<(Name, usize, usize, bool)>,
    /// The module variables a function read so far declares `global` and
    /// deletes (with `del`, or at the end of an `except ... as` handler):
    /// not certainly bound after it may have run.
    #[cfg(feature = "asyncio-py")]
    unbound_by_functions: Vec<Name>,
    /// The names the body of the class being read binds so far, which a
    /// method's annotations (evaluated in the class's scope) would read.
    class_attrs: Vec<Name>,
    /// The module variables assigned a class (`Num = int`), once: an
    /// annotation's subscript or `|` may take them as the class.
    class_vars: Vec<Name>,
    /// `from __future__ import annotations`: annotations are never evaluated.
    lazy_annotations: bool,
    /// The names the module's code binds so far (its variables).
    module_vars: Vec<Name>,
    /// The module's code so far: its statements outside any `def`.
    module_body: Vec<Stmt>,
    /// Where the function being read starts in `p.names_read`, and the
    /// names its statements have assigned so far: a `global` statement
    /// must come before both.
    function_reads: usize,
    assigned: Vec<Name>,
    /// Every name the module binds, in the order bound
    /// (`Program::module_names`).
    module_names: Vec<Name>,
    /// The functions defined so far, which later annotations may name.
    defined: Vec<String>,
    /// The methods defined so far (`Class.method`), to tell apart two of
    /// the same name.
    methods: Vec<String>,
    /// Each name a `del` unbinds in the module's namespace (at the top
    /// level, or declared `global`), where: checked once the whole module
    /// is read (`refuse_unmodelled_deletes`).
    deleted_globals: Vec<(Name, usize, usize)>,
    /// The names the function being read has annotated, and declared
    /// global, so far: CPython refuses a name that is both.
    annotated_names: Vec<Name>,
    made_global: Vec<Name>,
    /// The names it has declared `nonlocal` so far.
    made_nonlocal: Vec<Name>,
    /// The line of each of those declarations, `global` or `nonlocal`:
    /// CPython reports a name declared both at the first.
    declared_lines: Vec<(Name, usize)>,
    /// The functions defined inside functions read so far, named
    /// `owner.<locals>.name` (`program::LOCALS`): the parser moves each
    /// out of its owner, as it moves lambdas, to sit in `functions` after
    /// the top-level function that holds it.
    nested: Vec<(Function, Lines)>,
    /// The decorated functions of the top level, with the functions and
    /// lambdas inside them: they go after the other functions, as the
    /// program printed back (`python::to_python`) lists them, where the
    /// module's code binds them.
    decorated: Vec<(Function, Lines)>,
    /// The parameters of the function being read.
    params: Vec<Name>,
    /// Names annotated without a value (`x: int`) in the function being
    /// read, and where: each must be assigned somewhere in it too.
    declared: Vec<(crate::program::Name, usize, usize)>,
    /// Whether a statement other than a docstring or a `__future__` import
    /// has been read (a `__future__` import must come first).
    past_future: bool,
    /// Where the statements of the function being read stand (at the
    /// top level, the module's code's).
    lines: Lines,
    /// The line of the first statement that calls `asyncio.run(...)`; 0
    /// until one is read.
    run_line: u32,
    /// The names more than one top-level `def` binds: each of those `def`s
    /// binds its name where it stands (`late_def`), so that the module's
    /// code between them sees the one CPython has bound by then.
    redefined: Vec<String>,
    /// The plain functions that call `asyncio.run(...)`, themselves or
    /// through another of these.
    run_defs: Vec<String>,
    /// The class whose body is being read: its `def`s are its methods.
    class_name: Option<String>,
    /// The classes the top level defines, in order.
    classes: Vec<Name>,
    /// Those derived from `Generic[...]` or `Protocol[...]`, with how many
    /// type variables they take: what an annotation's subscript of one
    /// must give.
    #[cfg(feature = "asyncio-py")]
    generic_classes: Vec<(Name, usize)>,
    /// The classes `except` clauses name that are not Python's, and
    /// where: each must be one of `classes`.
    handler_classes: Vec<(String, usize)>,
    /// The names the last top-level or class-level `def`'s parameter
    /// defaults read (a range of `names_read`; a `def` nested in its body
    /// leaves it): a method's are evaluated where its class stands.
    #[cfg(feature = "asyncio-py")]
    default_reads: std::ops::Range<usize>,
}

/// Longest program text accepted.
const MAX_SOURCE: usize = 200_000;

/// Deeper blocks are refused: the parser, compiler and engine recurse on them.
const MAX_NESTING: usize = 20;

/// The program in `text`, parsed (not yet validated: see `parse::program`).
pub fn parse(text: &str) -> Result<Program, SyntaxError> {
    parse_checked(text, true)
}

/// `parse`, for a module of asyncio's Python half (`crate::asyncio_py`):
/// a name CPython has that the engine does not model
/// (`BaseExceptionGroup`) is refused where the library reaches it, not
/// where it is written; and a module of definitions only runs no loop.
#[cfg(feature = "asyncio-py")]
pub(crate) fn parse_library(text: &str) -> Result<Program, SyntaxError> {
    parse_checked(text, false)
}

fn parse_checked(text: &str, program: bool) -> Result<Program, SyntaxError> {
    if text.len() > MAX_SOURCE {
        return Err(SyntaxError::at(
            1,
            0,
            format!(
                "the program is {} characters long; the limit is {MAX_SOURCE}",
                text.len()
            ),
        ));
    }
    // CPython decodes the file by its coding comment before anything; read
    // as UTF-8, its text could differ.
    if let Some((line, name)) = lexer::other_encoding(text) {
        return Err(SyntaxError::at(line, 0, format!("the coding comment names `{name}`: Interleave reads every program as UTF-8, and another encoding is not supported; save the file as UTF-8 and drop the comment")));
    }
    let lexed = lexer::source(text);
    // Python's own errors first, wherever they are in the file; then what
    // the subset does not cover.
    #[cfg(feature = "asyncio-py")]
    if program {
        super::grammar::check(&lexed)?;
    }
    // Code mode's first module has no room for the grammar check. The
    // tokenizer's own errors are CPython's first wherever they are; any
    // other mistake may hide a SyntaxError further on, so it is not called
    // Python's (`raised` is none) and the page has the module that checks
    // look at the program (`web/src/page/mod.rs`).
    #[cfg(not(feature = "asyncio-py"))]
    let certain = lexed.replaces_parser_errors;
    let read = subset(text, lexed, program);
    #[cfg(not(feature = "asyncio-py"))]
    let read = read.map_err(|mut e| {
        if !certain {
            e.raised = None;
        }
        e
    });
    read
}

/// The program, read as the subset the model runs.
fn subset(text: &str, lexed: lexer::Lexed, program: bool) -> Result<Program, SyntaxError> {
    let toks = lexed.into_tokens()?;
    let mut s = Source {
        p: Parser::new(toks, 0),
        #[cfg(feature = "asyncio-py")]
        program,
        in_async: false,
        in_function: false,
        loops: 0,
        nesting: 0,
        imported: Vec::new(),
        imports: Vec::new(),
        typing: Vec::new(),
        aliases: Vec::new(),
        #[cfg(feature = "asyncio-py")]
        typing_modules: Vec::new(),
        surely_bound: Vec::new(),
        #[cfg(feature = "asyncio-py")]
        nested_annotation_names: Vec::new(),
        #[cfg(feature = "asyncio-py")]
        unbound_by_functions: Vec::new(),
        class_attrs: Vec::new(),
        #[cfg(feature = "asyncio-py")]
        type_vars: Vec::new(),
        class_vars: Vec::new(),
        lazy_annotations: false,
        module_vars: Vec::new(),
        module_body: Vec::new(),
        function_reads: 0,
        assigned: Vec::new(),
        params: Vec::new(),
        annotated_names: Vec::new(),
        made_global: Vec::new(),
        made_nonlocal: Vec::new(),
        declared_lines: Vec::new(),
        nested: Vec::new(),
        decorated: Vec::new(),
        defined: Vec::new(),
        methods: Vec::new(),
        deleted_globals: Vec::new(),
        module_names: Vec::new(),
        declared: Vec::new(),
        past_future: false,
        lines: Lines::default(),
        run_line: 0,
        redefined: Vec::new(),
        run_defs: Vec::new(),
        class_name: None,
        classes: Vec::new(),
        #[cfg(feature = "asyncio-py")]
        generic_classes: Vec::new(),
        handler_classes: Vec::new(),
        #[cfg(feature = "asyncio-py")]
        default_reads: 0..0,
    };
    // `await` at the top level is an error; `function` allows it in async defs.
    s.p.allow_await = false;
    s.p.lambda_owner = crate::program::MODULE.into();
    let defs = s.p.top_level_defs();
    for (i, def) in defs.iter().enumerate() {
        if defs[..i].contains(def) && !s.redefined.iter().any(|r| r == def) {
            s.redefined.push(def.to_string());
        }
    }
    let mut functions: Vec<(Function, Lines)> = Vec::new();
    s.module(&mut functions)?;
    s.refuse_unmodelled_deletes()?;
    #[cfg(feature = "asyncio-py")]
    s.refuse_nested_annotation_names()?;
    // Definitions alone do nothing: say what is missing. (A module that
    // runs no loop is run as CPython runs it: `main()` alone warns that
    // the coroutine was never awaited.)
    if s.module_body.is_empty() && program {
        return Err(SyntaxError::at(
            1,
            0,
            "the program never calls asyncio.run(...): add `asyncio.run(main())` at the end",
        ));
    }
    // What `asyncio.run(name())` runs, for what names the entry (the
    // module's code runs whatever coroutine it is given).
    let mut entry = None;
    Stmt::walk(&s.module_body, &mut |st| {
        st.each_own_expr(&mut |e| entry = entry.take().or_else(|| run_entry(&s.imports, e)))
    });
    // The module's own lambdas may read its variables, but not an
    // `except ... as` name (the module's frame's).
    let mut scoped: Vec<Name> = Vec::new();
    crate::program::bindings::collect_bound(&s.module_body, &mut scoped);
    scoped.retain(|n| !s.module_vars.contains(n));
    s.refuse_closures(0, &scoped)?;
    functions.append(&mut s.decorated);
    s.hoist_lambdas(0, &mut functions);
    // The module's code, last (`Program::module_index`), unless it is
    // only `asyncio.run(entry())`, which a program runs without (as the
    // forms' programs do, and print back to).
    let only_run = match (&s.module_body[..], &entry) {
        ([Stmt::Expr(e)], Some(name)) => {
            run_entry(&s.imports, e).is_some()
                && functions.iter().any(|(f, _)| {
                    f.name == *name && f.is_async && f.params.iter().all(|p| p.default.is_some())
                })
        }
        _ => false,
    };
    if !only_run {
        functions.push((
            Function {
                name: crate::program::MODULE.into(),
                params: Vec::new(),
                body: std::mem::take(&mut s.module_body),
                is_async: false,
            },
            std::mem::take(&mut s.lines),
        ));
    }
    let (functions, lines): (Vec<Function>, Vec<Lines>) = functions.into_iter().unzip();
    // (Asked for by a program's checks and an `except` that names what
    // is not a class; not by asyncio's own Python.)
    let bound = match program || !s.handler_classes.is_empty() {
        true => bound_anywhere(&functions),
        false => Vec::new(),
    };
    // What an `except` evaluates (`Caught::Expr`) may read any name the
    // program binds: a class, a variable, a parameter, an import.
    #[cfg(feature = "asyncio-py")]
    let bound_here = |n: &str| {
        bound.iter().any(|b| **b == *n)
            || s.imports.iter().any(|i| *i.name == *n)
            || s.imported.iter().any(|i| i == n)
    };
    #[cfg(not(feature = "asyncio-py"))]
    let bound_here = |_: &str| false;
    if let Some((class, line)) = s.handler_classes.iter().find(|(c, _)| {
        !s.classes.iter().any(|k| **k == **c)
            && !crate::asyncio_py::exports_qualified(c)
            && !bound_here(c)
    }) {
        // Code mode's first module reads only the classes an `except`
        // names; asyncio's reads variables and attributes too.
        #[cfg(not(feature = "asyncio-py"))]
        return Err(SyntaxError::at(
            *line,
            0,
            crate::error::needs_asyncio_py(&format!("`except {class}`")),
        ));
        #[cfg(feature = "asyncio-py")]
        return Err(SyntaxError::at(*line, 0, format!(
            "`{class}` is not an exception class Interleave knows; catch a built-in one such as ValueError, Exception or asyncio.CancelledError, or one the program defines with `class`"
        )));
    }
    refuse_shadowed_handlers(&functions, &lines, &s.module_vars, &s.classes)?;
    #[cfg(feature = "asyncio-py")]
    refuse_retyped_globals(&functions, &lines, &s)?;
    refuse_unbound_nonlocals(&functions, &lines)?;
    if program {
        refuse_unmodelled_names(&s.p.names_read, &bound, &functions, &lines, &s)?;
    }
    let (statements, awaits) = lines.into_iter().map(|l| (l.statements, l.awaits)).unzip();
    let mut source = SourceMap::new(text, statements, s.run_line).with_awaits(awaits);
    // In the order CPython's compiler meets the nodes: by where each
    // starts, an enclosing node first.
    let mut warned = std::mem::take(&mut s.p.warnings);
    crate::sort::sort_by_key(&mut warned, |w| (w.at, std::cmp::Reverse(w.node), w.sub));
    source.syntax_warnings = warned
        .into_iter()
        .map(|w| (w.line as u32, w.message))
        .collect_vec();
    Ok(Program {
        functions,
        entry: entry.unwrap_or_else(|| "main".into()),
        source: Some(std::rc::Rc::new(source)),
        imports: s.imports,
        module_names: s.module_names,
    })
}

/// Refuses, where it is written, a name that is one of CPython's builtins
/// or an attribute of `asyncio` or `time` that CPython has but the engine
/// does not model (`input()`, `KeyboardInterrupt`, `asyncio.Queue`), unless
/// the program binds that name itself. What CPython does not have at all
/// is left to run: CPython raises NameError or AttributeError for it only
/// when the line runs, and the program may catch it.
///
/// `bound` is what the program binds anywhere (`bound_anywhere`).
///
/// A module used but never imported is refused too: CPython raises
/// NameError when the line runs, and the program model, which always
/// imports what it uses, cannot say so.
/// Every name the program binds anywhere: its functions' names, their
/// parameters and what their bodies bind (the module's variables among
/// them: its code is a function).
fn bound_anywhere(functions: &[Function]) -> Vec<Name> {
    let mut bound: Vec<Name> = Vec::new();
    for f in functions {
        bound.push(f.name.as_str().into());
        bound.extend(f.params.iter().map(|p| p.name.clone()));
        crate::program::bindings::collect_bound(&f.body, &mut bound);
    }
    bound
}

fn refuse_unmodelled_names(
    reads: &[NameRead],
    bound: &[Name],
    functions: &[Function],
    lines: &[Lines],
    s: &Source,
) -> Result<(), SyntaxError> {
    let is_bound = |name: &str| bound.iter().any(|b| &**b == name);
    // `assert` raises the builtin class whatever the name is bound to.
    // (The module's variables are among `bound`: its code is a function.)
    if is_bound("AssertionError") {
        // At the first assignment that binds it; a parameter, at line 1.
        let mut line = None;
        for (f, lines) in functions.iter().zip(lines) {
            let mut n = 0;
            Stmt::walk(&f.body, &mut |st| {
                let mut names = Vec::new();
                if let Some(target) = st.target() {
                    crate::program::bindings::collect_target(target, &mut names);
                }
                if line.is_none() && names.iter().any(|n| &**n == "AssertionError") {
                    line = lines.statements.get(n).copied();
                }
                n += 1;
            });
        }
        return Err(SyntaxError::at(line.unwrap_or(1) as usize, 0, "the program binds the name `AssertionError`, which `assert` would not raise; rename the variable"));
    }
    for read in reads {
        let first = read.module.as_ref().unwrap_or(&read.name);
        #[cfg(feature = "asyncio-py")]
        if s.aliases.iter().any(|(a, _)| a == first) {
            return Err(SyntaxError::at(read.line, read.col, match is_bound(first) {
                false => format!("`{first}` is a type alias (the module assigns it a type from `typing`, a subscripted generic, a union or a `TypeVar`), which Interleave models only in annotations; use it in an annotation"),
                true => format!("`{first}` is a type alias at the module's top, which Interleave keeps for annotations alone, and a variable or parameter of the same name is not supported yet; rename it"),
            }));
        }
        if s.typing.contains(first) && !is_bound(first) {
            // (asyncio's module reads type aliases: `T = TypeVar("T")`.)
            #[cfg(not(feature = "asyncio-py"))]
            return Err(SyntaxError::at(
                read.line,
                read.col,
                crate::error::needs_asyncio_py(&format!("`{first}` outside an annotation")),
            ));
            #[cfg(feature = "asyncio-py")]
            return Err(SyntaxError::at(read.line, read.col, format!(
                "`{first}` comes from `typing` (or `__future__`), which Interleave models only in annotations; use it in an annotation, or use the builtin type"
            )));
        }
        let imported = |name: &str| s.imports.iter().find(|i| &*i.name == name);
        let refusal = match &read.module {
            None if imported(&read.name).is_some() => None,
            None if crate::value::Module::by_name(&read.name).is_some()
                && !is_bound(&read.name)
                && !s.imported.contains(&read.name) =>
            {
                Some(format!(
                    "`{0}` is used but never imported: CPython raises NameError here; add `import {0}` at the top",
                    read.name
                ))
            }
            // The module's own names (`__builtins__`, `__file__`...).
            None if !is_bound(&read.name)
                && matches!(
                    read.name.as_str(),
                    "__builtins__" | "__file__" | "__cached__" | "__annotations__"
                ) =>
            {
                Some(format!("the module's `{}` is not supported yet", read.name))
            }
            None if !is_bound(&read.name) => crate::closed_world::unmodelled_global(&read.name),
            Some(module) if !is_bound(module) => {
                // `aio.Queue` after `import asyncio as aio` is `asyncio.Queue`.
                let module = match imported(module) {
                    Some(i) if i.attr.is_none() => &i.module,
                    _ => module,
                };
                crate::closed_world::unmodelled_module_attr(module, &read.name)
            }
            _ => None,
        };
        if let Some(message) = refusal {
            return Err(SyntaxError::at(read.line, read.col, message));
        }
    }
    Ok(())
}

impl Source {
    fn err(&self, message: impl Into<String>) -> SyntaxError {
        self.p.error(message)
    }

    /// What `except` names (`class`, on `line`): a class it knows, or a
    /// tuple of them.
    fn caught(&mut self, class: &Expr, line: usize) -> Result<Caught, SyntaxError> {
        // Anything but Python's classes and asyncio's is evaluated when an
        // exception reaches the clause: the program's classes, and the
        // variables and attributes that hold classes. Each name it reads
        // must be bound somewhere in the program (checked at the end).
        #[cfg(feature = "asyncio-py")]
        {
            let known = |e: &Expr| {
                dotted(e).is_some_and(|d| {
                    let d = canonical(&self.imports, d);
                    crate::value::ExcKind::from_source(&d).is_some()
                        || crate::asyncio_py::exports_qualified(&d)
                })
            };
            let all_known = match class {
                Expr::Tuple(items) => items.iter().all(known),
                one => known(one),
            };
            if !all_known {
                // (A builtin it calls, `type(e)`, is bound by Python.)
                class.each(&mut |e| match e {
                    Expr::Name(n)
                        if crate::value::ExcKind::from_source(n).is_none()
                            && crate::value::builtin_global(n).is_none() =>
                    {
                        self.handler_classes.push((n.to_string(), line))
                    }
                    _ => {}
                });
                return Ok(Caught::Expr(Box::new(class.clone())));
            }
        }
        match class {
            Expr::Tuple(items) if items.is_empty() => {
                Err(self.err("`except ()` catches nothing; name a class, or remove the handler"))
            }
            Expr::Tuple(items) => items
                .iter()
                .map(|item| self.exception_class(item, line))
                .try_collect_vec()
                .map(Caught::Tuple),
            one => self.exception_class(one, line).map(Caught::One),
        }
    }

    fn exception_class(&mut self, class: &Expr, line: usize) -> Result<String, SyntaxError> {
        let class_name = dotted(class).ok_or_else(|| {
            self.err("expected an exception class, or a tuple of them, after `except`")
        })?;
        // Spelt through an import (`CancelledError` after `from asyncio
        // import CancelledError`, `aio.TimeoutError`): the class it names.
        let class_name = canonical(&self.imports, class_name);
        if crate::value::ExcKind::from_source(&class_name).is_none() {
            // One of the program's classes, defined anywhere at the top
            // level: checked once the whole program is read.
            self.handler_classes.push((class_name.clone(), line));
        }
        Ok(class_name)
    }

    fn word(&self) -> Option<String> {
        match self.p.peek() {
            Some(Tok::Name(n)) => Some(n.clone()),
            _ => None,
        }
    }

    fn eat_word(&mut self, word: &str) -> bool {
        let found = self.p.is_word(word);
        if found {
            self.p.advance();
        }
        found
    }

    fn name(&mut self, what: &str) -> Result<String, SyntaxError> {
        match self.word() {
            Some(n) if !super::is_keyword(&n) => {
                self.p.advance();
                Ok(n)
            }
            _ => Err(self.p.unexpected(what)),
        }
    }

    fn newline(&mut self) -> Result<(), SyntaxError> {
        match self.p.peek() {
            Some(Tok::Newline) => {
                self.p.advance();
                Ok(())
            }
            None => Ok(()),
            _ => Err(self.p.unexpected("the end of the line")),
        }
    }

    fn line(&self) -> usize {
        self.p.token().map_or(1, |t| t.line)
    }

    /// Top level: imports and definitions, and the module's own code
    /// (`MODULE`), `asyncio.run(...)` in it; an `if __name__ ==
    /// "__main__":` block is read as part of the top level (its test is
    /// always true here).
    fn module(&mut self, functions: &mut Vec<(Function, Lines)>) -> Result<(), SyntaxError> {
        let mut docstring_read = false;
        while let Some(tok) = self.p.peek().cloned() {
            match tok {
                Tok::Newline => self.p.advance(),
                Tok::Dedent => return Ok(()),
                Tok::Indent => return Err(self.err("IndentationError: unexpected indent")),
                _ if self.run_line != 0
                    && (self.p.is_word("import")
                        || self.p.is_word("from")
                        || self.p.is_word("class")) =>
                {
                    // CPython runs the module top to bottom: while main
                    // runs, what comes after `asyncio.run(...)` is not
                    // bound yet (a NameError). Imports and classes are bound
                    // before the module's code runs, so they cannot follow.
                    // (A late `def` can: it is bound where it stands, below.)
                    return Err(self.err(
                        "an import or a class after `asyncio.run(...)` is not supported: CPython has not run it yet while main runs; move it above `asyncio.run(...)`",
                    ));
                }
                _ if self.p.is_word("import") || self.p.is_word("from") => {
                    let line = self.line();
                    self.import_statement()?;
                    let rebound = functions.iter().find(|(f, _)| {
                        self.imports.iter().any(|i| *i.name == *f.name)
                            || self.typing.contains(&f.name)
                            || self.imported.contains(&f.name)
                    });
                    if let Some((f, _)) = rebound {
                        return Err(SyntaxError::at(line, 0, format!(
                            "this import binds `{}`, the name of a function defined above, which is not supported; rename the function",
                            f.name
                        )));
                    }
                    self.refuse_rebinding(line)?;
                }
                // A decorated `def`, or one the module's code may reach
                // before it stands (after `asyncio.run(...)`, or named by
                // code above it): the module's code binds its name, where
                // the `def` stands, to what the decorators return.
                _ if self.p.is_op("@") || self.late_def(functions) => {
                    self.past_future = true;
                    let line = self.line();
                    let decorators = self.decorators(true)?;
                    #[cfg(feature = "asyncio-py")]
                    if self.p.is_word("class") {
                        self.class_statement(decorators)?;
                        continue;
                    }
                    #[cfg(not(feature = "asyncio-py"))]
                    if self.p.is_word("class") {
                        return Err(self.err(crate::error::needs_asyncio_py("a decorated class")));
                    }
                    let lambdas = self.p.lambdas.len();
                    let def_line = self.line();
                    let f = self.function(true)?;
                    let local = crate::program::short_name(&crate::program::qualname(&f.0.name))
                        .to_string();
                    self.defined.push(f.0.name.clone());
                    self.lines.statements.push(def_line as u32);
                    self.module_body
                        .push(decorated(local.as_str().into(), &f.0.name, decorators));
                    self.bound_at_module(&local);
                    if !self.module_vars.iter().any(|v| **v == *local) {
                        self.module_vars.push(local.as_str().into());
                    }
                    #[cfg(feature = "asyncio-py")]
                    self.surely_bound.push(local.as_str().into());
                    let mut made = vec![f];
                    made.append(&mut self.nested);
                    self.hoist_lambdas(lambdas, &mut made);
                    self.decorated.append(&mut made);
                    self.refuse_rebinding(line)?;
                }
                _ if self.p.is_word("class") => {
                    self.past_future = true;
                    #[cfg(feature = "asyncio-py")]
                    self.class_statement(Vec::new())?;
                    #[cfg(not(feature = "asyncio-py"))]
                    self.class_statement()?;
                }
                _ if self.p.is_word("def") || self.p.is_word("async") => {
                    self.past_future = true;
                    let line = self.line();
                    let lambdas = self.p.lambdas.len();
                    let f = self.function(false)?;
                    // Python lets a later def replace an earlier one (and
                    // its lambdas), or what an import bound.
                    let its_defs = format!("{}{}", f.0.name, crate::program::LOCALS);
                    functions.retain(|(g, _)| {
                        g.name != f.0.name
                            && crate::program::owner(&g.name) != Some(&f.0.name)
                            && !g.name.starts_with(&its_defs)
                    });
                    self.imports.retain(|i| *i.name != *f.0.name);
                    self.defined.push(f.0.name.clone());
                    self.bound_at_module(&f.0.name);
                    self.typing.retain(|t| *t != f.0.name);
                    #[cfg(feature = "asyncio-py")]
                    self.typing_modules.retain(|t| *t != f.0.name);
                    #[cfg(feature = "asyncio-py")]
                    {
                        self.aliases.retain(|(a, _)| *a != f.0.name);
                        self.type_vars.retain(|v| *v != f.0.name);
                    }
                    functions.push(f);
                    functions.append(&mut self.nested);
                    self.hoist_lambdas(lambdas, functions);
                    self.refuse_rebinding(line)?;
                }
                _ if self.p.is_word("if") && self.is_main_guard() => {
                    self.past_future = true;
                    let line = self.line();
                    self.p.advance();
                    // The guard's `__name__` is the module's, which is
                    // modelled by running the block.
                    let reads = self.p.names_read.len();
                    self.p.expr()?;
                    self.p.names_read.truncate(reads);
                    self.p.expect_op(":")?;
                    self.newline()?;
                    if self.p.peek() != Some(&Tok::Indent) {
                        return Err(self.err(format!("IndentationError: expected an indented block after 'if' statement on line {line}")));
                    }
                    self.p.advance();
                    self.module(functions)?;
                    if self.p.peek() == Some(&Tok::Dedent) {
                        self.p.advance();
                    }
                    #[cfg(feature = "asyncio-py")]
                    self.never_run_branches()?;
                    // (Code mode's first module has no room for them.)
                    #[cfg(not(feature = "asyncio-py"))]
                    if self.p.is_word("else") || self.p.is_word("elif") {
                        return Err(self.err(crate::error::needs_asyncio_py(
                            "`elif` or `else` after `if __name__ == \"__main__\":`",
                        )));
                    }
                }
                // A docstring, or a bare string: CPython compiles it to
                // nothing. (A `__future__` import may follow the
                // docstring only.)
                Tok::Str { f: false, .. }
                    if matches!(self.p.peek_at(1), Some(Tok::Newline) | None) =>
                {
                    self.p.advance();
                    self.past_future |= std::mem::replace(&mut docstring_read, true);
                }
                _ => {
                    self.past_future = true;
                    let line = self.line();
                    if self.p.is_word("global") {
                        return Err(self.err("`global` at the top level is not supported; the names assigned there are the module's already"));
                    }
                    // (Code mode's first module hands an alias over: a read
                    // of `typing`'s names outside annotations.)
                    #[cfg(feature = "asyncio-py")]
                    let assigns = self.word().filter(|name| {
                        !super::is_keyword(name) && matches!(self.p.peek_at(1), Some(Tok::Op("=")))
                    });
                    #[cfg(feature = "asyncio-py")]
                    if let Some(name) = assigns {
                        if self.type_alias(name)? {
                            self.refuse_rebinding(line)?;
                            continue;
                        }
                    }
                    let body = match self.word() {
                        Some(name)
                            if !super::is_keyword(&name)
                                && matches!(self.p.peek_at(1), Some(Tok::Op(":"))) =>
                        {
                            self.module_annotated(name)?
                        }
                        _ => self.statement()?,
                    };
                    #[cfg(feature = "asyncio-py")]
                    self.note_class_vars(&body);
                    // (Code mode's first module hands over an annotation
                    // that names any module variable.)
                    #[cfg(feature = "asyncio-py")]
                    self.note_surely_bound(&body);
                    // The first statement that runs a loop, itself or through
                    // a plain function that calls `asyncio.run`.
                    if self.run_line == 0 && runs_loop(&self.imports, &self.run_defs, &body) {
                        self.run_line = line as u32;
                    }
                    let mut bound = Vec::new();
                    crate::program::bindings::collect_assigned(&body, &mut bound);
                    if let Some(class) = bound.iter().find(|b| self.classes.contains(b)) {
                        return Err(SyntaxError::at(line, 0, format!(
                            "`{class}` is both a module variable and a class's name here, which is not supported yet (an `except` and `super()` look the class up by its name); rename one"
                        )));
                    }
                    for name in bound {
                        self.bound_at_module(&name);
                        if !self.module_vars.contains(&name) {
                            self.module_vars.push(name);
                        }
                    }
                    self.module_body.extend(body);
                    self.refuse_rebinding(line)?;
                }
            }
        }
        Ok(())
    }

    /// Refuses a lambda (or a comprehension) read since the `lambdas`th
    /// that reads one of `names` (`except ... as` names, which are not
    /// cells here), not its own variable nor one of a comprehension or
    /// lambda it is in.
    fn refuse_closures(&self, lambdas: usize, names: &[Name]) -> Result<(), SyntaxError> {
        let binds = |made: &crate::parse::expr::LambdaRead, name: &str| {
            let mut bound = Vec::new();
            crate::program::bindings::collect_bound(&made.body, &mut bound);
            made.params.iter().any(|p| *p.name == *name) || bound.iter().any(|b| **b == *name)
        };
        // Bound by it or by a function made of an expression around it.
        let own = |at: usize, name: &str| {
            let mut at = Some(at);
            while let Some(made) = at.map(|i| &self.p.lambdas[i]) {
                if binds(made, name) {
                    return true;
                }
                let owner = crate::program::owner(&made.name).unwrap_or_default();
                at = self.p.lambdas.iter().position(|l| l.name == owner);
            }
            false
        };
        for (at, l) in self.p.lambdas.iter().enumerate().skip(lambdas) {
            for i in l.reads.clone() {
                let r = &self.p.names_read[i];
                if l.outer_reads.contains(&i)
                    || r.module.is_some()
                    || !names.iter().any(|n| **n == *r.name)
                    || own(at, &r.name)
                {
                    continue;
                }
                return Err(SyntaxError::at(r.line, r.col, format!(
                    "this {kind} reads `{}`, the name an `except ... as` binds, which a {kind} cannot close over here yet; assign it to another variable first",
                    r.name,
                    kind = l.kind()
                )));
            }
        }
        Ok(())
    }

    /// `class Name(Base):` and its body, at the top level: the class
    /// attributes, and the methods, each a function of the program named
    /// `Name.method` (after the other functions, in `decorated`, as the
    /// program printed back lists them).
    /// A `class` statement at the module's level, after its decorators if
    /// any: the module's code binds the class's name, where the statement
    /// stands, to the class passed through them (`ClassDef::decorators`).
    fn class_statement(
        &mut self,
        #[cfg(feature = "asyncio-py")] decorators: Vec<Expr>,
    ) -> Result<(), SyntaxError> {
        let line = self.line();
        #[cfg_attr(not(feature = "asyncio-py"), allow(unused_mut))]
        let mut class = self.class_def()?;
        #[cfg(feature = "asyncio-py")]
        {
            class.decorators = decorators;
        }
        let name = class.name.clone();
        #[cfg(feature = "asyncio-py")]
        if let Some((_, vars)) = &class.typing_base {
            self.generic_classes.push((name.clone(), vars.len()));
        }
        self.lines.statements.push(line as u32);
        self.module_body.push(Stmt::Assign {
            target: Target::Name(name.clone()),
            value: Expr::Class(Box::new(class)),
        });
        self.bound_at_module(&name);
        if self.module_vars.contains(&name) {
            return Err(SyntaxError::at(line, 0, format!(
                "`{name}` is bound above as well as by this class, which is not supported yet; rename one"
            )));
        }
        self.module_vars.push(name.clone());
        self.classes.push(name);
        self.refuse_rebinding(line)
    }

    fn class_def(&mut self) -> Result<crate::program::ClassDef, SyntaxError> {
        let line = self.line();
        self.p.advance();
        let name: Name = self.name("a class name")?.into();
        let mut base = None;
        #[cfg(feature = "asyncio-py")]
        let mut typing_base = None;
        if self.p.eat_op("(") && !self.p.eat_op(")") {
            if matches!(self.p.peek_at(1), Some(Tok::Op("="))) {
                return Err(self.err("a class's keywords (`metaclass=...`) are not supported yet"));
            }
            // (Code mode's first module hands it over, as it reads
            // `Generic` outside an annotation.)
            #[cfg(feature = "asyncio-py")]
            if let Some(typing) = self.typing_base_ahead() {
                typing_base = Some((typing, self.typing_base(typing)?));
            }
            let reads = self.p.names_read.len();
            #[cfg(feature = "asyncio-py")]
            let read = typing_base.is_none();
            #[cfg(not(feature = "asyncio-py"))]
            let read = true;
            let b = match read {
                true => Some(self.p.expr()?),
                false => None,
            };
            if self.p.eat_op(",") && !self.p.is_op(")") {
                return Err(self.err(
                    "a class with several base classes is not supported yet: derive from one",
                ));
            }
            self.p.expect_op(")")?;
            // `class A(object)` is `class A`.
            base = match b {
                Some(Expr::Name(n)) if &*n == "object" && !self.module_vars.contains(&n) => {
                    self.p.names_read.truncate(reads);
                    None
                }
                other => other,
            };
        }
        self.p.expect_op(":")?;
        // `class Error(Exception): pass`, on one line.
        if self.p.peek().is_some_and(|t| *t != Tok::Newline) {
            let empty = matches!(
                self.p.peek(),
                Some(Tok::Str { f: false, .. } | Tok::Op("..."))
            ) || self.p.is_word("pass");
            if !empty {
                return Err(self.err("a class body on the line of its `class` is supported yet as `pass`, `...` or a docstring; write the body on lines of its own"));
            }
            self.p.advance();
            self.newline()?;
            return Ok(crate::program::ClassDef {
                module: None,
                name,
                base,
                body: Vec::new(),
                #[cfg(feature = "asyncio-py")]
                decorators: Vec::new(),
                #[cfg(feature = "asyncio-py")]
                fields: Vec::new(),
                #[cfg(feature = "asyncio-py")]
                typing_base,
            });
        }
        self.newline()?;
        if self.p.peek() != Some(&Tok::Indent) {
            return Err(self.err(format!(
                "IndentationError: expected an indented block after class definition on line {line}"
            )));
        }
        self.p.advance();
        let (mut body, mut fields) = (Vec::new(), Vec::new());
        let outer = self.class_name.replace(name.to_string());
        let outer_attrs = std::mem::take(&mut self.class_attrs);
        let read = self.class_body(&mut body, &mut fields);
        self.class_name = outer;
        self.class_attrs = outer_attrs;
        read?;
        Ok(crate::program::ClassDef {
            name,
            module: None,
            base,
            body,
            #[cfg(feature = "asyncio-py")]
            decorators: Vec::new(),
            #[cfg(feature = "asyncio-py")]
            fields,
            #[cfg(feature = "asyncio-py")]
            typing_base,
        })
    }

    /// Whether a class's base about to be read is `typing`'s `Generic` or
    /// `Protocol` (by those names, or as an attribute of `typing`).
    #[cfg(feature = "asyncio-py")]
    fn typing_base_ahead(&self) -> Option<crate::program::TypingBase> {
        use crate::program::TypingBase;
        let form = match (self.p.peek(), self.p.peek_at(1), self.p.peek_at(2)) {
            (Some(Tok::Name(m)), Some(Tok::Op(".")), Some(Tok::Name(form)))
                if is_typing_module!(self, m) =>
            {
                form
            }
            (Some(Tok::Name(form)), _, _)
                if self.typing.contains(form) && typing_arity(form).is_some() =>
            {
                form
            }
            _ => return None,
        };
        match form.as_str() {
            "Generic" => Some(TypingBase::Generic),
            "Protocol" => Some(TypingBase::Protocol),
            _ => None,
        }
    }

    /// `Generic[T, ...]`, `Protocol` or `Protocol[T, ...]` as a class's
    /// base: the type variables, checked as `Generic.__class_getitem__`
    /// and `__init_subclass__` check them.
    #[cfg(feature = "asyncio-py")]
    fn typing_base(
        &mut self,
        typing: crate::program::TypingBase,
    ) -> Result<Vec<Name>, SyntaxError> {
        let (line, col) = self.place();
        let form = typing.name();
        // `typing.Generic` or `Generic` (`typing_base_ahead`).
        if !matches!(self.p.peek(), Some(Tok::Name(n)) if n == form) {
            self.p.advance();
            self.p.advance();
        }
        self.p.advance();
        let mut vars: Vec<Name> = Vec::new();
        if self.p.eat_op("[") {
            loop {
                let at = self.place();
                let var = self.name("a type variable")?;
                if !self.type_vars.contains(&var) {
                    return Err(SyntaxError::at(at.0, at.1, format!("`{form}[...]` is read here with type variables made at the module's top (`{var} = TypeVar(\"{var}\")`) only, and `{var}` is not one; CPython raises TypeError for a parameter that is no type variable")));
                }
                if vars.iter().any(|v| **v == *var) {
                    return Err(SyntaxError::at(line, col, format!("TypeError: Parameters to {form}[...] must all be unique (CPython raises this here)")));
                }
                vars.push(var.into());
                if !self.p.eat_op(",") || self.p.is_op("]") {
                    break;
                }
            }
            self.p.expect_op("]")?;
        } else if typing == crate::program::TypingBase::Generic {
            return Err(SyntaxError::at(line, col, "TypeError: Cannot inherit from plain Generic (CPython raises this here); give its type variables: `Generic[T]`"));
        }
        Ok(vars)
    }

    #[cfg(feature = "asyncio-py")]
    /// Whether the annotation about to be read is `ClassVar`'s, which makes
    /// a class attribute and no field of a dataclass, as
    /// `dataclasses._is_classvar` tells: evaluated, `ClassVar` or
    /// `module.ClassVar` of `typing`; a string (every annotation, after
    /// `from __future__ import annotations`) is read as
    /// `_MODULE_IDENTIFIER_RE` reads it, `[module.]name`, and is one when
    /// the program binds `module` to `typing`, or, without a module, binds
    /// `name` to `ClassVar`, as CPython 3.11's `dataclasses._is_type`
    /// looks it up.
    fn class_var(&self) -> bool {
        let imported = self.typing.iter().any(|t| t == "ClassVar");
        let typing_module = |m: &str| is_typing_module!(self, m);
        let as_text = |module: Option<&str>, name: &str| match module {
            // (`typing`'s own namespace is looked in then.)
            Some(module) => typing_module(module) && name == "ClassVar",
            None => name == "ClassVar" && imported,
        };
        let dotted = match (self.p.peek_at(1), self.p.peek_at(2)) {
            (Some(Tok::Op(".")), Some(Tok::Name(c))) => Some(c.as_str()),
            _ => None,
        };
        match self.p.peek() {
            Some(Tok::Str { f: false, text }) if !self.lazy_annotations => {
                fn word(s: &str) -> (&str, &str) {
                    let s = s.trim_start();
                    let end = s
                        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .unwrap_or(s.len());
                    (&s[..end], &s[end..])
                }
                let (first, rest) = word(text);
                match rest.trim_start().strip_prefix('.') {
                    Some(rest) if !first.is_empty() => as_text(Some(first), word(rest).0),
                    _ => as_text(None, first),
                }
            }
            Some(Tok::Name(n)) if self.lazy_annotations => match dotted {
                Some(c) => as_text(Some(n), c),
                None => as_text(None, n),
            },
            Some(Tok::Name(n)) => match dotted {
                Some(c) => typing_module(n) && c == "ClassVar",
                None => n == "ClassVar" && imported,
            },
            _ => false,
        }
    }

    fn class_body(
        &mut self,
        body: &mut Vec<crate::program::ClassAttr>,
        #[cfg_attr(not(feature = "asyncio-py"), allow(unused_variables, clippy::ptr_arg))]
        fields: &mut Vec<Name>,
    ) -> Result<(), SyntaxError> {
        loop {
            match self.p.peek() {
                Some(Tok::Dedent) => {
                    self.p.advance();
                    return Ok(());
                }
                None => return Ok(()),
                Some(Tok::Newline) => self.p.advance(),
                Some(Tok::Indent) => return Err(self.err("IndentationError: unexpected indent")),
                // A docstring (its `__doc__` is not modelled), `pass`, `...`.
                Some(Tok::Str { f: false, .. } | Tok::Op("..."))
                    if matches!(self.p.peek_at(1), Some(Tok::Newline) | None) =>
                {
                    self.p.advance()
                }
                _ if self.p.is_word("pass") => {
                    self.p.advance();
                    self.newline()?;
                }
                _ if self.p.is_op("@") || self.p.is_word("def") || self.p.is_word("async") => {
                    let (reads, lambdas) = (self.p.names_read.len(), self.p.lambdas.len());
                    let decorators = self.decorators(false)?;
                    let decorators = self.method_decorators(decorators, reads, body)?;
                    let at = self.place();
                    let start = self.p.position();
                    let f = self.function(!decorators.is_empty())?;
                    #[cfg(feature = "asyncio-py")]
                    self.refuse_class_scope(self.default_reads.clone(), body)?;
                    let method: Name =
                        crate::program::short_name(&crate::program::qualname(&f.0.name)).into();
                    if method.starts_with("__")
                        && method.ends_with("__")
                        && !crate::program::SPECIAL_METHODS.contains(&&*method)
                    {
                        // Code mode's module hands the other special
                        // methods over: asyncio's has the comparisons and
                        // `dataclass`'s `__post_init__`, and says why for
                        // the rest.
                        #[cfg(not(feature = "asyncio-py"))]
                        return Err(SyntaxError::at(
                            at.0,
                            at.1,
                            crate::error::needs_asyncio_py(&format!("a class's `{method}`")),
                        ));
                        #[cfg(feature = "asyncio-py")]
                        if !library_special_method(&method) {
                            return Err(SyntaxError::at(at.0, at.1, format!(
                                "a class's `{method}` is not supported yet: a class may define plain methods and `{}`, `{}`, the comparisons (`__eq__`, `__lt__`...) and a dataclass's `__post_init__`",
                                crate::program::SPECIAL_METHODS.joined("`, `"),
                                crate::program::LIBRARY_SPECIAL_METHODS[1..].joined("`, `")
                            )));
                        }
                    }
                    if &*method == "__init__" && f.0.is_async {
                        return Err(SyntaxError::at(at.0, at.1, "`async def __init__` makes the class call return a coroutine, which CPython refuses (TypeError: __init__() should return None); make it a plain `def`"));
                    }
                    self.class_attrs.push(method.clone());
                    body.push(crate::program::ClassAttr {
                        name: method,
                        value: decorated_value(&f.0.name, decorators),
                    });
                    let mut made = vec![f];
                    made.append(&mut self.nested);
                    self.hoist_lambdas(lambdas, &mut made);
                    // CPython renames a private name (`__x`, not `__x__`)
                    // anywhere in a class: `self.__x` is `self._A__x`.
                    let private = self.p.read_since(start).iter().find(|t| {
                        matches!(&t.tok, Tok::Name(n) if n.starts_with("__") && !n.ends_with("__"))
                    });
                    if let Some(t) = private {
                        return Err(SyntaxError::at(t.line, t.col, format!(
                            "a private name (`__x`) in a class, which CPython renames (`self.__x` is `self._{}__x`), is not supported yet; use one underscore",
                            self.class_name.as_deref().unwrap_or("")
                        )));
                    }
                    self.decorated.append(&mut made);
                }
                _ => {
                    let (line, col) = self.place();
                    let attr = match self.word() {
                        Some(w) if !super::is_keyword(&w)
                            && matches!(self.p.peek_at(1), Some(Tok::Op("=" | ":"))) => w,
                        _ => return Err(self.err("a class body may hold a docstring, attributes (`name = value`) and methods (`def`); this statement is not supported there yet")),
                    };
                    // (The library's classes may say their module: `parse_all`.)
                    #[cfg(feature = "asyncio-py")]
                    let module_named = !self.program && attr == "__module__";
                    #[cfg(not(feature = "asyncio-py"))]
                    let module_named = false;
                    // `__repr__ = __str__`, `alias = method`: one function
                    // under two names in the class's dict.
                    #[cfg(feature = "asyncio-py")]
                    if let Some(method) = self.method_alias(&attr, body) {
                        self.p.advance();
                        self.p.advance();
                        self.p.advance();
                        self.newline()?;
                        let attr: Name = attr.into();
                        self.class_attrs.push(attr.clone());
                        body.push(crate::program::ClassAttr {
                            name: attr,
                            value: method,
                        });
                        continue;
                    }
                    if attr.starts_with("__") && !module_named {
                        // (Code mode's first module hands an alias over.)
                        #[cfg(not(feature = "asyncio-py"))]
                        return Err(SyntaxError::at(
                            line,
                            col,
                            crate::error::needs_asyncio_py(&format!("a class attribute `{attr}`")),
                        ));
                        #[cfg(feature = "asyncio-py")]
                        return Err(SyntaxError::at(line, col, format!(
                            "a class attribute named `{attr}` is not supported yet: CPython gives `__...__` names of a class special meanings, and renames other `__` names; a special method may be another name for a method defined above it (`__repr__ = __str__`)"
                        )));
                    }
                    self.p.advance();
                    if self.p.eat_op(":") {
                        #[cfg(feature = "asyncio-py")]
                        if !self.class_var() && !fields.iter().any(|f| **f == *attr) {
                            fields.push(attr.as_str().into());
                        }
                        self.line_annotation(true)?;
                        if !self.p.is_op("=") {
                            self.newline()?;
                            continue;
                        }
                    }
                    self.p.expect_op("=")?;
                    let (reads, lambdas) = (self.p.names_read.len(), self.p.lambdas.len());
                    let value = self.expression()?;
                    // `:=` there binds a class attribute; the value is
                    // evaluated where the class stands (below), which
                    // would bind it there.
                    #[cfg(feature = "asyncio-py")]
                    {
                        let mut named = false;
                        value.each(&mut |e| named |= matches!(e, Expr::NamedExpr { .. }));
                        if named {
                            return Err(SyntaxError::at(line, col, "an assignment expression (`:=`) in a class body is not supported yet"));
                        }
                    }
                    // A comprehension's function is named `<listcomp>`
                    // wherever it stands; a lambda's or a generator's
                    // would be named for the class (`A.<lambda>`).
                    let named = |l: &&crate::parse::expr::LambdaRead| {
                        !crate::program::made_of_expression(&l.name)
                            .is_some_and(|(k, _)| k.ends_with("comp>"))
                    };
                    if let Some(l) = self.p.lambdas[lambdas..].iter().find(named) {
                        return Err(SyntaxError::at(
                            line,
                            col,
                            format!(
                                "a {} in a class body is not supported yet; define a method",
                                l.kind()
                            ),
                        ));
                    }
                    self.refuse_class_scope(reads..self.p.names_read.len(), body)?;
                    self.newline()?;
                    let attr: Name = attr.into();
                    self.class_attrs.push(attr.clone());
                    body.push(crate::program::ClassAttr { name: attr, value });
                }
            }
        }
    }

    /// `attr = method`, where the class body defined `method` above with a
    /// plain `def` (undecorated): that function, as `attr`'s value. `attr`
    /// may be a special method the engine models (`__repr__ = __str__`).
    #[cfg(feature = "asyncio-py")]
    fn method_alias(&self, attr: &str, body: &[crate::program::ClassAttr]) -> Option<Expr> {
        let (Some(Tok::Op("=")), Some(Tok::Name(aliased)), Some(Tok::Newline) | None) =
            (self.p.peek_at(1), self.p.peek_at(2), self.p.peek_at(3))
        else {
            return None;
        };
        let special = attr.starts_with("__") && attr.ends_with("__");
        let modelled =
            crate::program::SPECIAL_METHODS.contains(&attr) || library_special_method(attr);
        if (attr.starts_with("__") && !special) || (special && !modelled) || attr == "__init__" {
            return None;
        }
        // (Not an alias of an alias, which the program written back
        // could not name once the method is defined again.)
        let bound = body.iter().rev().find(|a| *a.name == **aliased)?;
        match &bound.value {
            Expr::Name(f)
                if crate::program::method_class(f).is_some()
                    && *crate::program::short_name(&crate::program::qualname(f)) == **aliased =>
            {
                Some(bound.value.clone())
            }
            _ => None,
        }
    }

    /// The class body's names are its own scope, which Interleave does not
    /// model: what the body evaluates (its values, its methods' defaults)
    /// is evaluated where the class stands, so it may not read them.
    fn refuse_class_scope(
        &self,
        reads: std::ops::Range<usize>,
        body: &[crate::program::ClassAttr],
    ) -> Result<(), SyntaxError> {
        match self.p.names_read[reads]
            .iter()
            .find(|r| r.module.is_none() && body.iter().any(|a| *a.name == *r.name))
        {
            // (Code mode's first module hands it over: it may be an alias
            // of a method, `source::method_alias`.)
            #[cfg(not(feature = "asyncio-py"))]
            Some(r) => Err(SyntaxError::at(
                r.line,
                r.col,
                crate::error::needs_asyncio_py(&format!("reading `{}` in a class body", r.name)),
            )),
            #[cfg(feature = "asyncio-py")]
            Some(r) => Err(SyntaxError::at(r.line, r.col, format!(
                "this reads `{}`, an attribute the class body bound above, which is not supported yet; write its value (or, to give a method another name, `alias = method`)",
                r.name
            ))),
            None => Ok(()),
        }
    }

    /// Whether the `def` about to be read must be bound where it stands
    /// rather than before the module's code runs: after `asyncio.run(...)`
    /// (main runs before CPython reaches it), or when the module's code read
    /// so far could reach its name (before the `def` runs, a NameError; a
    /// second `def` of the name, another function), or when a default
    /// is more than a literal (`timeout=DEFAULT`, `on=(KeyError,)`), which
    /// the `def` evaluates when it runs.
    fn late_def(&self, functions: &[(Function, Lines)]) -> bool {
        let at = match (
            self.p.is_word("def"),
            self.p.is_word("async") && self.next_is_word("def"),
        ) {
            (true, _) => 1,
            (_, true) => 2,
            _ => return false,
        };
        let Some(Tok::Name(name)) = self.p.peek_at(at) else {
            return false;
        };
        let code = &self.module_body;
        let names = |x: &Expr| matches!(x, Expr::Name(n) if **n == *name);
        // The defaults of a made function (a method, a decorated `def`)
        // are read where it stands, by the module's code.
        let in_defaults = |f: &Function| {
            let mut read = false;
            f.params
                .iter()
                .filter_map(|p| p.default.as_ref())
                .for_each(|d| d.each(&mut |x| read |= names(x)));
            read
        };
        self.run_line != 0
            || (cfg!(feature = "asyncio-py") && self.computes_defaults(at))
            || self.redefined.iter().any(|r| r == name)
            || self.decorated.iter().any(|(f, _)| in_defaults(f))
            || (!code.is_empty()
                && (self.defined.iter().any(|f| f == name)
                    || any_expr(code, &names)
                    || (any_expr(code, &|x| matches!(x, Expr::Call { .. }))
                        && (functions
                            .iter()
                            .chain(&self.decorated)
                            .any(|(f, _)| any_expr(&f.body, &names) || in_defaults(f))
                            || self.p.lambdas.iter().any(|l| any_expr(&l.body, &names))))))
    }

    /// Whether a default of the parameters from the `at`th token on reads
    /// a name or computes: anything but a literal, or a display of them.
    /// (By the tokens: the parameters are not read yet.)
    fn computes_defaults(&self, at: usize) -> bool {
        let (mut depth, mut default) = (0, false);
        for k in at.. {
            match self.p.peek_at(k) {
                // A dict's key may be unhashable: a TypeError at `def`.
                Some(Tok::Op("{")) if default => return true,
                Some(Tok::Op("(" | "[" | "{")) => depth += 1,
                Some(Tok::Op(")" | "]" | "}")) if depth == 1 => return false,
                Some(Tok::Op(")" | "]" | "}")) => depth -= 1,
                Some(Tok::Op("=")) if depth == 1 => default = true,
                Some(Tok::Op(",")) if depth == 1 => default = false,
                // `-1` is a literal; `--1` and `-x` compute.
                Some(Tok::Op("-"))
                    if matches!(self.p.peek_at(k + 1), Some(Tok::Int(_) | Tok::Float(_))) => {}
                Some(Tok::Op("," | ":")) => {}
                Some(Tok::Name(n)) if default && !matches!(&**n, "True" | "False" | "None") => {
                    return true
                }
                Some(Tok::Op(_) | Tok::Str { f: true, .. }) if default => return true,
                None | Some(Tok::Newline) => return false,
                _ => {}
            }
        }
        false
    }

    /// Makes each lambda and generator expression read since the `from`th
    /// a function of its own, after the function it is in.
    fn hoist_lambdas(&mut self, from: usize, functions: &mut Vec<(Function, Lines)>) {
        for l in self.p.lambdas.drain(from.min(self.p.lambdas.len())..) {
            // Each of its statements is on the line it starts on.
            let mut statements = Vec::new();
            Stmt::walk(&l.body, &mut |_| statements.push(l.line as u32));
            let function = Function {
                name: l.name,
                params: l.params,
                body: l.body,
                is_async: l.is_async,
            };
            let lines = Lines {
                statements,
                awaits: Vec::new(),
            };
            functions.push((function, lines));
        }
    }

    /// Is the `if` ahead `if __name__ == "__main__":`?
    fn is_main_guard(&self) -> bool {
        let tok = |i| self.p.peek_at(i);
        matches!(tok(1), Some(Tok::Name(n)) if n == "__name__")
            && matches!(tok(2), Some(Tok::Op("==")))
            && matches!(tok(3), Some(Tok::Str { text, f: false }) if text == "__main__")
            && matches!(tok(4), Some(Tok::Op(":")))
    }

    /// Refuses a module variable that is also a function's or an import's
    /// name: the engine resolves those names before the run, not as the
    /// module's code rebinds them.
    fn refuse_rebinding(&self, line: usize) -> Result<(), SyntaxError> {
        let rebound = self.module_vars.iter().find(|name| {
            self.defined.iter().any(|f| **f == ***name)
                || self.imports.iter().any(|i| i.name == **name)
                || self.imported.iter().any(|m| **m == ***name)
                || self.typing.iter().any(|t| **t == ***name)
        });
        match rebound {
            #[cfg(feature = "asyncio-py")]
            Some(name) if self.aliases.iter().any(|(a, _)| **a == **name) => Err(SyntaxError::at(line, 0, format!(
                "`{name}` is a type alias, which Interleave keeps for annotations alone, and is bound otherwise too, which is not supported yet; use another name"
            ))),
            Some(name) => Err(SyntaxError::at(line, 0, format!(
                "`{name}` is both a module variable and a function's or an import's name here, which is not supported yet; rename one"
            ))),
            None => Ok(()),
        }
    }

    /// `name: annotation [= value]` at the top level: the annotation is
    /// evaluated there, as a parameter's is; without a value, nothing is
    /// bound.
    fn module_annotated(&mut self, name: String) -> Result<Vec<Stmt>, SyntaxError> {
        let line = self.line() as u32;
        self.p.advance();
        self.p.advance();
        self.line_annotation(true)?;
        let mut body = Vec::new();
        if self.p.eat_op("=") {
            let value = self.expression()?;
            if self.p.is_op("=") {
                return Err(self.err("chained assignment (`a = b = 1`) is not supported yet"));
            }
            body.push(Stmt::Assign {
                target: Target::Name(name.as_str().into()),
                value,
            });
            self.lines.statements.push(line);
            self.statement_awaits();
        }
        self.newline()?;
        Ok(body)
    }

    /// `name = <type>` at the top level, a type alias (`JSON = dict[str,
    /// Any]`, `Num = int | float`, `T = TypeVar("T")`), which binds
    /// `name` for annotations alone, as an import from `typing` does: the
    /// engine does not evaluate a generic alias, a union of classes or a
    /// type variable, so a use outside annotations is refused
    /// (`refuse_unmodelled_names`). Read by the annotations' grammar, and
    /// only if it checks as an annotation the `def` evaluates would (so
    /// evaluating it cannot fail) and names `typing`, subscripts or `|`:
    /// anything else (`n = 5`, `Num = int`, `x = a | b`) is read again as
    /// an ordinary assignment. Whether it was one.
    #[cfg(feature = "asyncio-py")]
    fn type_alias(&mut self, name: String) -> Result<bool, SyntaxError> {
        let start = self.p.position();
        self.p.advance();
        self.p.advance();
        let type_var = self.type_var_ahead();
        let term = match type_var {
            true => self.type_var()?,
            false => self.annotation_union(true).ok(),
        };
        let typed = self.p.read_since(start + 2).iter().any(|t| match &t.tok {
            Tok::Op(op) => matches!(*op, "[" | "|"),
            Tok::Name(n) => self.typing.contains(n),
            _ => false,
        });
        let ends = matches!(self.p.peek(), Some(Tok::Newline) | None);
        // `dataclasses` tells a field by its annotation's value, which
        // the engine does not keep.
        let class_var = self
            .p
            .read_since(start + 2)
            .iter()
            .any(|t| matches!(&t.tok, Tok::Name(n) if n == "ClassVar" || n == "InitVar"));
        if class_var && typed && ends {
            return Err(self.err(format!("`{name}` holds `ClassVar` (or `InitVar`), which a type alias is not supported with yet; write it in the annotations themselves")));
        }
        let Some(term @ (Term::Type | Term::Special)) = term.filter(|_| typed && ends) else {
            self.p.rewind(start);
            return Ok(false);
        };
        self.newline()?;
        self.bound_at_module(&name);
        self.class_vars.retain(|v| **v != *name);
        self.aliases.retain(|(a, _)| *a != name);
        self.aliases.push((name.clone(), term));
        self.type_vars.retain(|v| *v != name);
        if type_var {
            self.type_vars.push(name.clone());
        }
        if !self.typing.contains(&name) {
            self.typing.push(name);
        }
        Ok(true)
    }

    /// Whether `TypeVar(` or `typing.TypeVar(` comes next.
    #[cfg(feature = "asyncio-py")]
    fn type_var_ahead(&self) -> bool {
        let is =
            |n: usize, word: &str| matches!(self.p.peek_at(n), Some(Tok::Name(w)) if w == word);
        let op = |n: usize, o: &str| matches!(self.p.peek_at(n), Some(Tok::Op(x)) if *x == o);
        let imported = self.typing.iter().any(|t| t == "TypeVar");
        let module = matches!(self.p.peek(), Some(Tok::Name(w)) if is_typing_module!(self, w));
        (is(0, "TypeVar") && imported && op(1, "("))
            || (module && op(1, ".") && is(2, "TypeVar") && op(3, "("))
    }

    /// `TypeVar("T", *constraints, bound=..., covariant=..., contravariant=...)`
    /// (`typing.TypeVar.__init__` in 3.11): what makes CPython raise is
    /// refused with its error, and the arguments are checked as
    /// `typing._type_check` checks them, as far as annotations are. `None`
    /// for a call this does not read (a name that is not a string, a
    /// keyword twice or before a positional argument), which is then read
    /// as an ordinary one, and refused or reported there.
    #[cfg(feature = "asyncio-py")]
    fn type_var(&mut self) -> Result<Option<Term>, SyntaxError> {
        let (line, col) = self.place();
        let refuse = |why: &str| Err(SyntaxError::at(line, col, why.to_string()));
        // `typing.TypeVar(` or `TypeVar(` (`type_var_ahead`).
        if !self.p.is_word("TypeVar") {
            self.p.advance();
            self.p.advance();
        }
        self.p.advance();
        self.p.expect_op("(")?;
        if !matches!(self.p.peek(), Some(Tok::Str { f: false, .. })) {
            return Ok(None);
        }
        self.p.advance();
        let (mut constraints, mut keywords) = (0, Vec::new());
        let (mut bound, mut variance) = (false, [false; 2]);
        while self.p.eat_op(",") && !self.p.is_op(")") {
            let keyword = match (self.p.peek(), self.p.peek_at(1)) {
                (Some(Tok::Name(k)), Some(Tok::Op("="))) => Some(k.clone()),
                _ => None,
            };
            match &keyword {
                Some(k) if keywords.contains(k) => return Ok(None),
                Some(k) => keywords.push(k.clone()),
                None if !keywords.is_empty() => return Ok(None),
                None => constraints += 1,
            }
            if let Some(k) = &keyword {
                self.p.advance();
                self.p.advance();
                if matches!(k.as_str(), "covariant" | "contravariant") {
                    let flag = match self.word().as_deref() {
                        Some("True") => true,
                        Some("False") => false,
                        _ => return refuse("`covariant=` and `contravariant=` are read here only as `True` or `False`"),
                    };
                    self.p.advance();
                    variance[(k == "contravariant") as usize] = flag;
                    continue;
                }
                if k != "bound" {
                    return refuse(&format!("TypeError: TypeVar.__init__() got an unexpected keyword argument '{k}' (CPython raises this here); it takes `bound=`, `covariant=` and `contravariant=`"));
                }
            }
            let (at_line, at_col) = self.place();
            let term = self.annotation_union(true).map_err(said_of_its_line)?;
            // `bound=None` is no bound.
            bound |= keyword.is_some() && term != Term::None;
            if !matches!(term, Term::Type | Term::None | Term::Forward(true)) {
                return Err(SyntaxError::at(at_line, at_col, "a `TypeVar`'s constraints and bound are read here only as classes, generics or names in strings; write one of those"));
            }
        }
        if !self.p.eat_op(")") {
            return Ok(None);
        }
        // In the order `TypeVar.__init__` checks.
        match (constraints, bound, variance) {
            (_, _, [true, true]) => refuse("ValueError: Bivariant types are not supported. (CPython raises this here); give `covariant=True` or `contravariant=True`, not both"),
            (1.., true, _) => refuse("TypeError: Constraints cannot be combined with bound=... (CPython raises this here); give one or the other"),
            (1, _, _) => refuse("TypeError: A single constraint is not allowed (CPython raises this here); give two or more, or `bound=`"),
            _ => Ok(Some(Term::Type)),
        }
    }

    /// Refuses a name an evaluated annotation of a `def` inside this
    /// function reads (those since `from` in `nested_annotation_names`)
    /// that this function binds too (`params`, `body`): CPython reads this
    /// function's variable then, which the annotations' checks, made
    /// against the module, do not see. Also notes the module variables
    /// this function may unbind (`unbound_by_functions`).
    #[cfg(feature = "asyncio-py")]
    fn refuse_shadowed_annotation_names(
        &mut self,
        params: &[crate::program::Param],
        body: &[Stmt],
        from: usize,
        handlers: &[Name],
    ) -> Result<(), SyntaxError> {
        let mut bound = params.iter().map(|p| p.name.clone()).collect_vec();
        crate::program::bindings::collect_bound(body, &mut bound);
        let globals = crate::program::bindings::declared_global(body);
        let read = self.nested_annotation_names.get(from..).unwrap_or_default();
        if let Some((name, line, col, _)) = read
            .iter()
            .find(|(n, ..)| bound.contains(n) && !globals.contains(n))
        {
            return Err(SyntaxError::at(*line, *col, format!(
                "this annotation names `{name}`, which the function around this `def` binds too: CPython evaluates it there each time the function runs, which is not supported yet; write the annotation as a string"
            )));
        }
        let mut deleted = handlers.to_vec();
        Stmt::walk(body, &mut |s| {
            if let Stmt::Delete(target) = s {
                crate::program::bindings::collect_target(target, &mut deleted);
            }
        });
        self.unbound_by_functions
            .extend(globals.into_iter().filter(|g| deleted.contains(g)));
        Ok(())
    }

    /// Refuses a name an evaluated annotation of a `def` inside a function
    /// reads from the module (`nested_annotation_names`) that the module
    /// deletes, or that held a class when the `def` was read and is
    /// assigned again: that `def` is evaluated when its function runs.
    #[cfg(feature = "asyncio-py")]
    fn refuse_nested_annotation_names(&self) -> Result<(), SyntaxError> {
        let refused = self
            .nested_annotation_names
            .iter()
            .find(|(name, _, _, class_var)| {
                self.deleted_globals.iter().any(|(d, ..)| d == name)
                    || self.unbound_by_functions.contains(name)
                    || (*class_var && !self.class_vars.contains(name))
            });
        match refused {
            Some((name, line, col, _)) => Err(SyntaxError::at(*line, *col, format!(
                "this annotation names `{name}`, which the module deletes or assigns again below: CPython evaluates it when the function around this `def` runs, which is not supported yet; write the annotation as a string"
            ))),
            None => Ok(()),
        }
    }

    /// Notes what a statement of the module's top level binds for certain
    /// (`surely_bound`): an assignment's targets; a compound statement's
    /// bindings are not certain, and what it deletes (`del`, the end of
    /// an `except ... as` handler) is no longer.
    #[cfg(feature = "asyncio-py")]
    fn note_surely_bound(&mut self, body: &[Stmt]) {
        let mut unbound = handler_names(body);
        Stmt::walk(body, &mut |s| {
            if let Stmt::Delete(target) = s {
                crate::program::bindings::collect_target(target, &mut unbound);
            }
        });
        self.surely_bound.retain(|n| !unbound.contains(n));
        for s in body {
            if let Stmt::Assign { target, .. } | Stmt::AugAssign { target, .. } = s {
                let mut names = Vec::new();
                crate::program::bindings::collect_target(target, &mut names);
                self.surely_bound
                    .extend(names.into_iter().filter(|n| !unbound.contains(n)));
            }
        }
    }

    /// Notes a module variable assigned a class for the first time
    /// (`Num = int`), and forgets one assigned again: an annotation's
    /// subscript or union takes it as the class only while it can only
    /// hold that class (see `refuse_retyped_globals`).
    #[cfg(feature = "asyncio-py")]
    fn note_class_vars(&mut self, body: &[Stmt]) {
        let mut bound = Vec::new();
        crate::program::bindings::collect_assigned(body, &mut bound);
        self.class_vars.retain(|v| !bound.contains(v));
        if let [Stmt::Assign {
            target: Target::Name(var),
            value: Expr::Name(class),
        }] = body
        {
            let first = !self.module_vars.contains(var);
            if first && self.annotation_kind(&[class.to_string()]) == Term::Type {
                self.class_vars.push(var.clone());
            }
        }
    }

    /// `del` in the module's namespace runs only on a variable the
    /// module's code assigns: a top-level function, an import or a
    /// builtin lives elsewhere in the engine, and a name never assigned
    /// would be taken for a local.
    fn refuse_unmodelled_deletes(&self) -> Result<(), SyntaxError> {
        for (name, line, col) in &self.deleted_globals {
            #[cfg(feature = "asyncio-py")]
            if self.aliases.iter().any(|(a, _)| **a == **name) {
                return Err(SyntaxError::at(*line, *col, format!(
                    "deleting `{name}`, a type alias Interleave keeps for annotations alone, is not supported yet"
                )));
            }
            let imported = self.imports.iter().any(|i| i.name == *name);
            #[cfg(feature = "asyncio-py")]
            if self.classes.contains(name) {
                return Err(SyntaxError::at(*line, *col, format!(
                    "deleting the class `{name}` is not supported yet (annotations that name it are checked before the run)"
                )));
            }
            if imported || !self.module_vars.contains(name) {
                return Err(SyntaxError::at(*line, *col, format!(
                    "deleting `{name}` from the module is supported only for a variable the module's code assigns (not a function defined with `def`, an import or a builtin) yet"
                )));
            }
        }
        Ok(())
    }

    /// Notes that the module binds `name` (first binding first, as a
    /// dict keeps a key where it was first inserted).
    fn bound_at_module(&mut self, name: &str) {
        if !self.module_names.iter().any(|n| &**n == name) {
            self.module_names.push(name.into());
        }
    }

    /// `import m [as a], ...` or `from m import a [as b], ...`, the names
    /// in parentheses or not.
    fn import_statement(&mut self) -> Result<(), SyntaxError> {
        if self.eat_word("from") {
            let module = self.module_name()?;
            if !self.eat_word("import") {
                return Err(self.p.unexpected("`import`"));
            }
            if self.p.is_op("*") {
                return Err(self.err(format!(
                    "`from {module} import *` is not supported; import the names the program uses"
                )));
            }
            let parenthesised = self.p.eat_op("(");
            loop {
                let at = self.place();
                let attr = self.name("a name to import")?;
                let alias = self.alias()?;
                self.bind_import(at, &module, Some(attr), alias)?;
                if !self.p.eat_op(",") || (parenthesised && self.p.is_op(")")) {
                    break;
                }
            }
            if parenthesised {
                self.p.expect_op(")")?;
            }
        } else {
            self.p.advance();
            loop {
                let at = self.place();
                let module = self.module_name()?;
                let alias = self.alias()?;
                self.bind_import(at, &module, None, alias)?;
                if !self.p.eat_op(",") {
                    break;
                }
            }
        }
        // `import time; print(...)`: the module's loop reads on from the
        // statement after the `;`.
        if self.p.eat_op(";") && !matches!(self.p.peek(), Some(Tok::Newline) | None) {
            return Ok(());
        }
        self.newline()
    }

    /// A module's name, dotted or not (`asyncio`, `asyncio.exceptions`).
    fn module_name(&mut self) -> Result<String, SyntaxError> {
        let mut module = self.name("a module name")?;
        while self.p.eat_op(".") {
            module.push('.');
            module.push_str(&self.name("a module name")?);
        }
        Ok(module)
    }

    /// `as name`, if there.
    fn alias(&mut self) -> Result<Option<String>, SyntaxError> {
        if self.eat_word("as") {
            return self.name("a name after `as`").map(Some);
        }
        Ok(None)
    }

    fn place(&self) -> (usize, usize) {
        self.p.token().map_or((1, 0), |t| (t.line, t.col))
    }

    /// What one imported name binds: a module under its own name, another
    /// name for a module or one of its attributes, a name only annotations
    /// use (`typing`), or a compiler directive (`__future__`). A module or
    /// an attribute the engine does not model is refused here.
    fn bind_import(
        &mut self,
        (line, col): (usize, usize),
        module: &str,
        attr: Option<String>,
        alias: Option<String>,
    ) -> Result<(), SyntaxError> {
        let refuse = |message: String| Err(SyntaxError::at(line, col, message));
        if module == "__future__" {
            let Some(feature) = attr else {
                return refuse("`import __future__` is not supported; write `from __future__ import annotations`".into());
            };
            if self.past_future {
                return refuse(
                    "SyntaxError: from __future__ imports must occur at the beginning of the file"
                        .into(),
                );
            }
            // The import binds the feature's name too (a `_Feature`),
            // which is left to annotations, as `typing`'s names are.
            self.typing.push(feature.clone());
            self.bound_at_module(&feature);
            return match feature.as_str() {
                "annotations" => {
                    self.lazy_annotations = true;
                    Ok(())
                }
                // Features every Python 3 has: importing them changes nothing.
                "nested_scopes" | "generators" | "division" | "absolute_import"
                | "with_statement" | "print_function" | "unicode_literals" | "generator_stop" => {
                    Ok(())
                }
                "barry_as_FLUFL" => refuse(format!(
                    "`from __future__ import {feature}` is not supported"
                )),
                _ => refuse(format!(
                    "SyntaxError: future feature {feature} is not defined"
                )),
            };
        }
        self.past_future = true;
        let name = alias
            .or_else(|| attr.clone())
            .unwrap_or_else(|| module.to_string());
        self.bound_at_module(&name);
        if module == "typing" {
            if let Some(attr) = &attr {
                if !TYPING.iter().any(|(t, _)| t == attr) {
                    return refuse(not_supported(&format!("`typing.{attr}`")));
                }
                // (Annotations are checked by the names `typing` gives.)
                if name != *attr {
                    return refuse(annotation_refusal!("`from typing import {attr} as {name}` is not supported yet; import `{attr}` under its own name"));
                }
            }
            #[cfg(feature = "asyncio-py")]
            if attr.is_none() {
                self.typing_modules.push(name.clone());
            }
            self.typing.push(name);
            return Ok(());
        }
        // `_interleave` is the library's own, not the program's.
        let found = crate::value::Module::by_name(module).filter(|_| {
            #[cfg(feature = "asyncio-py")]
            return !self.program || module != "_interleave";
            #[cfg(not(feature = "asyncio-py"))]
            true
        });
        let Some(modelled) = found else {
            // Code mode's first module hands every other module over: the
            // build with the library says what it models.
            #[cfg(not(feature = "asyncio-py"))]
            return refuse(crate::error::needs_asyncio_py(&format!(
                "the module `{module}`"
            )));
            #[cfg(feature = "asyncio-py")]
            return refuse(format!(
                "the module `{module}` is not modelled yet: Interleave runs programs that import asyncio (and `asyncio.exceptions`), time, random, functools (`wraps`, `partial`), dataclasses (`dataclass`, `field`), heapq, math (its exact functions), collections (`deque`), json (`dumps`, `loads`), logging (`%`-style formats without times or callers), contextlib (`contextmanager`, `asynccontextmanager`, `suppress`, `nullcontext`, `closing`, `aclosing`), contextvars, itertools (all but `tee`), sys (`exit`, `maxsize`, `stdout`, `stderr`), and typing (for annotations)"
            ));
        };
        if let Some(attr) = &attr {
            if !modelled.provides(attr) {
                return refuse(
                    crate::closed_world::unmodelled_module_attr(module, attr).unwrap_or_else(|| {
                        format!("ImportError: cannot import name '{attr}' from '{module}': CPython's {module} has no `{attr}`")
                    }),
                );
            }
        } else if name == module {
            self.imported.push(name);
            return Ok(());
        }
        self.imports.retain(|i| *i.name != *name);
        self.imports.push(Import {
            module: module.to_string(),
            attr,
            name: name.as_str().into(),
        });
        Ok(())
    }

    /// An annotation, read and dropped: CPython keeps annotations in
    /// `__annotations__`, which nothing the engine models reads. It is
    /// read here by its own grammar, the types' (`X | None`, `list[int]`,
    /// `Callable[..., Awaitable[T]]`, strings), not as an expression: the
    /// engine never evaluates one. One that the `def` statement evaluates
    /// (`evaluated`: a parameter's or the return's, unless `from
    /// __future__ import annotations`) must be one whose evaluation can
    /// neither fail nor do anything, which is checked as it is read; a
    /// variable's annotation inside a function is never evaluated.
    fn annotation(&mut self, evaluated: bool) -> Result<(), SyntaxError> {
        let check = evaluated && !self.lazy_annotations;
        self.annotation_union(check).map(|_| ())
    }

    /// An annotation of a variable or an attribute (see `annotation`):
    /// outside a function it is evaluated where it stands, so refusals
    /// say so.
    fn line_annotation(&mut self, evaluated: bool) -> Result<(), SyntaxError> {
        // (Code mode's first module hands every refusal of one over.)
        #[cfg(feature = "asyncio-py")]
        return self.annotation(evaluated).map_err(said_of_its_line);
        #[cfg(not(feature = "asyncio-py"))]
        self.annotation(evaluated)
    }

    /// Operands joined by `|` (see `annotation`), and what the whole is.
    fn annotation_union(&mut self, check: bool) -> Result<Term, SyntaxError> {
        let at = self.place();
        let mut terms = vec![self.annotation_term(check)?];
        while self.p.eat_op("|") {
            terms.push(self.annotation_term(check)?);
        }
        // Anything else after it (`x: 1 + 2`) is an expression this
        // grammar does not read.
        if !matches!(
            self.p.peek(),
            Some(Tok::Op("," | ")" | "]" | "=" | ":" | ";") | Tok::Newline) | None
        ) {
            return Err(SyntaxError::at(at.0, at.1, UNSUPPORTED_ANNOTATION));
        }
        if terms.len() == 1 {
            return Ok(terms[0]);
        }
        if check {
            // `str | None` is a union of types; `|` with a value, a bare
            // special form (`Optional`) or `None | None` is a TypeError.
            // A string is one too, except beside a `typing` form, which
            // Interleave does not tell apart here.
            if terms.iter().any(|t| matches!(t, Term::Forward(_))) {
                return Err(SyntaxError::at(at.0, at.1, annotation_refusal!("a string in a union (`int | \"Name\"`) is not supported yet in an annotation the `def` evaluates; write the whole union as a string")));
            }
            if terms[..2] == [Term::None, Term::None] {
                return Err(SyntaxError::at(at.0, at.1, annotation_refusal!("`None | None` in this annotation raises TypeError when the `def` runs; correct it, or write the annotation as a string")));
            }
            // What `|` makes of anything but classes depends on which
            // side is a `typing` form.
            if !terms.iter().all(|t| matches!(t, Term::Type | Term::None)) {
                // (`Term::Bound`, a program's variable, falls here too.)
                return Err(SyntaxError::at(at.0, at.1, annotation_refusal!("`|` between something other than classes (a value, a function, `Optional` alone) in an annotation the `def` evaluates is not supported yet; write the annotation as a string")));
            }
        }
        Ok(Term::Type)
    }

    /// One operand of `|` in an annotation (see `annotation`).
    fn annotation_term(&mut self, check: bool) -> Result<Term, SyntaxError> {
        let (line, col) = self.place();
        let unsupported = || SyntaxError::at(line, col, UNSUPPORTED_ANNOTATION);
        let term = match self.p.peek().cloned() {
            Some(Tok::Str { f: false, text }) => {
                self.p.advance();
                return Ok(Term::Forward(is_dotted_name(&text)));
            }
            Some(Tok::Name(n)) if n == "None" => Term::None,
            Some(Tok::Name(n)) if n == "True" || n == "False" => Term::Value,
            Some(Tok::Int(_)) => Term::Value,
            Some(Tok::Op("...")) => Term::Ellipsis,
            Some(Tok::Op("[")) => {
                // A list of types, as `Callable[[int, str], bool]` has.
                self.p.advance();
                while !self.p.eat_op("]") {
                    let (line, col) = self.place();
                    let item = self.annotation_union(check)?;
                    if check && matches!(item, Term::Special | Term::Forward(false) | Term::Bound) {
                        return Err(SyntaxError::at(line, col, UNSUPPORTED_ANNOTATION));
                    }
                    if !self.p.eat_op(",") {
                        self.p.expect_op("]")?;
                        break;
                    }
                }
                return Ok(Term::List);
            }
            Some(Tok::Name(_)) => {
                let mut dotted = vec![self.name("a type's name")?];
                while self.p.eat_op(".") {
                    dotted.push(self.name("a name after `.`")?);
                }
                #[cfg(feature = "asyncio-py")]
                if check && self.in_function {
                    let class_var = self.class_vars.iter().any(|v| **v == *dotted[0]);
                    self.nested_annotation_names.push((
                        dotted[0].as_str().into(),
                        line,
                        col,
                        class_var,
                    ));
                }
                if check {
                    self.annotation_names(&dotted)
                        .map_err(|why| SyntaxError::at(line, col, why))?;
                }
                let named = self.annotation_kind(&dotted);
                if !self.p.eat_op("[") {
                    return Ok(named);
                }
                let (mut args, mut tuple) = (Vec::new(), false);
                while !self.p.eat_op("]") {
                    args.push(self.annotation_union(check)?);
                    tuple = self.p.eat_op(",");
                    if !tuple {
                        self.p.expect_op("]")?;
                        break;
                    }
                }
                if check {
                    self.check_subscript(&dotted, named, &args)
                        .map_err(|why| SyntaxError::at(line, col, why))?;
                }
                // `Optional[int,]` is given the tuple `(int,)`, which the
                // forms of one type refuse.
                // (Code mode's first module hands any such comma over.)
                #[cfg(feature = "asyncio-py")]
                let single = matches!(
                    dotted.last().map(String::as_str),
                    Some("Optional" | "ClassVar" | "Final")
                ) && named == Term::Special;
                #[cfg(not(feature = "asyncio-py"))]
                let single = true;
                if check && tuple && single {
                    return Err(SyntaxError::at(line, col, annotation_refusal!("`{}[...]` with a comma after its type raises TypeError when it is evaluated (it is given a tuple, and takes a single type); remove the comma", dotted.joined("."))));
                }
                let wrapper = matches!(
                    dotted.last().map(String::as_str),
                    Some("ClassVar" | "Final")
                );
                return Ok(match named == Term::Special && wrapper {
                    true => Term::Special,
                    false => Term::Type,
                });
            }
            _ => return Err(unsupported()),
        };
        self.p.advance();
        Ok(term)
    }

    /// Whether a function read so far may have unbound the module's `name`
    /// (`unbound_by_functions`).
    fn maybe_unbound(&self, name: &Name) -> bool {
        #[cfg(feature = "asyncio-py")]
        return self.unbound_by_functions.contains(name);
        #[cfg(not(feature = "asyncio-py"))]
        {
            let _ = name;
            false
        }
    }

    /// What a dotted name in an annotation is, as far as `|` and
    /// subscripts care: a type, a bare special form, or another value.
    fn annotation_kind(&self, dotted: &[String]) -> Term {
        let first = dotted[0].as_str();
        // A class the program defined above (a `class` statement's name is
        // no other variable's: `class_statement`) is a type.
        if dotted.len() == 1 && self.classes.iter().any(|c| &**c == first) {
            return Term::Type;
        }
        if let ([_], Some((_, term))) = (dotted, self.aliases.iter().find(|(a, _)| a == first)) {
            return *term;
        }
        if dotted.len() == 1 && self.class_vars.iter().any(|v| &**v == first) {
            return Term::Type;
        }
        let program_binds = self.module_vars.iter().any(|v| &**v == first)
            || self.defined.iter().any(|f| f == first);
        if program_binds {
            return Term::Bound;
        }
        let typing_form = match dotted {
            [name] if self.typing.iter().any(|t| t == name) => Some(name.as_str()),
            [m, name] if is_typing_module!(self, m) => Some(name.as_str()),
            _ => None,
        };
        if let Some(form) = typing_form {
            return match form {
                "Optional" | "Union" | "ClassVar" | "Final" | "Literal" | "Generic"
                | "Protocol" => Term::Special,
                _ => Term::Type,
            };
        }
        match dotted {
            [name] => match self.imports.iter().find(|i| i.name.as_ref() == name) {
                // An imported class (`CancelledError`) is a type; an
                // imported function or module is not.
                Some(i) => match &i.attr {
                    Some(attr) if attr.starts_with(char::is_uppercase) => Term::Type,
                    _ => Term::Value,
                },
                None if self.imported.iter().any(|m| m == name) => Term::Value,
                None if BUILTIN_TYPES.contains(&name.as_str())
                    || crate::value::ExcKind::builtin(name).is_some() =>
                {
                    Term::Type
                }
                None => Term::Value,
            },
            // asyncio's classes are capitalised; its functions are not.
            [_, attr] if attr.starts_with(char::is_uppercase) => Term::Type,
            _ => Term::Value,
        }
    }

    /// Whether `named[args]`, evaluated when the `def` runs, is what
    /// CPython accepts: a generic type with as many arguments as it takes,
    /// and for `typing`'s, arguments that are types.
    fn check_subscript(&self, dotted: &[String], named: Term, args: &[Term]) -> Result<(), String> {
        let name = dotted.joined(".");
        let type_error = || {
            annotation_refusal!("`{name}[...]` in this annotation raises TypeError when the `def` runs (it is not a generic type, or its arguments are not what it takes); correct it or write it as a string")
        };
        #[cfg(feature = "asyncio-py")]
        let alias = matches!(dotted, [one] if self.aliases.iter().any(|(a, _)| a == one)
            || self.class_vars.iter().any(|v| **v == **one));
        #[cfg(not(feature = "asyncio-py"))]
        let alias = false;
        if alias || matches!(named, Term::Value | Term::Bound) {
            return Err(annotation_refusal!("a subscript of `{name}` in an annotation is not supported yet; write the annotation as a string"));
        }
        let form = dotted.last().map(String::as_str).unwrap_or("");
        if named == Term::Special && matches!(form, "Generic" | "Protocol") {
            return Err(annotation_refusal!("`{name}[...]` is read only as a class's base (`class Box({form}[T]):`) yet; write the annotation as a string"));
        }
        let arity = self.generic_arity(dotted).ok_or_else(type_error)?;
        if let Some(n) = arity {
            if n == 0 || n as usize != args.len() {
                return Err(type_error());
            }
        }
        let typing = named == Term::Special || self.generic_is_typing(dotted);
        if !typing {
            // The builtins' and asyncio's generics take anything.
            return Ok(());
        }
        if form == "Callable" && args.len() != 2 {
            return Err(annotation_refusal!("`{name}[...]` in this annotation raises TypeError when the `def` runs: it is used as `Callable[[arg, ...], result]`; correct it or write it as a string"));
        }
        // CPython 3.11's typing takes most arguments; it refuses the
        // special forms (`List[Optional]`, `ClassVar[int]` inside) and
        // strings that are not expressions, which are refused here too.
        let doubtful = |t: &Term| matches!(t, Term::Special | Term::Forward(false));
        if form != "Literal" && args.iter().any(doubtful) {
            return Err(annotation_refusal!("this annotation's subscript holds `Optional`, `Union`, `ClassVar` or `Final` alone, or a string that is not a name, which is not supported yet; write the annotation as a string"));
        }
        if form != "Literal" && args.contains(&Term::Bound) {
            return Err(annotation_refusal!("this annotation's subscript holds a variable or a function of the program's, which `typing` may refuse when the `def` runs; this is not supported yet: write the annotation as a string"));
        }
        Ok(())
    }

    /// Whether the generic type `dotted` names is one of `typing`'s.
    fn generic_is_typing(&self, dotted: &[String]) -> bool {
        match dotted {
            [name] => self.typing.iter().any(|t| t == name),
            [m, _] => is_typing_module!(self, m),
            _ => false,
        }
    }

    /// Is what the dotted name `names` names in an annotation defined
    /// when the `def` runs (a builtin, an import's, a module's attribute)?
    fn annotation_names(&self, names: &[String]) -> Result<(), String> {
        let first = names[0].as_str();
        let program_binds = self.module_vars.iter().any(|v| &**v == first)
            || self.defined.iter().any(|f| f == first);
        let alias = self.aliases.iter().any(|(a, _)| a == first);
        if names.len() > 1 && (program_binds || alias) {
            return Err(annotation_refusal!("`{}` in this annotation reads an attribute of the program's own `{first}`, which is not supported yet; write the annotation as a string", names.joined(".")));
        }
        let import = self.imports.iter().find(|i| i.name.as_ref() == first);
        // A method's annotations are evaluated in its class's scope, which
        // comes first.
        if self.class_name.is_some()
            && !self.in_function
            && self.class_attrs.iter().any(|a| &**a == first)
        {
            return Err(annotation_refusal!("this annotation names `{first}`, which the class body binds above: annotations in a class body (a method's too) read the class's names first, which is not supported yet; rename one, or write the annotation as a string"));
        }
        match names {
            [_] if self.module_vars.iter().any(|v| &**v == first)
                && !self.surely_bound.iter().any(|v| &**v == first && !self.maybe_unbound(v))
                && !self.classes.iter().any(|c| &**c == first) =>
            {
                Err(annotation_refusal!("this annotation names `{first}`, which the module binds only in a branch, a loop or a handler, or deletes: Interleave cannot tell that it is bound when the `def` runs; write the annotation as a string"))
            }
            [_] => {
                let known = self.typing.iter().any(|t| t == first)
                    || import.is_some()
                    || self.imported.iter().any(|m| m == first)
                    || self.defined.iter().any(|f| f == first)
                    || self.module_vars.iter().any(|v| &**v == first)
                    || crate::closed_world::is_builtin(first);
                match (known, self.in_function) {
                    (true, _) => Ok(()),
                    (false, false) => Err(annotation_refusal!("this annotation names `{first}`, which is not defined when the `def` runs (CPython raises NameError there); import it, or write the annotation as a string")),
                    // A `def` inside a function runs when the function
                    // does: a local of it, or a variable the module binds
                    // later, may be bound by then.
                    (false, true) => Err(annotation_refusal!("this annotation names `{first}`, which Interleave cannot tell is defined when this `def` runs (a variable of the function around it, or one the module binds later, is not supported yet); write the annotation as a string")),
                }
            }
            [_, attr] => {
                let module = match import {
                    _ if is_typing_module!(self, first) => "typing",
                    Some(i) if i.attr.is_none() => i.module.as_str(),
                    _ => first,
                };
                let has = match module {
                    "typing" => typing_arity(attr).is_some(),
                    _ => (import.is_some() || self.imported.iter().any(|m| m == module))
                        && crate::closed_world::module_dir(module).is_some_and(|d| d.contains(attr)),
                };
                match has {
                    true => Ok(()),
                    false => Err(annotation_refusal!("`{first}.{attr}` in this annotation is not something Interleave knows to be defined when the `def` runs; write the annotation as a string")),
                }
            }
            _ => Err(annotation_refusal!("this annotation's dotted name is not supported yet; write the annotation as a string")),
        }
    }

    /// How many arguments a subscript of the type `dotted` names takes:
    /// `Some(None)` for any number, `None` if it is not a generic type.
    fn generic_arity(&self, dotted: &[String]) -> Option<Option<u8>> {
        let import = self.imports.iter().find(|i| *i.name == *dotted[0]);
        let (module, name) = match (dotted, import) {
            ([_], Some(i)) => (i.module.as_str(), i.attr.as_deref()?),
            ([name], None) if self.typing.contains(name) => ("typing", name.as_str()),
            // `Generic.__class_getitem__`: as many as its type variables.
            #[cfg(feature = "asyncio-py")]
            ([name], None) if self.generic_classes.iter().any(|(c, _)| **c == **name) => {
                let (_, n) = self.generic_classes.iter().find(|(c, _)| **c == **name)?;
                return Some(Some(*n as u8));
            }
            ([name], None) => ("builtins", name.as_str()),
            ([module, name], _) if is_typing_module!(self, module) => ("typing", name.as_str()),
            ([_, name], Some(i)) if i.attr.is_none() => (i.module.as_str(), name.as_str()),
            ([module, name], _) => (module.as_str(), name.as_str()),
            _ => return None,
        };
        match module {
            "typing" => typing_arity(name),
            "asyncio" => matches!(name, "Task" | "Future" | "Queue").then_some(None),
            "builtins" => matches!(
                name,
                "list" | "dict" | "set" | "frozenset" | "tuple" | "type"
            )
            .then_some(None),
            _ => None,
        }
    }

    /// Refuses a statement the model does not have, by name.
    fn unsupported_statement(&self) -> Result<(), SyntaxError> {
        let Some(word) = self.word() else {
            return Ok(());
        };
        if UNSUPPORTED.contains(&word.as_str()) {
            return Err(self.err(format!("'{word}' is not supported yet")));
        }
        if word == "class" {
            return Err(self.err("a class inside a function or a block is not supported yet; define it at the top level"));
        }
        if word == "async" {
            // `async def`, `async with` and `async for` are handled
            // before we get here.
            return Err(self.p.unexpected("`def`, `with` or `for` after `async`"));
        }
        if word == "import" || word == "from" {
            return Err(self.err("an import inside a function is not supported yet; put imports at the top of the program"));
        }
        Ok(())
    }

    /// A `def`'s parameters, after its `(`, in slot order (`Param`):
    /// `a, b=1, /, c, *args, d, e=2, **kwargs`, with Python's
    /// SyntaxErrors for a list out of order.
    /// The parameters of a function `made` where its `def` stands (a
    /// method, a nested or decorated `def`), whose defaults may be any
    /// expression, or of one bound before the module's code runs.
    #[cfg_attr(not(feature = "asyncio-py"), allow(unused_variables))]
    fn parameters(&mut self, made: bool) -> Result<Vec<Param>, SyntaxError> {
        use crate::program::ParamKind;
        let mut params: Vec<Param> = Vec::new();
        // `*args` goes after the keyword-only parameters, as in
        // `co_varnames`; `**kwargs` last.
        let mut varargs: Option<Param> = None;
        let mut star = false;
        let mut slash = false;
        let mut varkw: Option<Param> = None;
        while !self.p.eat_op(")") {
            if varkw.is_some() {
                return Err(self.err("arguments cannot follow var-keyword argument"));
            }
            if self.p.eat_op("/") {
                let problem = if slash {
                    "/ may appear only once"
                } else if star {
                    "/ must be ahead of *"
                } else if params.is_empty() {
                    "at least one argument must precede /"
                } else {
                    ""
                };
                if !problem.is_empty() {
                    return Err(self.err(problem));
                }
                slash = true;
                params
                    .iter_mut()
                    .for_each(|p| p.kind = ParamKind::PositionalOnly);
            } else {
                let kind = if self.p.eat_op("**") {
                    ParamKind::VarKw
                } else if self.p.eat_op("*") {
                    if star {
                        return Err(self.err("* argument may appear only once"));
                    }
                    star = true;
                    if self.p.is_op(",") || self.p.is_op(")") {
                        if !matches!(self.p.peek_at(1), Some(Tok::Name(_))) {
                            return Err(self.err("named arguments must follow bare *"));
                        }
                        self.p.eat_op(",");
                        continue;
                    }
                    ParamKind::VarArgs
                } else if star {
                    ParamKind::KeywordOnly
                } else {
                    ParamKind::Plain
                };
                let pname: Name = self.name("a parameter name")?.into();
                if params.iter().chain(&varargs).any(|p| p.name == pname) {
                    return Err(self.err(format!(
                        "duplicate argument '{pname}' in function definition"
                    )));
                }
                if self.p.eat_op(":") {
                    self.annotation(true)?;
                }
                let mut default = None;
                if self.p.eat_op("=") {
                    match kind {
                        ParamKind::VarArgs => {
                            return Err(
                                self.err("var-positional argument cannot have default value")
                            )
                        }
                        ParamKind::VarKw => {
                            return Err(self.err("var-keyword argument cannot have default value"))
                        }
                        _ => {}
                    }
                    let at = self.place();
                    let value = self.p.expr()?;
                    #[cfg(feature = "asyncio-py")]
                    self.p.no_named_default(&value)?;
                    // A function bound before the module's code runs has
                    // its defaults evaluated then (`builtins::defaults`);
                    // a made one, each time its `def` runs, as in CPython
                    // (`computes_defaults` makes a top-level one so).
                    // (Code mode's first module makes only nested ones.)
                    #[cfg(not(feature = "asyncio-py"))]
                    if !self.in_function && !crate::program::is_constant(&value) {
                        let what = "a parameter default other than a literal at the top level";
                        return Err(SyntaxError::at(
                            at.0,
                            at.1,
                            crate::error::needs_asyncio_py(what),
                        ));
                    }
                    #[cfg(feature = "asyncio-py")]
                    if !made && !crate::program::is_constant(&value) {
                        return Err(SyntaxError::at(
                            at.0,
                            at.1,
                            crate::program::DEFAULTS_MODELLED,
                        ));
                    }
                    default = Some(value);
                } else if kind.positional() && params.iter().any(|p| p.default.is_some()) {
                    return Err(self.err("non-default argument follows default argument"));
                }
                let param = Param {
                    name: pname,
                    default,
                    kind,
                };
                match kind {
                    ParamKind::VarArgs => varargs = Some(param),
                    ParamKind::VarKw => varkw = Some(param),
                    _ => params.push(param),
                }
            }
            if !self.p.eat_op(",") {
                self.p.expect_op(")")?;
                break;
            }
        }
        if star && varargs.is_none() && !params.iter().any(|p| p.kind == ParamKind::KeywordOnly) {
            return Err(self.err("named arguments must follow bare *"));
        }
        params.extend(varargs);
        params.extend(varkw);
        Ok(params)
    }

    /// A definition, with the line of each of its statements.
    fn function(&mut self, decorated: bool) -> Result<(Function, Lines), SyntaxError> {
        let is_async = self.eat_word("async");
        if !self.eat_word("def") {
            return Err(match self.p.is_word("with") {
                true => self.err("'async with' outside async function"),
                false => self.err("'async for' outside async function"),
            });
        }
        let def_line = self.line();
        let mut name = self.name("a function name")?;
        // Inside a function: `owner.<locals>.name`, made unique (`LOCALS`).
        if self.in_function {
            let base = format!("{}{}{name}", self.p.lambda_owner, crate::program::LOCALS);
            let same = |f: &Function| {
                f.name.strip_prefix(&base).is_some_and(|rest| {
                    rest.is_empty()
                        || (rest.starts_with('#') && !rest.contains(crate::program::LOCALS))
                })
            };
            name = match self.nested.iter().filter(|(f, _)| same(f)).count() {
                0 => base,
                k => format!("{base}#{k}"),
            };
        } else if let Some(class) = &self.class_name {
            // A method: `Class.method`, its `__qualname__`; a second one
            // of the same name (a property's setter) is `Class.method#k`.
            name = format!("{class}.{name}");
            let k = self.methods.iter().filter(|m| **m == name).count();
            self.methods.push(name.clone());
            if k > 0 {
                name = format!("{name}#{k}");
            }
        } else if decorated {
            // At the top level, the name is the module's variable, bound
            // to what the decorators return; the function is `name#k`.
            let k = self
                .defined
                .iter()
                .filter(|d| d.split('#').next() == Some(&name))
                .count();
            name = format!("{name}#{k}");
        }
        self.p.expect_op("(")?;
        let lambdas = self.p.lambdas.len();
        #[cfg(feature = "asyncio-py")]
        let reads = self.p.names_read.len();
        let params = self.parameters(crate::program::is_made(&name))?;
        #[cfg(feature = "asyncio-py")]
        if !self.in_function {
            self.default_reads = reads..self.p.names_read.len();
            // Made where the module's code stands, they would be numbered
            // among the module's, which each `def` hoists apart.
            if let Some(l) = self.p.lambdas.get(lambdas) {
                return Err(SyntaxError::at(l.line, 0, format!(
                    "a {} in a default of a top-level function or a method is not supported yet; define it with `def` above, or compute the default in the function",
                    l.kind()
                )));
            }
        }
        if self.p.eat_op("->") {
            self.annotation(true)?;
        }
        // What this reader knows of the function around this one (or of
        // the module's code), put back when this one ends.
        let outer = (
            self.in_async,
            self.in_function,
            self.loops,
            self.function_reads,
        );
        let outer_state = (
            std::mem::take(&mut self.assigned),
            std::mem::take(&mut self.annotated_names),
            std::mem::take(&mut self.made_global),
            std::mem::take(&mut self.made_nonlocal),
            std::mem::take(&mut self.declared_lines),
            std::mem::take(&mut self.declared),
            std::mem::replace(
                &mut self.params,
                params.iter().map(|p| p.name.clone()).collect_vec(),
            ),
        );
        let outer_owner = std::mem::replace(&mut self.p.lambda_owner, name.clone());
        self.in_async = is_async;
        self.p.allow_await = is_async;
        self.in_function = true;
        self.loops = 0;
        let nested_from = self.nested.len();
        #[cfg(feature = "asyncio-py")]
        let reads_from = self.nested_annotation_names.len();
        let outer_lines = std::mem::take(&mut self.lines);
        self.function_reads = self.p.names_read.len();
        let body = self.block("function definition", def_line);
        self.p.lambda_owner = outer_owner;
        let body = body?;
        // `super()` is a method's: CPython finds the class and the object
        // through the method's `__class__` cell and first argument.
        let is_method = self.class_name.is_some()
            && !outer.1
            && params.first().is_some_and(|p| p.kind.positional());
        if let Some(r) = self.p.names_read[self.function_reads.min(self.p.names_read.len())..]
            .iter()
            .find(|r| r.module.is_none() && r.name == "super")
        {
            if !is_method {
                return Err(SyntaxError::at(r.line, r.col, "`super` is supported yet only as `super()` in a method, whose first parameter is positional (`self`), of a class defined at the top level"));
            }
        }
        let lines = std::mem::replace(&mut self.lines, outer_lines);
        if !is_async && runs_loop(&self.imports, &self.run_defs, &body) {
            self.run_defs.push(name.clone());
        }
        // A lambda or a `def` inside may read this function's variables
        // (a closure), but not an `except ... as` name, which is not a
        // cell here.
        let handlers = handler_names(&body);
        #[cfg(feature = "asyncio-py")]
        self.refuse_shadowed_annotation_names(&params, &body, reads_from, &handlers)?;
        self.refuse_closures(lambdas, &handlers)?;
        for (g, _) in &self.nested[nested_from..] {
            let mut own: Vec<Name> = g.params.iter().map(|p| p.name.clone()).collect_vec();
            crate::program::bindings::collect_bound(&g.body, &mut own);
            let read = handlers.iter().find(|h| {
                !own.contains(h) && any_expr(&g.body, &|x| matches!(x, Expr::Name(n) if n == *h))
            });
            if let Some(h) = read {
                return Err(SyntaxError::at(def_line, 0, format!(
                    "`{}` reads `{h}`, the name an `except ... as` of `{name}` binds, which a function inside cannot close over here yet; assign it to another variable first",
                    crate::program::qualname(&g.name)
                )));
            }
        }
        // (A `global` one binds the module's variable: `handler_name`.)
        if let Some(at) = global_handler_name(&body, &self.made_nonlocal) {
            let line = lines.statements.get(at).copied().unwrap_or(def_line as u32);
            return Err(SyntaxError::at(line as usize, 0, "`except ... as` a name this function declares `nonlocal` is not supported yet; catch into another name and assign that"));
        }
        if !self.declared.is_empty() {
            let mut bound = params.iter().map(|p| p.name.clone()).collect_vec();
            crate::program::bindings::collect_bound(&body, &mut bound);
            for (name, line, col) in std::mem::take(&mut self.declared) {
                if !bound.contains(&name) {
                    return Err(SyntaxError::at(line, col, format!(
                        "`{name}: ...` without a value makes `{name}` a local variable of the function that is never assigned, which is not supported yet; give it a value (`{name}: ... = value`)"
                    )));
                }
            }
        }
        (
            self.in_async,
            self.in_function,
            self.loops,
            self.function_reads,
        ) = outer;
        (
            self.assigned,
            self.annotated_names,
            self.made_global,
            self.made_nonlocal,
            self.declared_lines,
            self.declared,
            self.params,
        ) = outer_state;
        self.p.allow_await = outer.0;
        let f = Function {
            name,
            params,
            body,
            is_async,
        };
        // An async generator returns nothing: CPython's compiler refuses
        // `return value` in one, wherever the `yield` stands.
        if f.is_async && f.is_generator() {
            let mut n = 0;
            let mut returns = None;
            Stmt::walk(&f.body, &mut |s| {
                if let (Stmt::Return(Some(_)), None) = (s, returns) {
                    returns = Some(n);
                }
                n += 1;
            });
            if let Some(at) = returns {
                let line = lines.statements.get(at).copied().unwrap_or(def_line as u32);
                return Err(SyntaxError::at(
                    line as usize,
                    0,
                    "'return' with value in async generator",
                ));
            }
        }
        Ok((f, lines))
    }

    /// A `def` inside a function: the function is read as any other and
    /// moved out (`nested`); where it stood, the statement that binds it,
    /// `name = <a new function object>`, which is what `def` runs, and
    /// which makes it a closure over the variables it reads of the
    /// functions around it (`interp::scope`).
    fn nested_def(&mut self, line: usize) -> Result<Vec<Stmt>, SyntaxError> {
        let decorators = self.decorators(false)?;
        let (f, lines) = self.function(!decorators.is_empty())?;
        let local: Name = crate::program::short_name(&crate::program::qualname(&f.name)).into();
        self.assigned.push(local.clone());
        self.lines.statements.push(line as u32);
        let bind = decorated(local, &f.name, decorators);
        self.nested.push((f, lines));
        Ok(vec![bind])
    }

    /// The `@decorator` lines before a `def`, in order (none when the
    /// `def` comes at once).
    fn decorators(&mut self, class_ok: bool) -> Result<Vec<Expr>, SyntaxError> {
        let mut decorators = Vec::new();
        while self.p.eat_op("@") {
            decorators.push(self.p.expr()?);
            self.newline()?;
        }
        let def = self.p.is_word("def") || (self.p.is_word("async") && self.next_is_word("def"));
        // A class may be decorated at the module's level (`module`).
        if self.p.is_word("class") && !class_ok {
            return Err(self.err("a class inside a function or a block is not supported yet; define it at the top level"));
        }
        let class = self.p.is_word("class") && class_ok;
        match (decorators.is_empty(), def || class) {
            (false, false) => Err(self.p.unexpected("a `def` after the decorators")),
            _ => Ok(decorators),
        }
    }

    /// A method's decorators, checked as a class body's values are: one
    /// may not read what the body bound above (the body is not a scope
    /// here, see `class_body`), except `@name.setter` after a
    /// `@property` `name`, which is rewritten to read the property anew:
    /// `property(getter).setter`, the same property, since the getter is
    /// the same function and `property` has no side effects.
    fn method_decorators(
        &mut self,
        mut decorators: Vec<Expr>,
        reads: usize,
        body: &[crate::program::ClassAttr],
    ) -> Result<Vec<Expr>, SyntaxError> {
        let mut setters: Vec<Name> = Vec::new();
        for d in &mut decorators {
            let Expr::Attribute { value, name } = d else {
                continue;
            };
            let Expr::Name(property) = &**value else {
                continue;
            };
            let earlier = body.iter().rev().find(|a| a.name == *property);
            let getter = match earlier.map(|a| &a.value) {
                Some(Expr::Call { func, args, kwargs })
                    if matches!(&**func, Expr::Name(p) if &**p == "property")
                        && kwargs.is_empty() =>
                {
                    match args.as_slice() {
                        [Expr::Name(getter)] => getter.clone(),
                        _ => continue,
                    }
                }
                _ => continue,
            };
            if &**name != "setter" {
                let message = format!(
                    "a property's `{name}` is not supported yet; a property may have a getter and a `.setter`"
                );
                return Err(
                    match self.p.names_read[reads..]
                        .iter()
                        .find(|r| *r.name == **property)
                    {
                        Some(r) => SyntaxError::at(r.line, r.col, message),
                        None => self.err(message),
                    },
                );
            }
            setters.push(property.clone());
            **value = Expr::Call {
                func: Box::new(Expr::Name("property".into())),
                args: vec![Expr::Name(getter)],
                kwargs: Vec::new(),
            };
        }
        if let Some(r) = self.p.names_read[reads..].iter().find(|r| {
            r.module.is_none()
                && !setters.iter().any(|s| **s == *r.name)
                && body.iter().any(|a| *a.name == *r.name)
        }) {
            return Err(SyntaxError::at(r.line, r.col, format!(
                "this reads `{}`, an attribute the class body bound above, which is not supported yet; define the decorator outside the class",
                r.name
            )));
        }
        Ok(decorators)
    }

    /// The `elif` and `else` branches of `if __name__ == "__main__":`.
    /// CPython compiles them (what they would warn about at compile time
    /// is written) but never runs them, as the test is true: they are read,
    /// then dropped with everything reading them noted (their statements'
    /// lines, the names they read, their lambdas and functions), so that
    /// the program is the guard's block alone.
    #[cfg(feature = "asyncio-py")]
    fn never_run_branches(&mut self) -> Result<(), SyntaxError> {
        while self.p.is_word("elif") || self.p.is_word("else") {
            let line = self.line();
            let kept = (
                self.lines.statements.len(),
                self.lines.awaits.len(),
                self.p.names_read.len(),
                self.p.lambdas.len(),
                self.nested.len(),
            );
            let last = self.p.is_word("else");
            self.p.advance();
            if !last {
                self.p.expr()?;
            }
            let after = if last {
                "'else' statement"
            } else {
                "'elif' statement"
            };
            drop(self.block(after, line)?);
            self.lines.statements.truncate(kept.0);
            self.lines.awaits.truncate(kept.1);
            self.p.names_read.truncate(kept.2);
            self.p.lambdas.truncate(kept.3);
            self.nested.truncate(kept.4);
            if last {
                break;
            }
        }
        Ok(())
    }

    /// `:` then either simple statements on the same line or an indented
    /// block of statements.
    fn block(&mut self, after: &str, line: usize) -> Result<Vec<Stmt>, SyntaxError> {
        self.p.expect_op(":")?;
        self.nesting += 1;
        let body = self.block_inside(after, line);
        self.nesting -= 1;
        body
    }

    fn block_inside(&mut self, after: &str, line: usize) -> Result<Vec<Stmt>, SyntaxError> {
        if self.nesting > MAX_NESTING {
            return Err(self.err(format!(
                "blocks are nested more than {MAX_NESTING} deep; split the function up"
            )));
        }
        if self.p.peek() != Some(&Tok::Newline) {
            return self.simple_statements();
        }
        self.p.advance();
        if self.p.peek() != Some(&Tok::Indent) {
            return Err(self.err(format!(
                "IndentationError: expected an indented block after {after} on line {line}"
            )));
        }
        self.p.advance();
        let mut body = Vec::new();
        loop {
            match self.p.peek() {
                Some(Tok::Dedent) => {
                    self.p.advance();
                    break;
                }
                None => break,
                Some(Tok::Newline) => self.p.advance(),
                Some(Tok::Indent) => return Err(self.err("IndentationError: unexpected indent")),
                _ => body.extend(self.statement()?),
            }
        }
        Ok(body)
    }

    fn statement(&mut self) -> Result<Vec<Stmt>, SyntaxError> {
        let line = self.line();
        if matches!(
            self.word().as_deref(),
            Some("for" | "while" | "if" | "try" | "with")
        ) || (self.p.is_word("async") && (self.next_is_word("with") || self.next_is_word("for")))
        {
            // Before the blocks inside, whose statements come after it.
            self.lines.statements.push(line as u32);
        }
        match self.word().as_deref() {
            Some("for") => {
                self.p.advance();
                let (target, iter, body, orelse) = self.for_rest(line, "for")?;
                Ok(vec![Stmt::For {
                    target,
                    iter,
                    body,
                    orelse,
                }])
            }
            Some("while") => {
                self.p.advance();
                let test = self.expression()?;
                self.statement_awaits();
                self.loops += 1;
                let body = self.block("'while' statement", line);
                self.loops -= 1;
                let body = body?;
                let orelse = self.loop_else()?;
                Ok(vec![Stmt::While { test, body, orelse }])
            }
            Some("if") => {
                self.p.advance();
                Ok(vec![self.if_rest(line)?])
            }
            Some("try") => {
                self.p.advance();
                let body = self.block("'try' statement", line)?;
                let mut handlers = Vec::new();
                while self.p.is_word("except") {
                    let line = self.line();
                    self.p.advance();
                    let star = self.p.is_op("*");
                    #[cfg(not(feature = "asyncio-py"))]
                    if star {
                        return Err(self.err(crate::error::needs_asyncio_py("`except*`")));
                    }
                    #[cfg(feature = "asyncio-py")]
                    {
                        if star {
                            self.p.advance();
                            if self.p.is_op(":") {
                                return Err(self.err("expected one or more exception types"));
                            }
                        }
                        if handlers.first().is_some_and(|h: &Handler| h.star != star) {
                            return Err(self.err(
                                "cannot have both 'except' and 'except*' on the same 'try'",
                            ));
                        }
                    }
                    let mut kind = None;
                    let mut name = None;
                    if !self.p.is_op(":") {
                        let reads = self.p.names_read.len();
                        let class = self.p.expr()?;
                        kind = Some(self.caught(&class, line)?);
                        // CPython evaluates a later `except*` clause with
                        // the last clause's match handled (`CHECK_EG_MATCH`),
                        // which is what what it runs would be chained to.
                        #[cfg(feature = "asyncio-py")]
                        let runs_code = match &class {
                            Expr::Tuple(items) => !items.iter().all(|i| matches!(i, Expr::Name(_))),
                            one => !matches!(one, Expr::Name(_)),
                        };
                        #[cfg(feature = "asyncio-py")]
                        if star && !handlers.is_empty() && runs_code {
                            return Err(SyntaxError::at(line, 0, "an `except*` clause after the first that evaluates what it catches is not supported yet: name the classes"));
                        }
                        // Python's classes are resolved here (through
                        // imports, `asyncio.exceptions.X` too); the
                        // program's own are looked up when the handler is
                        // tried (`Op::ExcMatchClass`).
                        self.p.names_read.truncate(reads);
                        if self.eat_word("as") {
                            name = Some(self.name("a name after `as`")?.into());
                        }
                    }
                    let what = if star { "'except*' statement" } else { "'except' statement" };
                    let body = self.block(what, line)?;
                    #[cfg(feature = "asyncio-py")]
                    if star && crate::program::leaves_except_star(&body) {
                        return Err(SyntaxError::at(
                            line,
                            0,
                            "'break', 'continue' and 'return' cannot appear in an except* block",
                        ));
                    }
                    handlers.push(Handler {
                        kind,
                        name,
                        body,
                        star,
                    });
                }
                let mut orelse = Vec::new();
                if self.p.is_word("else") {
                    if handlers.is_empty() {
                        return Err(self.err("expected 'except' or 'finally' block"));
                    }
                    let line = self.line();
                    self.p.advance();
                    orelse = self.block("'else' statement", line)?;
                }
                let mut finalbody = Vec::new();
                if self.p.is_word("finally") {
                    let line = self.line();
                    self.p.advance();
                    finalbody = self.block("'finally' statement", line)?;
                    if finalbody.is_empty() {
                        // `finally: pass` still makes a `try` complete.
                        finalbody.push(Stmt::Pass);
                        self.lines.statements.push(line as u32);
                    }
                }
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(self.err("expected 'except' or 'finally' block"));
                }
                Ok(vec![Stmt::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }])
            }
            _ if self.p.is_op("@") && self.in_function => self.nested_def(line),
            _ if !self.in_function
                && (self.p.is_op("@")
                    || self.p.is_word("def")
                    || (self.p.is_word("async") && self.next_is_word("def"))) =>
            {
                Err(self.err(
                "a `def` inside a block at the top level is not supported yet; define the function at the top level, outside the block",
                ))
            }
            Some("async") if self.next_is_word("for") => {
                if !self.in_async {
                    return Err(self.err("'async for' outside async function"));
                }
                self.p.advance();
                self.p.advance();
                let (target, iter, body, orelse) = self.for_rest(line, "async for")?;
                Ok(vec![Stmt::AsyncFor {
                    target,
                    iter,
                    body,
                    orelse,
                }])
            }
            Some("with") => self.with_statement(line, false),
            Some("async") if self.next_is_word("with") => {
                if !self.in_async {
                    return Err(self.err("'async with' outside async function"));
                }
                self.p.advance();
                self.with_statement(line, true)
            }
            Some("def") => self.nested_def(line),
            Some("async") if self.next_is_word("def") => self.nested_def(line),
            Some("match") if self.header_ahead() => Err(self.err(
                "a `match` statement is not supported yet; write it with `if`, `elif` and `==`",
            )),
            Some("elif") | Some("else") | Some("except") => Err(self.err(format!(
                "invalid syntax: '{}' without a matching statement",
                self.word().unwrap_or_default()
            ))),
            _ => self.simple_statements(),
        }
    }

    /// `target in iter: body` after `keyword` (`for` or `async for`).
    fn for_rest(
        &mut self,
        line: usize,
        keyword: &str,
    ) -> Result<(Target, Expr, Vec<Stmt>, Vec<Stmt>), SyntaxError> {
        let target = self.p.for_target()?;
        if !self.eat_word("in") {
            return Err(self.p.unexpected("`in`"));
        }
        let iter = self.p.expr()?;
        let iter = self.tuple_rest(iter)?;
        self.statement_awaits();
        self.loops += 1;
        let body = self.block(&format!("'{keyword}' statement"), line);
        self.loops -= 1;
        let body = body?;
        let orelse = self.loop_else()?;
        Ok((target, iter, body, orelse))
    }

    /// A loop's `else:` block, if one follows; outside the loop, so a
    /// `break` there is the enclosing loop's.
    fn loop_else(&mut self) -> Result<Vec<Stmt>, SyntaxError> {
        if !self.p.is_word("else") {
            return Ok(Vec::new());
        }
        let line = self.line();
        self.p.advance();
        self.block("'else' statement", line)
    }

    /// `with a as x, b:` after the `async`, as one `Stmt::With` per context
    /// manager, each inside the one before, as CPython runs them; also
    /// with the items in brackets (`with (a as x, b):`).
    fn with_statement(&mut self, line: usize, is_async: bool) -> Result<Vec<Stmt>, SyntaxError> {
        self.p.advance();
        let bracketed = self.p.is_op("(") && self.items_bracketed();
        if bracketed {
            self.p.advance();
        }
        let mut items = Vec::new();
        loop {
            let context = self.p.expr()?;
            let mut target = None;
            if self.eat_word("as") {
                let reads = self.p.names_read.len();
                let value = self.p.expr()?;
                if !is_target(&value) {
                    return Err(self
                        .err("only names, tuples of names, items and attributes can follow `as`"));
                }
                let t = into_target(value);
                let mut names = Vec::new();
                crate::program::bindings::collect_target(&t, &mut names);
                // Read as an expression first, a name bound is not a use.
                if matches!(t, Target::Name(_)) {
                    self.p.names_read.truncate(reads);
                }
                self.assigned.extend(names);
                target = Some(t);
            }
            items.push((context, target));
            if !self.p.eat_op(",") || (bracketed && self.p.is_op(")")) {
                break;
            }
        }
        if bracketed {
            self.p.expect_op(")")?;
        }
        // The statement's first line is numbered already (`statement`);
        // the others are the same line's, one per context manager.
        for _ in 1..items.len() {
            self.lines.statements.push(line as u32);
        }
        self.statement_awaits();
        let what = match is_async {
            true => "'async with' statement",
            false => "'with' statement",
        };
        let mut body = self.block(what, line)?;
        while let Some((context, target)) = items.pop() {
            body = vec![Stmt::With {
                is_async,
                context,
                target,
                body,
            }];
        }
        Ok(body)
    }

    /// Whether the `(` after `with` opens a list of context managers
    /// (`with (a as x, b):`) rather than an expression (`with (a):`...
    /// the same; `with (a, b) as c:` is not): CPython's grammar takes it as
    /// a list when its `)` is followed by the `:`.
    fn items_bracketed(&self) -> bool {
        let mut depth = 0usize;
        for at in 0.. {
            match self.p.peek_at(at) {
                Some(Tok::Op("(" | "[" | "{")) => depth += 1,
                Some(Tok::Op(")" | "]" | "}")) => {
                    depth -= 1;
                    if depth == 0 {
                        return matches!(self.p.peek_at(at + 1), Some(Tok::Op(":")));
                    }
                }
                Some(Tok::Newline) | None => return false,
                _ => {}
            }
        }
        false
    }

    /// Files the `await`s read since the last statement under the last
    /// statement numbered: a simple statement just read, or a compound
    /// one whose header was just read (before the statements inside it).
    fn statement_awaits(&mut self) {
        let at = self.lines.statements.len().saturating_sub(1) as u32;
        let awaits = &mut self.lines.awaits;
        awaits.extend(self.p.awaits.drain(..).map(|line| (at, line)));
    }

    /// Does the logical line ahead end with a colon outside brackets?
    /// Then it heads a block: `match` there is the soft keyword (Python's
    /// grammar has been checked), not a name used in an expression.
    fn header_ahead(&self) -> bool {
        let (mut depth, mut last, mut n) = (0usize, None, 0);
        while let Some(tok) = self.p.peek_at(n) {
            match tok {
                Tok::Newline if depth == 0 => break,
                Tok::Op("(" | "[" | "{") => depth += 1,
                Tok::Op(")" | "]" | "}") => depth = depth.saturating_sub(1),
                _ => {}
            }
            last = Some(tok);
            n += 1;
        }
        matches!(last, Some(Tok::Op(":")))
    }

    fn next_is_word(&self, word: &str) -> bool {
        matches!(self.p.peek_at(1), Some(Tok::Name(n)) if n == word)
    }

    /// `if test: ...` after the `if`, with its `elif`s and `else`.
    fn if_rest(&mut self, line: usize) -> Result<Stmt, SyntaxError> {
        let test = self.p.expr()?;
        self.statement_awaits();
        let body = self.block("'if' statement", line)?;
        let orelse = if self.p.is_word("elif") {
            let line = self.line();
            self.lines.statements.push(line as u32);
            self.p.advance();
            vec![self.if_rest(line)?]
        } else if self.p.is_word("else") {
            let line = self.line();
            self.p.advance();
            self.block("'else' statement", line)?
        } else {
            Vec::new()
        };
        Ok(Stmt::If { test, body, orelse })
    }

    /// Statements separated by `;` up to the end of the line.
    fn simple_statements(&mut self) -> Result<Vec<Stmt>, SyntaxError> {
        let line = self.line() as u32;
        let mut out = vec![self.simple()?];
        self.lines.statements.push(line);
        self.statement_awaits();
        while self.p.eat_op(";") {
            if matches!(self.p.peek(), Some(Tok::Newline) | None) {
                break;
            }
            out.push(self.simple()?);
            self.lines.statements.push(line);
            self.statement_awaits();
        }
        self.newline()?;
        Ok(out)
    }

    /// `a = b = value`, after `a = b`: each further `= x` makes the value
    /// read so far one more target.
    #[cfg(feature = "asyncio-py")]
    fn chain(&mut self, first: Target, mut value: Expr) -> Result<Stmt, SyntaxError> {
        let mut targets = vec![first];
        while self.p.is_op("=") {
            if !is_target(&value) {
                return Err(
                    self.err("only names, tuples of names and items (`x[i]`) can be assigned to")
                );
            }
            targets.push(self.assigned_target(value));
            self.p.advance();
            self.no_bare_named()?;
            value = match self.p.is_word("yield") {
                true => self.yield_expr()?,
                false => self.expression()?,
            };
        }
        Ok(Stmt::Assign {
            target: Target::Chain(targets),
            value,
        })
    }

    /// An assignment's target, read as an expression first: a name it
    /// binds is not a use of it.
    fn assigned_target(&mut self, value: Expr) -> Target {
        let target = into_target(value);
        if let Target::Name(n) = &target {
            if let Some(last) = self.p.names_read.last() {
                if last.module.is_none() && *last.name == **n {
                    self.p.names_read.pop();
                }
            }
            self.assigned.push(n.clone());
        }
        target
    }

    /// `x := 1` as a statement, an assigned value or a returned one: only
    /// in brackets there (CPython's grammar has no bare `:=` in those).
    /// (Code mode's module hands every `:=` over.)
    #[cfg(feature = "asyncio-py")]
    fn no_bare_named(&self) -> Result<(), SyntaxError> {
        if matches!(self.p.peek(), Some(Tok::Name(_)))
            && matches!(self.p.peek_at(1), Some(Tok::Op(":=")))
        {
            let at = self
                .p
                .token_at(1)
                .map_or((self.line(), 0), |t| (t.line, t.col));
            return Err(SyntaxError::at(at.0, at.1, "SyntaxError: invalid syntax"));
        }
        Ok(())
    }

    /// `target: annotation [= value]` after the target. The annotation is
    /// never evaluated in a function; the assignment is an assignment.
    fn annotated(&mut self, target: Expr) -> Result<Stmt, SyntaxError> {
        let name = match target {
            Expr::Name(name) => name,
            // `self.x: int = v`: an assignment (a complex target's
            // annotation is not stored).
            // Outside a function, CPython evaluates it (and refuses what
            // the annotation names but is not defined).
            Expr::Attribute { .. } => {
                self.p.advance();
                self.line_annotation(!self.in_function)?;
                if !self.p.eat_op("=") {
                    return Err(self.err("an annotated attribute without a value (`self.x: int`) is not supported yet; give it one"));
                }
                let value = self.expression()?;
                return Ok(Stmt::Assign {
                    target: into_target(target),
                    value,
                });
            }
            _ => {
                return Err(self.err(
                    "annotating something other than a name or an attribute (`x: int = ...`) is not supported yet",
                ))
            }
        };
        let (line, col) = self.place();
        if self.made_global.contains(&name) {
            return Err(SyntaxError::at(
                line,
                col,
                format!("SyntaxError: annotated name '{name}' can't be global"),
            ));
        }
        self.annotated_names.push(name.clone());
        self.p.advance();
        // Outside a function (a block at the top level included), CPython
        // evaluates it.
        self.line_annotation(!self.in_function)?;
        if self.p.eat_op("=") {
            let value = self.expression()?;
            return Ok(Stmt::Assign {
                target: Target::Name(name),
                value,
            });
        }
        // `x: int` alone assigns nothing, but makes `x` local to the
        // function as an assignment would (checked when the function ends).
        self.declared.push((name, line, col));
        Ok(Stmt::Pass)
    }

    /// `global a, b` (or `nonlocal a, b`) after the word. CPython refuses
    /// one after the function used or assigned the name.
    fn global(&mut self) -> Result<Stmt, SyntaxError> {
        let nonlocal = self.p.is_word("nonlocal");
        let kind = if nonlocal { "nonlocal" } else { "global" };
        if nonlocal && !self.in_function {
            return Err(self.err("nonlocal declaration not allowed at module level"));
        }
        self.p.advance();
        let mut names = Vec::new();
        loop {
            let (line, col) = self.place();
            let name = self.name("a name after `global`")?;
            let reads = &self.p.names_read[self.function_reads.min(self.p.names_read.len())..];
            let used = reads.iter().any(|r| match &r.module {
                Some(m) => *m == name,
                None => r.name == name,
            });
            let other = match nonlocal {
                true => &self.made_global,
                false => &self.made_nonlocal,
            };
            let problem = if self.params.iter().any(|p| **p == *name) {
                format!("is parameter and {kind}")
            } else if self.annotated_names.iter().any(|a| **a == *name) {
                // CPython's own wording differs for this one.
                return Err(SyntaxError::at(
                    line,
                    col,
                    format!("SyntaxError: annotated name '{name}' can't be {kind}"),
                ));
            } else if other.iter().any(|a| **a == *name) {
                let first = self.declared_lines.iter().find(|(n, _)| **n == *name);
                return Err(SyntaxError::at(
                    first.map_or(line, |(_, l)| *l),
                    0,
                    format!("SyntaxError: name '{name}' is nonlocal and global"),
                ));
            } else if used {
                format!("is used prior to {kind} declaration")
            } else if self.assigned.iter().any(|a| **a == *name) {
                format!("is assigned to before {kind} declaration")
            } else {
                String::new()
            };
            if !problem.is_empty() {
                return Err(SyntaxError::at(
                    line,
                    col,
                    format!("SyntaxError: name '{name}' {problem}"),
                ));
            }
            names.push(name.as_str().into());
            self.declared_lines.push((name.as_str().into(), line));
            match nonlocal {
                true => self.made_nonlocal.push(name.as_str().into()),
                false => self.made_global.push(name.as_str().into()),
            }
            if !self.p.eat_op(",") {
                break;
            }
        }
        Ok(match nonlocal {
            true => Stmt::Nonlocal(names),
            false => Stmt::Global(names),
        })
    }

    /// `assert test[, message]` at the word: what CPython runs for it,
    /// `if not test: raise AssertionError(message)`, the message evaluated
    /// only when the test fails. (CPython raises the builtin class even
    /// where a program binds the name to something else: the parser
    /// refuses such a program, `refuse_unmodelled_names`.)
    fn assert(&mut self) -> Result<Stmt, SyntaxError> {
        let line = self.line() as u32;
        self.p.advance();
        let test = self.p.expr()?;
        // Two statements, both on this line: the `if`, with the test's
        // `await`s, then the `raise` (`simple_statements` notes it).
        self.lines.statements.push(line);
        self.statement_awaits();
        let class = Expr::Name("AssertionError".into());
        let raised = match self.p.eat_op(",") {
            true => Expr::Call {
                func: Box::new(class),
                args: vec![self.p.expr()?],
                kwargs: Vec::new(),
            },
            false => class,
        };
        Ok(Stmt::If {
            test: Expr::UnaryOp {
                op: crate::program::UnaryOp::Not,
                operand: Box::new(test),
            },
            body: vec![Stmt::Raise(Some(raised))],
            orelse: Vec::new(),
        })
    }

    fn simple(&mut self) -> Result<Stmt, SyntaxError> {
        self.unsupported_statement()?;
        match self.word().as_deref() {
            Some("pass") => {
                self.p.advance();
                return Ok(Stmt::Pass);
            }
            Some("global" | "nonlocal") => return self.global(),
            Some("del") => {
                self.p.advance();
                let at = self.place();
                let target = self.p.expr()?;
                let target = self.tuple_rest(target)?;
                if let Some(what) = undeletable(&target) {
                    return Err(SyntaxError::at(at.0, at.1, format!("cannot delete {what}")));
                }
                let target = into_target(target);
                let mut names = Vec::new();
                crate::program::bindings::collect_target(&target, &mut names);
                for name in names {
                    if !self.in_function || self.made_global.contains(&name) {
                        self.deleted_globals.push((name, at.0, at.1));
                    }
                }
                return Ok(Stmt::Delete(target));
            }
            Some("assert") => return self.assert(),
            // `...` alone: a constant expression statement, which CPython
            // compiles to nothing, as `pass`.
            _ if self.p.is_op("...")
                && matches!(self.p.peek_at(1), Some(Tok::Newline | Tok::Op(";")) | None) =>
            {
                self.p.advance();
                return Ok(Stmt::Pass);
            }
            Some(word @ ("break" | "continue")) => {
                if self.loops == 0 {
                    return Err(self.err(format!("'{word}' outside loop")));
                }
                self.p.advance();
                return Ok(if word == "break" {
                    Stmt::Break
                } else {
                    Stmt::Continue
                });
            }
            Some("return") => {
                if !self.in_function {
                    return Err(self.err("'return' outside function"));
                }
                self.p.advance();
                if matches!(self.p.peek(), Some(Tok::Newline) | None) || self.p.is_op(";") {
                    return Ok(Stmt::Return(None));
                }
                #[cfg(feature = "asyncio-py")]
                self.no_bare_named()?;
                let value = self.expression()?;
                return Ok(Stmt::Return(Some(value)));
            }
            Some("yield") => return Ok(Stmt::Expr(self.yield_expr()?)),
            Some("raise") => {
                self.p.advance();
                if matches!(self.p.peek(), Some(Tok::Newline) | None) || self.p.is_op(";") {
                    return Ok(Stmt::Raise(None));
                }
                let value = self.p.expr()?;
                if self.p.is_word("from") {
                    self.p.advance();
                    let cause = self.p.expr()?;
                    return Ok(Stmt::RaiseFrom { exc: value, cause });
                }
                return Ok(Stmt::Raise(Some(value)));
            }
            _ => {}
        }
        let warned = self.p.warnings.len();
        #[cfg(feature = "asyncio-py")]
        self.no_bare_named()?;
        let value = self.expression()?;
        // A target is compiled after the value, and its own item is not
        // checked (a store): CPython's warnings there are not modelled.
        if self.p.warnings.len() > warned
            && matches!(
                self.p.peek(),
                Some(Tok::Op(
                    "=" | "+=" | "-=" | "*=" | "/=" | "//=" | "%=" | "**="
                ))
            )
        {
            return Err(self.err("this assignment's target holds an expression CPython's compiler warns about (SyntaxWarning: a literal where a name was meant), which Interleave does not model there; correct it"));
        }
        if self.p.is_op(":") {
            return self.annotated(value);
        }
        if self.p.is_op("=") {
            if !is_target(&value) {
                return Err(match &value {
                // Python assigns to slices and attributes; the model not yet.
                Expr::Subscript { index, .. } if matches!(**index, Expr::Slice { .. }) => {
                    self.err("assigning to a slice (`xs[1:3] = ...`) is not supported yet")
                }
                Expr::List(_) | Expr::Starred(_) => self.err(
                    "assigning to a list of names or a starred name is not supported yet; use a tuple of names",
                ),
                _ => self.err("only names, tuples of names and items (`x[i]`) can be assigned to"),
            });
            }
            let target = self.assigned_target(value);
            self.p.advance();
            #[cfg(feature = "asyncio-py")]
            self.no_bare_named()?;
            let value = match self.p.is_word("yield") {
                true => self.yield_expr()?,
                false => self.expression()?,
            };
            if self.p.is_op("=") {
                #[cfg(feature = "asyncio-py")]
                return self.chain(target, value);
                // Asyncio's module's; Code mode's hands it over.
                #[cfg(not(feature = "asyncio-py"))]
                return Err(self.err(crate::error::needs_asyncio_py(
                    "chained assignment (`a = b = 1`)",
                )));
            }
            return Ok(Stmt::Assign { target, value });
        }
        if let Some(Tok::Op(op)) = self.p.peek().cloned() {
            let binop = match op {
                "+=" => Some(BinOp::Add),
                "-=" => Some(BinOp::Sub),
                "*=" => Some(BinOp::Mul),
                "/=" => Some(BinOp::Div),
                "//=" => Some(BinOp::FloorDiv),
                "%=" => Some(BinOp::Mod),
                "**=" => Some(BinOp::Pow),
                #[cfg(feature = "asyncio-py")]
                "|=" => Some(BinOp::BitOr),
                #[cfg(feature = "asyncio-py")]
                "^=" => Some(BinOp::BitXor),
                #[cfg(feature = "asyncio-py")]
                "&=" => Some(BinOp::BitAnd),
                #[cfg(feature = "asyncio-py")]
                "<<=" => Some(BinOp::LShift),
                #[cfg(feature = "asyncio-py")]
                ">>=" => Some(BinOp::RShift),
                _ => None,
            };
            if let Some(binop) = binop {
                // What `=` can assign to, but one thing: not a tuple.
                let target = match value {
                    Expr::Name(_) | Expr::Subscript { .. } | Expr::Attribute { .. }
                        if is_target(&value) =>
                    {
                        into_target(value)
                    }
                    _ => {
                        return Err(self.err(format!(
                            "only a name or an item can be updated with `{op}`, e.g. `count {op} 1` or `totals[k] {op} 1`"
                        )))
                    }
                };
                self.p.advance();
                let value = self.expression()?;
                return Ok(Stmt::AugAssign {
                    target,
                    op: binop,
                    value,
                });
            }
            if op.len() >= 2 && op.ends_with('=') && !matches!(op, "==" | "!=" | "<=" | ">=") {
                return Err(self.err(format!(
                    "augmented assignment with `{op}` is not supported yet"
                )));
            }
            if op == ":" {
                return Err(self.err("annotated assignments are not supported yet"));
            }
        }
        Ok(Stmt::Expr(value))
    }

    /// `yield`, `yield value` or `yield a, b`, from the word: it makes the
    /// function a generator (an async generator in an `async def`).
    fn yield_expr(&mut self) -> Result<Expr, SyntaxError> {
        if !self.in_function {
            return Err(self.err("'yield' outside function"));
        }
        if self.next_is_word("from") {
            return Err(match self.in_async {
                true => self.err("'yield from' inside async function"),
                false => self.err("`yield from` (a generator) is not supported yet"),
            });
        }
        self.p.advance();
        if matches!(self.p.peek(), Some(Tok::Newline) | None) || self.p.is_op(";") {
            return Ok(Expr::Yield(None));
        }
        Ok(Expr::Yield(Some(Box::new(self.expression()?))))
    }

    /// An expression, or several separated by commas (a tuple), checking
    /// that `await` is inside an `async def`.
    fn expression(&mut self) -> Result<Expr, SyntaxError> {
        let first = self.p.item()?;
        #[cfg(feature = "asyncio-py")]
        if matches!(first, Expr::Starred(_)) && !self.p.is_op(",") {
            return Err(self.err(match self.p.is_op("=") {
                true => "SyntaxError: starred assignment target must be in a list or tuple",
                false => "SyntaxError: can't use starred expression here",
            }));
        }
        self.tuple_rest(first)
    }

    /// `a, b, c` after `a`: a tuple, as Python reads a bare comma list.
    fn tuple_rest(&mut self, first: Expr) -> Result<Expr, SyntaxError> {
        if !self.p.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.p.eat_op(",") {
            if matches!(self.p.peek(), Some(Tok::Newline) | None)
                || self.p.is_op("=")
                || self.p.is_op(":")
                || self.p.is_op(";")
            {
                break;
            }
            items.push(self.p.item()?);
        }
        Ok(Expr::Tuple(items))
    }
}

/// Whether `e` can be assigned to: a name, an item (not a slice), or a
/// tuple or list of those.
fn is_target(e: &Expr) -> bool {
    match e {
        Expr::Name(_) | Expr::Attribute { .. } => true,
        Expr::Subscript { index, .. } => !matches!(**index, Expr::Slice { .. }),
        Expr::Tuple(items) | Expr::List(items) => items.iter().all(|item| match item {
            #[cfg(feature = "asyncio-py")]
            Expr::Starred(inner) => !matches!(**inner, Expr::Starred(_)) && is_target(inner),
            item => is_target(item),
        }),
        _ => false,
    }
}

/// What CPython calls the part of a `del` target that cannot be deleted
/// (`cannot delete function call`), if any: `del` takes names,
/// attributes, items, slices, and tuples and lists of those.
fn undeletable(e: &Expr) -> Option<&'static str> {
    match e {
        Expr::Name(_) | Expr::Attribute { .. } | Expr::Subscript { .. } => None,
        Expr::Tuple(items) | Expr::List(items) => items.iter().find_map(undeletable),
        Expr::Call { .. } => Some("function call"),
        Expr::Starred(_) => Some("starred"),
        Expr::Int(_) | Expr::Float(_) | Expr::Str(_) | Expr::Bool(_) | Expr::None => {
            Some("literal")
        }
        _ => Some("expression"),
    }
}

/// `e` as an assignment's target, once `is_target` holds. Moved, not
/// cloned: the build then needs no copy of `Expr::clone`.
fn into_target(e: Expr) -> Target {
    match e {
        Expr::Subscript { value, index } => Target::Subscript { value, index },
        Expr::Tuple(items) | Expr::List(items) => {
            Target::Tuple(items.into_iter().map(into_target).collect_vec())
        }
        Expr::Name(n) => Target::Name(n),
        Expr::Attribute { value, name } => Target::Attribute { value, name },
        #[cfg(feature = "asyncio-py")]
        Expr::Starred(inner) => Target::Starred(Box::new(into_target(*inner))),
        // Not reached, as `is_target` holds: an empty tuple, binding nothing.
        _ => Target::Tuple(Vec::new()),
    }
}

/// What a `def` runs: `name = d1(d2(function))`, the decorators (none,
/// or as written, top first) applied bottom up to the new function.
fn decorated(name: Name, function: &str, decorators: Vec<Expr>) -> Stmt {
    Stmt::Assign {
        target: Target::Name(name),
        value: decorated_value(function, decorators),
    }
}

/// `function` passed through `decorators`, the innermost (last written)
/// first.
/// A special method asyncio's module models beyond `SPECIAL_METHODS`: the
/// comparisons, and `LIBRARY_SPECIAL_METHODS` (a dataclass's
/// `__post_init__`...), whether defined or named for another method.
#[cfg(feature = "asyncio-py")]
fn library_special_method(name: &str) -> bool {
    crate::program::LIBRARY_SPECIAL_METHODS.contains(&name)
        || crate::program::CmpOp::of_method(name).is_some()
}

fn decorated_value(function: &str, decorators: Vec<Expr>) -> Expr {
    let mut value = Expr::Name(function.into());
    for d in decorators.into_iter().rev() {
        value = Expr::Call {
            func: Box::new(d),
            args: vec![value],
            kwargs: Vec::new(),
        };
    }
    value
}

/// The names `body`'s `except ... as` clauses bind.
fn handler_names(body: &[Stmt]) -> Vec<Name> {
    let mut names = Vec::new();
    Stmt::walk(body, &mut |s| {
        if let Stmt::Try { handlers, .. } = s {
            names.extend(handlers.iter().filter_map(|h| h.name.clone()));
        }
    });
    names
}

/// The walk number (`Stmt::walk`) of the first `try` in `body` with an
/// `except ... as` one of `globals`.
fn global_handler_name(body: &[Stmt], globals: &[Name]) -> Option<usize> {
    let (mut n, mut found) = (0, None);
    Stmt::walk(body, &mut |s| {
        if let Stmt::Try { handlers, .. } = s {
            let global = handlers
                .iter()
                .any(|h| h.name.as_ref().is_some_and(|name| globals.contains(name)));
            if global && found.is_none() {
                found = Some(n);
            }
        }
        n += 1;
    });
    found
}

/// Refuses a `global` declaration, in a function, of a type alias's
/// name or of a module variable annotations take as a class
/// (`Source::aliases`, `Source::class_vars`): what annotations evaluated
/// there would read depends on when the function runs.
#[cfg(feature = "asyncio-py")]
fn refuse_retyped_globals(
    functions: &[Function],
    lines: &[Lines],
    s: &Source,
) -> Result<(), SyntaxError> {
    let typed = |name: &Name| {
        s.class_vars.contains(name)
            || s.classes.contains(name)
            || s.aliases.iter().any(|(a, _)| **a == **name)
    };
    for (f, lines) in functions.iter().zip(lines) {
        let (mut n, mut found) = (0, None);
        Stmt::walk(&f.body, &mut |st| {
            if let Stmt::Global(names) = st {
                if let Some(name) = names.iter().find(|n| typed(n)).filter(|_| found.is_none()) {
                    found = Some((n, name.clone()));
                }
            }
            n += 1;
        });
        if let Some((at, name)) = found {
            let line = lines.statements.get(at).copied().unwrap_or(1);
            return Err(SyntaxError::at(line as usize, 0, format!(
                "`{name}` holds a type that annotations use, and this function may assign it (`global {name}`), which is not supported yet; give the function's variable another name"
            )));
        }
    }
    Ok(())
}

/// An `except` naming a class through a name the program binds (a
/// parameter `ValueError`, a variable `Exception = 1`, a local
/// `asyncio`): CPython looks the name up when the handler is tried, and
/// Interleave resolves it before the run. Refused, with the line of the
/// `try`.
fn refuse_shadowed_handlers(
    functions: &[Function],
    lines: &[Lines],
    module_vars: &[Name],
    classes: &[Name],
) -> Result<(), SyntaxError> {
    for (f, lines) in functions.iter().zip(lines) {
        let mut bound: Vec<Name> = f.params.iter().map(|p| p.name.clone()).collect_vec();
        crate::program::bindings::collect_bound(&f.body, &mut bound);
        bound.extend(crate::program::bindings::declared_global(&f.body));
        // A class's name is the module's variable its `class` binds, which
        // is what a handler looks up: not a shadowing name, unless bound
        // by something else too.
        if f.name == crate::program::MODULE {
            let mut rebound = Vec::new();
            Stmt::walk(&f.body, &mut |st| match (st, st.target()) {
                (
                    Stmt::Assign {
                        value: Expr::Class(_),
                        ..
                    },
                    _,
                ) => {}
                (_, Some(target)) => crate::program::bindings::collect_target(target, &mut rebound),
                _ => {}
            });
            bound.retain(|b| !classes.contains(b) || rebound.contains(b));
        }
        bound.extend(module_vars.iter().filter(|v| !classes.contains(v)).cloned());
        bound.extend(functions.iter().map(|g| Name::from(g.name.as_str())));
        let (mut n, mut found) = (0, None);
        Stmt::walk(&f.body, &mut |s| {
            if let Stmt::Try { handlers, .. } = s {
                for caught in handlers.iter().filter_map(|h| h.kind.as_ref()) {
                    for class in caught.classes() {
                        let first = class.split('.').next().unwrap_or(class);
                        if found.is_none() && bound.iter().any(|b| &**b == first) {
                            found = Some((n, first.to_string()));
                        }
                    }
                }
            }
            n += 1;
        });
        if let Some((at, name)) = found {
            let line = lines.statements.get(at).copied().unwrap_or(1);
            return Err(SyntaxError::at(line as usize, 0, format!(
                "this `except` names `{name}`, which the program also binds to something else; CPython looks the name up when the handler is tried, which Interleave does not model yet: rename the variable"
            )));
        }
    }
    Ok(())
}

/// CPython's SyntaxError for `nonlocal x` where no function around binds
/// `x` (CPython's symbol table checks this once the whole module is read).
fn refuse_unbound_nonlocals(functions: &[Function], lines: &[Lines]) -> Result<(), SyntaxError> {
    use crate::program::bindings::{collect_bound, declared};
    let locals = |f: &Function| {
        let mut names: Vec<Name> = f.params.iter().map(|p| p.name.clone()).collect_vec();
        collect_bound(&f.body, &mut names);
        let (global, nonlocal) = (declared(&f.body, false), declared(&f.body, true));
        names.retain(|n| !global.contains(n) && !nonlocal.contains(n));
        names
    };
    for (f, lines) in functions.iter().zip(lines) {
        let (mut n, mut found) = (0, None);
        Stmt::walk(&f.body, &mut |s| {
            if let (Stmt::Nonlocal(names), None) = (s, &found) {
                let bound_around = |name: &Name| {
                    let mut owner = crate::program::owner(&f.name);
                    while let Some(g) = owner.and_then(|o| functions.iter().find(|g| g.name == o)) {
                        if locals(g).contains(name) {
                            return true;
                        }
                        owner = crate::program::owner(&g.name);
                    }
                    false
                };
                found = names
                    .iter()
                    .find(|name| !bound_around(name))
                    .map(|name| (n, name.clone()));
            }
            n += 1;
        });
        if let Some((at, name)) = found {
            let line = lines.statements.get(at).copied().unwrap_or(1);
            return Err(SyntaxError::at(
                line as usize,
                0,
                format!("no binding for nonlocal '{name}' found"),
            ));
        }
    }
    Ok(())
}

/// The dotted name `name` with an import's name at its start replaced by
/// what the import binds (`aio.run` is `asyncio.run` after `import asyncio
/// as aio`; `run` is after `from asyncio import run`).
fn canonical(imports: &[Import], name: String) -> String {
    let (first, rest) = name.split_once('.').unwrap_or((&name, ""));
    let Some(i) = imports.iter().find(|i| *i.name == *first) else {
        return name;
    };
    let mut full = i.module.clone();
    for part in i
        .attr
        .iter()
        .map(String::as_str)
        .chain((!rest.is_empty()).then_some(rest))
    {
        full.push('.');
        full.push_str(part);
    }
    full
}

/// Is `func` `asyncio.run`, however the program imported it?
fn is_run(imports: &[Import], func: &Expr) -> bool {
    dotted(func).is_some_and(|d| canonical(imports, d) == "asyncio.run")
}

/// Does `body` call `asyncio.run(...)`, or one of `run_defs` (plain
/// functions that do)?
fn runs_loop(imports: &[Import], run_defs: &[String], body: &[Stmt]) -> bool {
    any_expr(body, &|x| {
        matches!(x, Expr::Call { func, .. } if is_run(imports, func)
            || matches!(&**func, Expr::Name(n) if run_defs.iter().any(|d| **d == **n)))
    })
}

/// Does any expression in `body` satisfy `found`?
fn any_expr(body: &[Stmt], found: &dyn Fn(&Expr) -> bool) -> bool {
    let mut any = false;
    Stmt::walk(body, &mut |st| {
        st.each_own_expr(&mut |e| e.each(&mut |x| any |= found(x)))
    });
    any
}

/// `asyncio.run(name())`: the entry's name.
fn run_entry(imports: &[Import], e: &Expr) -> Option<String> {
    let Expr::Call { func, args, kwargs } = e else {
        return None;
    };
    if !is_run(imports, func) || args.len() != 1 || !kwargs.is_empty() {
        return None;
    }
    match &args[0] {
        Expr::Call { func, args, kwargs } if args.is_empty() && kwargs.is_empty() => {
            match &**func {
                Expr::Name(n) => Some(n.to_string()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `a` or `a.b` as text.
fn dotted(e: &Expr) -> Option<String> {
    match e {
        Expr::Name(n) => Some(n.to_string()),
        Expr::Attribute { value, name } => Some(format!("{}.{name}", dotted(value)?)),
        _ => None,
    }
}
