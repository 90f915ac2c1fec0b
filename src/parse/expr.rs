//! Python expressions, by precedence climbing over the lexer's tokens:
//! `or` < `and` < `not` < comparison < `+ -` < `* / // %` < unary `- +` <
//! calls, attributes and atoms. The result is the program model's `Expr`,
//! so what a form field says runs with the engine's CPython semantics.

use super::lexer::{Tok, Token};
use super::SyntaxError;
#[cfg(feature = "code")]
use crate::collect::CollectVec;
#[cfg(feature = "code")]
use crate::program::FPart;
#[cfg(feature = "code")]
use crate::program::Target;
use crate::program::{BinOp, BoolOp, CmpOp, DictItem, Expr, Keyword, UnaryOp};

/// Deep nesting is refused before it can exhaust the stack.
const MAX_NESTING: usize = 40;

pub struct Parser {
    toks: Vec<Token>,
    pos: usize,
    /// Column reported for a mistake at the end of the text.
    end: usize,
    depth: usize,
    /// Whether `await` may appear: inside `async def` (and in form
    /// fields, which are parts of one). The statement parser sets it.
    pub allow_await: bool,
    /// Every bare name read and every `module.attribute`, where it was
    /// written: the statement parser refuses, at its place, what names
    /// something CPython has but the engine does not model.
    #[cfg(feature = "code")]
    pub names_read: Vec<NameRead>,
    /// The lambdas read so far, in order: the statement parser makes each
    /// a function of its own (`lambda_name`), which the expression names.
    #[cfg(feature = "code")]
    pub lambdas: Vec<LambdaRead>,
    /// The function whose body is being read (`<module>` at the top
    /// level): a lambda is named for it and its place in it, so that the
    /// program printed back names its lambdas the same.
    #[cfg(feature = "code")]
    pub lambda_owner: String,
    /// The SyntaxWarnings CPython's compiler would write for the nodes
    /// built so far (`program::syntax_warnings`), in the order built.
    #[cfg(feature = "code")]
    pub warnings: Vec<Warned>,
    /// The line of every `await` (and `:=`) read so far, in source order.
    /// The statement parser hands each statement's to the `SourceMap`: a
    /// frame paused at an `await` on a statement's continuation line
    /// (`x = (\n    await f())`) is on the await's line, not the first.
    #[cfg(feature = "code")]
    pub awaits: Vec<u32>,
}

/// A SyntaxWarning for one node, and where the node starts.
#[cfg(feature = "code")]
pub struct Warned {
    /// The node's first token: CPython's compiler checks a node before
    /// its parts, so warnings come in this order, an enclosing node (built
    /// later, starting at the same token) first.
    pub at: usize,
    /// Which node, in the order built.
    pub node: usize,
    /// Its order among the warnings of one node (a subscript can get two;
    /// an f-string gets its fields').
    pub sub: usize,
    pub line: usize,
    pub message: String,
}

/// `lambda params: body`, or a generator expression, read in an
/// expression: a function of its own, as CPython compiles each, with the
/// names it reads (`names_read[reads]`), to check what it closes over.
#[cfg(feature = "code")]
pub struct LambdaRead {
    /// `<lambda>#owner#k`, `<genexpr>#owner#k`, `<listcomp>#owner#k`...:
    /// the `k`th of its kind in the function `owner`, which may be one
    /// made of an expression too.
    pub name: String,
    pub params: Vec<crate::program::Param>,
    /// `return body` for a lambda; a comprehension's loops around
    /// `yield item` or `Stmt::Collect`.
    pub body: Vec<crate::program::Stmt>,
    /// An async comprehension's (it awaits).
    pub is_async: bool,
    pub line: usize,
    /// The names it reads, but for those read in `outer_reads` (a
    /// comprehension's first iterable, which is read where it stands).
    pub reads: std::ops::Range<usize>,
    pub outer_reads: std::ops::Range<usize>,
}

#[cfg(feature = "code")]
impl LambdaRead {
    /// What the program wrote, for messages.
    pub fn kind(&self) -> &'static str {
        match crate::program::made_of_expression(&self.name).map(|(k, _)| k) {
            Some("<genexpr>") => "generator expression",
            Some("<lambda>") => "lambda",
            _ => "comprehension",
        }
    }
}

/// A function made of an expression, being read (`Parser::begin_made`):
/// its entry in `lambdas`, and the function to name what is made for
/// once it ends.
#[cfg(feature = "code")]
struct Making {
    index: usize,
    outer: String,
}

/// One `for target in iter if cond...` clause of a comprehension, as
/// read: the parser makes a function of the comprehension
/// (`Parser::comprehension`), and the clauses its loops.
#[cfg(feature = "code")]
struct Comprehension {
    target: crate::program::Target,
    iter: Expr,
    ifs: Vec<Expr>,
    /// `async for`: each item awaited from the iterable's `__anext__()`.
    is_async: bool,
}

/// What a generator expression that awaits is told: CPython makes it an
/// async generator, which is not modelled.
#[cfg(feature = "code")]
const GENERATOR_AWAITS: &str = "`await` or `async for` inside a generator expression makes it an async generator, which is not supported; use a list comprehension `[await ... for ...]`";

/// Does a comprehension `await` in a part its function runs (all but its
/// first iterable, which Python evaluates where the comprehension
/// stands), `items` being its item (a dict's key and value)? An `async
/// for` clause awaits too. Such a comprehension is a coroutine; such a
/// generator expression, an async generator.
#[cfg(feature = "code")]
fn comprehension_awaits(items: &[&Expr], generators: &[Comprehension]) -> bool {
    let mut awaits = generators.iter().any(|g| g.is_async);
    let mut find = |e: &Expr| awaits |= matches!(e, Expr::Await(_));
    items.iter().for_each(|e| e.each(&mut find));
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            g.iter.each(&mut find);
        }
        g.ifs.iter().for_each(|c| c.each(&mut find));
    }
    awaits
}

/// A comprehension's clauses (`Parser::clause_list`), with where the
/// names read and the `await`s of its first iterable, which is read in
/// the scope around it, are in `names_read` and `awaits`.
#[cfg(feature = "code")]
struct Clauses {
    generators: Vec<Comprehension>,
    first_reads: std::ops::Range<usize>,
    first_awaits: std::ops::Range<usize>,
}

/// A name read in an expression, and where.
#[cfg(feature = "code")]
pub struct NameRead {
    /// `module` is set for `module.name`.
    pub module: Option<String>,
    pub name: String,
    pub line: usize,
    pub col: usize,
}

impl Parser {
    /// The tokens read since `from`, an earlier `position()`.
    #[cfg(feature = "code")]
    pub fn read_since(&self, from: usize) -> &[Token] {
        &self.toks[from.min(self.pos)..self.pos]
    }

    #[cfg(feature = "code")]
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Goes back to `to`, an earlier `position()`, to read the tokens
    /// since by another grammar. Only for a reading that records nothing
    /// (no names read, lambdas or warnings), as an annotation's does.
    #[cfg(feature = "asyncio-py")]
    pub fn rewind(&mut self, to: usize) {
        self.pos = to.min(self.pos);
    }

    pub fn new(toks: Vec<Token>, end: usize) -> Parser {
        Parser {
            toks,
            pos: 0,
            end,
            depth: 0,
            allow_await: true,
            #[cfg(feature = "code")]
            names_read: Vec::new(),
            #[cfg(feature = "code")]
            lambdas: Vec::new(),
            #[cfg(feature = "code")]
            lambda_owner: String::new(),
            #[cfg(feature = "code")]
            #[cfg(feature = "code")]
            warnings: Vec::new(),
            #[cfg(feature = "code")]
            awaits: Vec::new(),
        }
    }

