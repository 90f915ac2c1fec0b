//! The instruction set: what the compiler (`compile.rs`) writes and the
//! task machine (`vm.rs`) runs, one function's code at a time. This is
//! the contract between the two; neither's workings live here.

#[cfg(feature = "code")]
use crate::collect::CollectVec;
use crate::program::{BinOp, CmpOp, Name, UnaryOp};
#[cfg(feature = "code")]
use crate::value::ExcKind;
use crate::value::Value;

/// Which special method's result `Op::Awaitable` checks.
#[cfg(feature = "code")]
#[derive(Debug, Clone, Copy)]
pub(crate) enum Awaited {
    Enter,
    Exit,
    Next,
}

/// `kw` of a call without keyword arguments.
pub(crate) const NO_KW: u32 = u32::MAX;

/// One instruction. Operands index the function's tables (`consts`,
/// `names`, `kwnames`) or its code (jump targets).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Op {
    Const(u32),
    Local(u32),
    Store(u32),
    Function(u32),
    /// A lambda or a `def` inside a function: a new function object each
    /// time it runs (two are never `is` each other), as `MAKE_FUNCTION`
    /// makes, of `closures[n]`: the function, and the frame's cells its
    /// closure takes, in the order of its free variables.
    #[cfg(feature = "code")]
    MakeFunction(u32),
    /// The value in the frame's cell `n` (its cell variables, then its
    /// free variables: `Scopes::cell`), or the error for an empty one.
    #[cfg(feature = "code")]
    LoadCell(u32),
    #[cfg(feature = "code")]
    StoreCell(u32),
    /// `del`: empties a local slot, a cell or the module's variable in
    /// this slot, with the error of reading it when it is empty already.
    #[cfg(feature = "code")]
    DeleteLocal(u32),
    #[cfg(feature = "code")]
    DeleteCell(u32),
    #[cfg(feature = "code")]
    DeleteGlobal(u32),
    /// Stack: container, index. `del container[index]`.
    #[cfg(feature = "code")]
    DelItem,
    /// Stack: container, lower, upper, step. `del container[lower:upper:step]`.
    #[cfg(feature = "code")]
    DelSlice,
    /// Stack: object. `del obj.name`.
    #[cfg(feature = "code")]
    DelAttr(u32),
    /// A builtin, module or class by name, or `NameError`.
    Global(u32),
    /// The module's variable in this slot (`Scopes::module_var`), or
    /// `NameError` while it has no value.
    #[cfg(feature = "code")]
    LoadGlobal(u32),
    /// Assigns the module's variable (`global x` then `x = ...`).
    #[cfg(feature = "code")]
    StoreGlobal(u32),
    Attr(u32),
    /// `obj.name` about to be called: pushes the method's object and
    /// `True`, or the attribute's value and `False`.
    LoadMethod(u32),
    /// Stack: callee, `argc` arguments, then the values of `kwnames[kw]`.
    Call {
        argc: u32,
        kw: u32,
    },
    /// Stack: `LoadMethod`'s pair, arguments, keyword values.
    CallMethod {
        name: u32,
        argc: u32,
        kw: u32,
    },
    /// Stack: callee, a list of the positional arguments, keyword values.
    CallStar {
        kw: u32,
    },
    Bin(BinOp),
    Unary(UnaryOp),
    Cmp(CmpOp),
    List(u32),
    Tuple(u32),
    /// Builds a dict from `n` key, value pairs on the stack.
    Dict(u32),
    /// Stack: container, index.
    GetItem,
    /// Stack: container, lower, upper, step (each `None` when left out).
    GetSlice,
    /// Stack: value, container, index: `container[index] = value`.
    #[cfg(feature = "code")]
    SetItem,
    /// Stack: the result at the bottom, ..., a key (for a dict), a value:
    /// adds them to the result, a comprehension's list, set or dict
    /// (CPython's `LIST_APPEND`, `SET_ADD`, `MAP_ADD`; `Stmt::Collect`).
    #[cfg(feature = "code")]
    Collect,
    /// Copies the top two values, for `d[k] += v` (which reads and writes
    /// the same item, evaluating `d` and `k` once).
    #[cfg(feature = "code")]
    Dup2,
    /// Moves the top value under the two below it.
    #[cfg(feature = "code")]
    Rot3,
    ListAppend,
    ListExtend,
    /// `f(*xs)`, `xs` the call's only positional argument: a list of its
    /// items, or CPython's TypeError naming the function (under `xs`,
    /// the callee, or `LoadMethod`'s pair before a `CallMethod`).
    #[cfg(feature = "code")]
    StarArgs,
    /// Stops the run with `consts[n]` as the message: in the page's first
    /// download, the statements only Code mode runs.
    #[cfg(not(feature = "code"))]
    Unsupported(u32),
    ListToTuple,
    /// `str()` (or `repr()`) of the top of the stack, for f-strings.
    Format(bool),
    /// Stack: value, format spec: `format(value, spec)`.
    FormatSpec,
    /// Joins the top `n` strings.
    Concat(u32),
    Pop,
    Jump(u32),
    JumpIfFalse(u32),
    /// Pops the top value and jumps if it is true (a condition's `or`,
    /// `Compiler::jump_if`).
    JumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    Iter,
    /// Replaces the top value with an iterator over it, as `iter()` does
    /// (a generator is its own): a `<genexpr>`'s argument.
    #[cfg(feature = "code")]
    GetIter,
    /// Drops the innermost iterator: a `break` out of a `for`.
    #[cfg(feature = "code")]
    PopIter,
    /// Counts one step against the run's budget (each round of a `while`).
    #[cfg(feature = "code")]
    Tick,
    /// `x op= y` on the top two values: a list's `+=` extends it in place
    /// (so other names for the list see it), anything else is `x op y`.
    #[cfg(feature = "code")]
    Inplace(BinOp),
    /// Pushes the next item (counting one step against the budget), or
    /// drops the iterator and jumps when done.
    ForIter(u32),
    #[cfg(feature = "code")]
    Unpack(u32),
    /// `UNPACK_EX`: `before` items, a list of the rest but the last
    /// `after`, then those (`a, *rest, z = xs`).
    #[cfg(feature = "asyncio-py")]
    UnpackStarred {
        before: u16,
        after: u16,
    },
    Await,
    /// The statement `await asyncio.sleep(delay)`, delay on the stack; its
    /// value (None) is discarded.
    Sleep,
    /// The statement `await asyncio.sleep(0)` (or `0.0`), the delay
    /// written as a literal: `sleep`'s bare `yield`, with no delay to
    /// push, read and drop on each of the commonest steps.
    YieldNow,
    Return,
    Raise,
    /// `raise exc from cause`: pops the cause, then the exception.
    #[cfg(feature = "code")]
    RaiseFrom,
    /// A bare `raise`.
    #[cfg(feature = "code")]
    Reraise,
    /// Exceptions raised until `TryEnd` go to this handler address.
    #[cfg(feature = "code")]
    TryBegin(u32),
    /// A `with` body's `TryBegin`: the value on the stack, what the enter
    /// returned, is stored by the `as` target inside the block, as
    /// CPython's `SETUP_WITH` has it (an unpacking that fails there is
    /// passed to the exit), so the handler's stack stops below it.
    #[cfg(feature = "code")]
    WithBegin(u32),
    #[cfg(feature = "code")]
    TryEnd,
    /// Pushes whether the exception on the stack is an instance of the kind.
    #[cfg(feature = "code")]
    ExcMatch(ExcKind),
    /// Starts handling the exception on the stack, binding it to a local
    /// (`u32::MAX` for none).
    #[cfg(feature = "code")]
    HandlerEnter(u32),
    #[cfg(feature = "code")]
    HandlerExit(u32),
    /// Stack: exception, class: pops the class, pushes whether the
    /// exception is an instance of it (an `except` naming the program's
    /// own class).
    #[cfg(feature = "code")]
    ExcMatchClass,
    /// Stack: exception. Between the two, the `except` evaluates what it
    /// catches (`Caught::Expr`) with the exception handled, as CPython
    /// does (`PUSH_EXC_INFO` comes first): what that raises is chained
    /// to it.
    #[cfg(feature = "asyncio-py")]
    MatchBegin,
    #[cfg(feature = "asyncio-py")]
    MatchEnd,
    /// Stack: value, object: `object.name = value`.
    #[cfg(feature = "code")]
    SetAttr(u32),
    /// Copies the top value.
    #[cfg(feature = "code")]
    Dup,
    /// Copies the value `n` from the top (1: the top), as CPython's
    /// `COPY`: a class body's alias of a method made above
    /// (`__repr__ = __str__`), one function under both names.
    #[cfg(feature = "asyncio-py")]
    Copy(u32),
    /// Swaps the top two values.
    #[cfg(feature = "code")]
    Swap,
    /// Stack: the base (`None` for none), then the value of each of
    /// `kwnames[attrs]`: makes the class `names[name]` (`class`), whose
    /// annotated names (in asyncio's module) are `kwnames[attrs + 1]`.
    #[cfg(feature = "code")]
    MakeClass {
        name: u32,
        attrs: u32,
        /// `Generic[...]` or `Protocol`, the base the stack holds `None` for.
        #[cfg(feature = "asyncio-py")]
        typing: Option<crate::program::TypingBase>,
    },
    /// Stack: a context manager: pops it, pushes its exit and its enter
    /// (`__aexit__` and `__aenter__` for `async with`), bound to it, or
    /// raises CPython's TypeError for an object without them.
    #[cfg(feature = "code")]
    WithEnter(bool),
    /// Raises CPython's TypeError unless the top value, what the special
    /// method returned, can be awaited.
    #[cfg(feature = "code")]
    Awaitable(Awaited),
    /// Stack: what `async for` iterates: replaces it with its `__aiter__`,
    /// bound, or raises CPython's TypeError.
    #[cfg(feature = "code")]
    AsyncIter,
    /// Stack: an async iterator: pushes its `__anext__`, bound, or raises
    /// CPython's TypeError.
    #[cfg(feature = "code")]
    AsyncNext,
    /// `yield value`: the async generator pauses, handing the value to
    /// what awaits its `__anext__()`.
    #[cfg(feature = "code")]
    Yield,
    /// Stack: exit, exception: starts handling the exception, and pushes
    /// the arguments the exit is called with: its class, it, and its
    /// traceback.
    #[cfg(feature = "code")]
    WithExcept,
    /// No handler matched: raise the exception on the stack again.
    #[cfg(feature = "code")]
    Unmatched,
    /// A set display of the top `n` values, added in order; `folded`: as
    /// CPython builds one of three or more constants, a frozenset made at
    /// compile time merged into a new set (`BUILD_SET 0; SET_UPDATE`).
    /// Stack: a dict, then a key and its value (`unpack` false) or a
    /// mapping whose items it takes (`unpack` true); leaves the dict
    /// (`{'a': 1, **d}`: CPython's `DICT_UPDATE`).
    #[cfg(feature = "asyncio-py")]
    DictAdd {
        unpack: bool,
    },
    #[cfg(feature = "asyncio-py")]
    BuildSet {
        n: u32,
        folded: bool,
    },
    /// `except*` begins, with the exception on the stack: pops it, pushes
    /// what the clauses work on: the exception as caught, what no
    /// clause has matched yet (all of it), and the list of what the
    /// handlers raise (empty).
    #[cfg(feature = "asyncio-py")]
    StarBegin,
    /// Stack: the `except*` state, a clause's class (or tuple): pops the
    /// class and splits what is left unmatched by it; pushes the part it
    /// matches and true, or false when none does.
    #[cfg(feature = "asyncio-py")]
    StarMatch,
    /// Stack: the `except*` state, an exception an `except*` handler
    /// raised: pops it into the state's list.
    #[cfg(feature = "asyncio-py")]
    StarRaised,
    /// Stack: the `except*` state, once every clause has been tried:
    /// pops it and raises what is left to raise, if anything
    /// (`exception_group::prep_reraise_star`).
    #[cfg(feature = "asyncio-py")]
    StarEnd,
}

