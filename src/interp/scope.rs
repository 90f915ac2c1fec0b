//! Which names are local to each function, decided before the run as
//! Python's compiler decides it: parameters, then every name the body binds
//! (assignment, `for` target, `except ... as`). Reading one before it is
//! bound is an `UnboundLocalError`, not a lookup of a global. Also, as
//! CPython's symbol table finds them, each function's cell variables (its
//! locals that functions defined in it use) and free variables (those it
//! uses of the functions around it): `closures`. What is global is the
//! module's variables, the program's functions, imports and builtins.

use crate::collect::CollectVec;
use crate::program::bindings::collect_bound;
use crate::program::{Name, Program};
use std::rc::Rc;

pub struct Scopes {
    /// Local names of each function, parameters first, by function index.
    locals: Vec<Vec<Name>>,
    /// Function names, by index, for global lookups.
    globals: Vec<Name>,
    /// Per function: does the name `asyncio` mean the module there (it is
    /// neither a local nor a program function)? Lets `await
    /// asyncio.sleep(d)` skip building a coroutine object.
    asyncio_is_module: Vec<bool>,
    /// Whether the program's Python imports `time` (it does when it names
    /// it: `python::to_python` writes the import then).
    imports_time: bool,
    /// The other names imports bind (`from asyncio import sleep`).
    #[cfg(feature = "code")]
    imports: Vec<crate::program::Import>,
    /// The module's variables: those the module's code assigns, then those
    /// only functions' `global` statements name, by slot.
    #[cfg(feature = "code")]
    module_vars: Vec<Name>,
    /// Per function, the names its `global` statements declare.
    #[cfg(feature = "code")]
    declared: Vec<Vec<Name>>,
    /// `Program::module_names`.
    #[cfg(feature = "code")]
    module_names: Vec<Name>,
    /// Per function, its cell variables: its locals that a function
    /// defined inside it reads or declares `nonlocal` (CPython's
    /// `co_cellvars`), kept in cells its frame shares with those
    /// functions.
    #[cfg(feature = "code")]
    cells: Vec<Vec<Name>>,
    /// Per function, its free variables: the variables of functions around
    /// it that it, or a function inside it, uses (`co_freevars`), taken
    /// from the function object's closure.
    #[cfg(feature = "code")]
    frees: Vec<Vec<Name>>,
}

impl Scopes {
    pub fn of(program: &Program) -> Scopes {
        // The module's code binds the module's names: all it assigns is
        // declared global, as if by `global` (an `except ... as` name is
        // the frame's, cleared as the handler ends; the parser refuses one
        // the module also assigns).
        #[cfg(feature = "code")]
        let declared: Vec<Vec<Name>> = program
            .functions
            .iter()
            .map(|f| {
                let mut names = crate::program::bindings::declared_global(&f.body);
                if f.name == crate::program::MODULE || f.name == crate::program::LIBRARY_MODULE {
                    crate::program::bindings::collect_assigned(&f.body, &mut names);
                }
                names
            })
            .collect_vec();
        let locals: Vec<Vec<Name>> = program
            .functions
            .iter()
            .map(|f| {
                let mut names: Vec<Name> = f.params.iter().map(|p| p.name.clone()).collect_vec();
                collect_bound(&f.body, &mut names);
                names
            })
            .collect_vec();
        // What `global` declares is the module's, and what `nonlocal`
        // declares a function's around: neither is a local.
        #[cfg(feature = "code")]
        let locals: Vec<Vec<Name>> = locals
            .into_iter()
            .zip(&declared)
            .zip(&program.functions)
            .map(|((mut names, declared), f)| {
                let nonlocal = crate::program::bindings::declared(&f.body, true);
                names.retain(|n| !declared.contains(n) && !nonlocal.contains(n));
                names
            })
            .collect_vec();
        #[cfg(feature = "code")]
        let (cells, frees) = closures(program, &locals, &declared);
        #[cfg(feature = "code")]
        let mut module_vars: Vec<Name> = Vec::new();
        #[cfg(feature = "code")]
        for f in program
            .module_index()
            .into_iter()
            .chain(0..program.functions.len())
        {
            for name in &declared[f] {
                let name = qualified(&program.functions[f].name, name);
                if !module_vars.contains(&name) {
                    module_vars.push(name);
                }
            }
        }
        let globals: Vec<Name> = program
            .functions
            .iter()
            .map(|f| Name::from(f.name.as_str()))
            .collect_vec();
        let asyncio_is_module = locals
            .iter()
            .map(|names| {
                let taken = |list: &[Name]| list.iter().any(|n| &**n == "asyncio");
                !taken(names) && !taken(&globals)
            })
            .collect_vec();
        Scopes {
            locals,
            globals,
            asyncio_is_module,
            imports_time: crate::program::python::uses_time(program),
            #[cfg(feature = "code")]
            imports: program.imports.clone(),
            #[cfg(feature = "code")]
            module_vars,
            #[cfg(feature = "code")]
            declared,
            #[cfg(feature = "code")]
            module_names: program.module_names.clone(),
            #[cfg(feature = "code")]
            cells,
            #[cfg(feature = "code")]
            frees,
        }
    }

