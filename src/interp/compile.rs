//! Compiles each function of a program to a flat list of instructions for
//! the task machine (`vm.rs`), once per run.
//!
//! Names are resolved here, as Python's compiler resolves them: a local slot,
//! a program function, or a name looked up at run time among the builtins.
//! Blocks become jumps; `try` becomes a handler address the machine jumps to
//! when an exception is raised inside it.

#[cfg(feature = "code")]
use super::code::Awaited;
use super::code::{FnCode, Op, NO_KW};
#[cfg(feature = "code")]
use super::code::{LAST_RUN, NO_LINE};
use super::scope::Scopes;
use crate::collect::CollectVec;
#[cfg(feature = "code")]
#[cfg(feature = "code")]
use crate::program::{BinOp, UnaryOp};
use crate::program::{BoolOp, Expr, FPart, Function, Name, Program, Stmt, Target};
#[cfg(feature = "code")]
#[cfg(feature = "code")]
use crate::value::ExcKind;
use crate::value::Value;

/// `source`, in Code mode, is where each function's statements stand.
pub(crate) fn compile(
    program: &Program,
    scopes: &Scopes,
    #[cfg(feature = "code")] source: &crate::program::SourceMap,
) -> Vec<FnCode> {
    program
        .functions
        .iter()
        .enumerate()
        .map(|(index, f)| {
            let mut c = Compiler {
                #[cfg(feature = "code")]
                program,
                scopes,
                index,
                code: FnCode {
                    slot_names: scopes.locals(index).to_vec(),
                    ..FnCode::default()
                },
                open: Vec::new(),
                #[cfg(feature = "code")]
                statement_lines: statement_lines(&f.body, source.statement_lines(index)),
                #[cfg(feature = "code")]
                await_lines: await_lines(
                    &f.body,
                    source.statement_lines(index),
                    source.await_lines(index),
                ),
                #[cfg(feature = "code")]
                line: 0,
            };
            c.function(f);
            #[cfg(feature = "code")]
            thread_jumps(&mut c.code.ops);
            #[cfg(feature = "code")]
            c.code
                .order_locals(f.params.len(), scopes.locals(index).len());
            #[cfg(feature = "code")]
            {
                c.code.cell_params = scopes
                    .cells(index)
                    .iter()
                    .map(|n| {
                        f.params
                            .iter()
                            .position(|p| p.name == *n)
                            .map_or(u32::MAX, |i| i as u32)
                    })
                    .collect_vec();
            }
            c.code
        })
        .collect_vec()
}

/// CPython's threading of the jumps `and` and `or` make in a value
/// (`optimize_basic_block`): a jump that keeps its value for the test
/// that the next `and` or `or` makes of it, whose answer is then known,
/// goes straight on, so that the value's truth is asked once: in
/// `(a and b) or c` with `a` false, `a`'s `__bool__` runs once. (Code
/// mode's: without it no class has `__bool__`, and a truth asked twice
/// shows nothing.)
#[cfg(feature = "code")]
fn thread_jumps(ops: &mut [Op]) {
    for i in 0..ops.len() {
        // Each step moves the jump further on: at most as many as ops.
        for _ in 0..ops.len() {
            let at = |t: u32| ops.get(t as usize).copied();
            ops[i] = match ops[i] {
                Op::JumpIfFalseOrPop(t) => match at(t) {
                    Some(Op::JumpIfFalseOrPop(next)) if next != t => Op::JumpIfFalseOrPop(next),
                    Some(Op::JumpIfFalse(next)) => Op::JumpIfFalse(next),
                    // Known false: past the test that would not jump.
                    Some(Op::JumpIfTrueOrPop(_) | Op::JumpIfTrue(_)) => Op::JumpIfFalse(t + 1),
                    _ => break,
                },
                Op::JumpIfTrueOrPop(t) => match at(t) {
                    Some(Op::JumpIfTrueOrPop(next)) if next != t => Op::JumpIfTrueOrPop(next),
                    Some(Op::JumpIfTrue(next)) => Op::JumpIfTrue(next),
                    Some(Op::JumpIfFalseOrPop(_) | Op::JumpIfFalse(_)) => Op::JumpIfTrue(t + 1),
                    _ => break,
                },
                _ => break,
            };
        }
    }
}

/// Each statement's line, by the statement's address, sorted for lookup:
/// a statement compiled twice (a `finally` body, on each way out) keeps
/// its one line.
#[cfg(feature = "code")]
fn statement_lines(body: &[Stmt], lines: &[u32]) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    let mut n = 0;
    Stmt::walk(body, &mut |s| {
        out.push((
            s as *const Stmt as usize,
            lines.get(n).copied().unwrap_or(NO_LINE),
        ));
        n += 1;
    });
    crate::sort::sort(&mut out);
    out
}

/// The line of each `await` that is not on its statement's first line
/// (`x = (\n    await f())`), by the `await`'s address: a frame paused
/// there is on the await's line, as CPython's line table has it. A
/// statement whose `await`s the parser counted differently keeps its
/// first line for all of them.
#[cfg(feature = "code")]
fn await_lines(body: &[Stmt], lines: &[u32], awaits: &[(u32, u32)]) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    let mut n = 0;
    Stmt::walk(body, &mut |s| {
        let from = awaits.partition_point(|&(at, _)| at < n);
        let to = awaits.partition_point(|&(at, _)| at <= n);
        let own = &awaits[from..to];
        let first = lines.get(n as usize).copied();
        n += 1;
        if own.iter().all(|&(_, line)| Some(line) == first) {
            return;
        }
        let mut nodes = Vec::new();
        s.each_own_expr(&mut |e| {
            e.each(&mut |x| {
                #[cfg(feature = "asyncio-py")]
                if let Expr::NamedExpr { .. } = x {
                    nodes.push(x as *const Expr as usize);
                }
                if let Expr::Await(_) = x {
                    nodes.push(x as *const Expr as usize);
                }
            })
        });
        if nodes.len() == own.len() {
            out.extend(nodes.into_iter().zip(own.iter().map(|&(_, line)| line)));
        }
    });
    crate::sort::sort(&mut out);
    out
}

struct Compiler<'a> {
    #[cfg(feature = "code")]
    program: &'a Program,
    scopes: &'a Scopes,
    index: usize,
    code: FnCode,
    /// The blocks around the code being compiled, innermost last: what a
    /// `break`, `continue` or `return` must close on its way out of them.
    open: Vec<Open<'a>>,
    /// `statement_lines` of the function being compiled.
    #[cfg(feature = "code")]
    statement_lines: Vec<(usize, u32)>,
    /// `await_lines` of the function being compiled.
    #[cfg(feature = "code")]
    await_lines: Vec<(usize, u32)>,
    /// The line of the statement being compiled; what follows a block (a
    /// handler's exit, a loop's jump back) keeps the line of the block's
    /// last statement, as CPython's line table does.
    #[cfg(feature = "code")]
    line: u32,
}

/// What a loop holds while it runs.
#[derive(Clone, Copy, PartialEq)]
enum Holds {
    /// Nothing (`while`, which only Code mode has).
    #[cfg_attr(not(feature = "code"), allow(dead_code))]
    Nothing,
    /// An iterator among the frame's (`for`).
    Iterator,
    /// The async iterator on the stack (`async for`, which awaits its
    /// `__anext__()` in the frame's code).
    #[cfg(feature = "code")]
    Stacked,
}

/// Where an `except ... as name` binds its name (`Compiler::handler_name`).
#[cfg(feature = "code")]
#[derive(Clone, Copy, PartialEq)]
enum HandlerName {
    None,
    Local(u32),
    Global(u32),
}

/// A block that `break`, `continue` and `return` may have to leave.
enum Open<'a> {
    /// A loop: where `continue` goes, the `break` jumps to patch at its
    /// end, and the iterator it holds, which leaving it early drops (only
    /// Code mode's statements leave a loop early).
    #[cfg_attr(not(feature = "code"), allow(dead_code))]
    Loop {
        top: u32,
        breaks: Vec<usize>,
        holds: Holds,
    },
    /// A `try` body: its handler is registered until `TryEnd`.
    #[cfg(feature = "code")]
    Try,
    /// An `except` body: the exception being handled, and its `as` name.
    #[cfg(feature = "code")]
    Handler(HandlerName),
    /// A `try` with a `finally`: leaving it runs this body on the way out.
    #[cfg_attr(not(feature = "code"), allow(dead_code))]
    Finally(&'a [Stmt]),
    /// A `with` body (`async with`'s when `is_async`), its statement on
    /// `line`: leaving it calls the context manager's exit, which is on
    /// the stack.
    #[cfg(feature = "code")]
    With { is_async: bool, line: u32 },
}