#[derive(Debug, Default)]
pub(crate) struct FnCode {
    pub ops: Vec<Op>,
    pub consts: Vec<Value>,
    pub names: Vec<Name>,
    pub kwnames: Vec<Vec<Name>>,
    /// The name of each local slot, for `UnboundLocalError`: the function's
    /// locals, then the variables of its comprehensions, which Python keeps
    /// in a scope of their own and so get slots of their own here.
    pub slot_names: Vec<Name>,
    /// The source line of each instruction (of the statement it was
    /// compiled from), for the places CPython names: where a coroutine
    /// that was never awaited is freed.
    #[cfg(feature = "code")]
    pub lines: Vec<u32>,
    /// The function's own slots (not its comprehensions') in the order
    /// CPython's `co_varnames` lists them, the order a frame's `f_locals`
    /// shows: parameters, then each local as the compiled code first
    /// mentions it, read or written (CPython adds a name to `co_varnames`
    /// when it first compiles a `LOAD_FAST` or `STORE_FAST` for it).
    #[cfg(feature = "code")]
    pub local_order: Vec<u32>,
    /// What each `MakeFunction` makes: a function's index, and the cells
    /// of this frame that its closure holds.
    #[cfg(feature = "code")]
    pub closures: Vec<(u32, Vec<u32>)>,
    /// Per cell variable (`Scopes::cells`), the local slot of the
    /// parameter it starts as, or `u32::MAX`: a frame moves each such
    /// argument into its cell as it starts (`MAKE_CELL`).
    #[cfg(feature = "code")]
    pub cell_params: Vec<u32>,
    /// Whether it is a method calling `super()`, which has the free
    /// variable `__class__` (shown last among its variables).
    #[cfg(feature = "code")]
    pub class_cell: bool,
}