    /// Where `name` is in `function`'s cells (its cell variables, then its
    /// free variables), if it is one of those.
    #[cfg(feature = "code")]
    pub fn cell(&self, function: usize, name: &str) -> Option<u32> {
        let own = &self.cells[function];
        own.iter()
            .position(|n| &**n == name)
            .or_else(|| Some(own.len() + self.frees[function].iter().position(|n| &**n == name)?))
            .map(|i| i as u32)
    }

    /// `function`'s cell variables, then its free variables.
    #[cfg(feature = "code")]
    pub fn cell_names(&self, function: usize) -> impl Iterator<Item = &Name> {
        self.cells[function].iter().chain(&self.frees[function])
    }

    /// `function`'s cell variables.
    #[cfg(feature = "code")]
    pub fn cells(&self, function: usize) -> &[Name] {
        &self.cells[function]
    }

    /// `function`'s free variables: what its closure holds, in order.
    #[cfg(feature = "code")]
    pub fn frees(&self, function: usize) -> &[Name] {
        &self.frees[function]
    }

    pub fn asyncio_is_module(&self, function: usize) -> bool {
        self.asyncio_is_module[function]
    }

    pub fn locals(&self, function: usize) -> &[Name] {
        &self.locals[function]
    }

    /// The slot of `name` in `function`'s frame, if it is local there.
    pub fn slot(&self, function: usize, name: &Name) -> Option<usize> {
        self.locals[function]
            .iter()
            .position(|n| Rc::ptr_eq(n, name) || n == name)
    }

    /// The name of function `index`, shared rather than copied: what
    /// Python calls it (its `__qualname__`).
    pub fn function_name(&self, index: usize) -> Name {
        #[cfg(feature = "code")]
        if crate::program::is_made(&self.globals[index])
            || crate::program::in_library(&self.globals[index])
        {
            return (*crate::program::qualname(&self.globals[index])).into();
        }
        self.globals[index].clone()
    }

    /// The module's globals in the order CPython's module dict has them
    /// when a script runs: what "Did you mean" searches after a frame's
    /// own names.
    pub fn module_globals(&self) -> Vec<&str> {
        let mut names = vec![
            "__name__",
            "__doc__",
            "__package__",
            "__loader__",
            "__spec__",
            "__annotations__",
            "__builtins__",
            "__file__",
            "__cached__",
        ];
        // A program read from source lists what its module binds.
        #[cfg(feature = "code")]
        if !self.module_names.is_empty() {
            names.extend(self.module_names.iter().map(|n| &**n));
            return names;
        }
        names.push("asyncio");
        if self.imports_time {
            names.push("time");
        }
        #[cfg(feature = "code")]
        names.extend(self.imports.iter().map(|i| &*i.name));
        #[cfg(feature = "code")]
        names.extend(self.module_vars.iter().map(|n| &**n));
        names.extend(self.globals.iter().map(|n| &**n));
        names
    }

    /// The slot of the module's variable `name`, if it is one.
    #[cfg(feature = "code")]
    pub fn module_var(&self, name: &str) -> Option<u32> {
        self.module_vars
            .iter()
            .position(|n| &**n == name)
            .map(|i| i as u32)
    }

    /// The slot of the variable `name` of the module function `function`
    /// is in: the program's, or asyncio's Python half's, whose variables
    /// are the program's named `asyncio.name` (`program::LIBRARY`).
    #[cfg(feature = "code")]
    pub fn module_var_in(&self, function: usize, name: &str) -> Option<u32> {
        self.module_var(&qualified(&self.globals[function], name))
    }

    /// Whether `function` is one of asyncio's Python half's, whose names
    /// are its own module's and the builtins, never the program's.
    #[cfg(feature = "code")]
    pub fn in_library(&self, function: usize) -> bool {
        crate::program::in_library(&self.globals[function])
    }