impl<'a> Compiler<'a> {
    fn emit(&mut self, op: Op) -> usize {
        #[cfg(feature = "code")]
        self.code.lines.push(self.line);
        self.code.ops.push(op);
        self.code.ops.len() - 1
    }

    fn here(&self) -> u32 {
        self.code.ops.len() as u32
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.code.ops[at] = match self.code.ops[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            #[cfg(feature = "code")]
            Op::TryBegin(_) => Op::TryBegin(target),
            #[cfg(feature = "code")]
            Op::WithBegin(_) => Op::WithBegin(target),
            other => other,
        };
    }

    /// Pushes `e`'s value, or `None` when it is left out (`return`, a
    /// slice's bound, a bare `yield`).
    fn expr_or_none(&mut self, e: Option<&'a Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => {
                let none = self.constant(Value::None);
                self.emit(none);
            }
        }
    }

    fn constant(&mut self, v: Value) -> Op {
        self.code.consts.push(v);
        Op::Const(self.code.consts.len() as u32 - 1)
    }

    fn name(&mut self, n: &Name) -> u32 {
        if let Some(i) = self.code.names.iter().position(|m| m == n) {
            return i as u32;
        }
        self.code.names.push(n.clone());
        self.code.names.len() as u32 - 1
    }

    fn function(&mut self, f: &'a Function) {
        // A comprehension's function makes what it returns, which stays
        // at the bottom of its stack while its loops fill it
        // (`Op::Collect`).
        #[cfg(feature = "code")]
        let made = crate::program::made_of_expression(&f.name).map(|(kind, _)| kind);
        #[cfg(feature = "code")]
        let result = match made {
            Some("<listcomp>") => Some(Op::List(0)),
            #[cfg(feature = "asyncio-py")]
            Some("<setcomp>") => Some(Op::BuildSet {
                n: 0,
                folded: false,
            }),
            Some("<dictcomp>") => Some(Op::Dict(0)),
            _ => None,
        };
        #[cfg(feature = "code")]
        if let Some(empty) = result {
            self.emit(empty);
            self.block(&f.body);
            self.emit(Op::Return);
            return;
        }
        self.block(&f.body);
        let none = self.constant(Value::None);
        self.emit(none);
        self.emit(Op::Return);
    }

    fn block(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// A condition (`if`, `while`, a conditional expression's test):
    /// jumps where the caller patches the returned jumps to when `e`'s
    /// truth is `cond`, and falls through otherwise, as CPython's
    /// `compiler_jump_if` compiles it. An `and`, `or` or `not` in it
    /// becomes jumps, so that each operand's truth is asked once (a
    /// class's `__bool__` runs once), not once for the operator and again
    /// for the condition.
    #[cfg(feature = "code")]
    fn jump_if(&mut self, e: &'a Expr, cond: bool) -> Vec<usize> {
        match e {
            Expr::UnaryOp {
                op: crate::program::UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !cond),
            Expr::BoolOp { op, values } if !values.is_empty() => {
                let (last, rest) = values.split_last().expect("not empty");
                // `a or b` jumps when either is true; `a and b` falls
                // through past the rest as soon as one is false.
                let each_jumps = cond == matches!(op, BoolOp::Or);
                let mut jumps = Vec::new();
                let mut past = Vec::new();
                for v in rest {
                    if each_jumps {
                        jumps.extend(self.jump_if(v, cond));
                    } else {
                        past.extend(self.jump_if(v, !cond));
                    }
                }
                jumps.extend(self.jump_if(last, cond));
                for at in past {
                    self.patch(at);
                }
                jumps
            }
            Expr::IfExp { test, body, orelse } => {
                let to_else = self.jump_if(test, false);
                let mut jumps = self.jump_if(body, cond);
                let to_end = self.emit(Op::Jump(0));
                for at in to_else {
                    self.patch(at);
                }
                jumps.extend(self.jump_if(orelse, cond));
                self.patch(to_end);
                jumps
            }
            _ => self.jump_after(e, cond),
        }
    }

    /// The page's first download: no class of the program's has
    /// `__bool__`, so a truth asked twice shows nothing (`jump_if`).
    #[cfg(not(feature = "code"))]
    fn jump_if(&mut self, e: &'a Expr, cond: bool) -> Vec<usize> {
        self.jump_after(e, cond)
    }

    /// `e`, then a jump on its truth.
    fn jump_after(&mut self, e: &'a Expr, cond: bool) -> Vec<usize> {
        self.expr(e);
        vec![self.emit(if cond {
            Op::JumpIfTrue(0)
        } else {
            Op::JumpIfFalse(0)
        })]
    }

    /// Compiles a loop body with `top` as its `continue` target; returns
    /// the `break` jumps to patch at the loop's end.
    fn loop_body(&mut self, body: &'a [Stmt], top: u32, holds: Holds) -> Vec<usize> {
        self.open.push(Open::Loop {
            top,
            breaks: Vec::new(),
            holds,
        });
        self.block(body);
        match self.open.pop() {
            Some(Open::Loop { breaks, .. }) => breaks,
            _ => unreachable!("blocks are closed in the order they open"),
        }
    }

    #[cfg(feature = "code")]
    /// Closes the blocks from the innermost out to (not including) block
    /// `until`: ends `try`s, `except`s and `for` loops, and runs `finally`
    /// bodies, each compiled as if it stood where its `try` does; calls
    /// `with` statements' exits, under the value being returned when
    /// `returning`.
    fn close_blocks(&mut self, until: usize, returning: bool) {
        for i in (until..self.open.len()).rev() {
            match self.open[i] {
                Open::With { is_async, line } => {
                    self.emit(Op::TryEnd);
                    if returning {
                        self.emit(Op::Swap);
                    }
                    let own = std::mem::replace(&mut self.line, line);
                    self.with_exit(is_async);
                    self.line = own;
                }
                Open::Try => {
                    self.emit(Op::TryEnd);
                }
                Open::Handler(name) => self.handler_exit(name),
                Open::Finally(body) => {
                    self.emit(Op::TryEnd);
                    let inner = self.open.split_off(i);
                    self.block(body);
                    self.open.extend(inner);
                }
                // Only a `return` closes a loop here (`break` and
                // `continue` stop inside the innermost one).
                Open::Loop { holds, .. } => self.drop_iterator(holds, returning),
            }
        }
    }

    #[cfg(feature = "code")]
    /// `break` (or `continue`): close the `try`s and `except`s between here
    /// and the innermost loop, then jump out of (or back to the top of) it.
    fn leave_loop(&mut self, is_break: bool) {
        let innermost = self
            .open
            .iter()
            .rposition(|o| matches!(o, Open::Loop { .. }))
            .expect("validation refuses `break` and `continue` outside loops");
        self.close_blocks(innermost + 1, false);
        let Open::Loop { top, holds, .. } = self.open[innermost] else {
            unreachable!("`innermost` is a loop")
        };
        if !is_break {
            self.emit(Op::Jump(top));
            return;
        }
        self.drop_iterator(holds, false);
        let jump = self.emit(Op::Jump(0));
        if let Open::Loop { breaks, .. } = &mut self.open[innermost] {
            breaks.push(jump);
        }
    }

    /// Drops what a loop left early holds: under the value being returned
    /// when `returning`.
    #[cfg(feature = "code")]
    fn drop_iterator(&mut self, holds: Holds, returning: bool) {
        match holds {
            Holds::Nothing => {}
            Holds::Iterator => {
                self.emit(Op::PopIter);
            }
            Holds::Stacked => {
                if returning {
                    self.emit(Op::Swap);
                }
                self.emit(Op::Pop);
            }
        }
    }

    /// The slot of a local name.
    fn slot(&self, n: &Name) -> Option<u32> {
        self.scopes.slot(self.index, n).map(|s| s as u32)
    }

    /// Where `n` is among the frame's cells.
    #[cfg(feature = "code")]
    fn cell(&self, n: &Name) -> Option<u32> {
        self.scopes.cell(self.index, n)
    }

    /// `value[index]` read or deleted: the container and the slice's
    /// three bounds (`None` where left out) for `slice`, or the container
    /// and the index for `item`.
    fn subscript(&mut self, value: &'a Expr, index: &'a Expr, slice: Op, item: Op) {
        self.expr(value);
        if let Expr::Slice { lower, upper, step } = index {
            for part in [lower, upper, step] {
                self.expr_or_none(part.as_deref());
            }
            self.emit(slice);
        } else {
            self.expr(index);
            self.emit(item);
        }
    }

    /// `del target`, as `store` assigns: a name's cell, the module's
    /// variable or the local slot; an item or attribute; each of a tuple.
    #[cfg(feature = "code")]
    fn delete(&mut self, target: &'a Target) {
        match target {
            Target::Name(n) => {
                if let Some(cell) = self.cell(n) {
                    self.emit(Op::DeleteCell(cell));
                } else if let Some(slot) = self.slot(n) {
                    self.emit(Op::DeleteLocal(slot));
                } else {
                    let slot = self
                        .scopes
                        .module_var_in(self.index, n)
                        .expect("a name `del` unbinds outside a function is the module's");
                    self.emit(Op::DeleteGlobal(slot));
                }
            }
            Target::Subscript { value, index } => {
                self.subscript(value, index, Op::DelSlice, Op::DelItem)
            }
            Target::Attribute { value, name } => {
                self.expr(value);
                let n = self.name(name);
                self.emit(Op::DelAttr(n));
            }
            Target::Tuple(items) => {
                for t in items {
                    self.delete(t);
                }
            }
            // Not reached: `del *x` is a SyntaxError (the parser's), and
            // `del` has no chains.
            #[cfg(feature = "asyncio-py")]
            Target::Starred(inner) => self.delete(inner),
            #[cfg(feature = "asyncio-py")]
            Target::Chain(targets) => {
                for t in targets {
                    self.delete(t);
                }
            }
        }
    }

    fn store(&mut self, target: &'a Target) {
        match target {
            Target::Name(n) => {
                #[cfg(feature = "code")]
                if let Some(cell) = self.cell(n) {
                    self.emit(Op::StoreCell(cell));
                    return;
                }
                #[cfg(feature = "code")]
                if self.slot(n).is_none() && self.scopes.declares_global(self.index, n) {
                    if let Some(slot) = self.scopes.module_var_in(self.index, n) {
                        self.emit(Op::StoreGlobal(slot));
                        return;
                    }
                }
                let slot = self.slot(n).expect("every bound name is a local");
                self.emit(Op::Store(slot));
            }
            #[cfg(feature = "code")]
            Target::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
                self.emit(Op::SetItem);
            }
            #[cfg(feature = "code")]
            Target::Attribute { value, name } => {
                self.expr(value);
                let n = self.name(name);
                self.emit(Op::SetAttr(n));
            }
            #[cfg(feature = "code")]
            Target::Tuple(items) => {
                // The validator allows one `*rest`, with fewer than 256
                // targets before it, as CPython's compiler does.
                #[cfg(feature = "asyncio-py")]
                let op = match items.iter().position(|t| matches!(t, Target::Starred(_))) {
                    Some(before) => Op::UnpackStarred {
                        before: before as u16,
                        after: (items.len() - before - 1).min(u16::MAX as usize) as u16,
                    },
                    None => Op::Unpack(items.len() as u32),
                };
                #[cfg(not(feature = "asyncio-py"))]
                let op = Op::Unpack(items.len() as u32);
                self.emit(op);
                for t in items {
                    self.store(t);
                }
            }
            #[cfg(feature = "asyncio-py")]
            Target::Starred(inner) => self.store(inner),
            // CPython's `DUP_TOP` before each store but the last.
            #[cfg(feature = "asyncio-py")]
            Target::Chain(targets) => {
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store(t);
                }
            }
            #[cfg(not(feature = "code"))]
            Target::Subscript { .. } | Target::Tuple(_) => {
                self.code_mode_only("assigning to an item or unpacking into several names")
            }
        }
    }

    /// The page's first download runs what the forms make; the rest of the
    /// language comes with Code mode's module, and says so if a program
    /// reaches it here anyway.
    #[cfg(not(feature = "code"))]
    fn code_mode_only(&mut self, what: &str) {
        self.code.consts.push(Value::str(&format!(
            "{what} comes with Code mode; press “Edit as code” to load it and run this program there"
        )));
        self.emit(Op::Unsupported(self.code.consts.len() as u32 - 1));
    }

    fn stmt(&mut self, s: &'a Stmt) {
        #[cfg(feature = "code")]
        {
            let at = s as *const Stmt as usize;
            if let Ok(i) = self.statement_lines.binary_search_by_key(&at, |&(a, _)| a) {
                self.line = self.statement_lines[i].1;
            }
        }
        #[cfg(feature = "code")]
        let own = self.line;
        self.stmt_body(s);
        // What follows a compound statement in its block (a handler's
        // exit, when it ends one) has the line CPython's line table gives
        // it: a loop's, where its exit jumps from; none (-1) after an `if`
        // or a `try`, whose paths join there.
        #[cfg(feature = "code")]
        match s {
            // A loop's `else` ends where its exit and its `break`s join.
            Stmt::For { orelse, .. } | Stmt::While { orelse, .. } if !orelse.is_empty() => {
                self.line = NO_LINE
            }
            Stmt::For { .. } | Stmt::While { .. } => self.line = own,
            Stmt::If { .. } | Stmt::Try { .. } => self.line = NO_LINE,
            Stmt::With { .. } => self.line = own,
            _ => {}
        }
    }

    fn stmt_body(&mut self, s: &'a Stmt) {
        match s {
            Stmt::Expr(e) => {
                if let Some(delay) = self.direct_sleep(e) {
                    #[cfg(feature = "code")]
                    let statement = self.at_await(e);
                    match delay {
                        Expr::Int(0) => self.emit(Op::YieldNow),
                        Expr::Float(f) if *f == 0.0 => self.emit(Op::YieldNow),
                        delay => {
                            self.expr(delay);
                            self.emit(Op::Sleep)
                        }
                    };
                    #[cfg(feature = "code")]
                    {
                        self.line = statement;
                    }
                } else {
                    self.expr(e);
                    self.emit(Op::Pop);
                }
            }
            Stmt::Assign { target, value } => {
                self.expr(value);
                self.store(target);
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.emit(Op::Iter);
                let top = self.here();
                let next = self.emit(Op::ForIter(0));
                self.store(target);
                let breaks = self.loop_body(body, top, Holds::Iterator);
                self.emit(Op::Jump(top));
                self.patch(next);
                self.block(orelse);
                for b in breaks {
                    self.patch(b);
                }
            }
            #[cfg(not(feature = "code"))]
            Stmt::While { .. }
            | Stmt::Break
            | Stmt::Continue
            | Stmt::AugAssign { .. }
            | Stmt::Raise(None)
            | Stmt::Try { .. } => self.code_mode_only("this statement"),
            #[cfg(feature = "code")]
            Stmt::While { test, body, orelse } => {
                let top = self.here();
                // Each round counts against the step budget, so that
                // `while True: pass` stops with a message instead of hanging.
                self.emit(Op::Tick);
                let exits = self.jump_if(test, false);
                let breaks = self.loop_body(body, top, Holds::Nothing);
                self.emit(Op::Jump(top));
                for exit in exits {
                    self.patch(exit);
                }
                self.block(orelse);
                for b in breaks {
                    self.patch(b);
                }
            }
            #[cfg(feature = "code")]
            Stmt::Break => self.leave_loop(true),
            #[cfg(feature = "code")]
            Stmt::Continue => self.leave_loop(false),
            #[cfg(feature = "code")]
            Stmt::AugAssign { target, op, value } => match target {
                Target::Subscript {
                    value: container,
                    index,
                } => {
                    self.expr(container);
                    self.expr(index);
                    self.emit(Op::Dup2);
                    self.emit(Op::GetItem);
                    self.expr(value);
                    self.emit(Op::Inplace(*op));
                    self.emit(Op::Rot3);
                    self.emit(Op::SetItem);
                }
                // `obj.count += 1`: `obj` evaluated once, read, then set.
                Target::Attribute { value: obj, name } => {
                    self.expr(obj);
                    self.emit(Op::Dup);
                    let n = self.name(name);
                    self.emit(Op::Attr(n));
                    self.expr(value);
                    self.emit(Op::Inplace(*op));
                    self.emit(Op::Swap);
                    self.emit(Op::SetAttr(n));
                }
                _ => {
                    let Target::Name(name) = target else {
                        unreachable!("validation refuses `a, b += ...`")
                    };
                    // A local, or the module's after `global count`.
                    self.load_name(name);
                    self.expr(value);
                    self.emit(Op::Inplace(*op));
                    self.store(target);
                }
            },
            Stmt::If { test, body, orelse } => {
                let to_else = self.jump_if(test, false);
                self.block(body);
                let to_end = self.emit(Op::Jump(0));
                for at in to_else {
                    self.patch(at);
                }
                self.block(orelse);
                self.patch(to_end);
            }
            Stmt::Return(value) => {
                self.expr_or_none(value.as_ref());
                // The value is computed first, then every block is left
                // at this line, as CPython's compiler unwinds them: an
                // `except` lets go of its exception (and what its
                // traceback keeps), a `for` of its iterator, and `finally`
                // bodies run.
                #[cfg(feature = "code")]
                self.close_blocks(0, true);
                self.emit(Op::Return);
            }
            Stmt::Raise(Some(e)) => {
                self.expr(e);
                self.emit(Op::Raise);
            }
            #[cfg(feature = "code")]
            Stmt::Raise(None) => {
                self.emit(Op::Reraise);
            }
            #[cfg(feature = "code")]
            Stmt::RaiseFrom { exc, cause } => {
                self.expr(exc);
                self.expr(cause);
                self.emit(Op::RaiseFrom);
            }
            #[cfg(feature = "code")]
            Stmt::Collect { key, value } => {
                if let Some(key) = key {
                    self.expr(key);
                }
                self.expr(value);
                self.emit(Op::Collect);
            }
            // A declaration for the compiler (`Scopes`): no code.
            #[cfg(feature = "code")]
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            #[cfg(feature = "code")]
            Stmt::Delete(target) => self.delete(target),
            #[cfg(feature = "code")]
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    return self.try_except(body, handlers, orelse);
                }
                // try: (the rest) finally: finalbody, the rest in a `try`
                // whose handler runs `finalbody` and raises again.
                let begin = self.emit(Op::TryBegin(0));
                self.open.push(Open::Finally(finalbody));
                if handlers.is_empty() {
                    self.block(body);
                } else {
                    self.try_except(body, handlers, orelse);
                }
                self.open.pop();
                self.emit(Op::TryEnd);
                self.block(finalbody);
                let done = self.emit(Op::Jump(0));
                self.patch(begin);
                // The exception is "being handled" while `finally` runs, so
                // a bare `raise` there raises it, as in Python.
                self.emit(Op::HandlerEnter(u32::MAX));
                self.open.push(Open::Handler(HandlerName::None));
                self.block(finalbody);
                self.open.pop();
                self.emit(Op::Reraise);
                self.patch(done);
            }
            #[cfg(feature = "code")]
            Stmt::With {
                is_async,
                context,
                target,
                body,
            } => self.with(*is_async, context, target.as_ref(), body),
            #[cfg(feature = "code")]
            Stmt::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => self.async_for(target, iter, body, orelse),
            Stmt::Pass => {}
        }
    }

    /// `with context as target: body` (`async with` when `is_async`), as
    /// CPython 3.11 compiles it: the exit is bound first and kept on the
    /// stack under the body; an exception leaving the body is passed to it
    /// while being handled, and raised again unless the exit returns true.
    #[cfg(feature = "code")]
    fn with(
        &mut self,
        is_async: bool,
        context: &'a Expr,
        target: Option<&'a Target>,
        body: &'a [Stmt],
    ) {
        let line = self.line;
        self.expr(context);
        self.emit(Op::WithEnter(is_async));
        self.emit(Op::Call { argc: 0, kw: NO_KW });
        if is_async {
            self.emit(Op::Awaitable(Awaited::Enter));
            self.emit(Op::Await);
        }
        let begin = self.emit(Op::WithBegin(0));
        match target {
            Some(t) => self.store(t),
            None => {
                self.emit(Op::Pop);
            }
        }
        self.open.push(Open::With { is_async, line });
        self.block(body);
        self.open.pop();
        self.line = line;
        self.emit(Op::TryEnd);
        self.with_exit(is_async);
        let done = self.emit(Op::Jump(0));
        self.patch(begin);
        // Stack: the exit, the exception.
        self.emit(Op::WithExcept);
        self.emit(Op::Call { argc: 3, kw: NO_KW });
        if is_async {
            self.emit(Op::Awaitable(Awaited::Exit));
            self.emit(Op::Await);
        }
        let raise = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::HandlerExit(u32::MAX));
        let suppressed = self.emit(Op::Jump(0));
        self.patch(raise);
        self.emit(Op::Reraise);
        self.patch(done);
        self.patch(suppressed);
    }

    /// `async for target in iter: body`, as CPython 3.11 compiles it: the
    /// iterator `__aiter__()` returns stays on the stack; each round awaits
    /// its `__anext__()` inside a handler that ends the loop on
    /// `StopAsyncIteration`.
    #[cfg(feature = "code")]
    fn async_for(
        &mut self,
        target: &'a Target,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) {
        self.expr(iter);
        // In a comprehension's function, each `async for` is a clause:
        // the first's iterable came in as `.0` already made an async
        // iterator (`__aiter__()` was called where the comprehension
        // stands), the others' are folded as a clause's are.
        let dot_zero = Name::from(crate::program::GENEXPR_ARGUMENT);
        let clause = self.slot(&dot_zero).is_some();
        if !matches!(iter, Expr::Name(n) if *n == dot_zero) {
            if clause {
                self.folded_to_tuple(iter);
            }
            self.emit(Op::AsyncIter);
            self.emit(Op::Call { argc: 0, kw: NO_KW });
        }
        let top = self.here();
        let begin = self.await_anext();
        self.store(target);
        let breaks = self.loop_body(body, top, Holds::Stacked);
        self.emit(Op::Jump(top));
        self.patch(begin);
        self.async_loop_ended();
        self.block(orelse);
        for b in breaks {
            self.patch(b);
        }
    }

    /// Awaits `__anext__()` of the async iterator on top of the stack,
    /// which stays there under the item, inside a handler for the
    /// `StopAsyncIteration` that ends the loop; the handler's place, to
    /// patch to where `async_loop_ended` goes.
    #[cfg(feature = "code")]
    fn await_anext(&mut self) -> usize {
        let begin = self.emit(Op::TryBegin(0));
        self.emit(Op::AsyncNext);
        self.emit(Op::Call { argc: 0, kw: NO_KW });
        self.emit(Op::Awaitable(Awaited::Next));
        self.emit(Op::Await);
        self.emit(Op::TryEnd);
        begin
    }

    /// The handler of `await_anext`, with the iterator and the exception
    /// on the stack: `StopAsyncIteration` ends the loop, dropping both;
    /// anything else goes on.
    #[cfg(feature = "code")]
    fn async_loop_ended(&mut self) {
        self.emit(Op::ExcMatch(ExcKind::StopAsyncIteration));
        let other = self.emit(Op::JumpIfFalse(0));
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        let done = self.emit(Op::Jump(0));
        self.patch(other);
        self.emit(Op::Unmatched);
        self.patch(done);
    }

    /// Calls the exit on the stack as a `with` body ends without an
    /// exception: `exit(None, None, None)`, its result dropped.
    #[cfg(feature = "code")]
    fn with_exit(&mut self, is_async: bool) {
        let none = self.constant(Value::None);
        for _ in 0..3 {
            self.emit(none);
        }
        self.emit(Op::Call { argc: 3, kw: NO_KW });
        if is_async {
            self.emit(Op::Awaitable(Awaited::Exit));
            self.emit(Op::Await);
        }
        self.emit(Op::Pop);
    }

    /// A `try`'s body, then its `else`, then a jump past the handlers (to
    /// patch at the end), which start where the code stands when this
    /// returns. Exceptions in `else` are not the handlers' to catch.
    #[cfg(feature = "code")]
    fn try_body(&mut self, body: &'a [Stmt], orelse: &'a [Stmt]) -> usize {
        let begin = self.emit(Op::TryBegin(0));
        self.open.push(Open::Try);
        self.block(body);
        self.open.pop();
        self.emit(Op::TryEnd);
        self.block(orelse);
        let past = self.emit(Op::Jump(0));
        self.patch(begin);
        past
    }

    #[cfg(feature = "code")]
    /// `try: body except ...: ... else: orelse`
    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [crate::program::Handler],
        orelse: &'a [Stmt],
    ) {
        #[cfg(feature = "asyncio-py")]
        if handlers.first().is_some_and(|h| h.star) {
            return self.try_star(body, handlers, orelse);
        }
        let mut to_end = vec![self.try_body(body, orelse)];
        for h in handlers {
            let skip = h.kind.as_ref().map(|caught| {
                match caught {
                    #[cfg(feature = "asyncio-py")]
                    crate::program::Caught::Expr(e) => {
                        self.caught_expr(e);
                        self.emit(Op::ExcMatchClass);
                    }
                    _ => self.exc_match(caught.classes()),
                }
                self.emit(Op::JumpIfFalse(0))
            });
            let name = self.handler_name(h);
            self.handler_enter(name);
            self.open.push(Open::Handler(name));
            // A module variable is deleted when the body raises too (the
            // handler's cleanup block); a local goes with its frame.
            let global = matches!(name, HandlerName::Global(_));
            let raised = global.then(|| self.emit(Op::TryBegin(0)));
            if global {
                self.open.push(Open::Try);
            }
            self.block(&h.body);
            if global {
                self.open.pop();
                self.emit(Op::TryEnd);
            }
            self.open.pop();
            // `except E as name` ends in a cleanup (`name = None; del
            // name`) that CPython copies to the end of each path through
            // the handler: after an `if` or a `try`, its line is the one
            // that ran last.
            #[cfg(feature = "code")]
            if name != HandlerName::None && self.line == NO_LINE {
                self.line = LAST_RUN;
            }
            self.handler_exit(name);
            to_end.push(self.emit(Op::Jump(0)));
            if let (Some(raised), HandlerName::Global(slot)) = (raised, name) {
                self.patch(raised);
                self.emit(Op::HandlerEnter(u32::MAX));
                self.delete_handler_global(slot);
                self.emit(Op::Reraise);
            }
            if let Some(skip) = skip {
                self.patch(skip);
            }
        }
        self.emit(Op::Unmatched);
        for j in to_end {
            self.patch(j);
        }
    }

    /// `try: body except* ...: ... else: orelse`, as CPython 3.11
    /// compiles it: each clause in turn takes the part of what is still
    /// unmatched that its classes match, and runs its handler with that
    /// bound; what a handler raises is collected, not propagated; at the
    /// end, what was raised and what no clause matched are raised
    /// together (`Op::StarEnd`).
    #[cfg(feature = "asyncio-py")]
    fn try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [crate::program::Handler],
        orelse: &'a [Stmt],
    ) {
        let done = self.try_body(body, orelse);
        self.emit(Op::StarBegin);
        for h in handlers {
            let Some(caught) = &h.kind else {
                unreachable!("the parser and the validator refuse a bare `except*`")
            };
            for class in caught.classes() {
                self.exception_class(class);
            }
            match caught {
                crate::program::Caught::Tuple(classes) => {
                    self.emit(Op::Tuple(classes.len() as u32));
                }
                crate::program::Caught::Expr(e) => self.caught_expr(e),
                crate::program::Caught::One(_) => {}
            }
            self.emit(Op::StarMatch);
            let skip = self.emit(Op::JumpIfFalse(0));
            let name = self.handler_name(h);
            self.handler_enter(name);
            self.open.push(Open::Handler(name));
            let raised = self.emit(Op::TryBegin(0));
            self.open.push(Open::Try);
            self.block(&h.body);
            self.open.pop();
            self.open.pop();
            self.emit(Op::TryEnd);
            if name != HandlerName::None && self.line == NO_LINE {
                self.line = LAST_RUN;
            }
            self.handler_exit(name);
            let next = self.emit(Op::Jump(0));
            self.patch(raised);
            self.emit(Op::StarRaised);
            self.handler_exit(name);
            self.patch(next);
            self.patch(skip);
        }
        self.emit(Op::StarEnd);
        self.patch(done);
    }

    /// Pushes the exception class `class` names: Python's, or the
    /// program's (a module variable, looked up when the clause runs).
    #[cfg(feature = "asyncio-py")]
    fn exception_class(&mut self, class: &str) {
        let own = self.scopes.module_var(class).is_some();
        match ExcKind::from_source(class).filter(|_| !own) {
            Some(kind) => {
                let c = self.constant(Value::Class(crate::value::Class::Exception(kind)));
                self.emit(c);
            }
            None => self.load_name(&class.into()),
        }
    }

    /// Pushes the text of an f-string's parts, joined.
    fn fstring(&mut self, parts: &'a [FPart]) {
        for p in parts {
            match p {
                FPart::Lit(s) => {
                    let c = self.constant(Value::str(s));
                    self.emit(c);
                }
                FPart::Field {
                    value, repr, spec, ..
                } => {
                    self.expr(value);
                    #[cfg(feature = "asyncio-py")]
                    let spec_fields = match p {
                        FPart::Field { spec_fields, .. } => &spec_fields[..],
                        FPart::Lit(_) => &[],
                    };
                    #[cfg(not(feature = "asyncio-py"))]
                    let spec_fields: &[FPart] = &[];
                    if spec.is_empty() && spec_fields.is_empty() {
                        self.emit(Op::Format(*repr));
                        continue;
                    }
                    if *repr {
                        self.emit(Op::Format(true));
                    }
                    // A spec with fields is made after the value (and its
                    // conversion), as CPython's FORMAT_VALUE takes it.
                    if spec_fields.is_empty() {
                        let c = self.constant(Value::str(spec));
                        self.emit(c);
                    } else {
                        self.fstring(spec_fields);
                    }
                    self.emit(Op::FormatSpec);
                }
            }
        }
        self.emit(Op::Concat(parts.len() as u32));
    }

    /// Where an `except ... as name` binds its name: a local of the
    /// function's, or, in the module's code, a module variable
    /// (`STORE_NAME`), which the module's functions read while the
    /// handler runs.
    #[cfg(feature = "code")]
    fn handler_name(&self, h: &crate::program::Handler) -> HandlerName {
        let Some(n) = &h.name else {
            return HandlerName::None;
        };
        if let Some(slot) = self.scopes.slot(self.index, n) {
            return HandlerName::Local(slot as u32);
        }
        match self.scopes.module_var_in(self.index, n) {
            Some(slot) => HandlerName::Global(slot),
            None => HandlerName::None,
        }
    }

    /// Starts handling the exception on the stack, bound to `name`.
    #[cfg(feature = "code")]
    fn handler_enter(&mut self, name: HandlerName) {
        match name {
            HandlerName::Local(slot) => {
                self.emit(Op::HandlerEnter(slot));
            }
            HandlerName::Global(slot) => {
                self.emit(Op::Dup);
                self.emit(Op::StoreGlobal(slot));
                self.emit(Op::HandlerEnter(u32::MAX));
            }
            HandlerName::None => {
                self.emit(Op::HandlerEnter(u32::MAX));
            }
        }
    }

    /// `name = None; del name`: no error if the body deleted it.
    #[cfg(feature = "code")]
    fn delete_handler_global(&mut self, slot: u32) {
        let none = self.constant(Value::None);
        self.emit(none);
        self.emit(Op::StoreGlobal(slot));
        self.emit(Op::DeleteGlobal(slot));
    }

    /// Ends the handler, then CPython's cleanup of its name.
    #[cfg(feature = "code")]
    fn handler_exit(&mut self, name: HandlerName) {
        match name {
            HandlerName::Local(slot) => {
                self.emit(Op::HandlerExit(slot));
            }
            HandlerName::Global(slot) => {
                self.emit(Op::HandlerExit(u32::MAX));
                self.delete_handler_global(slot);
            }
            HandlerName::None => {
                self.emit(Op::HandlerExit(u32::MAX));
            }
        }
    }

    /// `module.Name`, as an `except` names it through its imports
    /// (`json.JSONDecodeError`): a class of a library module other than
    /// asyncio's, as linked. (asyncio's are linked by that very name.)
    #[cfg(feature = "asyncio-py")]
    fn library_class(&self, dotted: &str) -> Option<Name> {
        let (module, name) = dotted.rsplit_once('.')?;
        self.linked_export(module, name)
    }

    /// Pushes what an `except` evaluates to find what it catches
    /// (`Caught::Expr`), with the exception on the stack handled meanwhile.
    #[cfg(feature = "asyncio-py")]
    fn caught_expr(&mut self, e: &'a Expr) {
        self.emit(Op::MatchBegin);
        self.expr(e);
        self.emit(Op::MatchEnd);
    }

    #[cfg(feature = "code")]
    /// Pushes whether the exception on the stack is one of `classes`
    /// (`except (A, B)`: A matches, or else B does).
    fn exc_match(&mut self, classes: &[String]) {
        // CPython checks every class of a tuple before matching any: one
        // of the program's that is no exception is a TypeError even when
        // a class before it matches.
        if classes.len() > 1 {
            let own = |c: &&String| {
                ExcKind::from_source(c).is_none() || self.scopes.module_var(c).is_some()
            };
            let own: Vec<&String> = classes.iter().filter(own).collect_vec();
            for class in own {
                self.load_name(&class.as_str().into());
                self.emit(Op::ExcMatchClass);
                self.emit(Op::Pop);
            }
        }
        let first = self.code.ops.len();
        for (i, class) in classes.iter().enumerate() {
            if i > 0 {
                self.emit(Op::JumpIfTrueOrPop(0));
            }
            // The parser and the validator let through only the classes
            // Python has that the engine knows, and the program's own,
            // which are the module's variables.
            // A class of the program's may take a builtin's name
            // (`class TimeoutError(Exception)`): the module's variable is
            // what the handler names.
            let own = self.scopes.module_var(class).is_some();
            match ExcKind::from_source(class).filter(|_| !own) {
                Some(kind) => self.emit(Op::ExcMatch(kind)),
                None => {
                    #[cfg(feature = "asyncio-py")]
                    let class = self
                        .library_class(class)
                        .unwrap_or_else(|| class.as_str().into());
                    #[cfg(not(feature = "asyncio-py"))]
                    let class: Name = class.as_str().into();
                    self.load_name(&class);
                    self.emit(Op::ExcMatchClass)
                }
            };
        }
        for at in first..self.code.ops.len() {
            if let Op::JumpIfTrueOrPop(_) = self.code.ops[at] {
                self.patch(at);
            }
        }
    }

    /// `asyncio.Name` (or `aio.Name` after `import asyncio as aio`) where
    /// `Name` is a class or function of asyncio's Python half: its name as
    /// linked (`asyncio.Name`, `program::LIBRARY`), a module's variable or
    /// a function of the program.
    #[cfg(feature = "code")]
    fn library_attr(&self, value: &Expr, name: &Name) -> Option<Name> {
        let Expr::Name(m) = value else { return None };
        if self.slot(m).is_some()
            || self.cell(m).is_some()
            || self.scopes.module_var_in(self.index, m).is_some()
        {
            return None;
        }
        // The module `m` names: one the program imported (`import
        // contextlib`), or asyncio, as the library's own code names it.
        let module = match self.scopes.import(m) {
            Some(i) if i.attr.is_none() && !self.scopes.in_library(self.index) => &*i.module,
            Some(_) => return None,
            None if &**m == "asyncio" && self.scopes.asyncio_is_module(self.index) => "asyncio",
            // `import contextlib` binds its own name (the parser refuses
            // a module used but never imported); the library's modules
            // name the modules they import so too (`sys.stderr` in
            // `logging.py`).
            None if self.scopes.global(m).is_none() => crate::value::Module::by_name(m)?.name(),
            None => return None,
        };
        self.linked_export(module, name)
    }

    /// `module.name` as linked, if `module` exports it from the library
    /// and the program has it.
    #[cfg(feature = "code")]
    fn linked_export(&self, module: &str, name: &str) -> Option<Name> {
        match crate::asyncio_py::exports(module, name) {
            true => self.linked(name),
            false => None,
        }
    }

    /// `asyncio.name` as linked, if the program has it.
    #[cfg(feature = "code")]
    fn linked(&self, name: &str) -> Option<Name> {
        let linked: Name = crate::program::linked_name(name).into();
        (self.scopes.module_var(&linked).is_some() || self.scopes.global(&linked).is_some())
            .then_some(linked)
    }

    /// Pushes the value `n` names where the code stands: a local, a
    /// function of the program, the module's variable, what an import
    /// bound, or a builtin (else `NameError`).
    fn load_name(&mut self, n: &Name) {
        #[cfg(feature = "code")]
        if let Some(cell) = self.cell(n) {
            self.emit(Op::LoadCell(cell));
            return;
        }
        // `__class__` in a method, or in what is defined or made inside
        // one: the method's class (CPython's implicit cell; the class is
        // a module variable here).
        #[cfg(feature = "code")]
        if &**n == "__class__" && self.slot(n).is_none() {
            let mut function = self.program.functions[self.index].name.as_str();
            let class = loop {
                if let Some(class) = crate::program::method_class(function) {
                    break Some(class);
                }
                match crate::program::owner(function) {
                    Some(owner) => function = owner,
                    None => break None,
                }
            };
            if let Some(class) = class {
                self.code.class_cell = true;
                self.load_name(&class.into());
                return;
            }
        }
        // asyncio's Python half sees its own names and the builtins only.
        #[cfg(feature = "code")]
        let library = self.scopes.in_library(self.index);
        #[cfg(feature = "code")]
        // (Its functions are named as linked: `program::linked_name`.)
        let global = match library && !crate::program::in_library(n) {
            true => self.scopes.global(&crate::program::linked_name(n)),
            false => self.scopes.global(n),
        };
        #[cfg(not(feature = "code"))]
        let global = self.scopes.global(n);
        let op = if let Some(slot) = self.slot(n) {
            Op::Local(slot)
        } else if let Some(f) = global {
            // A lambda or a `def` inside a function: a new function each
            // time, closing over the cells it reads.
            #[cfg(feature = "code")]
            if crate::program::is_made(n) {
                // Its defaults, evaluated here and now, in order.
                let program = self.program;
                for d in program.functions[f]
                    .params
                    .iter()
                    .filter_map(|p| p.default.as_ref())
                {
                    self.expr(d);
                }
                let captured = self
                    .scopes
                    .frees(f)
                    .iter()
                    .filter_map(|free| self.scopes.cell(self.index, free))
                    .collect_vec();
                self.code.closures.push((f as u32, captured));
                self.emit(Op::MakeFunction(self.code.closures.len() as u32 - 1));
                return;
            }
            Op::Function(f as u32)
        } else {
            #[cfg(feature = "code")]
            if let Some(slot) = self.scopes.module_var_in(self.index, n) {
                self.emit(Op::LoadGlobal(slot));
                return;
            }
            #[cfg(feature = "code")]
            if let Some(import) = self.scopes.import(n).filter(|_| !library) {
                // A class or function of asyncio's Python half (`from
                // asyncio import Queue`), as linked.
                if let Some(linked) = import
                    .attr
                    .as_ref()
                    .and_then(|attr| self.linked_export(&import.module, attr))
                {
                    self.load_name(&linked);
                    return;
                }
                // What the import bound: the module, or its
                // attribute (the engine's modules are its globals).
                let module = self.name(&Name::from(import.module.as_str()));
                self.emit(Op::Global(module));
                if let Some(attr) = &import.attr {
                    let attr = self.name(&Name::from(attr.as_str()));
                    self.emit(Op::Attr(attr));
                }
                return;
            }
            Op::Global(self.name(n))
        };
        self.emit(op);
    }

    /// `"..." % (a, b)` as CPython's AST optimiser rewrites it: an
    /// f-string, each item converted right after it is evaluated.
    #[cfg(feature = "asyncio-py")]
    fn percent_fstring(&mut self, parts: &[PercentPart], items: &'a [Expr]) {
        let mut next = items.iter();
        for part in parts {
            match part {
                PercentPart::Lit(text) => {
                    let c = self.constant(Value::str(text));
                    self.emit(c);
                }
                PercentPart::Arg { repr, spec } => {
                    if let Some(item) = next.next() {
                        self.expr(item);
                    }
                    self.emit(Op::Format(*repr));
                    if !spec.is_empty() {
                        let c = self.constant(Value::str(spec));
                        self.emit(c);
                        self.emit(Op::FormatSpec);
                    }
                }
            }
        }
        self.emit(Op::Concat(parts.len() as u32));
    }

    /// Moves to the line of the `await` `e` (see `await_lines`) for the
    /// code that evaluates and awaits it; returns the line to go back to,
    /// the statement's, for what follows it (`x = (\n await f())` stores
    /// `x` on line 1).
    #[cfg(feature = "code")]
    fn at_await(&mut self, e: &Expr) -> u32 {
        let statement = self.line;
        let at = e as *const Expr as usize;
        if let Ok(i) = self.await_lines.binary_search_by_key(&at, |&(a, _)| a) {
            self.line = self.await_lines[i].1;
        }
        statement
    }

    /// `await asyncio.sleep(delay)` where `asyncio` is the module: the
    /// delay, to sleep without building a coroutine object nothing could
    /// observe.
    fn direct_sleep<'e>(&self, e: &'e Expr) -> Option<&'e Expr> {
        let Expr::Await(call) = e else { return None };
        let Expr::Call { func, args, kwargs } = &**call else {
            return None;
        };
        let Expr::Attribute { value, name } = &**func else {
            return None;
        };
        let asyncio = matches!(&**value, Expr::Name(m) if &**m == "asyncio")
            && self.scopes.asyncio_is_module(self.index);
        match args.as_slice() {
            [delay]
                if asyncio
                    && &**name == "sleep"
                    && kwargs.is_empty()
                    && !matches!(delay, Expr::Starred(_)) =>
            {
                Some(delay)
            }
            _ => None,
        }
    }

    /// Compiles call arguments or list items. Returns whether they were
    /// gathered into one list (when some are `*starred`).
    fn items(&mut self, items: &'a [Expr]) -> bool {
        if !items.iter().any(|i| matches!(i, Expr::Starred(_))) {
            for i in items {
                self.expr(i);
            }
            return false;
        }
        self.emit(Op::List(0));
        for i in items {
            match i {
                Expr::Starred(inner) => {
                    self.expr(inner);
                    self.emit(Op::ListExtend);
                }
                other => {
                    self.expr(other);
                    self.emit(Op::ListAppend);
                }
            }
        }
        true
    }

    fn expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Int(i) => {
                let c = self.constant(Value::Int(*i));
                self.emit(c);
            }
            Expr::Float(f) => {
                let c = self.constant(Value::Float(*f));
                self.emit(c);
            }
            Expr::Str(s) => {
                let c = self.constant(Value::str(s));
                self.emit(c);
            }
            Expr::Bool(b) => {
                let c = self.constant(Value::Bool(*b));
                self.emit(c);
            }
            Expr::None => {
                let c = self.constant(Value::None);
                self.emit(c);
            }
            Expr::List(items) => {
                if !self.items(items) {
                    self.emit(Op::List(items.len() as u32));
                }
            }
            // On its own line (`at_await`), when it is not the statement's.
            #[cfg(feature = "asyncio-py")]
            Expr::NamedExpr { target, value } => {
                let statement = self.at_await(e);
                self.expr(value);
                self.emit(Op::Dup);
                self.store(target);
                self.line = statement;
            }
            #[cfg(feature = "asyncio-py")]
            Expr::Set(items) => {
                for i in items {
                    self.expr(i);
                }
                // CPython's AST optimiser folds arithmetic on numbers
                // (`2**62`, `-1`) into constants first.
                // (`-(4 * 8)` and `-(+32)` too: a sign of what folds.)
                fn folds(e: &Expr) -> bool {
                    let number = |x: &Expr| matches!(x, Expr::Int(_) | Expr::Float(_)) || folds(x);
                    match e {
                        Expr::BinOp { left, right, .. } => number(left) && number(right),
                        Expr::UnaryOp {
                            op: UnaryOp::Neg | UnaryOp::Pos,
                            operand,
                        } => number(operand),
                        other => crate::program::is_constant(other),
                    }
                }
                let folded = items.len() >= 3 && items.iter().all(folds);
                self.emit(Op::BuildSet {
                    n: items.len() as u32,
                    folded,
                });
            }
            Expr::Tuple(items) => {
                if self.items(items) {
                    self.emit(Op::ListToTuple);
                } else {
                    self.emit(Op::Tuple(items.len() as u32));
                }
            }
            #[cfg(feature = "asyncio-py")]
            Expr::DictUnpacking(parts) => {
                self.emit(Op::Dict(0));
                for (key, value) in parts {
                    if let Some(key) = key {
                        self.expr(key);
                    }
                    self.expr(value);
                    self.emit(Op::DictAdd {
                        unpack: key.is_none(),
                    });
                }
            }
            Expr::Dict(items) => {
                for item in items {
                    self.expr(&item.key);
                    self.expr(&item.value);
                }
                self.emit(Op::Dict(items.len() as u32));
            }
            Expr::Subscript { value, index } => {
                self.subscript(value, index, Op::GetSlice, Op::GetItem)
            }
            Expr::Slice { .. } => {
                unreachable!("validation allows slices only as subscripts")
            }
            Expr::Name(n) => self.load_name(n),
            Expr::Attribute { value, name } => {
                #[cfg(feature = "code")]
                if let Some(linked) = self.library_attr(value, name) {
                    self.load_name(&linked);
                    return;
                }
                self.expr(value);
                let n = self.name(name);
                self.emit(Op::Attr(n));
            }
            Expr::Call { func, args, kwargs } => {
                #[cfg(feature = "code")]
                if self.zero_argument_super(func, args, kwargs) {
                    return;
                }
                // A comprehension or a generator expression made a function
                // (`<listcomp>`): made, then called with an iterator over
                // its first iterable, as CPython's `GET_ITER` makes it
                // where the expression stands (`GET_AITER` for an `async
                // for` first clause).
                #[cfg(feature = "code")]
                if let (Expr::Name(n), [first]) = (&**func, &args[..]) {
                    if crate::program::is_comprehension(n) {
                        self.load_name(n);
                        self.expr(first);
                        // Its `.0` shows the fold (`tuple_iterator`).
                        self.folded_to_tuple(first);
                        let made = self.program.function(n).map(|f| &f.body[..]);
                        if let Some([Stmt::AsyncFor { .. }]) = made {
                            self.emit(Op::AsyncIter);
                            self.emit(Op::Call { argc: 0, kw: NO_KW });
                        } else {
                            self.emit(Op::GetIter);
                        }
                        self.emit(Op::Call { argc: 1, kw: NO_KW });
                        return;
                    }
                }
                let method = match &**func {
                    Expr::Attribute { value, name } => {
                        // `asyncio.Queue(...)`: the library's class, no
                        // method of the module.
                        #[cfg(feature = "code")]
                        let linked = self.library_attr(value, name);
                        #[cfg(not(feature = "code"))]
                        let linked: Option<Name> = None;
                        match linked {
                            Some(linked) => {
                                self.load_name(&linked);
                                None
                            }
                            None => {
                                self.expr(value);
                                let n = self.name(name);
                                self.emit(Op::LoadMethod(n));
                                Some(n)
                            }
                        }
                    }
                    other => {
                        self.expr(other);
                        None
                    }
                };
                // `f(*xs)` alone: CPython names the function if `xs` is
                // not iterable.
                #[cfg(feature = "code")]
                let starred = match &args[..] {
                    [Expr::Starred(inner)] => {
                        self.expr(inner);
                        self.emit(Op::StarArgs);
                        true
                    }
                    _ => self.items(args),
                };
                #[cfg(not(feature = "code"))]
                let starred = self.items(args);
                for k in kwargs {
                    self.expr(&k.value);
                }
                let kw = if kwargs.is_empty() {
                    NO_KW
                } else {
                    self.code
                        .kwnames
                        .push(kwargs.iter().map(|k| k.name.clone()).collect_vec());
                    self.code.kwnames.len() as u32 - 1
                };
                let argc = args.len() as u32;
                match (method, starred) {
                    (Some(name), false) => self.emit(Op::CallMethod { name, argc, kw }),
                    (None, false) => self.emit(Op::Call { argc, kw }),
                    (Some(name), true) => {
                        // Rare: `obj.m(*xs)`. The pair becomes a callee.
                        self.emit(Op::CallMethod {
                            name,
                            argc: u32::MAX,
                            kw,
                        })
                    }
                    (None, true) => self.emit(Op::CallStar { kw }),
                };
            }
            Expr::Starred(inner) => {
                // Validation allows `*x` only among call arguments and list
                // items, which `items` handles; evaluate it for its errors.
                self.expr(inner);
            }
            #[cfg(feature = "code")]
            Expr::BinOp { .. } | Expr::UnaryOp { .. } if folded(e).is_some() => {
                let value = folded(e).expect("checked");
                let constant = self.constant(Value::Int(value));
                self.emit(constant);
            }
            Expr::BinOp { op, left, right } => {
                #[cfg(feature = "asyncio-py")]
                if let (BinOp::Mod, Expr::Str(template), Expr::Tuple(items)) =
                    (op, &**left, &**right)
                {
                    if let Some(parts) = percent_as_fstring(template, items.len()) {
                        self.percent_fstring(&parts, items);
                        return;
                    }
                }
                self.expr(left);
                self.expr(right);
                self.emit(Op::Bin(*op));
            }
            Expr::UnaryOp { op, operand } => {
                self.expr(operand);
                self.emit(Op::Unary(*op));
            }
            Expr::Compare { op, left, right } => {
                self.expr(left);
                self.expr(right);
                self.emit(Op::Cmp(*op));
            }
            Expr::BoolOp { op, values } => {
                let mut exits = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v);
                    if i + 1 < values.len() {
                        exits.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for x in exits {
                    self.patch(x);
                }
            }
            Expr::Await(v) => {
                #[cfg(feature = "code")]
                let statement = self.at_await(e);
                self.expr(v);
                self.emit(Op::Await);
                #[cfg(feature = "code")]
                {
                    self.line = statement;
                }
            }
            #[cfg(feature = "code")]
            Expr::Yield(value) => {
                self.expr_or_none(value.as_deref());
                self.emit(Op::Yield);
            }
            Expr::IfExp { test, body, orelse } => {
                let to_else = self.jump_if(test, false);
                self.expr(body);
                let to_end = self.emit(Op::Jump(0));
                for at in to_else {
                    self.patch(at);
                }
                self.expr(orelse);
                self.patch(to_end);
            }
            Expr::FString(parts) => self.fstring(parts),
            #[cfg(feature = "code")]
            Expr::Class(class) => {
                #[cfg(feature = "asyncio-py")]
                for d in &class.decorators {
                    self.expr(d);
                }
                match &class.base {
                    Some(base) => self.expr(base),
                    None => {
                        let none = self.constant(Value::None);
                        self.emit(none);
                    }
                }
                #[cfg(not(feature = "asyncio-py"))]
                for attr in &class.body {
                    self.expr(&attr.value);
                }
                #[cfg(feature = "asyncio-py")]
                for (i, attr) in class.body.iter().enumerate() {
                    // An alias (`__repr__ = __str__`, `source::method_alias`)
                    // is the function made above, not another one made.
                    let method = |e: &Expr| matches!(e, Expr::Name(f) if crate::program::method_class(f).is_some());
                    match class.body[..i]
                        .iter()
                        .position(|a| method(&a.value) && a.value == attr.value)
                    {
                        Some(j) => {
                            self.emit(Op::Copy((i - j) as u32));
                        }
                        None => self.expr(&attr.value),
                    }
                }
                // A library class's name carries its module
                // (`ClassObj::new`).
                let name = match class.module {
                    Some(module) => self.name(&Name::from(format!("{module}.{}", class.name))),
                    None => self.name(&class.name),
                };
                self.code
                    .kwnames
                    .push(class.body.iter().map(|a| a.name.clone()).collect_vec());
                let attrs = self.code.kwnames.len() as u32 - 1;
                // The annotated names, for `dataclass`, next to them.
                #[cfg(feature = "asyncio-py")]
                self.code.kwnames.push(class.fields.clone());
                self.emit(Op::MakeClass {
                    name,
                    attrs,
                    #[cfg(feature = "asyncio-py")]
                    typing: class.typing_base.as_ref().map(|(t, _)| *t),
                });
                #[cfg(feature = "asyncio-py")]
                for _ in &class.decorators {
                    self.emit(Op::Call { argc: 1, kw: NO_KW });
                }
            }
        }
    }

    /// `super()` in a method: `super(Class, self)`, the class the method
    /// is defined in (its `__class__`, which is the module's variable:
    /// the parser refuses rebinding it) and the method's first argument,
    /// as CPython's zero-argument form finds them. `false` elsewhere
    /// (`super(B, self)` marks the method's cell all the same).
    #[cfg(feature = "code")]
    fn zero_argument_super(
        &mut self,
        func: &Expr,
        args: &[Expr],
        kwargs: &[crate::program::Keyword],
    ) -> bool {
        let is_super = matches!(func, Expr::Name(n) if &**n == "super")
            && self.slot(&Name::from("super")).is_none()
            && self.scopes.global(&Name::from("super")).is_none();
        let function = &self.program.functions[self.index];
        // A comprehension or a generator expression in a method is a
        // function of its own, with the method's `__class__`: its first
        // argument is the iterator, and `super()` raises TypeError there.
        let mut method = function.name.as_str();
        while crate::program::is_comprehension(method) {
            method = crate::program::owner(method).unwrap_or_default();
        }
        let class = crate::program::method_class(method);
        let (true, Some(class), Some(first)) = (is_super, class, function.params.first()) else {
            return false;
        };
        // Naming `super` at all, as `super(B, self)` does too, gives the
        // method CPython's implicit `__class__` cell.
        self.code.class_cell = true;
        if !args.is_empty() || !kwargs.is_empty() {
            return false;
        }
        self.load_name(&"super".into());
        self.load_name(&class.into());
        self.load_name(&first.name);
        self.emit(Op::Call { argc: 2, kw: NO_KW });
        true
    }

    /// CPython's AST optimizer makes a list display without `*` that a
    /// comprehension iterates a tuple (`fold_iter`; not an `async for`
    /// statement's). Only where it can tell is the list made one: the
    /// first clause's, which the comprehension's function holds as `.0`
    /// (`tuple_iterator`), and an async clause's TypeError (`... got
    /// tuple`).
    #[cfg(feature = "code")]
    fn folded_to_tuple(&mut self, iter: &Expr) {
        if matches!(iter, Expr::List(items) if !items.iter().any(|i| matches!(i, Expr::Starred(_))))
        {
            self.emit(Op::ListToTuple);
        }
    }
}