    /// Records what CPython's compiler warns about the node starting at
    /// token `at`; a check that cannot tell is refused there.
    #[cfg(feature = "code")]
    fn warn(
        &mut self,
        at: usize,
        checked: Result<Vec<String>, &'static str>,
    ) -> Result<(), SyntaxError> {
        let messages = checked.map_err(|refusal| self.error_at(at, refusal))?;
        let node = self.warnings.last().map_or(0, |w| w.node + 1);
        let line = self.toks.get(at).map_or(1, |t| t.line);
        for (sub, message) in messages.into_iter().enumerate() {
            self.warnings.push(Warned {
                at,
                node,
                line,
                sub,
                message,
            });
        }
        Ok(())
    }

    /// The warnings of an f-string's fields (parsed apart from the tokens
    /// here), which start at token `at`: one node, the fields in order.
    /// Several in one field, or any in an f-string over several lines or
    /// tokens, would need positions inside it: refused.
    #[cfg(feature = "code")]
    fn warn_in_fields(&mut self, at: usize, parts: &[FPart]) -> Result<(), SyntaxError> {
        let mut messages = Vec::new();
        let multiline = self.pos > at + 1
            || matches!(self.toks.get(at).map(|t| &t.tok), Some(Tok::Str { text, .. }) if text.contains('\n'));
        for value in parts.iter().flat_map(FPart::values) {
            let mut found: Result<Vec<String>, &'static str> = Ok(Vec::new());
            value.each(&mut |e| {
                if let Ok(all) = &mut found {
                    match crate::program::syntax_warnings::on_node(e) {
                        Ok(w) => all.extend(w),
                        Err(refusal) => found = Err(refusal),
                    }
                }
            });
            let found = found.map_err(|refusal| self.error_at(at, refusal))?;
            if !found.is_empty() && (found.len() > 1 || multiline) {
                return Err(self.error_at(at, "this f-string holds expressions CPython's compiler warns about (SyntaxWarning: a literal where a name was meant, a missing comma?) where Interleave cannot place them; correct them"));
            }
            messages.extend(found);
        }
        self.warn(at, Ok(messages))
    }

    /// The expression starting at token `start` is compiled in another
    /// order than it reads (a conditional expression's test first, a
    /// comprehension's iterable first): with more than one warning in it,
    /// their order is not modelled.
    #[cfg(feature = "code")]
    fn warnings_in_order(&self, start: usize, what: &str) -> Result<(), SyntaxError> {
        if self.warnings.iter().filter(|w| w.at >= start).count() > 1 {
            return Err(self.error_at(
                start,
                format!("this {what} holds several expressions CPython's compiler warns about (SyntaxWarning: a literal where a name was meant, a missing comma?), in an order Interleave does not model; correct them"),
            ));
        }
        Ok(())
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }

    /// An error at the current token (or just past the last one).
    pub fn error(&self, message: impl Into<String>) -> SyntaxError {
        self.error_at(self.pos, message)
    }

    /// An error at token `index`.
    fn error_at(&self, index: usize, message: impl Into<String>) -> SyntaxError {
        match self.toks.get(index) {
            Some(t) => SyntaxError::at(t.line, t.col, message),
            None => {
                let line = self.toks.last().map_or(1, |t| t.line);
                SyntaxError::at(line, self.end, message)
            }
        }
    }

