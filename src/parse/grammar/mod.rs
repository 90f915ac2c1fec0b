//! Python's whole grammar, checked before the subset is read.
//!
//! CPython rejects a program with a SyntaxError before running any of it,
//! wherever in the file the mistake is; the subset parser (`source.rs`)
//! stops at the first construct it does not model. So that a program
//! with a real mistake gets Python's error even when an unsupported
//! construct comes first, this module recognizes all of Python 3.11's
//! syntax (building nothing) and reports what CPython reports, in
//! CPython's order of phases:
//!
//! 1. the tokenizer's errors (the lexer's, anywhere in the file: CPython
//!    tokenizes the rest of the file after a parser error, and a
//!    tokenizer error there wins);
//! 2. the parser's: the first place the grammar fails, with the message
//!    of the `invalid_*` rule of `Grammar/python.gram` that matches, or
//!    "invalid syntax"; "'(' was never closed" when the parse fails at
//!    the end of the file or on a later line than the unclosed bracket
//!    (`_PyPegen_tokenize_full_source_to_check_for_errors`);
//! 3. the symbol table's (`symtable.c`): duplicate parameters, `global`
//!    and `nonlocal` misplaced, `yield` in a comprehension, `import *` in
//!    a function; then, after the whole walk, a `nonlocal` with no binding;
//! 4. the compiler's (`compile.c`), first in the file: `return`, `yield`
//!    and `await` outside their functions, `break` and `continue` outside
//!    loops or in an `except*` block, starred expressions where they
//!    cannot be, a repeated keyword argument, a bare `except:` not last.
//!
//! What lives here is only the check; what the program means is read by
//! `source.rs` afterwards. This file is the grammar (statements and
//! expressions, and what an expression is as a target); `scopes.rs`
//! records the symbol table's and the compiler's rules as it reads, and
//! `patterns.rs` reads `match` statements. The messages are CPython's words, not ours:
//! they are what CPython prints, and tests compare them with `python3`.

mod patterns;
mod scopes;

use super::lexer::{Lexed, Tok, Token};
use super::{is_keyword, Raised, SyntaxError};
use scopes::{Block, Frame, Scope, ANNOT, GLOBAL, LOCAL, NONLOCAL, USE};

/// Where a token or an expression starts: line (1-based), column (0-based).
type Pos = (usize, usize);

/// How deep expressions may nest in the check (a refusal beyond: the
/// subset's reader stops at 40 levels anyway).
const MAX_NESTING: usize = 50;

/// The parser's message when no rule says more.
const GENERIC: &str = "invalid syntax";

/// The augmented assignment operators.
const AUGMENTED: [&str; 13] = [
    "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=",
];

/// What an expression is, as far as the rules about targets care: the
/// names are `_PyPegen_get_expr_name`'s, which CPython's messages quote.
#[derive(Clone, Debug)]
struct Ex {
    at: Pos,
    kind: Kind,
    /// A bitwise-or-level expression (an operand of a comparison): what
    /// `invalid_named_expression` looks for before an `=`.
    operand: bool,
    /// Written in parentheses: `(a, b)` is a tuple display, not a bare
    /// tuple, and `(x)` is still a name.
    parenthesized: bool,
    /// A tuple's or list's items; a starred expression's operand.
    items: Vec<Ex>,
    /// For a name: where the symbol table marked its use, and the name's
    /// flags before, to turn the use into a binding when the expression
    /// turns out to be a target.
    mark: Option<(usize, usize, u8)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Name,
    Attribute,
    Subscript,
    Starred,
    Tuple,
    List,
    /// Anything else, by the name CPython gives it ("literal", "function
    /// call", "True"...).
    Other(&'static str),
}

impl Ex {
    fn other(at: Pos, name: &'static str) -> Ex {
        Ex::of(at, Kind::Other(name), Vec::new())
    }

    /// A tuple, list or starred expression of `items`.
    fn of(at: Pos, kind: Kind, items: Vec<Ex>) -> Ex {
        Ex {
            at,
            kind,
            operand: false,
            parenthesized: false,
            items,
            mark: None,
        }
    }

    /// A display in brackets: an operand, unlike a bare tuple.
    fn display(at: Pos, kind: Kind, items: Vec<Ex>) -> Ex {
        Ex {
            operand: true,
            parenthesized: kind == Kind::Tuple,
            ..Ex::of(at, kind, items)
        }
    }

    /// The name CPython's messages give this expression.
    fn name(&self) -> &'static str {
        match self.kind {
            Kind::Name => "name",
            Kind::Attribute => "attribute",
            Kind::Subscript => "subscript",
            Kind::Starred => "starred",
            Kind::Tuple => "tuple",
            Kind::List => "list",
            Kind::Other(name) => name,
        }
    }

    /// The first part that cannot be assigned to (or deleted, `del`
    /// refusing a starred one too), as `_PyPegen_get_invalid_target`
    /// finds it.
    fn invalid_target(&self, del: bool) -> Option<&Ex> {
        match self.kind {
            Kind::Name | Kind::Attribute | Kind::Subscript => None,
            Kind::Starred if del => Some(self),
            Kind::Starred => self.items[0].invalid_target(del),
            Kind::Tuple | Kind::List => self.items.iter().find_map(|e| e.invalid_target(del)),
            Kind::Other(_) => Some(self),
        }
    }

    /// Is it a single name, attribute or subscript (what `+=` and an
    /// annotation take)?
    fn is_single_target(&self) -> bool {
        matches!(self.kind, Kind::Name | Kind::Attribute | Kind::Subscript)
    }
}

struct Checker<'t> {
    toks: &'t [Token],
    pos: usize,
    /// Open brackets around the current token: where a missing comma is
    /// guessed at.
    depth: usize,
    /// The line the end of the file is reported on.
    last_line: usize,
    scopes: Vec<Scope>,
    /// The current scope.
    scope: usize,
    /// The furthest token looked at: where CPython's parser had read to
    /// when it failed, which decides whether an unclosed bracket is named.
    furthest: std::cell::Cell<usize>,
    /// While reading an expression as CPython's `expression_without_invalid`
    /// reads it: without the guesses about what was meant.
    plain: bool,
    /// How deep the expression being read is (`nested`).
    nesting: usize,
    /// While reading a comprehension's iterable, where `:=` may not be.
    in_iterable: bool,
    /// While trying one reading of the text that may be given up (a
    /// `match` statement or a parenthesized `with`), nothing is recorded.
    quiet: bool,
    /// The first error of each later phase: the symbol table's walk, its
    /// analysis, the compiler's (by place in the file).
    symtable: Option<SyntaxError>,
    compiler: Option<SyntaxError>,
}