/// (Code mode: the forms' fields hold no arithmetic on literals alone.)
/// Integer arithmetic on literals, computed as CPython's AST optimizer
/// folds it before the program runs (with unbounded integers there, 128
/// bits here): `-2**63` and `(-2**63) % -1` are 64-bit values although
/// `2**63` alone is not. `None` when something is not an integer literal,
/// would raise (`1 // 0`), or the result does not fit in 64 bits (which
/// then stops the run as it is computed).
#[cfg(feature = "code")]
fn folded(e: &Expr) -> Option<i64> {
    fn fold(e: &Expr) -> Option<i128> {
        match e {
            Expr::Int(v) => Some(*v as i128),
            Expr::UnaryOp {
                op: UnaryOp::Neg,
                operand,
            } => fold(operand)?.checked_neg(),
            Expr::UnaryOp {
                op: UnaryOp::Pos,
                operand,
            } => fold(operand),
            Expr::BinOp { op, left, right } => {
                let (a, b) = (fold(left)?, fold(right)?);
                match op {
                    BinOp::Add => a.checked_add(b),
                    BinOp::Sub => a.checked_sub(b),
                    BinOp::Mul => a.checked_mul(b),
                    BinOp::FloorDiv if b != 0 => {
                        let q = a.checked_div(b)?;
                        Some(if (a % b != 0) && ((a < 0) != (b < 0)) {
                            q - 1
                        } else {
                            q
                        })
                    }
                    BinOp::Mod if b != 0 => {
                        let r = a.checked_rem(b)?;
                        Some(if r != 0 && ((r < 0) != (b < 0)) {
                            r + b
                        } else {
                            r
                        })
                    }
                    BinOp::Pow if (0..=127).contains(&b) => a.checked_pow(b as u32),
                    _ => None,
                }
            }
            _ => None,
        }
    }
    // A literal on its own is compiled as one already.
    if matches!(e, Expr::Int(_)) {
        return None;
    }
    fold(e).and_then(|v| i64::try_from(v).ok())
}

