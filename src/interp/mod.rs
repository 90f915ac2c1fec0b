//! The interpreter: runs a task's coroutine as a body the loop resumes
//! (`engine::Coro`).
//!
//! Each function is compiled once per run (`compile`) to flat instructions
//! with names resolved (`scope`). A task's body is a `vm::TaskVm`: resuming
//! it runs instructions until the coroutine awaits something that is not
//! done, which it hands to the engine through the mailbox; awaiting another
//! coroutine pushes a frame on the same task, as CPython runs an awaited
//! coroutine inside the awaiting task. Everything between two suspensions
//! runs within one task step, exactly as Python code between two awaits does.
//!
//! Layout: `scope` decides local names, `code` is the instruction set, `compile` turns bodies into
//! instructions, `vm` runs them, `builtins` the functions, methods and attributes Python provides;
//! `wait_for` is the one asyncio coroutine with awaits of its own, which the
//! task machine resumes step by step.

use crate::collect::CollectVec;
mod builtins;
#[cfg(feature = "code")]
mod classes;
pub(crate) mod code;
pub(crate) mod compile;
mod convert;
#[cfg(feature = "asyncio-py")]
mod dataclasses;
#[cfg(feature = "asyncio-py")]
mod exception_groups;
#[cfg(feature = "asyncio-py")]
mod formatting;
#[cfg(feature = "asyncio-py")]
mod heapq;
#[cfg(feature = "code")]
mod iterables;
#[cfg(feature = "asyncio-py")]
mod list_sort;
#[cfg(feature = "asyncio-py")]
pub(crate) mod math;
#[cfg(feature = "code")]
mod methods;
mod modelled;
#[cfg(feature = "asyncio-py")]
mod random;
mod scope;
#[cfg(feature = "asyncio-py")]
mod sets;
#[cfg(feature = "asyncio-py")]
mod str_methods;
#[cfg(feature = "asyncio-py")]
mod strftime;
#[cfg(feature = "asyncio-py")]
mod total_ordering;
mod vm;
#[cfg(feature = "code")]
mod wait_for;

pub use scope::Scopes;

use crate::engine::{Body, Interpreter, Runtime};
use crate::program::Program;
use crate::value::{Coroutine, FunctionObj, Value};
use std::rc::Rc;

/// Calls nested deeper than this stop the run, well before CPython's
/// recursion limit, so a runaway recursion ends quickly.
pub const MAX_CALL_DEPTH: usize = 200;

/// A program compiled to run: what the engine's tasks run their
/// coroutines on. Made once per run; each task's machine keeps it.
pub(crate) struct Compiled {
    scopes: Scopes,
    /// Each function's instructions, by index.
    code: Vec<code::FnCode>,
    /// Each function as a value, by index.
    functions: Vec<Value>,
    /// The module's variables, by slot (`Scopes::module_var`); `None`
    /// until assigned. Made anew for each run.
    #[cfg(feature = "code")]
    globals: std::cell::RefCell<Vec<Option<Value>>>,
    /// The module's code, by function index (`Program::module_index`).
    #[cfg(feature = "code")]
    module: Option<usize>,
    /// The module code of asyncio's Python half, when linked
    /// (`crate::asyncio_py`).
    #[cfg(feature = "asyncio-py")]
    library: Option<usize>,
    /// Functions running on machines of their own (`Interpreter::call`,
    /// a plain generator's step),
    /// one inside another: bounded, as each is a Rust call.
    #[cfg(feature = "code")]
    nested: std::cell::Cell<usize>,
}

/// The name of the method-like value `functools.wraps(wrapped)` makes
/// (`Value::Method((wrapped, WRAPS))`): no object has a method so named.
#[cfg(feature = "asyncio-py")]
pub(crate) const WRAPS: &str = "<functools.wraps>";

/// How deep functions called back by builtins, and generators stepped,
/// may nest.
#[cfg(feature = "code")]
const MAX_NESTED_CALLS: usize = 32;

