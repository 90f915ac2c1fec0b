//! The symbol table's and the compiler's rules, recorded while the grammar
//! is read (`symtable.c`, `compile.c`): each scope's names and what they
//! are (parameter, local, used, global, nonlocal, annotated), the blocks
//! `break`, `continue` and `return` may leave, and where `await` and
//! `yield` may stand. Their errors are kept, not raised, because CPython
//! reports them only once the whole file parses: the symbol table's first,
//! then, after its walk, a `nonlocal` with no binding, then the compiler's
//! first in the file (`check` in `mod.rs`).

use super::{python, Checker, Ex, Kind, Pos, R};

/// What kind of block a scope is, for the compiler's and the symbol
/// table's rules.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Block {
    Module,
    Class,
    Function {
        is_async: bool,
    },
    Lambda,
    /// A comprehension or generator expression: CPython's message name.
    Comprehension(&'static str),
}

/// What the compiler's frame blocks say about `break`, `continue` and
/// `return` (`compiler_unwind_fblock_stack`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Frame {
    Loop,
    ExceptStar,
}

// The symbol table's flags for a name in one scope (`symtable.h`).
pub(super) const PARAM: u8 = 1;
pub(super) const LOCAL: u8 = 2;
pub(super) const USE: u8 = 4;
pub(super) const ANNOT: u8 = 8;
pub(super) const GLOBAL: u8 = 16;
pub(super) const NONLOCAL: u8 = 32;

/// One scope of the symbol table.
pub(super) struct Scope {
    pub(super) block: Block,
    pub(super) parent: Option<usize>,
    /// Each name with its flags, in the order first met.
    pub(super) names: Vec<(String, u8)>,
    /// The `nonlocal` declarations, to resolve after the walk, and the
    /// `global` ones.
    pub(super) nonlocals: Vec<(String, Pos)>,
    pub(super) globals: Vec<(String, Pos)>,
    /// `break`/`continue`/`return` context, innermost last.
    pub(super) frames: Vec<Frame>,
    /// Whether a `yield` makes it a generator.
    pub(super) generator: bool,
    /// `return value` statements, which an async generator may not have.
    pub(super) returns: Vec<Pos>,
    /// An `await` or `async for` in a comprehension.
    pub(super) awaits: bool,
    /// The names a comprehension's `:=` binds, with where.
    pub(super) walruses: Vec<(String, Pos)>,
}

impl Scope {
    pub(super) fn new(block: Block, parent: Option<usize>) -> Scope {
        Scope {
            block,
            parent,
            names: Vec::new(),
            nonlocals: Vec::new(),
            globals: Vec::new(),
            frames: Vec::new(),
            generator: false,
            returns: Vec::new(),
            awaits: false,
            walruses: Vec::new(),
        }
    }

    pub(super) fn flags(&self, name: &str) -> u8 {
        self.names
            .iter()
            .find(|(n, _)| n == name)
            .map_or(0, |(_, f)| *f)
    }
}

