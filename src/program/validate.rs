//! Checks a program before it runs, so mistakes are reported where they are
//! with what to do about them, instead of surfacing mid-run.
//!
//! What is refused here is what Python would refuse before running
//! (`await` outside `async def`, a repeated parameter) and what the model
//! cannot run faithfully or finitely (an undefined function, a program
//! too large). Everything else is left to run and
//! fail the way CPython fails.

use super::*;
use crate::collect::{CollectVec, Joined};
use crate::value::ExcKind;

/// Bounds on program size; a form or a pasted file cannot exceed them.
pub const MAX_FUNCTIONS: usize = 100;
pub const MAX_NODES: usize = 20_000;
pub const MAX_DEPTH: usize = 48;

pub(crate) const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn err(at: impl Into<String>, message: impl Into<String>) -> LoadError {
    LoadError {
        at: at.into(),
        message: message.into(),
    }
}

/// Is `name` a Python identifier (ASCII subset) and not a keyword?
pub fn check_identifier(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    let ok_start = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if !ok_start || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!(
            "`{name}` is not a valid name: use letters, digits and underscores, not starting with a digit"
        ));
    }
    if KEYWORDS.contains(&name) {
        return Err(format!("`{name}` is a Python keyword; choose another name"));
    }
    Ok(())
}

/// Checks a program in the JSON model: everything below, and that every
/// function it calls by name exists (a misspelt name in a model is a
/// mistake to point at, with the names that do exist).
pub fn check(program: &Program) -> Result<(), LoadError> {
    check_with(program, true)
}

/// Checks a program read from Python source. A call of a name that is not
/// defined is left to run: CPython raises NameError when the line runs
/// (with its "Did you mean"), and the program may catch it.
pub fn check_source(program: &Program) -> Result<(), LoadError> {
    check_with(program, false)
}

fn check_with(program: &Program, from_tree: bool) -> Result<(), LoadError> {
    if program.functions.is_empty() {
        return Err(err(
            "functions",
            "the program has no functions; add at least `main`",
        ));
    }
    if program.functions.len() > MAX_FUNCTIONS {
        return Err(err(
            "functions",
            format!(
                "the program has {} functions; the limit is {MAX_FUNCTIONS}",
                program.functions.len()
            ),
        ));
    }
    for (i, f) in program.functions.iter().enumerate() {
        let at = format!("functions[{i}]");
        // The module's own code: a plain `def` with no parameters, last.
        #[cfg(feature = "code")]
        if f.name == super::MODULE {
            if i + 1 != program.functions.len() || f.is_async || !f.params.is_empty() {
                return Err(err(
                    format!("{at}.name"),
                    "the module's code (`<module>`) must be the last function, a plain `def` with no parameters",
                ));
            }
            continue;
        }
        // A lambda the parser made a function of is named for where it
        // stands, not by an identifier; a `def` inside a function, for
        // the function it is in (`LOCALS`).
        #[cfg(feature = "code")]
        let lambda = (super::is_lambda(&f.name)
            && !f.is_async
            && matches!(&f.body[..], [Stmt::Return(Some(_))]))
            || (super::is_comprehension(&f.name)
                && matches!(&f.body[..], [Stmt::For { .. } | Stmt::AsyncFor { .. }]))
            || (super::is_made(&f.name)
                && super::owner(&f.name).is_none_or(|o| program.function(o).is_some())
                && check_identifier(super::short_name(&super::qualname(&f.name))).is_ok());
        #[cfg(not(feature = "code"))]
        let lambda = false;
        if !lambda {
            check_identifier(&f.name).map_err(|m| err(format!("{at}.name"), m))?;
        }
        if program.functions[..i].iter().any(|g| g.name == f.name) {
            return Err(err(
                format!("{at}.name"),
                format!(
                    "a function named `{}` is already defined; rename one of them",
                    f.name
                ),
            ));
        }
    }
    #[cfg(feature = "code")]
    for (i, import) in program.imports.iter().enumerate() {
        let at = format!("imports[{i}]");
        check_identifier(&import.name).map_err(|m| err(format!("{at}.name"), m))?;
        let module = crate::value::Module::by_name(&import.module).ok_or_else(|| {
            err(
                format!("{at}.module"),
                format!(
                    "the module `{}` is not modelled; import asyncio or time",
                    import.module
                ),
            )
        })?;
        if let Some(attr) = &import.attr {
            if !module.provides(attr) {
                return Err(err(
                    format!("{at}.attr"),
                    format!("`{}.{attr}` is not modelled", import.module),
                ));
            }
        }
        if program.function(&import.name).is_some() {
            return Err(err(
                format!("{at}.name"),
                format!(
                    "`{}` is also a function's name; rename one of them",
                    import.name
                ),
            ));
        }
    }
    let mut checker = Checker {
        program,
        nodes: 0,
        function: &program.functions[0],
        locals: Vec::new(),
        loops: 0,
        from_tree,
    };
    for (i, f) in program.functions.iter().enumerate() {
        checker.function(f, &format!("functions[{i}] `{}`", f.name))?;
    }
    // The module's own code runs whatever coroutine it gives asyncio.run.
    #[cfg(feature = "code")]
    if program.module_index().is_some() {
        return Ok(());
    }
    let Some(entry) = program.function(&program.entry) else {
        return Err(err(
            "entry",
            format!(
                "`asyncio.run` should start `{}()`, but no function has that name; define it or set `entry` to one of: {}",
                program.entry,
                program.functions.iter().map(|f| f.name.as_str()).collect_vec().joined(", ")
            ),
        ));
    };
    if !entry.is_async {
        return Err(err(
            "entry",
            format!(
                "`{}` is a plain `def`: Interleave runs asyncio.run(main()) only with `async def main`",
                entry.name
            ),
        ));
    }
    if entry.params.iter().any(|p| p.default.is_none()) {
        return Err(err(
            "entry",
            format!("`{}` is called with no arguments by asyncio.run; give its parameters defaults or remove them", entry.name),
        ));
    }
    Ok(())
}