impl Compiled {
    pub(crate) fn new(
        program: &Rc<Program>,
        #[cfg(feature = "code")] source: &crate::program::SourceMap,
    ) -> Rc<Compiled> {
        let scopes = Scopes::of(program);
        let code = compile::compile(
            program,
            &scopes,
            #[cfg(feature = "code")]
            source,
        );
        let functions = (0..program.functions.len())
            .map(|index| {
                let f = &program.functions[index];
                Value::Function(Rc::new(FunctionObj {
                    index,
                    name: std::cell::RefCell::new(scopes.function_name(index)),
                    program: program.clone(),
                    // The parser and the validator allow only constants
                    // there (`builtins::defaults`).
                    defaults: builtins::defaults(f).unwrap_or_default(),
                    #[cfg(feature = "code")]
                    closure: None,
                    #[cfg(feature = "code")]
                    generator: f.is_generator(),
                    #[cfg(feature = "asyncio-py")]
                    attrs: Default::default(),
                    #[cfg(feature = "asyncio-py")]
                    doc: Default::default(),
                }))
            })
            .collect_vec();
        // Unbound until the module's code assigns them.
        #[cfg(feature = "code")]
        let globals = std::cell::RefCell::new(vec![None; scopes.module_vars().len()]);
        Rc::new(Compiled {
            scopes,
            code,
            functions,
            #[cfg(feature = "code")]
            globals,
            #[cfg(feature = "code")]
            module: program.module_index(),
            #[cfg(feature = "asyncio-py")]
            library: program
                .functions
                .iter()
                .position(|f| f.name == crate::program::LIBRARY_MODULE),
            #[cfg(feature = "code")]
            nested: Default::default(),
        })
    }
}

#[cfg(feature = "code")]
impl Compiled {
    /// A machine of its own for the program's plain function `function`
    /// (the module's code, or one a builtin calls back), from its first
    /// line. Resumed through the vtable, as the engine resumes a task's:
    /// one copy of the machine's loop in the build.
    fn machine(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        function: usize,
        args: Vec<Value>,
        closure: crate::value::Closure,
        stack: vm::Stack,
    ) -> Body {
        let call = Rc::new(Coroutine::new(crate::value::CoroBody::Function {
            index: function,
            name: self.scopes.function_name(function),
            args: std::cell::RefCell::new(args),
            closure: std::cell::RefCell::new(closure),
        }));
        Box::pin(vm::TaskVm::new(rt, self, call, stack))
    }

    /// Resumes `machine` once, to its end: what a builtin calls back (a
    /// plain function, a plain generator's step) cannot await, and the
    /// machine it is called from waits meanwhile, as CPython's C code
    /// calling back into Python does.
    fn run_nested(&self, rt: &Runtime, mut machine: Body) -> Result<Value, crate::error::Raise> {
        use std::task::Poll;
        if self.nested.get() >= MAX_NESTED_CALLS {
            return Err(crate::error::RunError::limit(format!(
                "functions run from a builtin, a class call or a generator's step (a `key=` function, `__init__`, a generator's body) nest more than {MAX_NESTED_CALLS} deep, which Interleave does not support; look for generators nested that deep, or a key function or an `__init__` that calls itself"
            )));
        }
        #[cfg(feature = "asyncio-py")]
        let in_thread = rt.in_thread();
        #[cfg(not(feature = "asyncio-py"))]
        let _ = rt;
        self.nested.set(self.nested.get() + 1);
        let polled = machine.as_mut().run_step();
        self.nested.set(self.nested.get() - 1);
        match polled {
            // What the nested code raised was chained where it was raised:
            // it only propagates into the caller.
            #[cfg(feature = "code")]
            Poll::Ready(Err(crate::error::Raise::Exc(e))) => {
                e.settle_context();
                Err(crate::error::Raise::Exc(e))
            }
            Poll::Ready(result) => result,
            #[cfg(feature = "asyncio-py")]
            Poll::Pending if in_thread => Err(crate::error::RunError::unsupported(
                "time.sleep in a function a builtin, a class call or a generator's step runs (a `key=` function, `__init__`, a generator's body) in a thread's code is not supported yet; call time.sleep in the thread's own function",
            )),
            Poll::Pending => Err(crate::error::RunError::unsupported(
                "a function a builtin called back (`key=`) or a generator's body ran `asyncio.run`, which is not supported there",
            )),
        }
    }
}