/// Checks a program against Python's grammar and the compiler's rules, in
/// CPython's order: the first error CPython would report, if any.
pub(super) fn check(lexed: &Lexed) -> Result<(), SyntaxError> {
    let toks = &lexed.tokens;
    let mut c = Checker::new(toks, lexed.last_line, Block::Module);
    let parsed = c.file();
    // Whether the parse looked as far as the end of the tokens (and at the
    // tokenizer's error, if it stopped there).
    let ran_out = c.furthest.get() >= toks.len();
    let read_to = toks.get(c.furthest.get()).map_or(usize::MAX, |t| t.line);
    if let Some(e) = &lexed.error {
        // The parse met the tokenizer's error, or failed before it: then
        // the tokenizer's own errors still win (CPython's rescan), but not
        // over an unexpected indent, after which it does not rescan.
        return match parsed {
            Err(p) if !(ran_out || lexed.replaces_parser_errors && rescanned(&p)) => Err(p),
            _ => Err(e.clone()),
        };
    }
    if let Err(e) = parsed {
        // What the check itself refuses (nesting too deep) stands.
        if e.raised.is_none() {
            return Err(e);
        }
        // A parse that fails at the end of the file, or past the line of a
        // bracket never closed, is reported as that bracket.
        if let Some((open, line, col)) = lexed.unclosed {
            if ran_out || (read_to > line && rescanned(&e)) {
                return Err(python(line, col, format!("'{open}' was never closed")));
            }
        }
        return Err(e);
    }
    if let Some(e) = c.symtable.take() {
        return Err(e);
    }
    c.analyze()?;
    match c.compiler.take() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Whether CPython tokenizes the rest of the file after this parser error
/// (it does not after an unexpected indent or unindent).
fn rescanned(e: &SyntaxError) -> bool {
    e.raised != Some(Raised::IndentationError) || !e.message.starts_with("unexpected")
}

/// A SyntaxError as CPython raises it.
fn python(line: usize, col: usize, message: impl Into<String>) -> SyntaxError {
    let mut e = SyntaxError::at(line, col, message);
    e.raised = Some(Raised::SyntaxError);
    e
}

/// An IndentationError as CPython raises it.
fn indentation(line: usize, col: usize, message: impl Into<String>) -> SyntaxError {
    let mut e = SyntaxError::at(line, col, message);
    e.raised = Some(Raised::IndentationError);
    e
}

/// `invalid_comprehension`: a starred element before `for`.
fn no_unpacking(element: &Ex) -> R<()> {
    match element.kind {
        Kind::Starred => Err(python(
            element.at.0,
            element.at.1,
            "iterable unpacking cannot be used in comprehension",
        )),
        _ => Ok(()),
    }
}

/// Can `tok` start an expression?
fn starts_expression(tok: Option<&Tok>) -> bool {
    match tok {
        Some(Tok::Name(w)) => {
            !is_keyword(w)
                || matches!(
                    w.as_str(),
                    "True" | "False" | "None" | "not" | "lambda" | "await"
                )
        }
        Some(Tok::Int(_) | Tok::IntMinMagnitude | Tok::Float(_) | Tok::Str { .. }) => true,
        Some(Tok::Op(op)) => matches!(*op, "(" | "[" | "{" | "-" | "+" | "~" | "..."),
        _ => false,
    }
}

type R<T> = Result<T, SyntaxError>;

impl<'t> Checker<'t> {
    /// A checker at the start of `toks`, in one scope of kind `block`.
    fn new(toks: &'t [Token], last_line: usize, block: Block) -> Checker<'t> {
        Checker {
            toks,
            pos: 0,
            depth: 0,
            last_line,
            scopes: vec![Scope::new(block, None)],
            scope: 0,
            furthest: std::cell::Cell::new(0),
            plain: false,
            nesting: 0,
            in_iterable: false,
            quiet: false,
            symtable: None,
            compiler: None,
        }
    }

    /// Tries a reading of the text that may be given up: nothing is
    /// recorded, and where the reading was (its position, brackets, scope,
    /// should it fail inside a comprehension) is restored after.
    fn attempt(&mut self, read: impl FnOnce(&mut Self) -> bool) -> bool {
        let saved = (self.pos, self.depth, self.quiet, self.plain, self.scope);
        self.quiet = true;
        let read = read(self);
        (self.pos, self.depth, self.quiet, self.plain, self.scope) = saved;
        read
    }

    // ---- tokens ----

    fn tok(&self) -> Option<&'t Tok> {
        self.look(self.pos)
    }

    fn tok_at(&self, ahead: usize) -> Option<&'t Tok> {
        self.look(self.pos + ahead)
    }

    fn look(&self, at: usize) -> Option<&'t Tok> {
        self.furthest.set(self.furthest.get().max(at));
        self.toks.get(at).map(|t| &t.tok)
    }

    /// Where the current token is (the end of the file after the last).
    fn here(&self) -> Pos {
        match self.toks.get(self.pos) {
            Some(t) => (t.line, t.col),
            None => (self.last_line, 0),
        }
    }

    fn bump(&mut self) {
        if let Some(Tok::Op(op)) = self.tok() {
            match *op {
                "(" | "[" | "{" => self.depth += 1,
                ")" | "]" | "}" => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
        }
        self.pos += 1;
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Some(Tok::Op(o)) if *o == op)
    }

    fn is_kw(&self, word: &str) -> bool {
        matches!(self.tok(), Some(Tok::Name(w)) if w == word)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        let yes = self.is_op(op);
        if yes {
            self.bump();
        }
        yes
    }

    fn eat_kw(&mut self, word: &str) -> bool {
        let yes = self.is_kw(word);
        if yes {
            self.bump();
        }
        yes
    }

    /// The generic error, at the token the parse could not take.
    /// The generic error is placed at the furthest token the parse read
    /// (CPython's `last_token`), which is past the current one when an
    /// operator's operand failed (`1 + *`).
    fn invalid(&self) -> SyntaxError {
        let at = self.furthest.get().max(self.pos);
        let (line, col) = match self.toks.get(at) {
            Some(t) => (t.line, t.col),
            None => (self.last_line, 0),
        };
        match self.toks.get(at).map(|t| &t.tok) {
            Some(Tok::Indent) => indentation(line, col, "unexpected indent"),
            Some(Tok::Dedent) => indentation(line, col, "unexpected unindent"),
            _ => python(line, col, GENERIC),
        }
    }

    fn error(&self, message: impl Into<String>) -> SyntaxError {
        let (line, col) = self.here();
        python(line, col, message)
    }

    fn expect_op(&mut self, op: &str) -> R<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    /// A `:` that CPython's grammar forces (`&&':'`: after `def`,
    /// `try`, `else`, `finally`).
    fn colon(&mut self) -> R<()> {
        if self.eat_op(":") {
            Ok(())
        } else {
            Err(self.error("expected ':'"))
        }
    }

    /// A `:` whose absence is named only at the end of the line (`if`,
    /// `while`, `for`, `with`, `class`, `except`: their `invalid_*_stmt`
    /// rules); anything else there is invalid syntax.
    fn colon_at_newline(&mut self) -> R<()> {
        if self.eat_op(":") {
            Ok(())
        } else if matches!(self.tok(), Some(Tok::Newline)) {
            Err(self.error("expected ':'"))
        } else {
            Err(self.invalid())
        }
    }

    /// A name that is not a keyword.
    fn name(&mut self) -> R<String> {
        match self.tok() {
            Some(Tok::Name(w)) if !is_keyword(w) => {
                self.bump();
                Ok(w.clone())
            }
            _ => Err(self.invalid()),
        }
    }

    fn is_name(&self) -> bool {
        matches!(self.tok(), Some(Tok::Name(w)) if !is_keyword(w))
    }

    // ---- the later phases' records ----

    // ---- statements ----

    fn file(&mut self) -> R<()> {
        while self.tok().is_some() {
            self.statement()?;
        }
        Ok(())
    }

    fn statement(&mut self) -> R<()> {
        match self.tok() {
            Some(Tok::Newline) => {
                self.bump();
                Ok(())
            }
            Some(Tok::Indent) => Err(self.invalid()),
            Some(Tok::Name(w)) => match w.as_str() {
                "def" => self.function(false, self.here()),
                "class" => self.class(),
                "if" => self.if_statement(),
                "while" => self.while_statement(),
                "for" => self.for_statement(false),
                "try" => self.try_statement(),
                "with" => self.with_statement(false),
                "async" => {
                    let at = self.here();
                    self.bump();
                    match self.tok() {
                        Some(Tok::Name(w)) if w == "def" => self.function(true, at),
                        Some(Tok::Name(w)) if w == "for" => self.for_statement(true),
                        Some(Tok::Name(w)) if w == "with" => self.with_statement(true),
                        _ => Err(self.invalid()),
                    }
                }
                "match" if self.match_statement()? => Ok(()),
                _ => self.simple_statements(),
            },
            Some(Tok::Op("@")) => self.decorated(),
            _ => self.simple_statements(),
        }
    }

    /// The indented block after a compound statement's `:` (or the
    /// simple statements on the same line); `what` names the statement in
    /// CPython's IndentationError.
    fn suite(&mut self, what: &str, line: usize) -> R<()> {
        if !matches!(self.tok(), Some(Tok::Newline)) {
            return self.simple_statements();
        }
        self.bump();
        if !matches!(self.tok(), Some(Tok::Indent)) {
            let (line_at, col) = self.here();
            return Err(indentation(
                line_at,
                col,
                format!("expected an indented block after {what} on line {line}"),
            ));
        }
        self.bump();
        while !matches!(self.tok(), Some(Tok::Dedent) | None) {
            self.statement()?;
        }
        self.bump();
        Ok(())
    }

    fn simple_statements(&mut self) -> R<()> {
        loop {
            self.simple_statement()?;
            if !self.eat_op(";") {
                break;
            }
            if matches!(self.tok(), Some(Tok::Newline) | None) {
                break;
            }
        }
        match self.tok() {
            Some(Tok::Newline) => {
                self.bump();
                Ok(())
            }
            None => Ok(()),
            _ => Err(self.invalid()),
        }
    }

    fn simple_statement(&mut self) -> R<()> {
        let at = self.here();
        let Some(Tok::Name(w)) = self.tok() else {
            return self.expression_statement();
        };
        match w.as_str() {
            "pass" => self.bump(),
            "break" | "continue" => {
                self.bump();
                self.loop_control(w, at);
            }
            "return" => {
                self.bump();
                let valued = !self.at_statement_end();
                if valued {
                    let e = self.star_expressions()?;
                    self.no_bare_star(&e);
                }
                self.returns(at, valued);
            }
            "raise" => {
                self.bump();
                if !self.at_statement_end() {
                    self.expression()?;
                    if self.eat_kw("from") {
                        self.expression()?;
                    }
                }
            }
            "global" | "nonlocal" => {
                self.bump();
                loop {
                    let at = self.here();
                    let name = self.name()?;
                    self.declare(&name, w == "global", at);
                    if !self.eat_op(",") {
                        break;
                    }
                }
            }
            "del" => {
                self.bump();
                let e = self.star_expressions()?;
                if let Some(bad) = e.invalid_target(true) {
                    return Err(python(
                        bad.at.0,
                        bad.at.1,
                        format!("cannot delete {}", bad.name()),
                    ));
                }
                self.bind(&e);
            }
            "assert" => {
                self.bump();
                self.expression()?;
                if self.eat_op(",") {
                    self.expression()?;
                }
            }
            "import" => {
                self.bump();
                loop {
                    let first = self.dotted_name()?;
                    let bound = if self.eat_kw("as") {
                        self.name()?
                    } else {
                        first
                    };
                    self.mark(&bound, 0);
                    if !self.eat_op(",") {
                        break;
                    }
                }
            }
            "from" => self.import_from()?,
            _ => self.expression_statement()?,
        }
        Ok(())
    }

    fn at_statement_end(&self) -> bool {
        matches!(self.tok(), Some(Tok::Newline) | Some(Tok::Op(";")) | None)
    }

    fn dotted_name(&mut self) -> R<String> {
        let first = self.name()?;
        while self.eat_op(".") {
            self.name()?;
        }
        Ok(first)
    }

    fn import_from(&mut self) -> R<()> {
        self.bump();
        let mut dots = 0;
        while self.is_op(".") || self.is_op("...") {
            dots += 1;
            self.bump();
        }
        if dots == 0 || !self.is_kw("import") {
            self.dotted_name()?;
        }
        if !self.eat_kw("import") {
            return Err(self.invalid());
        }
        if self.is_op("*") {
            let at = self.here();
            self.bump();
            if self.block() != Block::Module {
                self.symtable_error(at, "import * only allowed at module level");
            }
            return Ok(());
        }
        let parenthesized = self.eat_op("(");
        loop {
            let name = self.name()?;
            let bound = if self.eat_kw("as") {
                self.name()?
            } else {
                name
            };
            self.mark(&bound, 0);
            if !self.eat_op(",") {
                break;
            }
            if parenthesized && self.is_op(")") {
                break;
            }
            if !parenthesized && self.at_statement_end() {
                return Err(
                    self.error("trailing comma not allowed without surrounding parentheses")
                );
            }
        }
        if parenthesized {
            self.expect_op(")")?;
        }
        Ok(())
    }

    fn expression_statement(&mut self) -> R<()> {
        let start = self.pos;
        let first = if self.is_kw("yield") {
            self.yield_expression()?
        } else {
            self.star_expressions()?
        };
        if let (Kind::Name, Some(Tok::Name(w))) = (first.kind, self.toks.get(start).map(|t| &t.tok))
        {
            if (w == "print" || w == "exec") && starts_expression(self.tok()) {
                return Err(python(
                    first.at.0,
                    first.at.1,
                    format!("Missing parentheses in call to '{w}'. Did you mean {w}(...)?"),
                ));
            }
        }
        if self.is_op(":") && starts_expression(self.tok_at(1)) {
            return self.annotated(first);
        }
        if self.is_op(":=") {
            if first.kind == Kind::Name && !first.parenthesized {
                return Err(self.invalid());
            }
            return Err(python(
                first.at.0,
                first.at.1,
                format!("cannot use assignment expressions with {}", first.name()),
            ));
        }
        if let Some(Tok::Op(op)) = self.tok() {
            if AUGMENTED.contains(op) {
                if !first.is_single_target() || first.parenthesized && first.kind != Kind::Name {
                    let name = if first.parenthesized && first.kind == Kind::Tuple {
                        "tuple"
                    } else {
                        first.name()
                    };
                    return Err(python(
                        first.at.0,
                        first.at.1,
                        format!("'{name}' is an illegal expression for augmented assignment"),
                    ));
                }
                self.bind(&first);
                self.bump();
                if self.is_kw("yield") {
                    self.yield_expression()?;
                } else {
                    let value = self.star_expressions()?;
                    self.no_bare_star(&value);
                }
                return Ok(());
            }
        }
        if !self.is_op("=") {
            self.no_bare_star(&first);
            return Ok(());
        }
        // A chain of targets, then the value; each target's names are
        // bound before what follows is read (`x = x + 1` uses `x` too).
        let mut targets = vec![first];
        let mut after_first = None;
        while self.is_op("=") {
            self.bind(targets.last().expect("a target before each `=`"));
            self.bump();
            if after_first.is_none() {
                after_first = Some(self.pos);
            }
            let e = if self.is_kw("yield") {
                self.yield_expression()?
            } else {
                self.star_expressions()?
            };
            targets.push(e);
        }
        let value = targets
            .pop()
            .expect("at least the first target and the value");
        for t in &targets {
            if let Kind::Other("yield expression") = t.kind {
                return Err(python(
                    t.at.0,
                    t.at.1,
                    "assignment to yield expression not possible",
                ));
            }
            if let Some(bad) = t.invalid_target(false) {
                return Err(self.assignment_error(&targets[0], after_first, bad));
            }
        }
        for t in &targets {
            self.check_starred_target(t);
        }
        self.no_bare_star(&value);
        Ok(())
    }

    /// CPython's message for an assignment to what cannot be assigned:
    /// `invalid_named_expression`'s guess that `=` meant `==` when the
    /// first target's last item is followed by `=` and one operand (`1 =
    /// x`), else "cannot assign to ..." (`invalid_assignment`).
    fn assignment_error(&mut self, first: &Ex, value_at: Option<usize>, bad: &Ex) -> SyntaxError {
        let last = match (first.kind, first.parenthesized) {
            (Kind::Tuple, false) => first.items.last(),
            _ => Some(first),
        };
        if let (Some(last), Some(value_at)) = (last, value_at) {
            if let Some(e) = self.meant_equals(last, value_at) {
                return e;
            }
        }
        python(
            bad.at.0,
            bad.at.1,
            format!("cannot assign to {}", bad.name()),
        )
    }

    /// `invalid_named_expression`'s guess, for `e` followed by `=` and what
    /// starts at token `value_at`: that `==` (or `:=`) was meant, when `e`
    /// is an operand and one operand follows alone (`1 = x`, `if x = 1:`).
    fn meant_equals(&mut self, e: &Ex, value_at: usize) -> Option<SyntaxError> {
        let excluded = matches!(e.kind, Kind::Tuple | Kind::List)
            || matches!(
                e.kind,
                Kind::Other("True" | "False" | "None" | "generator expression")
            );
        if !e.operand || excluded || !self.operand_alone_at(value_at) {
            return None;
        }
        let message = if e.kind == Kind::Name && !e.parenthesized {
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string()
        } else {
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                e.name()
            )
        };
        Some(python(e.at.0, e.at.1, message))
    }

    /// Does an operand (a bitwise-or expression) start at token `at`, not
    /// followed by `=` or `:=`?
    fn operand_alone_at(&mut self, at: usize) -> bool {
        self.attempt(|c| {
            c.pos = at;
            c.bitwise_or().is_ok() && !c.is_op("=") && !c.is_op(":=")
        })
    }

    /// `x: T` or `x: T = value`.
    fn annotated(&mut self, target: Ex) -> R<()> {
        if target.kind == Kind::Tuple && !target.parenthesized {
            return Err(python(
                target.at.0,
                target.at.1,
                "only single target (not tuple) can be annotated",
            ));
        }
        if matches!(target.kind, Kind::Tuple | Kind::List) {
            return Err(python(
                target.at.0,
                target.at.1,
                format!(
                    "only single target (not {}) can be annotated",
                    target.name()
                ),
            ));
        }
        if !target.is_single_target() {
            return Err(python(
                target.at.0,
                target.at.1,
                "illegal target for annotation",
            ));
        }
        self.bump();
        self.expression()?;
        // A simple name is the scope's, annotated, with a value or not
        // (`symtable_visit_stmt`'s AnnAssign).
        if let (Kind::Name, false, Some((scope, i, before))) =
            (target.kind, target.parenthesized, target.mark)
        {
            if before & (GLOBAL | NONLOCAL) != 0 && self.block() != Block::Module {
                let word = if before & GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                let name = self.scopes[scope].names[i].0.clone();
                self.symtable_error(
                    target.at,
                    format!("annotated name '{name}' can't be {word}"),
                );
            }
            self.scopes[scope].names[i].1 = before | ANNOT | LOCAL;
        }
        if self.eat_op("=") {
            self.bind(&target);
            if self.is_kw("yield") {
                self.yield_expression()?;
            } else {
                self.star_expressions()?;
            }
        }
        Ok(())
    }

    fn decorated(&mut self) -> R<()> {
        while self.eat_op("@") {
            self.named_expression()?;
            if !matches!(self.tok(), Some(Tok::Newline)) {
                return Err(self.invalid());
            }
            self.bump();
        }
        let at = self.here();
        match self.tok() {
            Some(Tok::Name(w)) if w == "def" => self.function(false, at),
            Some(Tok::Name(w)) if w == "class" => self.class(),
            Some(Tok::Name(w))
                if w == "async" && matches!(self.tok_at(1), Some(Tok::Name(d)) if d == "def") =>
            {
                self.bump();
                self.function(true, at)
            }
            _ => Err(self.invalid()),
        }
    }

    fn function(&mut self, is_async: bool, at: Pos) -> R<()> {
        self.bump();
        let name = self.name()?;
        self.mark(&name, LOCAL);
        if !self.is_op("(") {
            return Err(self.error("expected '('"));
        }
        self.bump();
        // Defaults and annotations are the enclosing scope's; the
        // parameters are the function's, entered once they are read.
        let params = self.parameters(")", true)?;
        self.expect_op(")")?;
        // `&&':'` comes after the optional `-> T`: a return annotation
        // that does not parse is a missing `:` where the arrow is.
        if self.is_op("->") {
            let arrow = self.here();
            self.bump();
            if self.expression().is_err() {
                return Err(python(arrow.0, arrow.1, "expected ':'"));
            }
        }
        self.colon()?;
        let outer = self.enter(Block::Function { is_async });
        self.add_parameters(params);
        let result = self.suite("function definition", at.0);
        self.leave(outer);
        result
    }

    /// A parameter list up to `close`, with CPython's errors about its
    /// order; returns the names, with where each is.
    fn parameters(&mut self, close: &str, annotated: bool) -> R<Vec<(String, Pos)>> {
        let mut names = Vec::new();
        let (mut slash, mut star, mut kwargs, mut default) = (false, false, false, false);
        let mut bare_star = None;
        while !self.is_op(close) {
            let at = self.here();
            if kwargs {
                return Err(self.error("arguments cannot follow var-keyword argument"));
            }
            if self.eat_op("/") {
                if slash {
                    return Err(python(at.0, at.1, "/ may appear only once"));
                }
                if star {
                    return Err(python(at.0, at.1, "/ must be ahead of *"));
                }
                if names.is_empty() {
                    return Err(python(at.0, at.1, "at least one argument must precede /"));
                }
                slash = true;
            } else if self.eat_op("**") {
                let n = self.name()?;
                if annotated && self.eat_op(":") {
                    self.expression()?;
                }
                if self.is_op("=") {
                    return Err(self.error("var-keyword argument cannot have default value"));
                }
                names.push((n, at));
                kwargs = true;
            } else if self.eat_op("*") {
                if star {
                    return Err(python(at.0, at.1, "* argument may appear only once"));
                }
                star = true;
                if self.is_op(",") || self.is_op(close) {
                    bare_star = Some(at);
                } else {
                    let n = self.name()?;
                    if annotated && self.eat_op(":") {
                        if self.eat_op("*") {
                            self.bitwise_or()?;
                        } else {
                            self.expression()?;
                        }
                    }
                    if self.is_op("=") {
                        return Err(self.error("var-positional argument cannot have default value"));
                    }
                    names.push((n, at));
                }
            } else {
                if self.is_op("(") {
                    return Err(self.error("Function parameters cannot be parenthesized"));
                }
                let n = self.name()?;
                if annotated && self.eat_op(":") {
                    self.expression()?;
                }
                if self.eat_op("=") {
                    if self.is_op(",") || self.is_op(close) {
                        return Err(self.error("expected default value expression"));
                    }
                    self.expression()?;
                    default = true;
                } else if default && !star {
                    return Err(python(
                        at.0,
                        at.1,
                        "non-default argument follows default argument",
                    ));
                }
                if bare_star.is_some() {
                    bare_star = None;
                }
                names.push((n, at));
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if let Some(at) = bare_star {
            return Err(python(at.0, at.1, "named arguments must follow bare *"));
        }
        Ok(names)
    }

    fn class(&mut self) -> R<()> {
        let line = self.here().0;
        self.bump();
        let name = self.name()?;
        self.mark(&name, LOCAL);
        if self.eat_op("(") {
            self.arguments(")")?;
            self.expect_op(")")?;
        }
        self.colon_at_newline()?;
        let outer = self.enter(Block::Class);
        let result = self.suite("class definition", line);
        self.leave(outer);
        result
    }

    fn if_statement(&mut self) -> R<()> {
        let mut what = "'if' statement";
        loop {
            let line = self.here().0;
            self.bump();
            self.named_expression()?;
            self.colon_at_newline()?;
            self.suite(what, line)?;
            if !self.is_kw("elif") {
                break;
            }
            what = "'elif' statement";
        }
        self.else_block()
    }

    fn else_block(&mut self) -> R<()> {
        if self.is_kw("else") {
            let line = self.here().0;
            self.bump();
            self.colon()?;
            self.suite("'else' statement", line)?;
        }
        Ok(())
    }

    fn while_statement(&mut self) -> R<()> {
        let line = self.here().0;
        self.bump();
        self.named_expression()?;
        self.colon_at_newline()?;
        self.in_loop(|c| c.suite("'while' statement", line))?;
        self.else_block()
    }

    fn for_statement(&mut self, is_async: bool) -> R<()> {
        let at = self.here();
        let line = at.0;
        if is_async && !matches!(self.block(), Block::Function { is_async: true }) {
            self.compile_error(at, "'async for' outside async function");
        }
        self.bump();
        let target = self.targets()?;
        if !self.eat_kw("in") {
            return Err(self.invalid());
        }
        let iterable = self.star_expressions()?;
        self.no_bare_star(&iterable);
        self.colon_at_newline()?;
        self.bind(&target);
        self.in_loop(|c| c.suite("'for' statement", line))?;
        self.else_block()
    }

    /// A `for`'s or a comprehension's targets, up to `in`.
    fn targets(&mut self) -> R<Ex> {
        let at = self.here();
        let mut items = Vec::new();
        let mut comma = false;
        loop {
            let start = self.pos;
            let e = if self.is_op("*") {
                self.starred()
            } else {
                self.bitwise_or()
            };
            // `invalid_for_target`: what is not a target, read as far as
            // an expression goes (`for not x in y`).
            let e = match e {
                Ok(_) if !self.is_kw("in") && !self.is_op(",") => {
                    self.pos = start;
                    self.star_expressions()?
                }
                Ok(e) => e,
                Err(error) => {
                    self.pos = start;
                    self.star_expressions().map_err(|_| error)?
                }
            };
            if let Some(bad) = e.invalid_target(false) {
                return Err(python(
                    bad.at.0,
                    bad.at.1,
                    format!("cannot assign to {}", bad.name()),
                ));
            }
            items.push(e);
            if !self.eat_op(",") || self.is_kw("in") {
                comma |= items.len() > 1;
                break;
            }
            comma = true;
        }
        if !comma {
            return Ok(items.pop().expect("one target"));
        }
        let t = Ex::of(at, Kind::Tuple, items);
        self.check_starred_target(&t);
        Ok(t)
    }

    fn try_statement(&mut self) -> R<()> {
        let line = self.here().0;
        self.bump();
        self.colon()?;
        self.suite("'try' statement", line)?;
        let (mut plain, mut star, mut bare): (bool, bool, Option<Pos>) = (false, false, None);
        while self.is_kw("except") {
            let at = self.here();
            self.bump();
            let is_star = self.eat_op("*");
            if is_star {
                star = true;
            } else {
                plain = true;
            }
            if plain && star {
                return Err(python(
                    at.0,
                    at.1,
                    "cannot have both 'except' and 'except*' on the same 'try'",
                ));
            }
            if let Some(b) = bare {
                self.compile_error(b, "default 'except:' must be last");
            }
            if self.is_op(":") {
                if is_star {
                    return Err(self.error("expected one or more exception types"));
                }
                bare = Some(at);
            } else {
                let e = self.expression()?;
                if self.is_op(",") {
                    let first = e.at;
                    self.bump();
                    self.expression()?;
                    while self.eat_op(",") {
                        self.expression()?;
                    }
                    if self.is_op(":") || self.is_kw("as") {
                        return Err(python(
                            first.0,
                            first.1,
                            "multiple exception types must be parenthesized",
                        ));
                    }
                    return Err(self.invalid());
                }
                if self.eat_kw("as") {
                    let name = self.name()?;
                    self.mark(&name, LOCAL);
                }
            }
            self.colon_at_newline()?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            if is_star {
                self.scopes[self.scope].frames.push(Frame::ExceptStar);
            }
            let result = self.suite(what, at.0);
            if is_star {
                self.scopes[self.scope].frames.pop();
            }
            result?;
        }
        let handled = plain || star;
        if handled {
            self.else_block()?;
        }
        if self.is_kw("finally") {
            let line = self.here().0;
            self.bump();
            self.colon()?;
            self.suite("'finally' statement", line)?;
        } else if !handled {
            return Err(self.error("expected 'except' or 'finally' block"));
        }
        Ok(())
    }

    fn with_statement(&mut self, is_async: bool) -> R<()> {
        let at = self.here();
        if is_async && !matches!(self.block(), Block::Function { is_async: true }) {
            self.compile_error(at, "'async with' outside async function");
        }
        self.bump();
        // `with (a as b, c):` is items in parentheses when a `:` follows
        // the `)`; otherwise the parenthesis is the expression's.
        if self.is_op("(") && self.parenthesized_items() {
            self.bump();
            loop {
                self.with_item()?;
                if !self.eat_op(",") || self.is_op(")") {
                    break;
                }
            }
            self.expect_op(")")?;
        } else {
            loop {
                self.with_item()?;
                if !self.eat_op(",") {
                    break;
                }
            }
        }
        self.colon_at_newline()?;
        self.suite("'with' statement", at.0)
    }

    fn parenthesized_items(&mut self) -> bool {
        self.attempt(|c| {
            c.bump();
            loop {
                if c.with_item().is_err() {
                    return false;
                }
                if !c.eat_op(",") || c.is_op(")") {
                    break;
                }
            }
            c.eat_op(")") && c.is_op(":")
        })
    }

    fn with_item(&mut self) -> R<()> {
        self.expression()?;
        if self.eat_kw("as") {
            let t = if self.is_op("*") {
                self.starred()?
            } else {
                self.bitwise_or()?
            };
            if let Some(bad) = t.invalid_target(false) {
                return Err(python(
                    bad.at.0,
                    bad.at.1,
                    format!("cannot assign to {}", bad.name()),
                ));
            }
            self.bind(&t);
        }
        Ok(())
    }

    // ---- match ----

    // ---- expressions ----

    /// `a, *b, c` (a tuple when there is a comma), as an expression
    /// statement, a `return`'s or an assignment's value.
    fn star_expressions(&mut self) -> R<Ex> {
        let at = self.here();
        let first = self.star_expression()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if !starts_expression(self.tok()) && !self.is_op("*") && !self.is_kw("yield") {
                break;
            }
            items.push(self.star_expression()?);
        }
        Ok(Ex::of(at, Kind::Tuple, items))
    }

    fn star_expression(&mut self) -> R<Ex> {
        if self.is_op("*") {
            self.starred()
        } else {
            self.expression()
        }
    }

    fn starred(&mut self) -> R<Ex> {
        let at = self.here();
        self.bump();
        let inner = self.bitwise_or()?;
        Ok(Ex::of(at, Kind::Starred, vec![inner]))
    }

    /// `x := value` or an expression, with `invalid_named_expression`'s
    /// guesses about an `=`.
    fn named_expression(&mut self) -> R<Ex> {
        self.named_expression_in(true)
    }

    /// `named_expression`; `guess` is false in a call's arguments, where
    /// `f(a.b=1)` gets `invalid_kwarg`'s message instead.
    fn named_expression_in(&mut self, guess: bool) -> R<Ex> {
        let e = self.expression()?;
        if self.is_op(":=") {
            if e.kind != Kind::Name || e.parenthesized {
                return Err(python(
                    e.at.0,
                    e.at.1,
                    format!("cannot use assignment expressions with {}", e.name()),
                ));
            }
            self.walrus_target(&e);
            self.bump();
            self.expression()?;
            return Ok(Ex::other(e.at, "named expression"));
        }
        if guess && self.is_op("=") {
            if let Some(error) = self.meant_equals(&e, self.pos + 1) {
                return Err(error);
            }
        }
        Ok(e)
    }

    /// An expression, one level deeper: every way an expression nests
    /// (brackets, a lambda's body, a conditional's `else`, a unary or
    /// `not` chain, `**`'s right side) comes through here, `factor` or
    /// `inversion`, which count the levels so that no text can exhaust
    /// the stack (CPython's own limit, 200 brackets, is the lexer's).
    fn expression(&mut self) -> R<Ex> {
        self.nested(Self::plain_expression)
    }

    fn nested(&mut self, read: fn(&mut Self) -> R<Ex>) -> R<Ex> {
        if self.nesting >= MAX_NESTING {
            let (line, col) = self.here();
            return Err(SyntaxError::at(
                line,
                col,
                "the program nests expressions more than 50 deep; split it up",
            ));
        }
        self.nesting += 1;
        let read = read(self);
        self.nesting -= 1;
        read
    }

    fn plain_expression(&mut self) -> R<Ex> {
        if self.is_kw("lambda") {
            return self.lambda();
        }
        let start = self.pos;
        let e = self.disjunction()?;
        if self.is_kw("if") {
            let at = e.at;
            self.bump();
            self.disjunction()?;
            if !self.is_op(":") && !self.eat_kw("else") {
                return Err(python(at.0, at.1, "expected 'else' after 'if' expression"));
            }
            self.expression()?;
            return Ok(Ex::other(at, "conditional expression"));
        }
        // `invalid_expression`: two expressions side by side, in brackets
        // a missing comma. (CPython reads the second one wherever it is,
        // which decides how far it read, `furthest`.)
        if !self.plain && starts_expression(self.tok()) && !self.is_kw("not") {
            let first = &self.toks[start].tok;
            let soft =
                matches!(first, Tok::Name(w) if matches!(w.as_str(), "match" | "case" | "_"));
            let name_then_string = matches!(first, Tok::Name(_))
                && matches!(
                    self.toks.get(start + 1).map(|t| &t.tok),
                    Some(Tok::Str { .. })
                );
            if !soft && !name_then_string {
                let second = self.attempt(|c| {
                    c.plain = true;
                    c.expression().is_ok()
                });
                if second && self.depth > 0 {
                    return Err(python(
                        e.at.0,
                        e.at.1,
                        "invalid syntax. Perhaps you forgot a comma?",
                    ));
                }
            }
        }
        Ok(e)
    }

    fn lambda(&mut self) -> R<Ex> {
        let at = self.here();
        self.bump();
        let params = self.parameters(":", false)?;
        self.expect_op(":")?;
        let outer = self.enter(Block::Lambda);
        self.add_parameters(params);
        let body = if self.is_kw("yield") {
            Err(self.invalid())
        } else {
            self.expression()
        };
        self.leave(outer);
        body?;
        Ok(Ex::other(at, "lambda"))
    }

    fn disjunction(&mut self) -> R<Ex> {
        let e = self.conjunction()?;
        if !self.is_kw("or") {
            return Ok(e);
        }
        while self.eat_kw("or") {
            self.conjunction()?;
        }
        Ok(Ex::other(e.at, "expression"))
    }

    fn conjunction(&mut self) -> R<Ex> {
        let e = self.inversion()?;
        if !self.is_kw("and") {
            return Ok(e);
        }
        while self.eat_kw("and") {
            self.inversion()?;
        }
        Ok(Ex::other(e.at, "expression"))
    }

    fn inversion(&mut self) -> R<Ex> {
        if self.is_kw("not") {
            let at = self.here();
            self.bump();
            self.nested(Self::inversion)?;
            return Ok(Ex::other(at, "expression"));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> R<Ex> {
        let e = self.bitwise_or()?;
        let mut compared = false;
        loop {
            match self.tok() {
                Some(Tok::Op("==" | "!=" | "<" | "<=" | ">" | ">=")) => self.bump(),
                Some(Tok::Name(w)) if w == "in" => self.bump(),
                Some(Tok::Name(w)) if w == "is" => {
                    self.bump();
                    self.eat_kw("not");
                }
                Some(Tok::Name(w))
                    if w == "not" && matches!(self.tok_at(1), Some(Tok::Name(i)) if i == "in") =>
                {
                    self.bump();
                    self.bump();
                }
                _ => break,
            }
            self.bitwise_or()?;
            compared = true;
        }
        Ok(if compared {
            Ex::other(e.at, "comparison")
        } else {
            e
        })
    }

    fn binary(&mut self, ops: &[&str], operand: fn(&mut Self) -> R<Ex>) -> R<Ex> {
        let e = operand(self)?;
        let mut combined = false;
        while matches!(self.tok(), Some(Tok::Op(o)) if ops.contains(o)) {
            // As a PEG parser does, an operator whose operand fails is left
            // for what follows to reject (only a specific error stands).
            let (pos, depth) = (self.pos, self.depth);
            self.bump();
            match operand(self) {
                Ok(_) => combined = true,
                Err(error) if error.message == GENERIC => {
                    (self.pos, self.depth) = (pos, depth);
                    break;
                }
                Err(error) => return Err(error),
            }
        }
        if combined {
            let mut x = Ex::other(e.at, "expression");
            x.operand = true;
            return Ok(x);
        }
        Ok(e)
    }

    fn bitwise_or(&mut self) -> R<Ex> {
        self.binary(&["|"], Self::bitwise_xor)
    }

    fn bitwise_xor(&mut self) -> R<Ex> {
        self.binary(&["^"], Self::bitwise_and)
    }

    fn bitwise_and(&mut self) -> R<Ex> {
        self.binary(&["&"], Self::shift)
    }

    fn shift(&mut self) -> R<Ex> {
        self.binary(&["<<", ">>"], Self::sum)
    }

    fn sum(&mut self) -> R<Ex> {
        self.binary(&["+", "-"], Self::term)
    }

    fn term(&mut self) -> R<Ex> {
        self.binary(&["*", "/", "//", "%", "@"], Self::factor)
    }

    fn factor(&mut self) -> R<Ex> {
        if matches!(self.tok(), Some(Tok::Op("+" | "-" | "~"))) {
            let at = self.here();
            self.bump();
            self.nested(Self::factor)?;
            let mut x = Ex::other(at, "expression");
            x.operand = true;
            return Ok(x);
        }
        self.power()
    }

    fn power(&mut self) -> R<Ex> {
        let e = self.await_primary()?;
        if self.eat_op("**") {
            self.nested(Self::factor)?;
            let mut x = Ex::other(e.at, "expression");
            x.operand = true;
            return Ok(x);
        }
        Ok(e)
    }

    fn await_primary(&mut self) -> R<Ex> {
        if !self.is_kw("await") {
            return self.primary();
        }
        let at = self.here();
        self.bump();
        self.primary()?;
        self.awaited(at);
        let mut x = Ex::other(at, "await expression");
        x.operand = true;
        Ok(x)
    }

    fn primary(&mut self) -> R<Ex> {
        let mut e = self.atom()?;
        loop {
            match self.tok() {
                Some(Tok::Op(".")) => {
                    self.bump();
                    self.name()?;
                    e = Ex {
                        kind: Kind::Attribute,
                        parenthesized: false,
                        items: Vec::new(),
                        mark: None,
                        ..e
                    };
                }
                Some(Tok::Op("(")) => {
                    self.bump();
                    self.arguments(")")?;
                    self.expect_op(")")?;
                    e = Ex::other(e.at, "function call");
                }
                Some(Tok::Op("[")) => {
                    self.bump();
                    self.slices()?;
                    self.expect_op("]")?;
                    e = Ex {
                        kind: Kind::Subscript,
                        parenthesized: false,
                        items: Vec::new(),
                        mark: None,
                        ..e
                    };
                }
                _ => break,
            }
            e.operand = true;
        }
        Ok(e)
    }

    fn slices(&mut self) -> R<()> {
        loop {
            if self.is_op("*") {
                // `starred_expression`: `*` and a whole expression.
                self.bump();
                self.expression()?;
            } else {
                if !self.is_op(":") {
                    self.named_expression()?;
                }
                if self.eat_op(":") {
                    if !self.is_op(":") && !self.is_op(",") && !self.is_op("]") {
                        self.expression()?;
                    }
                    if self.eat_op(":") && !self.is_op(",") && !self.is_op("]") {
                        self.expression()?;
                    }
                }
            }
            if !self.eat_op(",") || self.is_op("]") {
                return Ok(());
            }
        }
    }

    /// A call's arguments, with CPython's rules about their order.
    fn arguments(&mut self, close: &str) -> R<()> {
        let (mut keyword, mut kwargs) = (false, false);
        let mut keywords: Vec<String> = Vec::new();
        let mut count = 0;
        let mut generator: Option<Pos> = None;
        while !self.is_op(close) {
            let at = self.here();
            count += 1;
            if self.eat_op("**") {
                self.expression()?;
                kwargs = true;
            } else if self.is_op("*") {
                if kwargs {
                    return Err(self
                        .error("iterable argument unpacking follows keyword argument unpacking"));
                }
                // `starred_expression`: `*` and a whole expression.
                self.bump();
                self.expression()?;
            } else if self.is_name() && matches!(self.tok_at(1), Some(Tok::Op("="))) {
                let name = self.name()?;
                self.bump();
                self.expression()?;
                if name == "__debug__" {
                    self.compile_error(at, "cannot assign to __debug__");
                }
                if keywords.contains(&name) {
                    self.compile_error(at, format!("keyword argument repeated: {name}"));
                }
                keywords.push(name);
                keyword = true;
            } else {
                let entered = self.comprehension_scope("generator expression");
                let e = self.named_expression_in(false)?;
                if self.is_op("=") {
                    if let Kind::Other(n @ ("True" | "False" | "None")) = e.kind {
                        return Err(python(at.0, at.1, format!("cannot assign to {n}")));
                    }
                    return Err(python(
                        at.0,
                        at.1,
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                    ));
                }
                if self.is_kw("for") || self.is_kw("async") {
                    self.comprehension(at, entered, "generator expression")?;
                    generator = Some(at);
                } else if kwargs {
                    return Err(python(
                        at.0,
                        at.1,
                        "positional argument follows keyword argument unpacking",
                    ));
                } else if keyword {
                    return Err(python(
                        at.0,
                        at.1,
                        "positional argument follows keyword argument",
                    ));
                } else {
                    self.not_a_comprehension(entered);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if let (Some(at), true) = (generator, count > 1) {
            return Err(python(
                at.0,
                at.1,
                "Generator expression must be parenthesized",
            ));
        }
        Ok(())
    }

    /// Whether the element that starts here is a comprehension's: a
    /// `for` at this level of brackets before a `,` or the bracket's end.
    /// For `{`, whether it is a dict's (a `:` before the `for`).
    fn comprehension_ahead(&self) -> Option<bool> {
        let mut depth = 0usize;
        let mut colon = false;
        for t in &self.toks[self.pos..] {
            match &t.tok {
                Tok::Op("(" | "[" | "{") => depth += 1,
                Tok::Op(")" | "]" | "}") if depth == 0 => return None,
                Tok::Op(")" | "]" | "}") => depth -= 1,
                Tok::Op(",") if depth == 0 => return None,
                Tok::Op(":") if depth == 0 => colon = true,
                Tok::Name(w) if depth == 0 && w == "for" => return Some(colon),
                Tok::Newline => return None,
                _ => {}
            }
        }
        None
    }

    /// Enters the scope of the comprehension whose element starts here, if
    /// it is one, so that the element is read in it (`[await x for x in
    /// y]` awaits in the comprehension); returns the scope around.
    fn comprehension_scope(&mut self, kind: &'static str) -> Option<usize> {
        let dict = self.comprehension_ahead()?;
        let kind = match (kind, dict) {
            ("set comprehension", true) => "dict comprehension",
            _ => kind,
        };
        Some(self.enter(Block::Comprehension(kind)))
    }

    /// Leaves the scope `comprehension_scope` entered for an element that
    /// turned out not to be a comprehension's.
    fn not_a_comprehension(&mut self, entered: Option<usize>) {
        if let Some(outer) = entered {
            self.scope = outer;
        }
    }

    /// The `for ... in ... if ...` clauses after an element, in the scope
    /// `comprehension_scope` entered (or one entered now); the first
    /// iterable is evaluated in the scope around, as CPython evaluates it.
    fn comprehension(&mut self, at: Pos, entered: Option<usize>, kind: &'static str) -> R<()> {
        let outer = match entered {
            Some(outer) => outer,
            None => self.enter(Block::Comprehension(kind)),
        };
        let result = self.comprehension_clauses(outer);
        // `:=` may not rebind a variable of this comprehension or of one
        // around it.
        for (name, at) in self.scopes[self.scope].walruses.clone() {
            let mut scope = Some(self.scope);
            while let Some(s) = scope {
                let Block::Comprehension(_) = self.scopes[s].block else {
                    break;
                };
                if self.scopes[s].flags(&name) & LOCAL != 0 {
                    self.symtable_error(
                        at,
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                    );
                }
                scope = self.scopes[s].parent;
            }
        }
        let awaits = self.scopes[self.scope].awaits;
        self.scope = outer;
        result?;
        if awaits && kind != "generator expression" {
            if let Block::Comprehension(_) | Block::Function { is_async: true } = self.block() {
            } else {
                self.compile_error(
                    at,
                    "asynchronous comprehension outside of an asynchronous function",
                );
            }
        }
        Ok(())
    }

    fn comprehension_clauses(&mut self, outer: usize) -> R<()> {
        let mut first = true;
        while self.is_kw("for") || self.is_kw("async") {
            if self.eat_kw("async") && !self.quiet {
                self.scopes[self.scope].awaits = true;
            }
            if !self.eat_kw("for") {
                return Err(self.invalid());
            }
            let t = self.targets()?;
            self.bind(&t);
            if !self.eat_kw("in") {
                return Err(self.invalid());
            }
            let inner = self.scope;
            if first {
                self.scope = outer;
            }
            let iterable = self.in_iterable;
            self.in_iterable = true;
            let read = self.disjunction();
            (self.scope, self.in_iterable) = (inner, iterable);
            read?;
            first = false;
            while self.eat_kw("if") {
                self.disjunction()?;
            }
        }
        Ok(())
    }

    /// A `yield` in an expression: its scope's rules.
    fn yield_expression(&mut self) -> R<Ex> {
        let at = self.here();
        self.bump();
        let from = self.eat_kw("from");
        if from {
            self.expression()?;
        } else if !matches!(
            self.tok(),
            Some(Tok::Op(")" | "]" | "}" | "=" | ";")) | Some(Tok::Newline) | None
        ) {
            self.star_expressions()?;
        }
        match self.block() {
            Block::Function { is_async } => {
                if !self.quiet {
                    self.scopes[self.scope].generator = true;
                }
                if from && is_async {
                    self.compile_error(at, "'yield from' inside async function");
                }
            }
            Block::Lambda => {}
            Block::Comprehension(kind) => self.symtable_error(at, format!("'yield' inside {kind}")),
            Block::Module | Block::Class => self.compile_error(at, "'yield' outside function"),
        }
        Ok(Ex::other(at, "yield expression"))
    }

    fn atom(&mut self) -> R<Ex> {
        let at = self.here();
        let Some(tok) = self.tok() else {
            return Err(self.invalid());
        };
        let e = match tok {
            Tok::Name(w) => match w.as_str() {
                "True" | "False" | "None" => {
                    self.bump();
                    let name = match w.as_str() {
                        "True" => "True",
                        "False" => "False",
                        _ => "None",
                    };
                    Ex::other(at, name)
                }
                _ if is_keyword(w) => return Err(self.invalid()),
                _ => {
                    self.bump();
                    let mark = self.mark(w, USE);
                    Ex {
                        kind: Kind::Name,
                        operand: true,
                        mark,
                        ..Ex::other(at, "name")
                    }
                }
            },
            Tok::Int(_) | Tok::IntMinMagnitude | Tok::Float(_) => {
                self.bump();
                Ex {
                    operand: true,
                    ..Ex::other(at, "literal")
                }
            }
            Tok::Str { .. } => {
                let mut f = false;
                while let Some(Tok::Str { f: is_f, .. }) = self.tok() {
                    f |= *is_f;
                    self.string()?;
                }
                Ex {
                    operand: true,
                    ..Ex::other(at, if f { "f-string expression" } else { "literal" })
                }
            }
            Tok::Op("...") => {
                self.bump();
                Ex {
                    operand: true,
                    ..Ex::other(at, "ellipsis")
                }
            }
            Tok::Op("(") => self.parenthesized()?,
            Tok::Op("[") => self.list()?,
            Tok::Op("{") => self.braces()?,
            _ => return Err(self.invalid()),
        };
        Ok(e)
    }

    /// A string token; an f-string's fields are expressions, checked as
    /// CPython checks them (each as if in parentheses).
    fn string(&mut self) -> R<()> {
        let Some(t) = self.toks.get(self.pos) else {
            return Err(self.invalid());
        };
        if let Tok::Str { text, f: true } = &t.tok {
            // The fields' expressions, as the f-string scanner splits them
            // (what it refuses, a field inside a format spec, goes
            // unchecked here; the lexer checked the braces already).
            let mut fields = Vec::new();
            let split = super::fstring::fstring_parts(text, true, (t.line, t.col), &mut |field| {
                fields.push(field.to_string());
                Ok(crate::program::Expr::None)
            });
            if let Err(e) = split {
                if e.message.starts_with("f-string:") {
                    return Err(python(t.line, t.col, e.message));
                }
            }
            for field in fields {
                let tokens = match super::lexer::tokens(&field) {
                    Ok(tokens) => tokens,
                    // What the subset lacks (`1j`, a name beyond ASCII) is
                    // no error of Python's: the subset's reading refuses it.
                    Err(e) if e.raised.is_none() => continue,
                    Err(e) => {
                        return Err(python(t.line, t.col, format!("f-string: {}", e.message)))
                    }
                };
                // Each field as CPython reads it: an expression in
                // parentheses, in the scope the string stands in.
                let mut inner = Checker::new(&tokens, t.line, self.block());
                (inner.depth, inner.quiet) = (1, true);
                let ok = if inner.is_kw("yield") {
                    inner.yield_expression().map(|_| ())
                } else {
                    inner.star_expressions().map(|_| ())
                };
                let ok = ok.and_then(|()| match inner.tok() {
                    None => Ok(()),
                    Some(_) => Err(inner.invalid()),
                });
                if let Err(e) = ok {
                    return Err(python(t.line, t.col, format!("f-string: {}", e.message)));
                }
            }
        }
        self.bump();
        Ok(())
    }

    /// `(...)`: a group, a tuple, a generator expression, or `(yield)`.
    fn parenthesized(&mut self) -> R<Ex> {
        let at = self.here();
        self.bump();
        if self.eat_op(")") {
            return Ok(Ex::display(at, Kind::Tuple, Vec::new()));
        }
        if self.is_kw("yield") {
            let e = self.yield_expression()?;
            self.expect_op(")")?;
            return Ok(Ex {
                parenthesized: true,
                operand: true,
                ..e
            });
        }
        let entered = self.comprehension_scope("generator expression");
        let first = self.star_named_expression()?;
        if self.is_kw("for") || self.is_kw("async") {
            no_unpacking(&first)?;
            self.comprehension(at, entered, "generator expression")?;
            self.expect_op(")")?;
            return Ok(Ex {
                operand: true,
                ..Ex::other(at, "generator expression")
            });
        }
        self.not_a_comprehension(entered);
        if self.eat_op(")") {
            if first.kind == Kind::Starred {
                return Err(python(
                    first.at.0,
                    first.at.1,
                    "cannot use starred expression here",
                ));
            }
            return Ok(Ex {
                parenthesized: true,
                operand: true,
                ..first
            });
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.is_op(")") {
                break;
            }
            items.push(self.star_named_expression()?);
        }
        self.expect_op(")")?;
        Ok(Ex::display(at, Kind::Tuple, items))
    }

    fn star_named_expression(&mut self) -> R<Ex> {
        if self.is_op("*") {
            self.starred()
        } else {
            self.named_expression()
        }
    }

    fn list(&mut self) -> R<Ex> {
        let at = self.here();
        self.bump();
        let mut items = Vec::new();
        if !self.is_op("]") {
            let entered = self.comprehension_scope("list comprehension");
            let first = self.star_named_expression()?;
            if self.is_kw("for") || self.is_kw("async") {
                no_unpacking(&first)?;
                self.comprehension(at, entered, "list comprehension")?;
                self.expect_op("]")?;
                return Ok(Ex {
                    operand: true,
                    ..Ex::other(at, "list comprehension")
                });
            }
            self.not_a_comprehension(entered);
            items.push(first);
            while self.eat_op(",") {
                if self.is_op("]") {
                    break;
                }
                items.push(self.star_named_expression()?);
            }
            if self.is_kw("for") {
                let first = &items[0];
                return Err(python(
                    first.at.0,
                    first.at.1,
                    "did you forget parentheses around the comprehension target?",
                ));
            }
        }
        self.expect_op("]")?;
        Ok(Ex::display(at, Kind::List, items))
    }

    /// `{...}`: a dict or a set, displayed or comprehended.
    fn braces(&mut self) -> R<Ex> {
        let at = self.here();
        self.bump();
        if self.eat_op("}") {
            return Ok(Ex {
                operand: true,
                ..Ex::other(at, "dict literal")
            });
        }
        // The first item decides: `k: v` or `**d` make a dict.
        let entered = self.comprehension_scope("set comprehension");
        let dict = if self.is_op("**") {
            let unpacked = self.here();
            self.bump();
            self.bitwise_or()?;
            if self.is_kw("for") || self.is_kw("async") {
                return Err(python(
                    unpacked.0,
                    unpacked.1,
                    "dict unpacking cannot be used in dict comprehension",
                ));
            }
            true
        } else {
            let first = self.star_named_expression()?;
            if self.eat_op(":") {
                if self.is_op("}") || self.is_op(",") {
                    return Err(self.error("expression expected after dictionary key and ':'"));
                }
                self.expression()?;
                true
            } else {
                if self.is_kw("for") || self.is_kw("async") {
                    no_unpacking(&first)?;
                    self.comprehension(at, entered, "set comprehension")?;
                    self.expect_op("}")?;
                    return Ok(Ex {
                        operand: true,
                        ..Ex::other(at, "set comprehension")
                    });
                }
                false
            }
        };
        if dict && (self.is_kw("for") || self.is_kw("async")) {
            self.comprehension(at, entered, "dict comprehension")?;
            self.expect_op("}")?;
            return Ok(Ex {
                operand: true,
                ..Ex::other(at, "dict comprehension")
            });
        }
        self.not_a_comprehension(entered);
        while self.eat_op(",") {
            if self.is_op("}") {
                break;
            }
            if dict {
                if self.eat_op("**") {
                    self.bitwise_or()?;
                    continue;
                }
                self.expression()?;
                if !self.eat_op(":") {
                    return Err(self.error("':' expected after dictionary key"));
                }
                if self.is_op("}") || self.is_op(",") {
                    return Err(self.error("expression expected after dictionary key and ':'"));
                }
                self.expression()?;
            } else {
                self.star_named_expression()?;
            }
        }
        self.expect_op("}")?;
        Ok(Ex {
            operand: true,
            ..Ex::other(at, if dict { "dict literal" } else { "set display" })
        })
    }
}
