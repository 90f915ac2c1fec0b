//! Prints a program as the Python source it stands for: runnable as is with
//! `python3`, which must print exactly what the engine prints.
//!
//! Parentheses are added only where Python's precedence needs them, and
//! literals are written with `repr`, so the source reads as a person would
//! write it.

use super::*;
use crate::collect::{CollectVec, Joined};
use crate::value::format::{float_repr, str_repr};

/// The whole program as Python source.
pub fn to_python(program: &Program) -> String {
    print(program, &mut Marks::new(program))
}

/// Where each statement of `to_python`'s text stands: the map of a program
/// that came from JSON or the forms, whose text is the one printed here.
#[cfg(feature = "code")]
pub fn source_map(program: &Program) -> SourceMap {
    let mut marks = Marks::new(program);
    let text = print(program, &mut marks);
    // The page's programs from trees are the forms', which make no
    // function of an expression: only the CLI's JSON and the tests'
    // trees do (and the page's budget has no room for what they need).
    #[cfg(not(target_arch = "wasm32"))]
    marks.place_made();
    let run_line = text.lines().count() as u32;
    SourceMap::new(&text, marks.functions, run_line)
}

fn print(program: &Program, marks: &mut Marks) -> String {
    let mut out = String::from("import asyncio\n");
    if uses_time(program) {
        out.push_str("import time\n");
    }
    // The modules a program may name, where this build has them.
    #[cfg(feature = "code")]
    for module in [
        "random",
        "functools",
        "dataclasses",
        "heapq",
        "math",
        "collections",
        "json",
        "contextlib",
        "itertools",
        "sys",
        "logging",
        "contextvars",
    ] {
        if crate::value::Module::by_name(module).is_some() && names(program, module) {
            out.push_str(&format!("import {module}\n"));
        }
    }
    #[cfg(feature = "code")]
    for i in &program.imports {
        let alias = |bound: &str| match &*i.name == bound {
            true => String::new(),
            false => format!(" as {}", i.name),
        };
        match &i.attr {
            None => out.push_str(&format!("import {}{}\n", i.module, alias(&i.module))),
            Some(attr) => {
                out.push_str(&format!("from {} import {attr}{}\n", i.module, alias(attr)))
            }
        }
    }
    // The type variables classes derived from `typing.Generic[...]` name,
    // which the parser reads only as `T = TypeVar("T")`.
    #[cfg(feature = "asyncio-py")]
    {
        let mut vars: Vec<&Name> = Vec::new();
        let mut generic = false;
        for f in &program.functions {
            Stmt::walk(&f.body, &mut |s| {
                if let Stmt::Assign {
                    value: Expr::Class(c),
                    ..
                } = s
                {
                    if let Some((_, names)) = &c.typing_base {
                        generic = true;
                        vars.extend(names.iter().filter(|n| !vars.contains(n)).collect_vec());
                    }
                }
            });
        }
        if generic {
            out.push_str("import typing\n");
        }
        for var in vars {
            out.push_str(&format!("{var} = typing.TypeVar({})\n", str_repr(var)));
        }
    }
    // Lambdas, comprehensions and generator expressions are printed where
    // they are used (`<lambda>#owner#k` names them), each with what is
    // made inside it: those come later among the functions (the parser
    // names one before reading inside it), so the table is built from
    // the last.
    #[cfg(feature = "code")]
    {
        MADE.with(|m| m.borrow_mut().clear());
        for f in program.functions.iter().rev() {
            let around = match (super::is_lambda(&f.name), &f.body[..]) {
                (true, [Stmt::Return(Some(body))]) => {
                    let mut text = String::from("(lambda");
                    if !f.params.is_empty() {
                        text.push(' ');
                        text.push_str(&parameters(&f.params));
                    }
                    text.push_str(": ");
                    text.push_str(&expr(body, 0));
                    text.push(')');
                    Some((text, String::new()))
                }
                _ => unmade(&f.name, &f.body),
            };
            if let Some(around) = around {
                MADE.with(|m| m.borrow_mut().push((f.name.clone(), around)));
            }
        }
    }
    #[cfg_attr(not(feature = "code"), allow(unused_variables))]
    for (i, f) in program.functions.iter().enumerate() {
        // Lambdas and `def`s inside functions are printed where they are.
        #[cfg(feature = "code")]
        if super::is_made(&f.name) {
            continue;
        }
        out.push_str("\n\n");
        marks.function(i);
        // The module's own code (the last function) is the module's.
        #[cfg(feature = "code")]
        if f.name == super::MODULE {
            block(&mut out, &f.body, 0, marks);
            return out;
        }
        function(&mut out, f, marks);
    }
    out.push_str(&format!("\n\nasyncio.run({}())\n", program.entry));
    out
}