#[cfg(feature = "code")]
pub use crate::program::source_map::NO_LINE;

/// The line of an instruction that takes the line of the one run before it.
#[cfg(feature = "code")]
pub const LAST_RUN: u32 = u32::MAX;

#[cfg(feature = "code")]
impl FnCode {
    /// Fills `local_order` from the compiled code: `params` first, then
    /// the function's other `own` slots as the instructions first name
    /// them.
    pub fn order_locals(&mut self, params: usize, own: usize) {
        let mut order: Vec<u32> = (0..params.min(own) as u32).collect_vec();
        let mut seen = vec![false; own];
        seen.iter_mut().take(params).for_each(|s| *s = true);
        for op in &self.ops {
            let slot = match *op {
                Op::Local(s) | Op::Store(s) | Op::HandlerEnter(s) | Op::HandlerExit(s) => s,
                #[cfg(feature = "code")]
                Op::DeleteLocal(s) => s,
                _ => continue,
            };
            if let Some(seen @ false) = seen.get_mut(slot as usize) {
                *seen = true;
                order.push(slot);
            }
        }
        self.local_order = order;
    }

    /// The line of the instruction before `pc`: the one running, or the
    /// one a suspended frame awaits in.
    pub fn line_before(&self, pc: usize) -> u32 {
        self.line_of(pc.wrapping_sub(1), usize::MAX)
    }

    /// The line of the instruction at `at`, run after the one at `before`.
    pub fn line_of(&self, at: usize, before: usize) -> u32 {
        match self.lines.get(at).copied() {
            Some(LAST_RUN) => self.lines.get(before).copied().unwrap_or(NO_LINE),
            line => line.unwrap_or(NO_LINE),
        }
    }
}