impl<'p> Checker<'p> {
    /// `Name = <class>`, as a `class` statement is: in the module's code,
    /// bound to its own name, its methods named `Name.method` (the
    /// compiler finds a method's class, for `super()`, by that name).
    #[cfg(feature = "code")]
    fn class(
        &mut self,
        target: &'p Target,
        class: &'p crate::program::ClassDef,
        at: &str,
        depth: usize,
    ) -> Result<(), LoadError> {
        if self.function.name != crate::program::MODULE
            || !matches!(target, Target::Name(n) if *n == class.name)
        {
            return Err(err(
                at,
                "a class statement binds the class's own name, in the module's code",
            ));
        }
        check_identifier(&class.name).map_err(|m| err(at, m))?;
        #[cfg(feature = "asyncio-py")]
        for (i, d) in class.decorators.iter().enumerate() {
            self.expr(d, &format!("{at}.decorators[{i}]"), depth + 1)?;
        }
        if let Some(base) = &class.base {
            self.expr(base, &format!("{at}.base"), depth + 1)?;
        }
        for (i, a) in class.body.iter().enumerate() {
            let at = format!("{at}.body[{i}]");
            check_identifier(&a.name).map_err(|m| err(&at, m))?;
            if let Expr::Name(f) = &a.value {
                let method = crate::program::method_class(f);
                if crate::program::is_made(f) && method != Some(&*class.name) {
                    return Err(err(
                        &at,
                        format!(
                            "`{f}` is not a method of `{}`: a method is the function `{}.name`",
                            class.name, class.name
                        ),
                    ));
                }
            }
            self.expr(&a.value, &at, depth + 1)?;
        }
        Ok(())
    }
}

impl Checker<'_> {
    /// Whether the module's code defines a class named `name` (a
    /// handler may name it).
    #[cfg(feature = "code")]
    fn is_class(&self, name: &str) -> bool {
        let Some(module) = self.program.module_index() else {
            return false;
        };
        let mut found = false;
        Stmt::walk(
            &self.program.functions[module].body,
            &mut |s| {
                found |= matches!(s, Stmt::Assign { value: Expr::Class(c), .. } if &*c.name == name)
            },
        );
        found
    }

    #[cfg(not(feature = "code"))]
    fn is_class(&self, _: &str) -> bool {
        false
    }
}

struct Checker<'p> {
    program: &'p Program,
    nodes: usize,
    function: &'p Function,
    locals: Vec<Name>,
    /// Loops around the statement being checked, for `break`/`continue`.
    loops: usize,
    /// A program given as a tree (JSON, the forms), not read from source:
    /// a call of an undefined name is refused (see `check_source`), and so
    /// is what CPython's compiler would warn about, which has no learner's
    /// line to be placed at.
    from_tree: bool,
}