/// The line each statement starts on, noted as the text is written (Code
/// mode only: the forms' page names no lines), by function.
struct Marks<'p> {
    /// The program printed: a `def` inside a function is printed where it
    /// stands, from its own definition.
    #[cfg(feature = "code")]
    program: &'p Program,
    #[cfg(not(feature = "code"))]
    program: std::marker::PhantomData<&'p Program>,
    #[cfg(feature = "code")]
    counted: usize,
    #[cfg(feature = "code")]
    lines: u32,
    /// Per function, its statements' lines.
    #[cfg(feature = "code")]
    functions: Vec<Vec<u32>>,
    /// The function whose statements are being written.
    #[cfg(feature = "code")]
    current: usize,
}

impl<'p> Marks<'p> {
    #[cfg_attr(not(feature = "code"), allow(unused_variables))]
    fn new(program: &'p Program) -> Marks<'p> {
        Marks {
            #[cfg(feature = "code")]
            program,
            #[cfg(not(feature = "code"))]
            program: std::marker::PhantomData,
            #[cfg(feature = "code")]
            counted: 0,
            #[cfg(feature = "code")]
            lines: 0,
            #[cfg(feature = "code")]
            functions: vec![Vec::new(); program.functions.len()],
            #[cfg(feature = "code")]
            current: 0,
        }
    }

    /// The statements written next are function `index`'s.
    #[cfg_attr(not(feature = "code"), allow(unused_variables))]
    fn function(&mut self, index: usize) {
        #[cfg(feature = "code")]
        {
            self.current = index;
        }
    }

    /// A function made of an expression (a lambda, a comprehension) is
    /// printed inside the statement that makes it, as the parser reads
    /// it: its statements are on that statement's line. Owners come
    /// first among the functions (the parser names one before what is
    /// made inside it), so each is placed once its owner is.
    #[cfg(all(feature = "code", not(target_arch = "wasm32")))]
    fn place_made(&mut self) {
        let functions = &self.program.functions;
        for (i, f) in functions.iter().enumerate() {
            if super::made_of_expression(&f.name).is_none() || !self.functions[i].is_empty() {
                continue;
            }
            let owner = super::owner(&f.name).unwrap_or(super::MODULE);
            let Some(o) = functions.iter().position(|g| g.name == owner) else {
                continue;
            };
            let (mut n, mut line) = (0, None);
            Stmt::walk(&functions[o].body, &mut |s| {
                let mut makes = false;
                s.each_own_expr(&mut |e| {
                    e.each(&mut |x| makes |= matches!(x, Expr::Name(m) if **m == *f.name))
                });
                if makes && line.is_none() {
                    line = self.functions[o].get(n).copied();
                }
                n += 1;
            });
            if let Some(line) = line {
                Stmt::walk(&f.body, &mut |_| self.functions[i].push(line));
            }
        }
    }

    /// The statement about to be written starts on the next line of `out`.
    fn statement(&mut self, _out: &str) {
        #[cfg(feature = "code")]
        {
            let new = &_out.as_bytes()[self.counted..];
            self.lines += new.iter().filter(|&&b| b == b'\n').count() as u32;
            self.counted = _out.len();
            if let Some(f) = self.functions.get_mut(self.current) {
                f.push(self.lines + 1);
            }
        }
    }
}

/// Does the program name the `time` module (so it needs `import time`)?
pub(crate) fn uses_time(program: &Program) -> bool {
    names(program, "time")
}

/// Does the program read the name `name` anywhere?
pub(crate) fn names(program: &Program, name: &str) -> bool {
    let mut found = false;
    let mut check = |e: &Expr| found |= matches!(e, Expr::Name(n) if &**n == name);
    for function in &program.functions {
        // asyncio's Python half, linked in, imports for itself
        // (`contextlib` names `functools`).
        #[cfg(feature = "code")]
        if super::in_library(&function.name) {
            continue;
        }
        function.each_expr(&mut check);
    }
    found
}

fn function(out: &mut String, f: &Function, marks: &mut Marks) {
    def(out, f, &f.name, 0, marks);
}

/// The function a `def` statement makes, when `value` is what it binds
/// (`decorated`): a function made where it stands (not a lambda), under
/// decorators called with it alone.
#[cfg(feature = "code")]
fn defined(value: &Expr, program: &Program) -> Option<usize> {
    match value {
        Expr::Call { args, kwargs, .. } if args.len() == 1 && kwargs.is_empty() => {
            defined(&args[0], program)
        }
        Expr::Name(f) if super::is_made(f) && !super::is_lambda(f) => {
            program.functions.iter().position(|g| g.name == **f)
        }
        _ => None,
    }
}

/// `class Name(Base):` and its attributes and methods, at `level`.
#[cfg(feature = "code")]
fn class_def(out: &mut String, class: &super::ClassDef, level: usize, marks: &mut Marks) {
    #[cfg_attr(not(feature = "asyncio-py"), allow(unused_mut))]
    let mut base = class
        .base
        .as_ref()
        .map(|b| format!("({})", expr(b, 0)))
        .unwrap_or_default();
    #[cfg(feature = "asyncio-py")]
    if let Some((typing, vars)) = &class.typing_base {
        base = match vars.is_empty() {
            true => format!("(typing.{})", typing.name()),
            false => format!("(typing.{}[{}])", typing.name(), vars.joined(", ")),
        };
    }
    #[cfg(feature = "asyncio-py")]
    for d in &class.decorators {
        line(out, level, &format!("@{}", expr(d, 0)));
    }
    line(out, level, &format!("class {}{base}:", class.name));
    // The annotated names first, in their order: what an annotation says
    // is not kept, only that there is one (`dataclass` reads the names).
    #[cfg(feature = "asyncio-py")]
    for field in &class.fields {
        line(out, level + 1, &format!("{field}: object"));
    }
    #[cfg(feature = "asyncio-py")]
    let empty = class.body.is_empty() && class.fields.is_empty();
    #[cfg(not(feature = "asyncio-py"))]
    let empty = class.body.is_empty();
    if empty {
        line(out, level + 1, "pass");
    }
    let program = marks.program;
    for attr in &class.body {
        let mut value = &attr.value;
        // A method's other name (`__repr__ = __str__`): the function was
        // written under its own.
        #[cfg(feature = "asyncio-py")]
        if let Expr::Name(f) = value {
            let qualname = super::qualname(f);
            let method = super::short_name(&qualname);
            if defined(value, program).is_some() && *method != *attr.name {
                line(out, level + 1, &format!("{} = {method}", attr.name));
                continue;
            }
        }
        match defined(value, program) {
            Some(i) => {
                while let Expr::Call { func, args, .. } = value {
                    line(out, level + 1, &decorator(func));
                    value = &args[0];
                }
                let owner = std::mem::replace(&mut marks.current, i);
                def(out, &program.functions[i], &attr.name, level + 1, marks);
                marks.current = owner;
            }
            None => wrapping(out, level + 1, &format!("{} = ", attr.name), value, ""),
        }
    }
}

/// A method's decorator as written: `@name.setter` where the parser read
/// the property `name` anew, as `property(getter).setter`
/// (`Parser::method_decorators`).
#[cfg(feature = "code")]
fn decorator(func: &Expr) -> String {
    if let Expr::Attribute { value, name } = func {
        if let Expr::Call {
            func: p,
            args,
            kwargs,
        } = &**value
        {
            if let (Expr::Name(p), [Expr::Name(getter)], true) =
                (&**p, args.as_slice(), kwargs.is_empty())
            {
                if &**p == "property" {
                    let property = super::short_name(&super::qualname(getter)).to_string();
                    return format!("@{property}.{name}");
                }
            }
        }
    }
    format!("@{}", expr(func, 0))
}

/// `def name(...):` and its body, at `level`.
fn def(out: &mut String, f: &Function, name: &str, level: usize, marks: &mut Marks) {
    let kw = if f.is_async { "async def" } else { "def" };
    line(
        out,
        level,
        &format!("{kw} {name}({}):", parameters(&f.params)),
    );
    block(out, &f.body, level + 1, marks);
}

/// A parameter list: the forms' functions have plain ones only.
#[cfg(not(feature = "code"))]
fn parameters(params: &[crate::program::Param]) -> String {
    let mut text = String::new();
    for p in params {
        if !text.is_empty() {
            text.push_str(", ");
        }
        text.push_str(&p.name);
        if let Some(d) = &p.default {
            text.push('=');
            text.push_str(&expr(d, 0));
        }
    }
    text
}

/// A parameter list in source order (`Param` lists them in slot order):
/// `a, /, b=1, *args, c, **kwargs`.
#[cfg(feature = "code")]
fn parameters(params: &[crate::program::Param]) -> String {
    use crate::program::ParamKind;
    let mut text = String::new();
    let varargs = params.iter().find(|p| p.kind == ParamKind::VarArgs);
    let mut last = ParamKind::Plain;
    for p in params.iter().filter(|p| p.kind != ParamKind::VarArgs) {
        let mark = match (last, p.kind) {
            (ParamKind::PositionalOnly, k) if k != ParamKind::PositionalOnly => "/, ",
            _ => "",
        };
        text.push_str(mark);
        if matches!(p.kind, ParamKind::KeywordOnly | ParamKind::VarKw)
            && !matches!(last, ParamKind::KeywordOnly)
        {
            match varargs {
                Some(v) => text.push_str(&format!("*{}, ", v.name)),
                None if p.kind == ParamKind::KeywordOnly => text.push_str("*, "),
                None => {}
            }
        }
        text.push_str(if p.kind == ParamKind::VarKw { "**" } else { "" });
        text.push_str(&p.name);
        if let Some(d) = &p.default {
            text.push('=');
            text.push_str(&expr(d, 0));
        }
        text.push_str(", ");
        last = p.kind;
    }
    if last == ParamKind::PositionalOnly {
        text.push_str("/, ");
    }
    if let (Some(v), false) = (
        varargs,
        matches!(last, ParamKind::KeywordOnly | ParamKind::VarKw),
    ) {
        text.push_str(&format!("*{}, ", v.name));
    }
    text.truncate(text.len().saturating_sub(2));
    text
}

fn block(out: &mut String, body: &[Stmt], level: usize, marks: &mut Marks) {
    if body.is_empty() {
        line(out, level, "pass");
    }
    for s in body {
        stmt(out, s, level, marks);
    }
}

/// A loop's `else:` block, if it has one.
fn loop_else(out: &mut String, orelse: &[Stmt], level: usize, marks: &mut Marks) {
    if !orelse.is_empty() {
        line(out, level, "else:");
        block(out, orelse, level + 1, marks);
    }
}

fn line(out: &mut String, level: usize, text: &str) {
    for _ in 0..level {
        out.push_str("    ");
    }
    out.push_str(text);
    out.push('\n');
}

fn target(t: &Target) -> String {
    match t {
        Target::Tuple(items) if items.len() == 1 => format!("{},", target(&items[0])),
        Target::Tuple(items) => items
            .iter()
            .map(|t| match t {
                // `for i, (a, b) in ...`: an inner tuple keeps its brackets.
                Target::Tuple(inner) if inner.len() == 1 => format!("({},)", target(&inner[0])),
                Target::Tuple(_) => format!("({})", target(t)),
                other => target(other),
            })
            .collect_vec()
            .joined(", "),
        Target::Name(n) => n.to_string(),
        #[cfg(feature = "asyncio-py")]
        Target::Starred(inner) => format!("*{}", target(inner)),
        #[cfg(feature = "asyncio-py")]
        Target::Chain(targets) => targets.iter().map(target).collect_vec().joined(" = "),
        Target::Subscript { value, index } => subscript(value, index),
        #[cfg(feature = "code")]
        Target::Attribute { value, name } => attribute(value, name),
    }
}

fn subscript(value: &Expr, index: &Expr) -> String {
    format!("{}[{}]", expr(value, PRIMARY), expr(index, 0))
}

/// The longest line before a call's arguments or a list's items go one
/// per line, as Python's style guide and formatters would have it.
const MAX_LINE: usize = 79;

/// `head` + `e` + `tail` as one line, or, when that is too long and `e` is
/// a call or a list (perhaps awaited), with one argument or item per line.
fn wrapping(out: &mut String, level: usize, head: &str, e: &Expr, tail: &str) {
    let flat = format!("{head}{}{tail}", expr(e, 0));
    let (awaited, inner) = match e {
        Expr::Await(inner) => ("await ", &**inner),
        other => ("", other),
    };
    let (open, items, close): (String, Vec<String>, &str) = match inner {
        Expr::Call { func, args, kwargs } if args.len() + kwargs.len() >= 2 => {
            let mut items: Vec<String> = args.iter().map(|a| expr(a, 0)).collect_vec();
            items.extend(kwargs.iter().map(keyword));
            (format!("{}(", expr(func, PRIMARY)), items, ")")
        }
        Expr::List(items) if items.len() >= 2 => (
            "[".to_string(),
            items.iter().map(|i| expr(i, 0)).collect_vec(),
            "]",
        ),
        _ => (String::new(), Vec::new(), ""),
    };
    if level * 4 + flat.chars().count() <= MAX_LINE || items.is_empty() {
        return line(out, level, &flat);
    }
    line(out, level, &format!("{head}{awaited}{open}"));
    for item in items {
        line(out, level + 1, &format!("{item},"));
    }
    line(out, level, &format!("{close}{tail}"));
}

fn stmt(out: &mut String, s: &Stmt, level: usize, marks: &mut Marks) {
    marks.statement(out);
    match s {
        Stmt::Expr(e) => wrapping(out, level, "", e, ""),
        // What a `def` inside a function, or a decorated one, became
        // (`decorated`): `name = d1(d2(function))`.
        #[cfg(feature = "code")]
        Stmt::Assign {
            target: Target::Name(local),
            value,
        } if defined(value, marks.program).is_some() => {
            let program = marks.program;
            let mut value = value;
            while let Expr::Call { func, args, .. } = value {
                line(out, level, &format!("@{}", expr(func, 0)));
                value = &args[0];
            }
            if let Some(i) = defined(value, program) {
                let owner = std::mem::replace(&mut marks.current, i);
                def(out, &program.functions[i], local, level, marks);
                marks.current = owner;
            }
        }
        #[cfg(feature = "code")]
        Stmt::Assign {
            target: Target::Name(_),
            value: Expr::Class(class),
        } => class_def(out, class, level, marks),
        Stmt::Assign { target: t, value } => {
            wrapping(out, level, &format!("{} = ", target(t)), value, "")
        }
        Stmt::For {
            target: t,
            iter,
            body,
            orelse,
        } => {
            wrapping(out, level, &format!("for {} in ", target(t)), iter, ":");
            block(out, body, level + 1, marks);
            loop_else(out, orelse, level, marks);
        }
        Stmt::AugAssign {
            target: t,
            op,
            value,
        } => wrapping(
            out,
            level,
            &format!("{} {}= ", target(t), op.symbol()),
            value,
            "",
        ),
        Stmt::While { test, body, orelse } => {
            line(out, level, &format!("while {}:", expr(test, 0)));
            block(out, body, level + 1, marks);
            loop_else(out, orelse, level, marks);
        }
        #[cfg(feature = "code")]
        Stmt::AsyncFor {
            target: t,
            iter,
            body,
            orelse,
        } => {
            wrapping(
                out,
                level,
                &format!("async for {} in ", target(t)),
                iter,
                ":",
            );
            block(out, body, level + 1, marks);
            loop_else(out, orelse, level, marks);
        }
        #[cfg(feature = "code")]
        Stmt::With {
            is_async,
            context,
            target: t,
            body,
        } => {
            let head = if *is_async { "async with " } else { "with " };
            let tail = match t {
                // `with x as a, b:` would be two context managers.
                Some(t @ Target::Tuple(_)) => format!(" as ({}):", target(t)),
                Some(t) => format!(" as {}:", target(t)),
                None => ":".into(),
            };
            wrapping(out, level, head, context, &tail);
            block(out, body, level + 1, marks);
        }
        Stmt::Break => line(out, level, "break"),
        Stmt::Continue => line(out, level, "continue"),
        Stmt::If { test, body, orelse } => {
            line(out, level, &format!("if {}:", expr(test, 0)));
            block(out, body, level + 1, marks);
            if !orelse.is_empty() {
                line(out, level, "else:");
                block(out, orelse, level + 1, marks);
            }
        }
        Stmt::Return(None) => line(out, level, "return"),
        Stmt::Return(Some(e)) => wrapping(out, level, "return ", e, ""),
        Stmt::Raise(None) => line(out, level, "raise"),
        Stmt::Raise(Some(e)) => line(out, level, &format!("raise {}", expr(e, 0))),
        #[cfg(feature = "code")]
        Stmt::RaiseFrom { exc, cause } => line(
            out,
            level,
            &format!("raise {} from {}", expr(exc, 0), expr(cause, 0)),
        ),
        #[cfg(feature = "code")]
        Stmt::Delete(t) => line(out, level, &format!("del {}", target(t))),
        #[cfg(feature = "code")]
        Stmt::Global(names) => line(out, level, &format!("global {}", names.joined(", "))),
        #[cfg(feature = "code")]
        Stmt::Nonlocal(names) => line(out, level, &format!("nonlocal {}", names.joined(", "))),
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            line(out, level, "try:");
            block(out, body, level + 1, marks);
            for h in handlers {
                let kind = h.kind.as_ref().map(|k| match k {
                    Caught::One(class) => class.clone(),
                    #[cfg(feature = "code")]
                    Caught::Tuple(classes) if classes.len() == 1 => format!("({},)", classes[0]),
                    #[cfg(feature = "code")]
                    Caught::Tuple(classes) => format!("({})", classes.joined(", ")),
                    #[cfg(feature = "asyncio-py")]
                    Caught::Expr(e) => expr(e, 0),
                });
                let except = if h.star { "except*" } else { "except" };
                let head = match (kind, &h.name) {
                    (Some(k), Some(n)) => format!("{except} {k} as {n}:"),
                    (Some(k), None) => format!("{except} {k}:"),
                    _ => "except:".to_string(),
                };
                line(out, level, &head);
                block(out, &h.body, level + 1, marks);
            }
            if !orelse.is_empty() {
                line(out, level, "else:");
                block(out, orelse, level + 1, marks);
            }
            // Python needs `except` or `finally` after `try`.
            if !finalbody.is_empty() || handlers.is_empty() {
                line(out, level, "finally:");
                block(out, finalbody, level + 1, marks);
            }
        }
        Stmt::Pass => line(out, level, "pass"),
        // Only inside a comprehension's function, which is printed back
        // as the comprehension (`unmade`).
        #[cfg(feature = "code")]
        Stmt::Collect { .. } => {}
    }
}