    /// Whether a reading of the loop's clock in `function` may become a
    /// deadline (`Runtime::clock_reads`): the program's readings, and
    /// `asyncio.timeout`'s (`loop.time() + delay`); the rest of asyncio's
    /// only compare.
    #[cfg(feature = "asyncio-py")]
    pub fn reads_deadlines(&self, function: usize) -> bool {
        !self.in_library(function) || &*self.globals[function] == "asyncio.timeout"
    }

    /// The module's variables, by slot.
    #[cfg(feature = "code")]
    pub fn module_vars(&self) -> &[Name] {
        &self.module_vars
    }

    /// Whether `function` declares `name` global.
    #[cfg(feature = "code")]
    pub fn declares_global(&self, function: usize, name: &str) -> bool {
        self.declared[function].iter().any(|n| &**n == name)
    }

    /// The import that binds `name` at the module level, if one does.
    #[cfg(feature = "code")]
    pub fn import(&self, name: &str) -> Option<&crate::program::Import> {
        self.imports.iter().find(|i| &*i.name == name)
    }

    /// The index of the program function called `name`.
    pub fn global(&self, name: &str) -> Option<usize> {
        self.globals.iter().position(|n| &**n == name)
    }
}

/// The module variable `name` of function `function_name`'s module: as
/// it is named for a function of asyncio's Python half, `asyncio.name`
/// (`program::linked_name`; a method's class, for `super()`, is named as
/// linked already).
#[cfg(feature = "code")]
fn qualified(function_name: &str, name: &str) -> Name {
    match crate::program::in_library(function_name) && !crate::program::in_library(name) {
        true => crate::program::linked_name(name).into(),
        false => name.into(),
    }
}

/// Each function's cell and free variables (`Scopes::cells`, `frees`), as
/// CPython's symbol table finds them: a name a function uses that is not
/// its own (nor declared `global`) is free there when a function around
/// it has it as a local, the nearest one; it is a cell variable of that
/// one, and free in every function between, which pass it on.
#[cfg(feature = "code")]
fn closures(
    program: &Program,
    locals: &[Vec<Name>],
    globals: &[Vec<Name>],
) -> (Vec<Vec<Name>>, Vec<Vec<Name>>) {
    use crate::program::Expr;
    let functions = &program.functions;
    let around: Vec<Option<usize>> = functions
        .iter()
        .map(|f| {
            let owner = crate::program::owner(&f.name)?;
            functions.iter().position(|g| g.name == owner)
        })
        .collect_vec();
    let mut cells = vec![Vec::new(); functions.len()];
    let mut frees = vec![Vec::new(); functions.len()];
    let add = |list: &mut Vec<Name>, name: &Name| {
        if !list.contains(name) {
            list.push(name.clone());
        }
    };
    for (i, f) in functions.iter().enumerate() {
        if around[i].is_none() {
            continue;
        }
        let mut used = crate::program::bindings::declared(&f.body, true);
        let mut read = |e: &Expr| {
            e.each(&mut |x| {
                if let Expr::Name(n) = x {
                    add(&mut used, n);
                }
            })
        };
        crate::program::Stmt::walk(&f.body, &mut |s| s.each_own_expr(&mut read));
        // The defaults of the functions defined in it are evaluated in it.
        for (g, _) in functions
            .iter()
            .zip(&around)
            .filter(|(_, a)| **a == Some(i))
        {
            g.params
                .iter()
                .filter_map(|p| p.default.as_ref())
                .for_each(&mut read);
        }
        for name in &used {
            if locals[i].contains(name) || globals[i].contains(name) {
                continue;
            }
            let mut between = Vec::new();
            let mut at = around[i];
            while let Some(outer) = at {
                if locals[outer].contains(name) {
                    break;
                }
                // Declared global around it: global here too.
                if globals[outer].contains(name) {
                    at = None;
                    break;
                }
                between.push(outer);
                at = around[outer];
            }
            if let Some(outer) = at {
                add(&mut cells[outer], name);
                add(&mut frees[i], name);
                for b in between {
                    add(&mut frees[b], name);
                }
            }
        }
    }
    // In CPython's order: `co_cellvars` and `co_freevars` are sorted.
    for names in cells.iter_mut().chain(&mut frees) {
        crate::sort::sort(names);
    }
    (cells, frees)
}