/// A worker thread running a builtin (`run_in_executor(None, time.sleep,
/// 1)`): its one call, in which a `time.sleep` suspends the thread once,
/// as a `def`'s machine suspends (`vm::call_here`).
#[cfg(feature = "asyncio-py")]
struct BuiltinThread {
    rt: Rc<Runtime>,
    /// The call, until the first step makes it.
    call: Option<(Value, Vec<Value>, builtins::Kwargs)>,
    /// What it returned, once it has: given when the thread ends (after
    /// it wakes, if it slept).
    outcome: Option<Result<Value, crate::error::Raise>>,
}

#[cfg(feature = "asyncio-py")]
impl crate::engine::Coro for BuiltinThread {
    fn resume(mut self: std::pin::Pin<&mut Self>) -> std::task::Poll<()> {
        use std::task::Poll;
        // Woken after its sleep: the call has returned already.
        let Some((func, args, kwargs)) = self.call.take() else {
            return Poll::Ready(());
        };
        let rt = self.rt.clone();
        let (result, slept) = rt.call_sleep_in_thread(|| builtins::call(&rt, func, args, kwargs));
        self.outcome = Some(result);
        match slept {
            true => Poll::Pending,
            false => Poll::Ready(()),
        }
    }

    fn take_outcome(mut self: std::pin::Pin<&mut Self>) -> Result<Value, crate::error::Raise> {
        self.outcome.take().unwrap_or(Ok(Value::None))
    }

    fn frames(&self) -> Vec<crate::engine::view::FrameView> {
        Vec::new()
    }

    fn waits_in(&self) -> Option<&'static str> {
        None
    }

    fn handles_throw(&self) -> bool {
        false
    }
}

/// The program's function `callable` runs, with a bound method's object
/// put first in `args`; `None` for any other callable.
#[cfg(feature = "asyncio-py")]
fn program_function(callable: &Value, args: &mut Vec<Value>) -> Option<Rc<FunctionObj>> {
    match callable {
        Value::Function(f) => Some(f.clone()),
        Value::BoundMethod(m) => {
            args.insert(0, m.0.clone());
            Some(m.1.clone())
        }
        _ => None,
    }
}

impl Interpreter for Compiled {
    /// The body a task resumes: its coroutine, run from the top.
    fn start(self: Rc<Self>, rt: Rc<Runtime>, coro: Rc<Coroutine>) -> Body {
        Box::pin(vm::TaskVm::new(
            rt,
            self,
            coro,
            #[cfg(feature = "code")]
            vm::Stack::Task,
        ))
    }

    #[cfg(feature = "code")]
    fn module(self: Rc<Self>, rt: Rc<Runtime>) -> Option<Body> {
        let index = self.module?;
        Some(self.machine(rt, index, Vec::new(), None, vm::Stack::Module))
    }

    #[cfg(feature = "asyncio-py")]
    fn import_library(self: Rc<Self>, rt: Rc<Runtime>) -> Result<(), crate::error::Raise> {
        use std::task::Poll;
        let Some(index) = self.library else {
            return Ok(());
        };
        let mut machine = self.machine(rt, index, Vec::new(), None, vm::Stack::Module);
        match machine.as_mut().run_step() {
            Poll::Ready(result) => result.map(drop),
            Poll::Pending => Err(crate::error::RunError::internal(
                "asyncio's Python half awaited as it was imported",
            )
            .into()),
        }
    }

    #[cfg(feature = "asyncio-py")]
    fn call_value(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        callable: &Value,
        args: Vec<Value>,
    ) -> Result<Value, crate::error::Raise> {
        builtins::call_to_end(&rt, callable.clone(), args, Vec::new())
    }

    #[cfg(feature = "asyncio-py")]
    fn library_hook(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        name: &str,
        args: Vec<Value>,
    ) -> Option<Result<Value, crate::error::Raise>> {
        let index = (0..self.code.len())
            .find(|&i| self.scopes.in_library(i) && *self.scopes.function_name(i) == *name)?;
        let machine = self
            .clone()
            .machine(rt.clone(), index, args, None, vm::Stack::Nested);
        Some(self.run_nested(&rt, machine))
    }