// Precedence levels, lowest first, as in Python's grammar.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const CMP: u8 = 4;
#[cfg(feature = "asyncio-py")]
const BIT_OR: u8 = 5;
#[cfg(feature = "asyncio-py")]
const BIT_XOR: u8 = 6;
#[cfg(feature = "asyncio-py")]
const BIT_AND: u8 = 7;
#[cfg(feature = "asyncio-py")]
const SHIFT: u8 = 8;
const ADD: u8 = 9;
const MUL: u8 = 10;
const UNARY: u8 = 11;
const POW: u8 = 12;
const AWAIT: u8 = 13;
const PRIMARY: u8 = 14;

fn precedence(e: &Expr) -> u8 {
    match e {
        Expr::BoolOp { op: BoolOp::Or, .. } => OR,
        Expr::BoolOp {
            op: BoolOp::And, ..
        } => AND,
        Expr::UnaryOp {
            op: UnaryOp::Not, ..
        } => NOT,
        Expr::Compare { .. } => CMP,
        Expr::BinOp {
            op: BinOp::Add | BinOp::Sub,
            ..
        } => ADD,
        Expr::BinOp { op: BinOp::Pow, .. } => POW,
        #[cfg(feature = "asyncio-py")]
        Expr::BinOp {
            op: BinOp::BitOr, ..
        } => BIT_OR,
        #[cfg(feature = "asyncio-py")]
        Expr::BinOp {
            op: BinOp::BitXor, ..
        } => BIT_XOR,
        #[cfg(feature = "asyncio-py")]
        Expr::BinOp {
            op: BinOp::BitAnd, ..
        } => BIT_AND,
        #[cfg(feature = "asyncio-py")]
        Expr::BinOp {
            op: BinOp::LShift | BinOp::RShift,
            ..
        } => SHIFT,
        Expr::BinOp { .. } => MUL,
        Expr::UnaryOp { .. } => UNARY,
        Expr::Int(i) if *i < 0 => UNARY,
        Expr::Float(f) if f.is_sign_negative() => UNARY,
        #[cfg(feature = "code")]
        Expr::Await(v) if made_call(v, "<") => PRIMARY,
        Expr::Await(_) => AWAIT,
        Expr::Starred(_) | Expr::IfExp { .. } => 0,
        #[cfg(feature = "code")]
        Expr::Yield(_) => 0,
        _ => PRIMARY,
    }
}