/// A piece of a printf-style template `optimize_format` turns into an
/// f-string's.
#[cfg(feature = "asyncio-py")]
enum PercentPart {
    Lit(String),
    /// `%s` (str) or `%r` (`repr`), and the spec the width and precision
    /// become (`%-5.2s` is `5.2`, `%5s` is `>5`).
    Arg {
        repr: bool,
        spec: String,
    },
}

/// CPython 3.11's `optimize_format` (`Python/ast_opt.c`): a literal
/// template of `%s`/`%r` conversions only (flags, and a width and a
/// precision under 100), as many as the tuple has items. `None` when it
/// bails (`%a` too, which the engine's f-strings do not convert).
#[cfg(feature = "asyncio-py")]
fn percent_as_fstring(template: &str, n: usize) -> Option<Vec<PercentPart>> {
    let chars: Vec<char> = template.chars().collect();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let mut args = 0;
    loop {
        // Literal text, `%%` a percent sign, up to the next conversion.
        while i < chars.len() {
            if chars[i] == '%' {
                if chars.get(i + 1) == Some(&'%') {
                    lit.push('%');
                    i += 2;
                    continue;
                }
                break;
            }
            lit.push(chars[i]);
            i += 1;
        }
        if !lit.is_empty() {
            parts.push(PercentPart::Lit(std::mem::take(&mut lit)));
        }
        if args == n {
            // Conversions left over: not all converted.
            return (i >= chars.len()).then_some(parts);
        }
        if i >= chars.len() {
            return None;
        }
        i += 1;
        let mut left = false;
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => left = true,
                '+' | ' ' | '#' | '0' => {}
                _ => break,
            }
            i += 1;
        }
        let number = |i: &mut usize| -> Option<Option<u32>> {
            let start = *i;
            let mut value = 0u32;
            while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
                value = value * 10 + d;
                *i += 1;
                if value >= 100 {
                    return None;
                }
            }
            Some((*i > start).then_some(value))
        };
        let width = number(&mut i)?;
        let precision = match chars.get(i) {
            Some('.') => {
                i += 1;
                Some(number(&mut i)?.unwrap_or(0))
            }
            _ => None,
        };
        let repr = match chars.get(i) {
            Some('s') => false,
            Some('r') => true,
            _ => return None,
        };
        i += 1;
        let mut spec = String::new();
        if let Some(w) = width {
            if !left && w > 0 {
                spec.push('>');
            }
            spec.push_str(&w.to_string());
        }
        if let Some(p) = precision {
            spec.push_str(&format!(".{p}"));
        }
        parts.push(PercentPart::Arg { repr, spec });
        args += 1;
    }
}