    /// A thread's machine: a plain function's frames (`to_thread`'s
    /// wrapper, or what `run_in_executor` was given).
    #[cfg(feature = "asyncio-py")]
    fn thread(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        func: &Value,
        args: Vec<Value>,
    ) -> Result<Body, crate::error::Raise> {
        let (func, mut args, kwargs) = builtins::unwrap_partial(func.clone(), args, Vec::new());
        let Some(function) = program_function(&func, &mut args) else {
            return match func {
                // A builtin (`time.sleep`, `print`).
                Value::Builtin(_) | Value::Method(_) => Ok(Box::pin(BuiltinThread {
                    rt,
                    call: Some((func, args, kwargs)),
                    outcome: None,
                })),
                _ => Err(crate::error::RunError::unsupported(format!(
                    "run_in_executor of {} is not supported yet: give it a function of the program's (`def`), or use asyncio.to_thread",
                    func.repr()
                ))),
            };
        };
        if function.def().is_async || function.generator {
            return Err(crate::error::RunError::unsupported(
                "running a coroutine or generator function in a thread is not supported yet: the thread only makes the object; give it a plain `def`",
            ));
        }
        let bound = builtins::bind(function.def(), &function.defaults, args, kwargs)?;
        Ok(self.machine(
            rt,
            function.index,
            bound,
            function.closure.clone(),
            vm::Stack::Nested,
        ))
    }

    /// On a machine of its own, run to the end at once: a plain function
    /// cannot await, and the machine it is called from waits meanwhile,
    /// as CPython's C code calling back into Python does.
    #[cfg(feature = "code")]
    fn call(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        function: &FunctionObj,
        args: Vec<Value>,
    ) -> Result<Value, crate::error::Raise> {
        // A generator function's call runs nothing: it makes the generator.
        if function.generator {
            return Ok(builtins::generator(&rt, function, args));
        }
        let machine = self.clone().machine(
            rt.clone(),
            function.index,
            args,
            function.closure.clone(),
            vm::Stack::Nested,
        );
        self.run_nested(&rt, machine)
    }

    /// A plain generator's next step, or its close, on a machine of its
    /// own: the generator's frame is pushed there as an async
    /// generator's is onto its awaiting task's (`vm::TaskVm`).
    #[cfg(feature = "code")]
    fn resume(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        gen: &Rc<crate::value::generator::Generator>,
        how: crate::value::generator::Resumption,
    ) -> Result<Value, crate::error::Raise> {
        use crate::value::generator::Resumption;
        use crate::value::CoroBody;
        // `sent` is what `send` gave the generator itself.
        let body = match how {
            Resumption::Send => CoroBody::AsyncGenNext(gen.clone(), Value::None),
            Resumption::Close => CoroBody::AsyncGenClose(gen.clone(), None),
            #[cfg(feature = "asyncio-py")]
            Resumption::Throw(exc) => CoroBody::AsyncGenClose(gen.clone(), Some(exc)),
        };
        let machine: Body = Box::pin(vm::TaskVm::new(
            rt.clone(),
            self.clone(),
            Rc::new(Coroutine::new(body)),
            vm::Stack::Nested,
        ));
        self.run_nested(&rt, machine)
    }

    #[cfg(feature = "code")]
    fn user_format(
        self: Rc<Self>,
        rt: Rc<Runtime>,
        obj: &Value,
        method: &'static str,
    ) -> Option<Result<String, crate::error::Raise>> {
        classes::user_format(&rt, obj, method)
    }

    #[cfg(feature = "asyncio-py")]
    fn module_primitives(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for v in self.globals.borrow().iter().flatten() {
            crate::engine::primitives::held_by(v, &mut out);
        }
        out
    }

    #[cfg(feature = "code")]
    fn module_keeps_reported(&self) -> bool {
        // The module's functions too: what is assigned to them
        // (`main.cache = ...`) or closed over lives as long.
        self.globals
            .borrow()
            .iter()
            .flatten()
            .chain(&self.functions)
            .any(|v| v.keeps_reported())
    }
}