#[cfg(feature = "code")]
thread_local! {
    /// While a program prints: the text of each lambda and generator
    /// expression, by the name of the function the parser made of it; a
    /// generator expression's is in two, around its first iterable (which
    /// its call holds).
    static MADE: std::cell::RefCell<Vec<(String, (String, String))>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The comprehension or generator expression a function `name` was made
/// of (`Parser::comprehension`), from its loops and tests around its
/// innermost statement (`yield item`, `Stmt::Collect`): its brackets and
/// item, and its clauses after the first's iterable (which the call of
/// the function holds). `None` for any other function.
#[cfg(feature = "code")]
fn unmade(name: &str, body: &[Stmt]) -> Option<(String, String)> {
    let (open, close) = match super::made_of_expression(name)?.0 {
        "<genexpr>" => ("(", ")"),
        "<listcomp>" => ("[", "]"),
        "<setcomp>" | "<dictcomp>" => ("{", "}"),
        _ => return None,
    };
    let mut head = String::new();
    let mut tail = String::new();
    let mut body = body;
    loop {
        let (is_async, t, iter, inner) = match body {
            [Stmt::For {
                target, iter, body, ..
            }] => (false, target, iter, body),
            [Stmt::AsyncFor {
                target, iter, body, ..
            }] => (true, target, iter, body),
            [Stmt::If {
                test, body: inner, ..
            }] => {
                tail.push_str(&format!(" if {}", expr(test, OR)));
                body = inner;
                continue;
            }
            // The innermost statement: the item.
            [Stmt::Expr(Expr::Yield(Some(item)))] => {
                return Some((
                    format!("{open}{}{head}", expr(item, 0)),
                    format!("{tail}{close}"),
                ))
            }
            [Stmt::Collect { key, value }] => {
                let item = match key {
                    Some(key) => format!("{}: {}", expr(key, 0), expr(value, 0)),
                    None => expr(value, 0),
                };
                return Some((format!("{open}{item}{head}"), format!("{tail}{close}")));
            }
            _ => return None,
        };
        let clause = format!(
            " {}for {} in ",
            if is_async { "async " } else { "" },
            target(t)
        );
        match head.is_empty() {
            true => head = clause,
            false => tail.push_str(&format!("{clause}{}", expr(iter, OR))),
        }
        body = inner;
    }
}

/// Is `e` a comprehension (or a generator expression) as the parser
/// leaves it, of a kind whose name starts with `kind`?
#[cfg(feature = "code")]
fn made_call(e: &Expr, kind: &str) -> bool {
    super::comprehension_kind(e).is_some_and(|k| k.starts_with(kind))
}

/// A lambda, or `<genexpr>#…(first)`, as it was written.
#[cfg(feature = "code")]
fn made_text(name: &str, first: Option<&Expr>) -> String {
    let around = MADE.with(|m| {
        let m = m.borrow();
        m.iter().find(|(k, _)| k == name).map(|(_, t)| t.clone())
    });
    match (around, first) {
        (Some((head, tail)), Some(first)) => format!("{head}{}{tail}", expr(first, OR)),
        (Some((text, _)), None) => text,
        (None, _) => name.to_string(),
    }
}

/// `e` as source, parenthesised if it binds less tightly than `min`.
pub fn expr(e: &Expr, min: u8) -> String {
    let text = expr_text(e);
    if precedence(e) < min {
        format!("({text})")
    } else {
        text
    }
}

/// `name=value`, or `**mapping`.
fn keyword(k: &Keyword) -> String {
    match &*k.name {
        Keyword::UNPACK => format!("**{}", expr(&k.value, 0)),
        name => format!("{name}={}", expr(&k.value, 0)),
    }
}

fn args_text(args: &[Expr], kwargs: &[Keyword]) -> String {
    let mut parts: Vec<String> = args.iter().map(|a| expr(a, 0)).collect_vec();
    parts.extend(kwargs.iter().map(keyword));
    parts.joined(", ")
}

fn expr_text(e: &Expr) -> String {
    match e {
        Expr::Int(i) => i.to_string(),
        Expr::Float(f) => float_repr(*f),
        Expr::Str(s) => str_repr(s),
        Expr::Bool(true) => "True".into(),
        Expr::Bool(false) => "False".into(),
        Expr::None => "None".into(),
        Expr::List(items) => format!("[{}]", args_text(items, &[])),
        #[cfg(feature = "asyncio-py")]
        Expr::Set(items) => format!("{{{}}}", args_text(items, &[])),
        #[cfg(feature = "asyncio-py")]
        Expr::NamedExpr { target: t, value } => {
            format!("({} := {})", target(t), expr(value, 0))
        }
        Expr::Tuple(items) if items.len() == 1 => format!("({},)", expr(&items[0], 0)),
        Expr::Tuple(items) => format!("({})", args_text(items, &[])),
        Expr::Dict(items) => format!(
            "{{{}}}",
            items
                .iter()
                .map(|i| format!("{}: {}", expr(&i.key, 0), expr(&i.value, 0)))
                .collect_vec()
                .joined(", ")
        ),
        #[cfg(feature = "asyncio-py")]
        Expr::DictUnpacking(parts) => format!(
            "{{{}}}",
            parts
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", expr(k, 0), expr(v, 0)),
                    None => format!("**{}", expr(v, 0)),
                })
                .collect_vec()
                .joined(", ")
        ),
        Expr::Subscript { value, index } => subscript(value, index),
        Expr::Slice { lower, upper, step } => {
            let part = |p: &Option<Box<Expr>>| p.as_ref().map_or(String::new(), |e| expr(e, 0));
            let mut text = format!("{}:{}", part(lower), part(upper));
            if step.is_some() {
                text.push_str(&format!(":{}", part(step)));
            }
            text
        }
        #[cfg(feature = "code")]
        Expr::Name(n) if super::is_lambda(n) => made_text(n, None),
        Expr::Name(n) => n.to_string(),
        Expr::Attribute { value, name } => attribute(value, name),
        #[cfg(feature = "code")]
        Expr::Call { func, args, .. } if made_call(e, "<") => {
            let Expr::Name(n) = &**func else {
                unreachable!("matched")
            };
            made_text(n, Some(&args[0]))
        }
        // A generator expression alone needs no parentheses of its own.
        #[cfg(feature = "code")]
        Expr::Call { func, args, kwargs }
            if kwargs.is_empty() && matches!(&args[..], [only] if made_call(only, "<genexpr>")) =>
        {
            format!("{}{}", expr(func, PRIMARY), expr_text(&args[0]))
        }
        Expr::Call { func, args, kwargs } => {
            format!("{}({})", expr(func, PRIMARY), args_text(args, kwargs))
        }
        Expr::Starred(v) => format!("*{}", expr(v, UNARY)),
        // `**` groups to the right and binds tighter than a unary minus
        // on its left (`(-2) ** 2`), looser than one on its right (`2 ** -1`).
        Expr::BinOp {
            op: BinOp::Pow,
            left,
            right,
        } => format!("{} ** {}", expr(left, AWAIT), expr(right, UNARY)),
        Expr::BinOp { op, left, right } => {
            let p = precedence(e);
            format!("{} {} {}", expr(left, p), op.symbol(), expr(right, p + 1))
        }
        Expr::IfExp { test, body, orelse } => format!(
            "{} if {} else {}",
            expr(body, OR),
            expr(test, OR),
            expr(orelse, 0)
        ),
        Expr::UnaryOp { op, operand } => match op {
            UnaryOp::Not => format!("not {}", expr(operand, NOT)),
            UnaryOp::Neg => format!("-{}", expr(operand, UNARY)),
            UnaryOp::Pos => format!("+{}", expr(operand, UNARY)),
            #[cfg(feature = "asyncio-py")]
            UnaryOp::Invert => format!("~{}", expr(operand, UNARY)),
        },
        Expr::Compare { op, left, right } => {
            format!(
                "{} {} {}",
                expr(left, CMP + 1),
                op.symbol(),
                expr(right, CMP + 1)
            )
        }
        Expr::BoolOp { op, values } => {
            let word = if *op == BoolOp::And { " and " } else { " or " };
            let p = precedence(e);
            values
                .iter()
                .map(|v| expr(v, p + 1))
                .collect_vec()
                .joined(word)
        }
        // An async comprehension: the call of its function is awaited.
        #[cfg(feature = "code")]
        Expr::Await(v) if made_call(v, "<") => expr_text(v),
        Expr::Await(v) => format!("await {}", expr(v, PRIMARY)),
        #[cfg(feature = "code")]
        Expr::Yield(None) => "yield".into(),
        #[cfg(feature = "code")]
        Expr::Yield(Some(v)) => format!("yield {}", expr(v, 0)),
        Expr::FString(parts) => fstring(parts),
        // Only as what a `class` statement binds (`class_def`).
        #[cfg(feature = "code")]
        Expr::Class(class) => format!("<class {}>", class.name),
    }
}