impl Checker<'_> {
    pub(super) fn compile_error(&mut self, at: Pos, message: impl Into<String>) {
        if self.quiet {
            return;
        }
        let e = python(at.0, at.1, message);
        match &self.compiler {
            Some(first) if (first.line, first.col) <= at => {}
            _ => self.compiler = Some(e),
        }
    }

    pub(super) fn symtable_error(&mut self, at: Pos, message: impl Into<String>) {
        if !self.quiet && self.symtable.is_none() {
            self.symtable = Some(python(at.0, at.1, message));
        }
    }

    /// Marks `name` in the current scope; returns where, and its flags
    /// before, for `bind`.
    pub(super) fn mark(&mut self, name: &str, flag: u8) -> Option<(usize, usize, u8)> {
        self.mark_in(self.scope, name, flag)
    }

    /// Marks `name` in scope `at` (nothing while a reading is tried).
    fn mark_in(&mut self, at: usize, name: &str, flag: u8) -> Option<(usize, usize, u8)> {
        if self.quiet {
            return None;
        }
        let scope = &mut self.scopes[at];
        match scope.names.iter().position(|(n, _)| n == name) {
            Some(i) => {
                let before = scope.names[i].1;
                scope.names[i].1 |= flag;
                Some((at, i, before))
            }
            None => {
                scope.names.push((name.to_string(), flag));
                Some((at, scope.names.len() - 1, 0))
            }
        }
    }

    /// The expression turned out to be assigned to, as soon as its `=`
    /// (or `in`, `as`...) is read: its names are bindings, not the uses
    /// they were read as.
    pub(super) fn bind(&mut self, e: &Ex) {
        if let Some((scope, i, before)) = e.mark {
            self.scopes[scope].names[i].1 = before | LOCAL;
            if self.scopes[scope].names[i].0 == "__debug__" {
                self.compile_error(e.at, "cannot assign to __debug__");
            }
        }
        for item in &e.items {
            if matches!(
                item.kind,
                Kind::Name | Kind::Starred | Kind::Tuple | Kind::List
            ) {
                self.bind(item);
            }
        }
    }

    pub(super) fn block(&self) -> Block {
        self.scopes[self.scope].block
    }

    /// The nearest scope that is not a comprehension (whose `await` and
    /// `yield` belong to the function around it).
    pub(super) fn enter(&mut self, block: Block) -> usize {
        let outer = self.scope;
        self.scopes.push(Scope::new(block, Some(outer)));
        self.scope = self.scopes.len() - 1;
        outer
    }

    pub(super) fn leave(&mut self, outer: usize) {
        let scope = &self.scopes[self.scope];
        if let (Block::Function { is_async: true }, true) = (scope.block, scope.generator) {
            for at in scope.returns.clone() {
                self.compile_error(at, "'return' with value in async generator");
            }
        }
        self.scope = outer;
    }

    /// `break` or `continue`: inside a loop of this function, and not
    /// leaving an `except*` block.
    pub(super) fn loop_control(&mut self, word: &str, at: Pos) {
        let frames = &self.scopes[self.scope].frames;
        let message = match frames
            .iter()
            .rev()
            .find(|f| **f == Frame::Loop || **f == Frame::ExceptStar)
        {
            Some(Frame::Loop) => return,
            Some(Frame::ExceptStar) => {
                "'break', 'continue' and 'return' cannot appear in an except* block"
            }
            None if word == "break" => "'break' outside loop",
            None => "'continue' not properly in loop",
        };
        self.compile_error(at, message);
    }

    pub(super) fn returns(&mut self, at: Pos, valued: bool) {
        let scope = &self.scopes[self.scope];
        if !matches!(scope.block, Block::Function { .. }) {
            return self.compile_error(at, "'return' outside function");
        }
        if scope.frames.contains(&Frame::ExceptStar) {
            return self.compile_error(
                at,
                "'break', 'continue' and 'return' cannot appear in an except* block",
            );
        }
        if valued && !self.quiet {
            self.scopes[self.scope].returns.push(at);
        }
    }

    /// `global x` or `nonlocal x`, as `symtable_visit_stmt` checks them.
    pub(super) fn declare(&mut self, name: &str, global: bool, at: Pos) {
        let (word, flag) = if global {
            ("global", GLOBAL)
        } else {
            ("nonlocal", NONLOCAL)
        };
        let flags = self.scopes[self.scope].flags(name);
        let problem = if flags & PARAM != 0 {
            Some(format!("name '{name}' is parameter and {word}"))
        } else if flags & USE != 0 {
            Some(format!("name '{name}' is used prior to {word} declaration"))
        } else if flags & ANNOT != 0 {
            Some(format!("annotated name '{name}' can't be {word}"))
        } else if flags & LOCAL != 0 {
            Some(format!(
                "name '{name}' is assigned to before {word} declaration"
            ))
        } else {
            None
        };
        match problem {
            Some(message) => self.symtable_error(at, message),
            None => {
                self.mark(name, flag);
                if !self.quiet {
                    let scope = &mut self.scopes[self.scope];
                    let list = if global {
                        &mut scope.globals
                    } else {
                        &mut scope.nonlocals
                    };
                    list.push((name.to_string(), at));
                }
            }
        }
    }

    /// After the walk: each `nonlocal` must find a binding in a function
    /// around it (`analyze_name`).
    pub(super) fn analyze(&self) -> R<()> {
        for scope in &self.scopes {
            for (name, at) in &scope.nonlocals {
                if scope.block == Block::Module {
                    return Err(python(
                        at.0,
                        at.1,
                        "nonlocal declaration not allowed at module level",
                    ));
                }
                if scope.flags(name) & GLOBAL != 0 {
                    // CPython places it at the name's first declaration.
                    let global = scope
                        .globals
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, at)| *at);
                    let at = global.map_or(*at, |g| g.min(*at));
                    return Err(python(
                        at.0,
                        at.1,
                        format!("name '{name}' is nonlocal and global"),
                    ));
                }
                let mut outer = scope.parent;
                let mut found = false;
                while let Some(i) = outer {
                    let s = &self.scopes[i];
                    match s.block {
                        Block::Module => break,
                        Block::Class => {}
                        _ => {
                            let flags = s.flags(name);
                            if flags & GLOBAL != 0 {
                                break;
                            }
                            if flags & (PARAM | LOCAL | NONLOCAL) != 0 {
                                found = true;
                                break;
                            }
                        }
                    }
                    outer = s.parent;
                }
                if !found {
                    return Err(python(
                        at.0,
                        at.1,
                        format!("no binding for nonlocal '{name}' found"),
                    ));
                }
            }
        }
        Ok(())
    }

    /// A starred expression alone, where a value is read (`x = *a`).
    pub(super) fn no_bare_star(&mut self, e: &Ex) {
        if e.kind == Kind::Starred {
            self.compile_error(e.at, "can't use starred expression here");
        }
    }

    /// The compiler's rules for starred targets.
    pub(super) fn check_starred_target(&mut self, t: &Ex) {
        match t.kind {
            Kind::Starred => {
                self.compile_error(t.at, "starred assignment target must be in a list or tuple")
            }
            Kind::Tuple | Kind::List => {
                let stars = t.items.iter().filter(|e| e.kind == Kind::Starred).count();
                if stars > 1 {
                    self.compile_error(t.at, "multiple starred expressions in assignment");
                }
                for item in &t.items {
                    match item.kind {
                        Kind::Starred => self.check_starred_target(&item.items[0]),
                        _ => self.check_starred_target(item),
                    }
                }
            }
            _ => {}
        }
    }

    pub(super) fn add_parameters(&mut self, params: Vec<(String, Pos)>) {
        for (name, at) in params {
            if name == "__debug__" {
                self.compile_error(at, "cannot assign to __debug__");
            }
            if self.scopes[self.scope].flags(&name) & PARAM != 0 {
                self.symtable_error(
                    at,
                    format!("duplicate argument '{name}' in function definition"),
                );
            }
            self.mark(&name, PARAM);
        }
    }

    pub(super) fn in_loop(&mut self, body: impl FnOnce(&mut Self) -> R<()>) -> R<()> {
        self.scopes[self.scope].frames.push(Frame::Loop);
        let result = body(self);
        self.scopes[self.scope].frames.pop();
        result
    }

    /// Binds `x := ...`'s name: in a comprehension, in the function
    /// around it, with the symbol table's rules about that.
    pub(super) fn walrus_target(&mut self, e: &Ex) {
        let Some((scope, i, before)) = e.mark else {
            return;
        };
        if self.in_iterable {
            return self.symtable_error(
                e.at,
                "assignment expression cannot be used in a comprehension iterable expression",
            );
        }
        if !matches!(self.scopes[scope].block, Block::Comprehension(_)) {
            return self.bind(e);
        }
        let name = self.scopes[scope].names[i].0.clone();
        self.scopes[scope].names[i].1 = before;
        // The comprehension's own variables are known once its `for`s are
        // read, after the element (`comprehension` checks them).
        if !self.quiet {
            self.scopes[scope].walruses.push((name.clone(), e.at));
        }
        let mut at = Some(scope);
        while let Some(s) = at {
            match self.scopes[s].block {
                Block::Comprehension(_) => at = self.scopes[s].parent,
                Block::Class => {
                    return self.symtable_error(
                        e.at,
                        "assignment expression within a comprehension cannot be used in a class body",
                    );
                }
                _ => {
                    self.mark_in(s, &name, LOCAL);
                    return;
                }
            }
        }
    }

    /// `compiler_visit_expr`'s rules for `await`.
    pub(super) fn awaited(&mut self, at: Pos) {
        match self.block() {
            Block::Function { is_async: true } => {}
            Block::Comprehension(_) => {
                if !self.quiet {
                    self.scopes[self.scope].awaits = true;
                }
            }
            Block::Function { .. } | Block::Lambda => {
                self.compile_error(at, "'await' outside async function")
            }
            Block::Module | Block::Class => self.compile_error(at, "'await' outside function"),
        }
    }
}