    pub fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }

    /// The token `n` places ahead.
    pub fn peek_at(&self, n: usize) -> Option<&Tok> {
        self.toks.get(self.pos + n).map(|t| &t.tok)
    }

    /// The names the text's top-level `def`s bind (outside every block
    /// but a top-level `if`'s, such as the main guard's), each as often as
    /// it is defined.
    #[cfg(feature = "code")]
    pub fn top_level_defs(&self) -> Vec<&str> {
        let mut depth = 0_i32;
        // Whether the statement starting now, and the block at depth 1,
        // are a top-level `if`'s.
        let (mut starts, mut top_if, mut in_if) = (true, false, false);
        let mut names = Vec::new();
        for (i, t) in self.toks.iter().enumerate() {
            match &t.tok {
                Tok::Indent => {
                    if depth == 0 {
                        in_if = top_if;
                    }
                    depth += 1;
                }
                Tok::Dedent => depth -= 1,
                Tok::Name(def) if def == "def" && (depth == 0 || (depth == 1 && in_if)) => {
                    if let Some(Tok::Name(name)) = self.toks.get(i + 1).map(|t| &t.tok) {
                        names.push(name.as_str());
                    }
                }
                _ => {}
            }
            if depth == 0 && starts {
                top_if = matches!(&t.tok, Tok::Name(w) if w == "if");
            }
            starts = matches!(t.tok, Tok::Newline | Tok::Indent | Tok::Dedent);
        }
        names
    }

    /// The current token, for the statement parser.
    pub fn token(&self) -> Option<&super::lexer::Token> {
        self.toks.get(self.pos)
    }

    /// The token `n` places ahead, with its place.
    #[cfg(feature = "asyncio-py")]
    pub fn token_at(&self, n: usize) -> Option<&super::lexer::Token> {
        self.toks.get(self.pos + n)
    }

    #[cfg(feature = "code")]
    pub fn advance(&mut self) {
        self.pos += 1;
    }

    pub fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }

    pub fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Tok::Name(n)) if n == word)
    }

    /// At a comprehension's `for` or `async for`?
    fn at_for(&self) -> bool {
        self.is_word("for")
            || (self.is_word("async")
                && matches!(self.peek_at(1), Some(Tok::Name(n)) if n == "for"))
    }

    pub fn eat_op(&mut self, op: &str) -> bool {
        let found = self.is_op(op);
        if found {
            self.pos += 1;
        }
        found
    }

    pub fn expect_op(&mut self, op: &str) -> Result<(), SyntaxError> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.unexpected(&format!("`{op}`")))
        }
    }

    pub fn unexpected(&self, wanted: &str) -> SyntaxError {
        let found = match self.peek() {
            None => "the end of the text".to_string(),
            Some(Tok::Name(n)) => format!("`{n}`"),
            Some(Tok::Op(o)) => format!("`{o}`"),
            Some(Tok::Int(i)) => format!("`{i}`"),
            Some(Tok::IntMinMagnitude) => "`9223372036854775808`".to_string(),
            Some(Tok::Float(_)) => "a number".to_string(),
            Some(Tok::Str { .. }) => "a string".to_string(),
            Some(Tok::Newline) => "the end of the line".to_string(),
            Some(Tok::Indent) => "an indented line".to_string(),
            Some(Tok::Dedent) => "the end of the block".to_string(),
        };
        self.error(format!("expected {wanted}, found {found}"))
    }

    pub fn expr(&mut self) -> Result<Expr, SyntaxError> {
        #[cfg(feature = "code")]
        if self.is_word("lambda") {
            return self.lambda();
        }
        let outer = self.depth;
        #[cfg(feature = "code")]
        let start = self.pos;
        self.deeper()?;
        let e = self.bool_op("or", BoolOp::Or)?;
        if self.is_word("if") {
            // `body if test else orelse`; `orelse` may be another one.
            self.pos += 1;
            let test = self.bool_op("or", BoolOp::Or)?;
            if !self.is_word("else") {
                return Err(
                    self.unexpected("`else` (a conditional expression needs both branches)")
                );
            }
            self.pos += 1;
            let orelse = self.expr()?;
            self.depth = outer;
            #[cfg(feature = "code")]
            self.warnings_in_order(start, "conditional expression")?;
            return Ok(Expr::IfExp {
                test: Box::new(test),
                body: Box::new(e),
                orelse: Box::new(orelse),
            });
        }
        self.depth = outer;
        if self.is_op(":=") {
            return self.named(e);
        }
        Ok(e)
    }

    /// A default value is evaluated in the scope around the function,
    /// whose names do not count what its `:=` would bind there.
    #[cfg(feature = "asyncio-py")]
    pub fn no_named_default(&self, value: &Expr) -> Result<(), SyntaxError> {
        let mut named = false;
        value.each(&mut |e| named |= matches!(e, Expr::NamedExpr { .. }));
        match named {
            true => Err(self
                .error("an assignment expression (`:=`) in a default value is not supported yet")),
            false => Ok(()),
        }
    }

    /// `name := value`, after the name: an assignment expression (asyncio's
    /// module's; Code mode's hands it over).
    fn named(&mut self, target: Expr) -> Result<Expr, SyntaxError> {
        #[cfg(not(feature = "asyncio-py"))]
        {
            let _ = target;
            Err(self.error(crate::error::needs_asyncio_py(
                "an assignment expression (`:=`)",
            )))
        }
        #[cfg(feature = "asyncio-py")]
        let Expr::Name(name) = target
        else {
            let what = match target {
                Expr::Attribute { .. } => "attribute",
                Expr::Subscript { .. } => "subscript",
                Expr::Tuple(_) => "tuple",
                Expr::List(_) => "list",
                Expr::Call { .. } => "function call",
                Expr::Int(_) | Expr::Float(_) | Expr::Str(_) | Expr::Bool(_) | Expr::None => {
                    "literal"
                }
                _ => "expression",
            };
            return Err(self.error(format!(
                "SyntaxError: cannot use assignment expressions with {what}"
            )));
        };
        #[cfg(feature = "asyncio-py")]
        {
            // In a comprehension, `:=` binds in the function around it,
            // which the comprehension made a function of its own cannot.
            let owner = &self.lambda_owner;
            if crate::program::made_of_expression(owner).is_some_and(|(kind, _)| kind != "<lambda>")
            {
                return Err(self.error(
                    "an assignment expression (`:=`) inside a comprehension is not supported yet",
                ));
            }
            // Its line, with the awaits' (`awaits`): the value it assigns
            // is stored there, and what that frees is reported there.
            self.awaits.push(self.token().map_or(1, |t| t.line) as u32);
            self.pos += 1;
            let value = self.expr()?;
            Ok(Expr::NamedExpr {
                target: Box::new(crate::program::Target::Name(name)),
                value: Box::new(value),
            })
        }
    }

    /// One level deeper in the tree being built. Each `+` of `1 + 1 + 1`
    /// nests the tree one level too, so chains count as well as brackets:
    /// the tree's depth is what the compiler and interpreter recurse on.
    fn deeper(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.error(
                "the expression is nested too deeply (or too long a chain of operators); split it up",
            ));
        }
        Ok(())
    }

    fn bool_op(&mut self, word: &str, op: BoolOp) -> Result<Expr, SyntaxError> {
        let next = |p: &mut Parser| {
            if op == BoolOp::Or {
                p.bool_op("and", BoolOp::And)
            } else {
                p.not()
            }
        };
        let first = next(self)?;
        if !self.is_word(word) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.is_word(word) {
            self.pos += 1;
            values.push(next(self)?);
        }
        Ok(Expr::BoolOp { op, values })
    }

    fn not(&mut self) -> Result<Expr, SyntaxError> {
        if self.is_word("not") {
            self.pos += 1;
            self.deeper()?;
            let operand = self.not()?;
            return Ok(Expr::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand),
            });
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, SyntaxError> {
        #[cfg(feature = "code")]
        let start = self.pos;
        let left = self.bitwise()?;
        let Some((op, words)) = self.cmp_op() else {
            return Ok(left);
        };
        self.pos += words;
        let mut operands = vec![left, self.bitwise()?];
        let mut ops = vec![op];
        // `a < b < c` is `a < b and b < c` with `b` evaluated once: the same
        // when `b` is a name or a constant, which reading twice cannot
        // change; anything else is refused rather than run twice.
        while let Some((op, words)) = self.cmp_op() {
            if operands.last().and_then(leaf).is_none() {
                return Err(self.error(
                    "a chained comparison whose middle value is computed (`a < f(x) < c`) is not supported yet; put the value in a name first",
                ));
            }
            self.pos += words;
            self.deeper()?;
            operands.push(self.bitwise()?);
            ops.push(op);
        }
        let mut links = Vec::new();
        let mut operands = operands.into_iter();
        let mut left = operands.next();
        for (op, right) in ops.into_iter().zip(operands) {
            // Each middle operand is a leaf (checked above): copied, not
            // cloned as a tree, which keeps `Expr::clone` out of the build.
            let next = leaf(&right);
            if let Some(left) = left {
                links.push(compare(op, left, right));
            }
            left = next;
        }
        // One check for the whole chain, as CPython's single Compare node.
        #[cfg(feature = "code")]
        {
            let chain: Vec<(CmpOp, &Expr)> = links
                .iter()
                .filter_map(|l| match l {
                    Expr::Compare { op, right, .. } => Some((*op, &**right)),
                    _ => None,
                })
                .collect_vec();
            let first = match links.first() {
                Some(Expr::Compare { left, .. }) => Some(&**left),
                _ => None,
            };
            if let Some(first) = first {
                let checked =
                    crate::program::syntax_warnings::on_compare(first, &chain).map(Vec::from_iter);
                self.warn(start, checked)?;
            }
        }
        Ok(if links.len() == 1 {
            links.pop().expect("one comparison")
        } else {
            Expr::BoolOp {
                op: BoolOp::And,
                values: links,
            }
        })
    }

    /// The comparison operator here, and how many tokens spell it
    /// (`not in` and `is not` take two).
    fn cmp_op(&self) -> Option<(CmpOp, usize)> {
        let next_is = |word: &str| matches!(self.peek_at(1), Some(Tok::Name(n)) if n == word);
        Some(match self.peek()? {
            Tok::Op("==") => (CmpOp::Eq, 1),
            Tok::Op("!=") => (CmpOp::Ne, 1),
            Tok::Op("<") => (CmpOp::Lt, 1),
            Tok::Op("<=") => (CmpOp::Le, 1),
            Tok::Op(">") => (CmpOp::Gt, 1),
            Tok::Op(">=") => (CmpOp::Ge, 1),
            Tok::Name(n) if n == "in" => (CmpOp::In, 1),
            Tok::Name(n) if n == "is" && next_is("not") => (CmpOp::IsNot, 2),
            Tok::Name(n) if n == "is" => (CmpOp::Is, 1),
            Tok::Name(n) if n == "not" && next_is("in") => (CmpOp::NotIn, 2),
            _ => return None,
        })
    }

    /// `a | b`, `a ^ b`, `a & b` and the shifts `a << b`, `a >> b`,
    /// binding in that order looser than `+`: sets' operators, and ints',
    /// which asyncio's module has.
    #[cfg(feature = "asyncio-py")]
    fn bitwise(&mut self) -> Result<Expr, SyntaxError> {
        self.bit_level(0)
    }

    /// The operators of `level` and tighter; past the last, a sum.
    #[cfg(feature = "asyncio-py")]
    fn bit_level(&mut self, level: usize) -> Result<Expr, SyntaxError> {
        const LEVELS: [&[(&str, BinOp)]; 4] = [
            &[("|", BinOp::BitOr)],
            &[("^", BinOp::BitXor)],
            &[("&", BinOp::BitAnd)],
            &[("<<", BinOp::LShift), (">>", BinOp::RShift)],
        ];
        let Some(&symbols) = LEVELS.get(level) else {
            return self.sum();
        };
        let mut left = self.bit_level(level + 1)?;
        while let Some(&(_, op)) = symbols.iter().find(|(symbol, _)| self.is_op(symbol)) {
            self.pos += 1;
            self.deeper()?;
            let right = self.bit_level(level + 1)?;
            left = binop(op, left, right);
        }
        Ok(left)
    }

    #[cfg(not(feature = "asyncio-py"))]
    fn bitwise(&mut self) -> Result<Expr, SyntaxError> {
        let e = self.sum()?;
        #[cfg(feature = "code")]
        if matches!(self.peek(), Some(Tok::Op("|" | "^" | "&" | "<<" | ">>"))) {
            return Err(self.error(crate::error::needs_asyncio_py(
                "the operators `|`, `^`, `&`, `<<` and `>>`",
            )));
        }
        Ok(e)
    }

    fn sum(&mut self) -> Result<Expr, SyntaxError> {
        let mut left = self.term()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Op("+")) => BinOp::Add,
                Some(Tok::Op("-")) => BinOp::Sub,
                _ => return Ok(left),
            };
            self.pos += 1;
            self.deeper()?;
            let right = self.term()?;
            left = binop(op, left, right);
        }
    }

    fn term(&mut self) -> Result<Expr, SyntaxError> {
        let mut left = self.unary()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Op("*")) => BinOp::Mul,
                Some(Tok::Op("/")) => BinOp::Div,
                Some(Tok::Op("//")) => BinOp::FloorDiv,
                Some(Tok::Op("%")) => BinOp::Mod,
                _ => return Ok(left),
            };
            // A template written out is formatted by asyncio's module's
            // `interp/formatting.rs`: Code mode's hands it over at once
            // (one held in a variable, when the run reaches it).
            #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
            if op == BinOp::Mod && matches!(left, Expr::Str(_) | Expr::FString(_)) {
                return Err(self.error(crate::error::needs_asyncio_py(
                    "printf-style formatting (`'%s' % x`)",
                )));
            }
            self.pos += 1;
            self.deeper()?;
            let right = self.unary()?;
            left = binop(op, left, right);
        }
    }

    /// `await x`, `x ** y` (which groups to the right, and takes a unary
    /// minus on its right: `2 ** -1`), or a plain primary.
    fn power(&mut self) -> Result<Expr, SyntaxError> {
        let base = if self.is_word("await") {
            if !self.allow_await {
                return Err(self.error("'await' outside async function"));
            }
            #[cfg(feature = "code")]
            self.awaits.push(self.token().map_or(1, |t| t.line) as u32);
            self.pos += 1;
            self.deeper()?;
            Expr::Await(Box::new(self.postfix()?))
        } else {
            self.postfix()?
        };
        if !self.eat_op("**") {
            return Ok(base);
        }
        self.deeper()?;
        let exponent = self.unary()?;
        Ok(binop(BinOp::Pow, base, exponent))
    }

    fn unary(&mut self) -> Result<Expr, SyntaxError> {
        let op = match self.peek() {
            Some(Tok::Op("-")) => UnaryOp::Neg,
            Some(Tok::Op("+")) => UnaryOp::Pos,
            #[cfg(feature = "asyncio-py")]
            Some(Tok::Op("~")) => UnaryOp::Invert,
            #[cfg(feature = "code")]
            #[cfg(not(feature = "asyncio-py"))]
            Some(Tok::Op("~")) => {
                return Err(self.error(crate::error::needs_asyncio_py(
                    "the operator `~` (bitwise not)",
                )))
            }
            #[cfg(not(feature = "code"))]
            Some(Tok::Op("~")) => {
                return Err(self.error("the operator `~` (bitwise not) is not supported yet"))
            }
            _ => return self.power(),
        };
        self.pos += 1;
        self.deeper()?;
        // `-9223372036854775808`, written: the smallest 64-bit integer
        // (unless a power follows: `-9223372036854775808 ** 1` is
        // `-(9223372036854775808 ** 1)`).
        #[cfg(feature = "code")]
        if op == UnaryOp::Neg
            && self.peek() == Some(&Tok::IntMinMagnitude)
            && !matches!(self.peek_at(1), Some(Tok::Op("**")))
        {
            self.pos += 1;
            return Ok(Expr::Int(i64::MIN));
        }
        let operand = self.unary()?;
        // `-5` is a literal to Python's printer and to validation.
        Ok(match (op, operand) {
            (UnaryOp::Neg, Expr::Int(v)) if v != i64::MIN => Expr::Int(-v),
            (UnaryOp::Neg, Expr::Float(v)) => Expr::Float(-v),
            (op, operand) => Expr::UnaryOp {
                op,
                operand: Box::new(operand),
            },
        })
    }

    fn postfix(&mut self) -> Result<Expr, SyntaxError> {
        #[cfg(feature = "code")]
        let start = self.pos;
        let mut e = self.atom()?;
        loop {
            if self.eat_op(".") {
                self.deeper()?;
                let Some(Tok::Name(name)) = self.peek().cloned() else {
                    return Err(self.unexpected("a name after `.`"));
                };
                #[cfg(feature = "code")]
                if let (Expr::Name(module), Some(t)) = (&e, self.token()) {
                    self.names_read.push(NameRead {
                        module: Some(module.to_string()),
                        name: name.clone(),
                        line: t.line,
                        col: t.col,
                    });
                }
                #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
                if name == "format" && matches!(e, Expr::Str(_) | Expr::FString(_)) {
                    return Err(self.error(crate::error::needs_asyncio_py("`str.format`")));
                }
                self.pos += 1;
                e = Expr::Attribute {
                    value: Box::new(e),
                    name: name.into(),
                };
            } else if self.eat_op("(") {
                self.deeper()?;
                let (args, kwargs) = self.call_args()?;
                #[cfg(feature = "code")]
                self.warn(
                    start,
                    crate::program::syntax_warnings::on_call(&e).map(Vec::from_iter),
                )?;
                e = Expr::Call {
                    func: Box::new(e),
                    args,
                    kwargs,
                };
            } else if self.eat_op("[") {
                self.deeper()?;
                let index = self.subscript_index()?;
                self.expect_op("]")?;
                #[cfg(feature = "code")]
                self.warn(
                    start,
                    crate::program::syntax_warnings::on_subscript(&e, &index),
                )?;
                e = Expr::Subscript {
                    value: Box::new(e),
                    index: Box::new(index),
                };
            } else {
                return Ok(e);
            }
        }
    }

    /// Inside `x[...]`: an index, a tuple of them, or a slice `a:b:c`.
    fn subscript_index(&mut self) -> Result<Expr, SyntaxError> {
        let bound = |p: &mut Parser| -> Result<Option<Box<Expr>>, SyntaxError> {
            if p.is_op(":") || p.is_op("]") || p.is_op(",") {
                Ok(None)
            } else {
                Ok(Some(Box::new(p.expr()?)))
            }
        };
        let lower = bound(self)?;
        if !self.eat_op(":") {
            let Some(first) = lower else {
                return Err(self.unexpected("an index"));
            };
            if !self.is_op(",") {
                return Ok(*first);
            }
            let mut items = vec![*first];
            while self.eat_op(",") && !self.is_op("]") {
                items.push(self.expr()?);
            }
            return Ok(Expr::Tuple(items));
        }
        let upper = bound(self)?;
        let step = if self.eat_op(":") { bound(self)? } else { None };
        if self.is_op(",") {
            return Err(self.error("several slices in one subscript are not supported"));
        }
        Ok(Expr::Slice { lower, upper, step })
    }

    /// The error for a comprehension in the forms' fields, which do
    /// without them: the page's first download leaves them to Code mode's
    /// module.
    #[cfg(not(feature = "code"))]
    fn comprehension_needs_code(&self) -> SyntaxError {
        self.error(
            "comprehensions come with Code mode; press “Edit as code” to load it and write this there",
        )
    }

    /// Whether the bracket just read opens a comprehension or a generator
    /// expression: a `for` ahead, outside any bracket, before this one
    /// closes. `Some(true)` when a `:` (not a lambda's) comes before that
    /// `for`: a dict comprehension, after a `{`.
    #[cfg(feature = "code")]
    fn comprehension_ahead(&self) -> Option<bool> {
        let (mut depth, mut lambdas, mut colon) = (0usize, 0usize, false);
        for t in &self.toks[self.pos.min(self.toks.len())..] {
            match &t.tok {
                Tok::Op(o) => match o.as_bytes() {
                    [b'(' | b'[' | b'{'] => depth += 1,
                    [b')' | b']' | b'}'] if depth == 0 => return None,
                    [b')' | b']' | b'}'] => depth -= 1,
                    [b':'] if depth == 0 && lambdas > 0 => lambdas -= 1,
                    [b':'] if depth == 0 => colon = true,
                    _ => {}
                },
                Tok::Name(n) if depth == 0 && n == "lambda" => lambdas += 1,
                Tok::Name(n) if depth == 0 && n == "for" => return Some(colon),
                _ => {}
            }
        }
        None
    }

    /// The clauses alone, up to the closing bracket, with the names read
    /// and the `await`s in the first iterable, which is read in the scope
    /// around the comprehension: what it makes is named for `outer`.
    #[cfg(feature = "code")]
    fn clause_list(&mut self, outer: &str, outer_await: bool) -> Result<Clauses, SyntaxError> {
        let mut clauses = Clauses {
            generators: Vec::new(),
            first_reads: 0..0,
            first_awaits: 0..0,
        };
        while self.at_for() {
            // `async for`: awaits each item (the comprehension checks where).
            let is_async = self.is_word("async");
            self.pos += 1 + usize::from(is_async);
            self.deeper()?;
            let target = self.for_target()?;
            if !self.is_word("in") {
                return Err(self.unexpected("`in`"));
            }
            self.pos += 1;
            // `or`-level: a bare `in` or `if` here belongs to the clause.
            let iter = match clauses.generators.is_empty() {
                true => {
                    let (reads, awaits) = (self.names_read.len(), self.awaits.len());
                    let own = std::mem::replace(&mut self.lambda_owner, outer.to_string());
                    let inside = std::mem::replace(&mut self.allow_await, outer_await);
                    let iter = self.bool_op("or", BoolOp::Or);
                    self.lambda_owner = own;
                    self.allow_await = inside;
                    clauses.first_reads = reads..self.names_read.len();
                    clauses.first_awaits = awaits..self.awaits.len();
                    iter?
                }
                false => self.bool_op("or", BoolOp::Or)?,
            };
            let mut ifs = Vec::new();
            while self.is_word("if") {
                self.pos += 1;
                ifs.push(self.bool_op("or", BoolOp::Or)?);
            }
            clauses.generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(clauses)
    }

    /// `lambda params: body`, from the word: the name of the function the
    /// statement parser makes of it.
    #[cfg(feature = "code")]
    fn lambda(&mut self) -> Result<Expr, SyntaxError> {
        // An f-string's fields are read by a parser of their own, which
        // names no function: its lambdas could not be made functions.
        if self.lambda_owner.is_empty() {
            return Err(self.error("a lambda is not supported here (in a form's field) yet; write the program in Code mode"));
        }
        let line = self.token().map_or(1, |t| t.line);
        self.pos += 1;
        use crate::program::{Param, ParamKind};
        let mut params: Vec<Param> = Vec::new();
        // As a `def`'s (`Source::parameters`): `*args` after the
        // keyword-only parameters, `**kwargs` last. Python's grammar has
        // been checked, so the order is right.
        #[cfg(feature = "asyncio-py")]
        let (mut varargs, mut varkw): (Option<Param>, Option<Param>) = (None, None);
        #[cfg(feature = "asyncio-py")]
        let mut star = false;
        while !self.is_op(":") {
            // (Code mode's first module has no room for them.)
            #[cfg(not(feature = "asyncio-py"))]
            if self.is_op("*") || self.is_op("**") || self.is_op("/") {
                return Err(self.error(crate::error::needs_asyncio_py(
                    "`*args`, `**kwargs` or `/` in a lambda",
                )));
            }
            #[cfg(feature = "asyncio-py")]
            if self.eat_op("/") {
                params
                    .iter_mut()
                    .for_each(|p| p.kind = ParamKind::PositionalOnly);
                if !self.eat_op(",") {
                    break;
                }
                continue;
            }
            #[cfg(not(feature = "asyncio-py"))]
            let kind = ParamKind::Plain;
            #[cfg(feature = "asyncio-py")]
            let kind = if self.eat_op("**") {
                ParamKind::VarKw
            } else if self.eat_op("*") {
                star = true;
                if self.eat_op(",") {
                    continue;
                }
                ParamKind::VarArgs
            } else if star {
                ParamKind::KeywordOnly
            } else {
                ParamKind::Plain
            };
            let name = match self.peek().cloned() {
                Some(Tok::Name(n)) if !super::is_keyword(&n) => n,
                _ => return Err(self.unexpected("a parameter name or `:`")),
            };
            self.pos += 1;
            #[cfg(feature = "asyncio-py")]
            let duplicate = params.iter().chain(&varargs).any(|p| *p.name == *name);
            #[cfg(not(feature = "asyncio-py"))]
            let duplicate = params.iter().any(|p| *p.name == *name);
            if duplicate {
                return Err(self.error(format!(
                    "duplicate argument '{name}' in function definition"
                )));
            }
            // A default is evaluated where the lambda is, each time it
            // runs (`lambda x, i=i: ...` keeps this round's `i`).
            let default = match self.eat_op("=") {
                true => {
                    let value = self.expr()?;
                    #[cfg(feature = "asyncio-py")]
                    self.no_named_default(&value)?;
                    Some(value)
                }
                false if kind.positional() && params.iter().any(|p| p.default.is_some()) => {
                    return Err(self.error("non-default argument follows default argument"))
                }
                false => None,
            };
            #[cfg(not(feature = "asyncio-py"))]
            params.push(Param::plain(name.as_str().into(), default));
            #[cfg(feature = "asyncio-py")]
            {
                let param = Param {
                    name: name.as_str().into(),
                    default,
                    kind,
                };
                match kind {
                    ParamKind::VarArgs => varargs = Some(param),
                    ParamKind::VarKw => varkw = Some(param),
                    _ => params.push(param),
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        #[cfg(feature = "asyncio-py")]
        {
            params.extend(varargs);
            params.extend(varkw);
        }
        self.expect_op(":")?;
        // Its defaults were read where it stands; its body is its own.
        let making = self.begin_made(crate::program::LAMBDA, line);
        let allow_await = std::mem::replace(&mut self.allow_await, false);
        let body = self.expr();
        self.allow_await = allow_await;
        let body = vec![crate::program::Stmt::Return(Some(body?))];
        let name = self.end_made(making, params, body, false);
        Ok(Expr::Name(name.as_str().into()))
    }

    /// Begins a function made of an expression, of `kind` (`LAMBDA`,
    /// `LISTCOMP`...), for the statement parser to add to the program
    /// (`hoist_lambdas`), read from `line`: it is named `{kind}owner#k`
    /// now, before what is inside it is read, so that what is made inside
    /// it is named for it (CPython's `main.<locals>.<listcomp>.<lambda>`)
    /// and closes over its variables.
    #[cfg(feature = "code")]
    fn begin_made(&mut self, kind: &str, line: usize) -> Making {
        let prefix = format!("{kind}{}#", self.lambda_owner);
        let k = self
            .lambdas
            .iter()
            .filter(|l| l.name.starts_with(&prefix))
            .count();
        let name = format!("{prefix}{k}");
        let at = self.names_read.len();
        self.lambdas.push(LambdaRead {
            name: name.clone(),
            params: Vec::new(),
            body: Vec::new(),
            is_async: false,
            line,
            reads: at..at,
            outer_reads: 0..0,
        });
        Making {
            index: self.lambdas.len() - 1,
            outer: std::mem::replace(&mut self.lambda_owner, name),
        }
    }

    /// Ends the function `making` began with what was read: its name.
    #[cfg(feature = "code")]
    fn end_made(
        &mut self,
        making: Making,
        params: Vec<crate::program::Param>,
        body: Vec<crate::program::Stmt>,
        is_async: bool,
    ) -> String {
        self.lambda_owner = making.outer;
        let end = self.names_read.len();
        let made = &mut self.lambdas[making.index];
        made.params = params;
        made.body = body;
        made.is_async = is_async;
        made.reads.end = end;
        made.name.clone()
    }

    /// An f-string's field, read here from tokens of its own, all at the
    /// f-string's place (`line`, `col`): what it reads and makes is this
    /// parser's, as any expression's. Its SyntaxWarnings are the
    /// f-string's (`warn_in_fields`).
    #[cfg(feature = "code")]
    fn field(&mut self, source: &str, (line, col): (usize, usize)) -> Result<Expr, SyntaxError> {
        let mut toks = super::lexer::tokens(source)?;
        for t in &mut toks {
            (t.line, t.col) = (line, col);
        }
        let warnings = self.warnings.len();
        let outer = (
            std::mem::replace(&mut self.toks, toks),
            std::mem::replace(&mut self.pos, 0),
            std::mem::replace(&mut self.end, col),
        );
        let read = self.field_value().and_then(|e| match self.at_end() {
            true => Ok(e),
            false => Err(self.unexpected("the end of the expression")),
        });
        (self.toks, self.pos, self.end) = outer;
        self.warnings.truncate(warnings);
        read
    }

    /// A field's expression: CPython reads it inside parentheses, so
    /// `{a, b}` is a tuple (Real Python's `f"{n, arg}"`).
    #[cfg(feature = "code")]
    fn field_value(&mut self) -> Result<Expr, SyntaxError> {
        let first = self.item()?;
        if !self.is_op(",") {
            if matches!(first, Expr::Starred(_)) {
                return Err(self.error("f-string: cannot use starred expression here"));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") && !self.at_end() {
            items.push(self.item()?);
        }
        Ok(Expr::Tuple(items))
    }

    #[cfg(not(feature = "code"))]
    fn field(&mut self, source: &str, _: (usize, usize)) -> Result<Expr, SyntaxError> {
        super::expression(source)
    }

    /// A comprehension or a generator expression of `kind` (`LISTCOMP`,
    /// `SETCOMP`, `DICTCOMP`, `GENEXPR`), from its item on (after the
    /// bracket, token `start`), up to and including `close` (nothing for a
    /// generator expression that is a call's only argument). As CPython
    /// 3.11 compiles one: a function of its own (`<listcomp>`), called
    /// with an iterator over its first iterable, which is evaluated where
    /// the expression stands; the rest runs in the function, in a scope of
    /// its own. One that awaits is a coroutine function, its call awaited
    /// here; a generator expression's is a generator.
    #[cfg(feature = "code")]
    fn comprehension(
        &mut self,
        kind: &'static str,
        start: usize,
        close: &str,
    ) -> Result<Expr, SyntaxError> {
        use crate::program::{Param, Stmt, DICTCOMP, GENEXPR, GENEXPR_ARGUMENT};
        // A form's field is read by a parser that names no function.
        if self.lambda_owner.is_empty() {
            return Err(self.error_at(start, "comprehensions and generator expressions are not supported in a form's field yet; write the program in Code mode"));
        }
        let line = self.toks.get(start).map_or(1, |t| t.line);
        let awaits = self.awaits.len();
        let making = self.begin_made(kind, line);
        let index = making.index;
        // Its parts may await whatever the function around it is: one that
        // does is a coroutine (an async generator, for a generator
        // expression), checked once it is read.
        // (A SyntaxError ends the reading: `allow_await` is put back only
        // on the way through.)
        let outer_await = std::mem::replace(&mut self.allow_await, true);
        let bare = close.is_empty();
        if self.is_op("*") {
            return Err(self.error("iterable unpacking cannot be used in comprehension"));
        }
        let key = match kind == DICTCOMP {
            true => {
                let key = self.expr()?;
                self.expect_op(":")?;
                Some(key)
            }
            false => None,
        };
        let value = self.expr()?;
        if !self.at_for() {
            let (at, message) = match (bare, kind) {
                (true, _) => (start, "Generator expression must be parenthesized"),
                (false, GENEXPR) => (self.pos, "invalid syntax: expected `for`"),
                _ => (
                    self.pos,
                    "did you forget parentheses around the comprehension target?",
                ),
            };
            return Err(self.error_at(at, message));
        }
        let Clauses {
            generators,
            first_reads,
            first_awaits,
        } = self.clause_list(&making.outer, outer_await)?;
        if !bare {
            self.expect_op(close)?;
        }
        self.allow_await = outer_await;
        self.warnings_in_order(start, "comprehension")?;
        let mut items = vec![&value];
        items.extend(key.as_ref());
        let is_async = comprehension_awaits(&items, &generators);
        if is_async && kind == GENEXPR {
            return Err(self.error_at(start, GENERATOR_AWAITS));
        }
        if is_async && !outer_await {
            return Err(self.error_at(
                start,
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        let mut body = match kind {
            GENEXPR => Stmt::Expr(Expr::Yield(Some(Box::new(value)))),
            _ => Stmt::Collect { key, value },
        };
        let mut first = None;
        for (i, clause) in generators.into_iter().enumerate().rev() {
            for test in clause.ifs.into_iter().rev() {
                body = Stmt::If {
                    test,
                    body: vec![body],
                    orelse: Vec::new(),
                };
            }
            let iter = match i {
                0 => {
                    first = Some(clause.iter);
                    Expr::Name(GENEXPR_ARGUMENT.into())
                }
                _ => clause.iter,
            };
            let (target, body_) = (clause.target, vec![body]);
            body = match clause.is_async {
                true => Stmt::AsyncFor {
                    target,
                    iter,
                    body: body_,
                    orelse: Vec::new(),
                },
                false => Stmt::For {
                    target,
                    iter,
                    body: body_,
                    orelse: Vec::new(),
                },
            };
        }
        let Some(first) = first else {
            return Err(self.error_at(start, "a comprehension needs a `for`"));
        };
        let params = vec![Param::plain(GENEXPR_ARGUMENT.into(), None)];
        let name = self.end_made(making, params, vec![body], is_async);
        self.lambdas[index].outer_reads = first_reads;
        let call = Expr::Call {
            func: Box::new(Expr::Name(name.as_str().into())),
            args: vec![first],
            kwargs: Vec::new(),
        };
        // What the function awaits is its own; the first iterable's
        // `await`s stay here, after the one that awaits the call.
        let kept = self.awaits[first_awaits].to_vec();
        self.awaits.truncate(awaits);
        if is_async {
            self.awaits.push(line as u32);
        }
        self.awaits.extend(kept);
        Ok(match is_async {
            true => Expr::Await(Box::new(call)),
            false => call,
        })
    }

    /// `x`, `i, x`, `i, (a, b)` or `first, *rest` before the `in` of a
    /// `for` statement or a comprehension's `for` clause.
    #[cfg(feature = "code")]
    pub(crate) fn for_target(&mut self) -> Result<Target, SyntaxError> {
        let mut items = Vec::new();
        // `x,` is a tuple of one target, as `x, y` is of two.
        let mut comma = false;
        loop {
            if self.eat_op("(") {
                items.push(self.for_target()?);
                self.expect_op(")")?;
            } else {
                // `*rest`: one name, starred.
                let starred = self.is_op("*");
                #[cfg(not(feature = "asyncio-py"))]
                if starred {
                    return Err(self.error(crate::error::needs_asyncio_py(super::STARRED_TARGET)));
                }
                self.pos += starred as usize;
                let name = match self.peek().cloned() {
                    Some(Tok::Name(n)) if !super::is_keyword(&n) => {
                        self.pos += 1;
                        Target::Name(n.into())
                    }
                    _ => return Err(self.unexpected("a name to assign")),
                };
                #[cfg(feature = "asyncio-py")]
                let name = match starred {
                    true => Target::Starred(Box::new(name)),
                    false => name,
                };
                items.push(name);
            }
            if !self.eat_op(",") {
                break;
            }
            comma = true;
            if self.is_word("in") || self.is_op(")") {
                break;
            }
        }
        Ok(if items.len() == 1 && !comma {
            items.pop().expect("one target")
        } else {
            Target::Tuple(items)
        })
    }

    /// After `{`: a dict literal, `{}` included.
    fn dict(&mut self) -> Result<Expr, SyntaxError> {
        // After the `{`.
        #[cfg(feature = "code")]
        let start = self.pos - 1;
        #[cfg(feature = "code")]
        match self.comprehension_ahead() {
            Some(true) => return self.comprehension(crate::program::DICTCOMP, start, "}"),
            #[cfg(feature = "asyncio-py")]
            Some(false) => return self.comprehension(crate::program::SETCOMP, start, "}"),
            #[cfg(not(feature = "asyncio-py"))]
            Some(false) => {
                return Err(self.error(crate::error::needs_asyncio_py("a set comprehension")))
            }
            None => {}
        }
        let mut items = Vec::new();
        while !self.eat_op("}") {
            if self.is_op("**") {
                #[cfg(feature = "asyncio-py")]
                return self.dict_unpacking(items);
                #[cfg(not(feature = "asyncio-py"))]
                return Err(self.error(crate::error::needs_asyncio_py("`**` in a dict display")));
            }
            let key = self.expr()?;
            if !self.is_op(":") {
                #[cfg(feature = "asyncio-py")]
                if items.is_empty() {
                    return self.set_display(key);
                }
                #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
                if items.is_empty() {
                    return Err(
                        self.error(crate::error::needs_asyncio_py("a set display (`{a, b}`)"))
                    );
                }
                return Err(self.error(if items.is_empty() {
                    "set literals (`{a, b}`) are not supported yet; use a list"
                } else {
                    "expected `:` between a dict key and its value"
                }));
            }
            self.pos += 1;
            let value = self.expr()?;
            #[cfg(not(feature = "code"))]
            if self.at_for() {
                return Err(self.comprehension_needs_code());
            }
            items.push(DictItem { key, value });
            if !self.eat_op(",") {
                self.expect_op("}")?;
                break;
            }
        }
        Ok(Expr::Dict(items))
    }

    /// The rest of a dict display from its first `**`, after the pairs
    /// before it: `{'a': 1, **d, 'b': 2}`.
    #[cfg(feature = "asyncio-py")]
    fn dict_unpacking(&mut self, pairs: Vec<DictItem>) -> Result<Expr, SyntaxError> {
        let mut parts: Vec<(Option<Expr>, Expr)> = pairs
            .into_iter()
            .map(|p| (Some(p.key), p.value))
            .collect_vec();
        loop {
            if self.eat_op("**") {
                // An operand of `|` at most (CPython's `bitwise_or`).
                parts.push((None, self.bitwise()?));
            } else {
                let key = self.expr()?;
                self.expect_op(":")?;
                parts.push((Some(key), self.expr()?));
            }
            if !self.eat_op(",") {
                self.expect_op("}")?;
                break;
            }
            if self.eat_op("}") {
                break;
            }
        }
        Ok(Expr::DictUnpacking(parts))
    }

    /// The rest of `{first, ...}`, a set display, after `first`.
    #[cfg(feature = "asyncio-py")]
    fn set_display(&mut self, first: Expr) -> Result<Expr, SyntaxError> {
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.eat_op("}") {
                return self.set_items(items);
            }
            items.push(self.expr()?);
        }
        self.expect_op("}")?;
        self.set_items(items)
    }

    #[cfg(feature = "asyncio-py")]
    fn set_items(&mut self, items: Vec<Expr>) -> Result<Expr, SyntaxError> {
        if items.iter().any(|i| matches!(i, Expr::Starred(_))) {
            return Err(self.error("`*` in a set display is not supported yet"));
        }
        Ok(Expr::Set(items))
    }

    /// An item of a tuple display (or target): `*value` too, which Code
    /// mode's module hands over to asyncio's.
    pub(crate) fn item(&mut self) -> Result<Expr, SyntaxError> {
        if self.is_op("*") {
            #[cfg(not(feature = "asyncio-py"))]
            return Err(self.error(crate::error::needs_asyncio_py(super::STARRED_ITEM)));
            #[cfg(feature = "asyncio-py")]
            {
                self.pos += 1;
                return Ok(Expr::Starred(Box::new(self.expr()?)));
            }
        }
        self.expr()
    }

    /// After `func(`: positional arguments (`*xs` too), then `name=value`s.
    fn call_args(&mut self) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
        let mut args = Vec::new();
        let mut kwargs: Vec<Keyword> = Vec::new();
        // Where an argument that is a generator expression starts (only
        // Code mode's parser makes them).
        while !self.eat_op(")") {
            let keyword = match (self.peek(), self.toks.get(self.pos + 1).map(|t| &t.tok)) {
                (Some(Tok::Name(n)), Some(Tok::Op("="))) => Some(n.clone()),
                _ => None,
            };
            if let Some(name) = keyword {
                if kwargs.iter().any(|k| *k.name == *name) {
                    return Err(self.error(format!("keyword argument repeated: {name}")));
                }
                self.pos += 2;
                let value = self.expr()?;
                kwargs.push(Keyword {
                    name: name.into(),
                    value,
                });
            } else if self.eat_op("**") {
                // `**mapping`: its items are keyword arguments, in order
                // with the named ones (`Keyword::UNPACK`).
                let value = self.expr()?;
                kwargs.push(Keyword {
                    name: Keyword::UNPACK.into(),
                    value,
                });
            } else {
                let unpacked = kwargs.iter().any(|k| *k.name == *Keyword::UNPACK);
                if self.eat_op("*") {
                    if unpacked {
                        return Err(self.error(
                            "iterable argument unpacking follows keyword argument unpacking",
                        ));
                    }
                    args.push(Expr::Starred(Box::new(self.expr()?)));
                } else {
                    if unpacked {
                        return Err(
                            self.error("positional argument follows keyword argument unpacking")
                        );
                    }
                    if !kwargs.is_empty() {
                        return Err(self.error("positional argument follows keyword argument"));
                    }
                    let start = self.pos;
                    // `f(x for x in xs)`: the call's parentheses are the
                    // generator's, so it must be the only argument.
                    #[cfg(feature = "code")]
                    if args.is_empty() && self.comprehension_ahead().is_some() {
                        let generator = self.comprehension(crate::program::GENEXPR, start, "")?;
                        if !self.is_op(")") {
                            return Err(
                                self.error_at(start, "Generator expression must be parenthesized")
                            );
                        }
                        args.push(generator);
                        continue;
                    }
                    let arg = self.expr()?;
                    if self.at_for() {
                        return Err(self.bare_generator(start));
                    }
                    args.push(arg);
                }
            }
            if !self.eat_op(",") {
                self.expect_op(")")?;
                break;
            }
        }
        Ok((args, kwargs))
    }

    /// A generator expression among a call's arguments, not the only one.
    #[cfg(feature = "code")]
    fn bare_generator(&self, start: usize) -> SyntaxError {
        self.error_at(start, "Generator expression must be parenthesized")
    }

    #[cfg(not(feature = "code"))]
    fn bare_generator(&self, _: usize) -> SyntaxError {
        self.error("generator expressions come with Code mode; press “Edit as code” to load it, or use a list comprehension `[... for ...]`")
    }

    fn atom(&mut self) -> Result<Expr, SyntaxError> {
        #[cfg(feature = "code")]
        let start = self.pos;
        let (line, col) = self
            .toks
            .get(self.pos)
            .map_or((1, self.end), |t| (t.line, t.col));
        let Some(tok) = self.toks.get(self.pos).map(|t| t.tok.clone()) else {
            return Err(self.unexpected("a value"));
        };
        self.pos += 1;
        match tok {
            Tok::Int(v) => Ok(Expr::Int(v)),
            Tok::IntMinMagnitude => Err(SyntaxError::at(
                line,
                col,
                super::lexer::too_large_message("9223372036854775808"),
            )),
            Tok::Float(v) => Ok(Expr::Float(v)),
            Tok::Str { text, f } => {
                let mut parts = super::fstring::fstring_parts(&text, f, (line, col), &mut |e| {
                    self.field(e, (line, col))
                })?;
                // Adjacent literals concatenate, as in Python.
                while let Some(Tok::Str { text, f }) = self.peek().cloned() {
                    let (line, col) = self.token().map_or((line, col), |t| (t.line, t.col));
                    self.pos += 1;
                    let more = super::fstring::fstring_parts(&text, f, (line, col), &mut |e| {
                        self.field(e, (line, col))
                    })?;
                    parts.extend(more);
                }
                #[cfg(feature = "code")]
                self.warn_in_fields(start, &parts)?;
                Ok(super::fstring::join_parts(parts))
            }
            Tok::Name(n) => match n.as_str() {
                "True" => Ok(Expr::Bool(true)),
                "False" => Ok(Expr::Bool(false)),
                "None" => Ok(Expr::None),
                "yield" => {
                    self.pos -= 1;
                    Err(self.error(format!("`{n}` is not supported yet")))
                }
                word if super::is_keyword(word) => {
                    self.pos -= 1;
                    Err(self.unexpected("a value"))
                }
                _ => {
                    #[cfg(feature = "code")]
                    self.names_read.push(NameRead {
                        module: None,
                        name: n.clone(),
                        line,
                        col,
                    });
                    Ok(Expr::Name(n.into()))
                }
            },
            Tok::Op("...") => {
                self.pos -= 1;
                Err(self.error(
                    "`...` (Ellipsis) as a value is not supported yet; as a statement of its own (a body to fill in later) it is",
                ))
            }
            Tok::Op("(") => {
                #[cfg(feature = "code")]
                let open = self.pos - 1;
                if self.eat_op(")") {
                    return Ok(Expr::Tuple(vec![]));
                }
                #[cfg(feature = "code")]
                if self.comprehension_ahead().is_some() {
                    return self.comprehension(crate::program::GENEXPR, open, ")");
                }
                let first = self.item()?;
                #[cfg(feature = "asyncio-py")]
                if self.is_op(")") && matches!(first, Expr::Starred(_)) {
                    return Err(self.error("SyntaxError: cannot use starred expression here"));
                }
                if self.eat_op(")") {
                    return Ok(first);
                }
                self.expect_op(",")?;
                let mut items = vec![first];
                while !self.eat_op(")") {
                    items.push(self.item()?);
                    if !self.eat_op(",") {
                        self.expect_op(")")?;
                        break;
                    }
                }
                Ok(Expr::Tuple(items))
            }
            Tok::Op("{") => self.dict(),
            Tok::Op("[") => {
                #[cfg(feature = "code")]
                if self.comprehension_ahead().is_some() {
                    return self.comprehension(crate::program::LISTCOMP, start, "]");
                }
                let mut items = Vec::new();
                while !self.eat_op("]") {
                    if self.eat_op("*") {
                        items.push(Expr::Starred(Box::new(self.expr()?)));
                    } else {
                        items.push(self.expr()?);
                    }
                    #[cfg(not(feature = "code"))]
                    if self.at_for() {
                        return Err(self.comprehension_needs_code());
                    }
                    if !self.eat_op(",") {
                        self.expect_op("]")?;
                        break;
                    }
                }
                Ok(Expr::List(items))
            }
            _ => {
                self.pos -= 1;
                Err(self.unexpected("a value"))
            }
        }
    }
}

fn compare(op: CmpOp, left: Expr, right: Expr) -> Expr {
    Expr::Compare {
        op,
        left: Box::new(left),
        right: Box::new(right),
    }
}

fn binop(op: BinOp, left: Expr, right: Expr) -> Expr {
    Expr::BinOp {
        op,
        left: Box::new(left),
        right: Box::new(right),
    }
}

/// A copy of `e` when it is a name or a constant: what a chained
/// comparison may read twice.
fn leaf(e: &Expr) -> Option<Expr> {
    Some(match e {
        Expr::Name(n) => Expr::Name(n.clone()),
        Expr::Int(i) => Expr::Int(*i),
        Expr::Float(f) => Expr::Float(*f),
        Expr::Str(s) => Expr::Str(s.clone()),
        Expr::Bool(b) => Expr::Bool(*b),
        Expr::None => Expr::None,
        _ => return None,
    })
}