/// `value.name`
fn attribute(value: &Expr, name: &str) -> String {
    // `5 .x` needs the parentheses: `5.x` would read as a float.
    let base = match value {
        Expr::Int(_) => format!("({})", expr_text(value)),
        v => expr(v, PRIMARY),
    };
    format!("{base}.{name}")
}

/// An f-string. Python 3.11 forbids backslashes and the enclosing quote
/// inside `{...}`; when a field needs them, the same text is built with
/// `str()`/`repr()` and `+`, which Python evaluates identically.
fn fstring(parts: &[FPart]) -> String {
    let fields: Vec<String> = parts
        .iter()
        .filter_map(|p| match p {
            FPart::Field {
                value, repr, spec, ..
            } => {
                let mut field = expr(value, 0);
                if *repr {
                    field.push_str("!r");
                }
                if !spec.is_empty() {
                    field.push(':');
                    field.push_str(spec);
                }
                #[cfg(feature = "asyncio-py")]
                if let FPart::Field { spec_fields, .. } = p {
                    if !spec_fields.is_empty() {
                        field.push(':');
                        field.push_str(&nested_spec(spec_fields));
                    }
                }
                Some(field)
            }
            FPart::Lit(_) => None,
        })
        .collect_vec();
    let fits = |q: char| fields.iter().all(|f| !f.contains(q) && !f.contains('\\'));
    let quote = if fits('\'') {
        '\''
    } else if fits('"') {
        '"'
    } else {
        return fstring_as_concatenation(parts);
    };
    let mut out = format!("f{quote}");
    let mut fields = fields.into_iter();
    for p in parts {
        match p {
            FPart::Lit(s) => {
                let lit = str_repr_with_quote(s, quote);
                out.push_str(&lit.replace('{', "{{").replace('}', "}}"));
            }
            FPart::Field { .. } => {
                let field = fields.next().unwrap_or_default();
                // A field starting with `{` would read as an escaped brace.
                let pad = if field.starts_with('{') { " " } else { "" };
                out.push_str(&format!("{{{pad}{field}}}"));
            }
        }
    }
    out.push(quote);
    out
}