impl<'p> Checker<'p> {
    fn count(&mut self, at: &str, depth: usize) -> Result<(), LoadError> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(err(
                at,
                format!("the program is too large (more than {MAX_NODES} parts); make it smaller"),
            ));
        }
        if depth > MAX_DEPTH {
            return Err(err(
                at,
                format!("this is nested more than {MAX_DEPTH} levels deep; flatten it"),
            ));
        }
        Ok(())
    }

    fn function(&mut self, f: &'p Function, at: &str) -> Result<(), LoadError> {
        self.function = f;
        let mut seen_default = false;
        // Slot order (`Param`): the rank of each kind, never going down,
        // `*args` and `**kwargs` once each.
        let rank = |k: ParamKind| match k {
            ParamKind::PositionalOnly => 0,
            ParamKind::Plain => 1,
            ParamKind::KeywordOnly => 2,
            ParamKind::VarArgs => 3,
            ParamKind::VarKw => 4,
        };
        for (i, p) in f.params.iter().enumerate() {
            let pat = format!("{at}.params[{i}]");
            if f.params.get(i + 1).is_some_and(|q| {
                rank(q.kind) < rank(p.kind) || (rank(q.kind) == rank(p.kind) && rank(p.kind) > 2)
            }) {
                return Err(err(pat, "parameters go in this order: positional-only, plain, keyword-only, then `*args`, then `**kwargs`, each of the last two at most once"));
            }
            if p.default.is_some() && !p.kind.positional() && p.kind != ParamKind::KeywordOnly {
                return Err(err(
                    pat,
                    "`*args` and `**kwargs` cannot have a default value",
                ));
            }
            #[cfg(feature = "code")]
            let own = super::is_comprehension(&f.name) && *p.name == *super::GENEXPR_ARGUMENT;
            #[cfg(not(feature = "code"))]
            let own = false;
            if !own {
                check_identifier(&p.name).map_err(|m| err(&pat, m))?;
            }
            if f.params[..i].iter().any(|q| q.name == p.name) {
                return Err(err(
                    pat,
                    format!("duplicate argument '{}' in function definition", p.name),
                ));
            }
            match &p.default {
                Some(d) => {
                    seen_default = true;
                    #[cfg(feature = "code")]
                    let made = super::is_made(&f.name);
                    #[cfg(not(feature = "code"))]
                    let made = false;
                    if !made && !super::is_constant(d) {
                        return Err(err(pat, super::DEFAULTS_MODELLED));
                    }
                }
                None if seen_default && p.kind.positional() => {
                    return Err(err(pat, "non-default argument follows default argument; move it before the ones with defaults"))
                }
                None => {}
            }
        }
        self.locals = f.params.iter().map(|p| p.name.clone()).collect_vec();
        super::bindings::collect_bound(&f.body, &mut self.locals);
        self.block(&f.body, &format!("{at}.body"), 1)
    }

    fn block(&mut self, body: &'p [Stmt], at: &str, depth: usize) -> Result<(), LoadError> {
        for (i, s) in body.iter().enumerate() {
            self.stmt(s, &format!("{at}[{i}]"), depth)?;
        }
        Ok(())
    }

    fn target(&mut self, t: &'p Target, at: &str, depth: usize) -> Result<(), LoadError> {
        match t {
            Target::Name(n) => check_identifier(n).map_err(|m| err(at, m)),
            Target::Tuple(items) => {
                // One `*rest` at most (CPython's SyntaxError), and only
                // among a tuple's targets.
                #[cfg(feature = "asyncio-py")]
                {
                    let mut starred = items.iter().filter(|t| matches!(t, Target::Starred(_)));
                    if starred.nth(1).is_some() {
                        return Err(err(at, "multiple starred expressions in assignment"));
                    }
                    let before = items.iter().position(|t| matches!(t, Target::Starred(_)));
                    if before.is_some_and(|b| b >= 256 || items.len() - b > 65_536) {
                        return Err(err(at, "too many expressions in star-unpacking assignment"));
                    }
                }
                items.iter().try_for_each(|t| match t {
                    #[cfg(feature = "asyncio-py")]
                    Target::Starred(inner) => self.target(inner, at, depth + 1),
                    t => self.target(t, at, depth + 1),
                })
            }
            #[cfg(feature = "asyncio-py")]
            Target::Starred(_) => Err(err(
                at,
                "starred assignment target must be in a list or tuple",
            )),
            #[cfg(feature = "asyncio-py")]
            Target::Chain(targets) => targets.iter().try_for_each(|t| match t {
                Target::Chain(_) => Err(err(at, "a chain of targets inside another")),
                t => self.target(t, at, depth + 1),
            }),
            Target::Subscript { value, index } => {
                self.expr(value, at, depth + 1)?;
                self.index(index, at, depth + 1)
            }
            #[cfg(feature = "code")]
            Target::Attribute { value, name } => {
                check_identifier(name).map_err(|m| err(at, m))?;
                self.expr(value, at, depth + 1)
            }
        }
    }

    /// A subscript's index: an expression or a slice.
    fn index(&mut self, index: &'p Expr, at: &str, depth: usize) -> Result<(), LoadError> {
        match index {
            Expr::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part, at, depth + 1)?;
                }
                Ok(())
            }
            other => self.expr(other, at, depth),
        }
    }

    /// Refuses `what` (`'await'`, `'async with'`, `'async for'`) outside an
    /// `async def`, as CPython's compiler does.
    fn in_async(&self, what: &str, at: &str) -> Result<(), LoadError> {
        match self.function.is_async {
            true => Ok(()),
            false => Err(err(
                at,
                format!(
                    "{what} outside async function: make `{}` an `async def`",
                    self.function.name
                ),
            )),
        }
    }

    /// `for` or `async for`: its target, what it iterates, then its body,
    /// inside one more loop.
    fn for_loop(
        &mut self,
        target: &'p Target,
        iter: &'p Expr,
        body: &'p [Stmt],
        orelse: &'p [Stmt],
        at: &str,
        depth: usize,
    ) -> Result<(), LoadError> {
        self.target(target, &format!("{at}.target"), depth + 1)?;
        self.expr(iter, &format!("{at}.iter"), depth + 1)?;
        self.loops += 1;
        let checked = self.block(body, &format!("{at}.body"), depth + 1);
        self.loops -= 1;
        checked?;
        self.block(orelse, &format!("{at}.orelse"), depth + 1)
    }

    /// A statement's expression or an assignment's value, which may be a
    /// `yield`.
    fn yielded(&mut self, e: &'p Expr, at: &str, depth: usize) -> Result<(), LoadError> {
        #[cfg(feature = "code")]
        if let Expr::Yield(value) = e {
            return match value {
                Some(v) => self.expr(v, at, depth + 1),
                None => Ok(()),
            };
        }
        self.expr(e, at, depth)
    }

    fn stmt(&mut self, s: &'p Stmt, at: &str, depth: usize) -> Result<(), LoadError> {
        self.count(at, depth)?;
        match s {
            Stmt::Expr(e) => self.yielded(e, at, depth + 1),
            #[cfg(feature = "code")]
            Stmt::Assign {
                target,
                value: Expr::Class(class),
            } => self.class(target, class, &format!("{at}.value"), depth + 1),
            Stmt::Assign { target, value } => {
                self.target(target, &format!("{at}.target"), depth + 1)?;
                self.yielded(value, &format!("{at}.value"), depth + 1)
            }
            #[cfg(feature = "code")]
            Stmt::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.in_async("'async for'", at)?;
                self.for_loop(target, iter, body, orelse, at, depth)
            }
            Stmt::AugAssign { target, value, .. } => {
                if let Target::Tuple(_) = target {
                    return Err(err(
                        format!("{at}.target"),
                        "'tuple' is an illegal expression for augmented assignment; update each name on its own line",
                    ));
                }
                self.target(target, &format!("{at}.target"), depth + 1)?;
                self.expr(value, &format!("{at}.value"), depth + 1)
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(target, iter, body, orelse, at, depth),
            Stmt::While { test, body, orelse } => {
                self.expr(test, &format!("{at}.test"), depth + 1)?;
                self.loops += 1;
                let checked = self.block(body, &format!("{at}.body"), depth + 1);
                self.loops -= 1;
                checked?;
                // The `else` is outside the loop: a `break` there is the
                // enclosing loop's.
                self.block(orelse, &format!("{at}.orelse"), depth + 1)
            }
            #[cfg(feature = "code")]
            Stmt::With {
                is_async,
                context,
                target,
                body,
            } => {
                if *is_async {
                    self.in_async("'async with'", at)?;
                }
                self.expr(context, &format!("{at}.context"), depth + 1)?;
                if let Some(t) = target {
                    self.target(t, &format!("{at}.target"), depth + 1)?;
                }
                self.block(body, &format!("{at}.body"), depth + 1)
            }
            Stmt::Break | Stmt::Continue if self.loops == 0 => {
                let word = if matches!(s, Stmt::Break) {
                    "break"
                } else {
                    "continue"
                };
                Err(err(
                    at,
                    format!("'{word}' outside loop: it can only be used inside `for` or `while`"),
                ))
            }
            Stmt::Break | Stmt::Continue => Ok(()),
            Stmt::If { test, body, orelse } => {
                self.expr(test, &format!("{at}.test"), depth + 1)?;
                self.block(body, &format!("{at}.body"), depth + 1)?;
                self.block(orelse, &format!("{at}.orelse"), depth + 1)
            }
            #[cfg(feature = "code")]
            Stmt::Return(Some(_)) if self.function.is_async && self.function.is_generator() => {
                Err(err(at, "'return' with value in async generator"))
            }
            Stmt::Return(v) | Stmt::Raise(v) => match v {
                Some(e) => self.expr(e, at, depth + 1),
                None => Ok(()),
            },
            #[cfg(feature = "code")]
            Stmt::RaiseFrom { exc, cause } => {
                self.expr(exc, &format!("{at}.exc"), depth + 1)?;
                self.expr(cause, &format!("{at}.cause"), depth + 1)
            }
            // Only where the parser puts it: innermost in a comprehension's
            // function.
            #[cfg(feature = "code")]
            Stmt::Collect { key, value } => {
                let kind = super::made_of_expression(&self.function.name).map(|(k, _)| k);
                if !matches!(kind, Some("<listcomp>" | "<setcomp>" | "<dictcomp>"))
                    || key.is_some() != (kind == Some("<dictcomp>"))
                {
                    return Err(err(at, "a comprehension's item outside its function"));
                }
                if let Some(k) = key {
                    self.expr(k, &format!("{at}.key"), depth + 1)?;
                }
                self.expr(value, &format!("{at}.value"), depth + 1)
            }
            #[cfg(feature = "code")]
            Stmt::Delete(target) => self.target(target, &format!("{at}.target"), depth + 1),
            #[cfg(feature = "code")]
            Stmt::Global(names) | Stmt::Nonlocal(names) => names
                .iter()
                .try_for_each(|n| check_identifier(n))
                .map_err(|m| err(at, m)),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(err(
                        at,
                        "a `try` needs an `except` handler or a `finally` block",
                    ));
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(err(
                        at,
                        "`try ... else` needs an `except` handler before the `else`",
                    ));
                }
                self.block(body, &format!("{at}.body"), depth + 1)?;
                self.block(orelse, &format!("{at}.orelse"), depth + 1)?;
                self.block(finalbody, &format!("{at}.finalbody"), depth + 1)?;
                for (i, h) in handlers.iter().enumerate() {
                    let hat = format!("{at}.handlers[{i}]");
                    #[cfg(not(feature = "asyncio-py"))]
                    if h.star {
                        return Err(err(
                            format!("{hat}.star"),
                            crate::error::needs_asyncio_py("`except*`"),
                        ));
                    }
                    #[cfg(feature = "asyncio-py")]
                    star_handler(h, handlers[0].star, &hat)?;
                    for kind in h.kind.iter().flat_map(Caught::classes) {
                        if ExcKind::from_source(kind).is_none()
                            && !self.is_class(kind)
                            && !library_class(kind)
                        {
                            return Err(err(
                                format!("{hat}.type"),
                                format!(
                                    "`{kind}` is not an exception class Interleave knows; use one of: {}",
                                    ExcKind::ALL.iter().map(|k| k.source_name()).collect_vec().joined(", ")
                                ),
                            ));
                        }
                    }
                    if let Some(n) = &h.name {
                        check_identifier(n).map_err(|m| err(format!("{hat}.name"), m))?;
                    }
                    self.block(&h.body, &format!("{hat}.body"), depth + 1)?;
                }
                Ok(())
            }
            Stmt::Pass => Ok(()),
        }
    }

    fn expr(&mut self, e: &'p Expr, at: &str, depth: usize) -> Result<(), LoadError> {
        self.count(at, depth)?;
        // The parser places a warning at the learner's line; a tree has
        // none to place it at.
        #[cfg(feature = "code")]
        if self.from_tree {
            match super::syntax_warnings::on_node(e).map(|w| w.into_iter().next()) {
                Ok(None) => {}
                Ok(Some(warning)) => return Err(err(at, format!("CPython's compiler warns about this expression before the program runs (SyntaxWarning: {warning}), which Interleave shows only for programs given as Python source; correct the expression"))),
                Err(refusal) => return Err(err(at, refusal)),
            }
        }
        match e {
            Expr::Int(_) | Expr::Str(_) | Expr::Bool(_) | Expr::None => Ok(()),
            Expr::Float(f) if !f.is_finite() => Err(err(at, "numbers must be finite")),
            Expr::Float(_) => Ok(()),
            // A lambda the parser made a function of.
            #[cfg(feature = "code")]
            Expr::Name(n) if super::is_made(n) && self.program.function(n).is_some() => Ok(()),
            // A generator expression's iterator, in the function made of it.
            #[cfg(feature = "code")]
            Expr::Name(n)
                if **n == *super::GENEXPR_ARGUMENT && super::is_comprehension(&self.function.name) =>
            {
                Ok(())
            }
            Expr::Name(n) => check_identifier(n).map_err(|m| err(at, m)),
            Expr::List(items) | Expr::Tuple(items) => self.items(items, at, depth, true),
            #[cfg(feature = "asyncio-py")]
            Expr::Set(items) => self.items(items, at, depth, false),
            #[cfg(feature = "asyncio-py")]
            Expr::NamedExpr { target, value } => {
                match &**target {
                    Target::Name(n) => check_identifier(n).map_err(|m| err(at, m))?,
                    _ => return Err(err(at, "`:=` assigns to a name only")),
                }
                self.expr(value, &format!("{at}.value"), depth + 1)
            }
            #[cfg(feature = "asyncio-py")]
            Expr::DictUnpacking(parts) => {
                for (i, (k, v)) in parts.iter().enumerate() {
                    if let Some(k) = k {
                        self.expr(k, &format!("{at}[{i}].key"), depth + 1)?;
                    }
                    self.expr(v, &format!("{at}[{i}].value"), depth + 1)?;
                }
                Ok(())
            }
            Expr::Dict(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.expr(&item.key, &format!("{at}[{i}].key"), depth + 1)?;
                    self.expr(&item.value, &format!("{at}[{i}].value"), depth + 1)?;
                }
                Ok(())
            }
            Expr::Subscript { value, index } => {
                self.expr(value, &format!("{at}.value"), depth + 1)?;
                self.index(index, &format!("{at}.index"), depth + 1)
            }
            Expr::Slice { .. } => Err(err(
                at,
                "a slice (`a:b`) can only be used inside `[...]`, as in `items[1:3]`",
            )),
            Expr::Attribute { value, name } => {
                check_identifier(name).map_err(|m| err(at, m))?;
                self.expr(value, at, depth + 1)
            }
            Expr::Call { func, args, kwargs } => {
                self.callee(func, at)?;
                self.expr(func, &format!("{at}.func"), depth + 1)?;
                self.items(args, &format!("{at}.args"), depth, true)?;
                for (i, k) in kwargs.iter().enumerate() {
                    let kat = format!("{at}.kwargs[{i}]");
                    if *k.name != *Keyword::UNPACK {
                        check_identifier(&k.name).map_err(|m| err(&kat, m))?;
                    }
                    if *k.name != *Keyword::UNPACK && kwargs[..i].iter().any(|j| j.name == k.name) {
                        return Err(err(kat, format!("keyword argument repeated: {}", k.name)));
                    }
                    self.expr(&k.value, &kat, depth + 1)?;
                }
                Ok(())
            }
            Expr::Starred(_) => Err(err(
                at,
                "`*value` can only be used among call arguments or list items",
            )),
            Expr::BinOp { left, right, .. } | Expr::Compare { left, right, .. } => {
                self.expr(left, &format!("{at}.left"), depth + 1)?;
                self.expr(right, &format!("{at}.right"), depth + 1)
            }
            Expr::UnaryOp { operand, .. } => self.expr(operand, at, depth + 1),
            Expr::IfExp { test, body, orelse } => {
                self.expr(test, &format!("{at}.test"), depth + 1)?;
                self.expr(body, &format!("{at}.body"), depth + 1)?;
                self.expr(orelse, &format!("{at}.orelse"), depth + 1)
            }
            Expr::BoolOp { values, .. } => {
                if values.len() < 2 {
                    return Err(err(at, "`and`/`or` needs at least two values"));
                }
                self.items(values, at, depth, false)
            }
            #[cfg(feature = "code")]
            Expr::Yield(_) => Err(err(
                at,
                "`yield` is read as a statement (`yield x`) or an assignment's value (`x = yield`), not inside another expression",
            )),
            Expr::Await(v) => {
                self.in_async("'await'", at)?;
                self.expr(v, at, depth + 1)
            }
            Expr::FString(parts) => {
                for (i, p) in parts.iter().enumerate() {
                    for value in p.values() {
                        self.expr(value, &format!("{at}[{i}]"), depth + 1)?;
                    }
                }
                Ok(())
            }
            #[cfg(feature = "code")]
            Expr::Class(_) => Err(err(
                at,
                "a class is only what a `class` statement binds: `{\"assign\": {\"target\": {\"name\": N}, \"value\": {\"class\": {\"name\": N, ...}}}}` in the module's code",
            )),
        }
    }

    fn items(
        &mut self,
        items: &'p [Expr],
        at: &str,
        depth: usize,
        starred_ok: bool,
    ) -> Result<(), LoadError> {
        for (i, item) in items.iter().enumerate() {
            let iat = format!("{at}[{i}]");
            match item {
                Expr::Starred(inner) if starred_ok => self.expr(inner, &iat, depth + 1)?,
                other => self.expr(other, &iat, depth + 1)?,
            }
        }
        Ok(())
    }

    #[cfg(feature = "code")]
    fn imported(&self, name: &str) -> bool {
        self.program.import(name).is_some()
    }

    #[cfg(not(feature = "code"))]
    fn imported(&self, _: &str) -> bool {
        false
    }

    /// A call by name must name something that exists: a function of the
    /// program, a builtin, a class or a local variable.
    fn callee(&self, func: &Expr, at: &str) -> Result<(), LoadError> {
        let Expr::Name(n) = func else { return Ok(()) };
        let known = !self.from_tree
            || self.program.function(n).is_some()
            || crate::value::builtin_global(n).is_some()
            || self.locals.contains(n)
            || cfg!(feature = "code") && self.imported(n);
        if known {
            Ok(())
        } else {
            Err(err(
                format!("{at}.func"),
                format!(
                    "calls `{n}`, which is not defined; define an async function `{n}` or call one of: {}",
                    self.program.functions.iter().map(|f| f.name.as_str()).collect_vec().joined(", ")
                ),
            ))
        }
    }
}

/// An `except` naming a class of asyncio's Python half (`asyncio.QueueEmpty`).
#[cfg_attr(not(feature = "code"), allow(unused_variables))]
fn library_class(kind: &str) -> bool {
    #[cfg(feature = "code")]
    return crate::asyncio_py::exports_qualified(kind);
    #[cfg(not(feature = "code"))]
    false
}

/// What CPython's parser and compiler check of an `except*` handler `h`
/// (at `at`), given whether its `try`'s first handler is one (`star`).
#[cfg(feature = "asyncio-py")]
fn star_handler(h: &crate::program::Handler, star: bool, at: &str) -> Result<(), LoadError> {
    if h.star != star {
        return Err(err(
            format!("{at}.star"),
            "a `try` has `except` handlers or `except*` handlers, not both",
        ));
    }
    if h.star && h.kind.is_none() {
        return Err(err(
            format!("{at}.type"),
            "an `except*` handler names the classes it catches",
        ));
    }
    if h.star && crate::program::leaves_except_star(&h.body) {
        return Err(err(
            format!("{at}.body"),
            "`break`, `continue` and `return` cannot leave an `except*` handler",
        ));
    }
    Ok(())
}