/// A spec's own fields, as written inside a field (`0{width}d`).
#[cfg(feature = "asyncio-py")]
fn nested_spec(parts: &[FPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FPart::Lit(s) => s.clone(),
            FPart::Field {
                value, repr, spec, ..
            } => {
                let conversion = if *repr { "!r" } else { "" };
                let spec = if spec.is_empty() {
                    String::new()
                } else {
                    format!(":{spec}")
                };
                format!("{{{}{conversion}{spec}}}", expr(value, 0))
            }
        })
        .collect()
}

fn fstring_as_concatenation(parts: &[FPart]) -> String {
    let pieces: Vec<String> = parts
        .iter()
        .map(|p| match p {
            FPart::Lit(s) => str_repr(s),
            FPart::Field {
                value, repr, spec, ..
            } => {
                let shown = if *repr {
                    format!("repr({})", expr(value, 0))
                } else {
                    expr(value, 0)
                };
                #[cfg(feature = "asyncio-py")]
                if let FPart::Field { spec_fields, .. } = p {
                    if !spec_fields.is_empty() {
                        return format!("format({shown}, {})", fstring(spec_fields));
                    }
                }
                match (spec.is_empty(), repr) {
                    (true, true) => shown,
                    (true, false) => format!("str({shown})"),
                    (false, _) => format!("format({shown}, {})", str_repr(spec)),
                }
            }
        })
        .collect_vec();
    if pieces.is_empty() {
        "''".into()
    } else {
        format!("({})", pieces.joined(" + "))
    }
}

/// The inside of a string literal delimited by `quote`.
fn str_repr_with_quote(s: &str, quote: char) -> String {
    let r = str_repr(s);
    let inner = &r[1..r.len() - 1];
    let used = r.chars().next().unwrap_or('\'');
    if used == quote {
        inner.to_string()
    } else {
        // `str_repr` chose the other quote: the text has our quote in it,
        // unescaped, and may have escaped the other one.
        let other = used;
        inner
            .replace(&format!("\\{other}"), &other.to_string())
            .replace(quote, &format!("\\{quote}"))
    }
}
