//! Interleave: a faithful model of Python's asyncio event loop, for learning
//! how `asyncio.gather()` and `asyncio.create_task()` run tasks at once.
//!
//! # Layout
//!
//! A run flows top to bottom through these modules:
//!
//! - [`program`]: the program model (the asyncio subset of Python as a serde
//!   tree), its validation, and its printer back to Python source;
//! - [`engine`]: CPython's event loop on a virtual clock: ready queue, timer
//!   heap, tasks, gather, `asyncio.run`'s shutdown;
//! - `interp` (private): compiles function bodies and runs each task's
//!   coroutine as a Rust future the engine polls;
//! - `session` (private): puts a run together, giving the engine the
//!   compiled program as how its tasks run (the engine imports nothing
//!   from `interp`);
//! - [`value`]: Python values and CPython's printing and operator rules;
//! - [`trace`]: the events a run produces, which the CLI and the page show;
//! - [`presets`]: the tutorial examples, ready to run;
//! - [`small_objects`]: the allocator the command line and the benchmarks
//!   install, CPython's pymalloc in miniature.
//!
//! The crate knows nothing about terminals or browsers: `main.rs` is the CLI,
//! and the page is a separate crate built on [`run`].

#[cfg(feature = "code")]
pub mod asyncio_py;
#[cfg(feature = "code")]
pub mod closed_world;
pub mod collect;
pub mod engine;
pub mod error;
mod interp;
#[cfg(feature = "asyncio-py")]
pub mod mersenne;
pub mod parse;
pub mod presets;
pub mod program;
pub mod scenario;
mod session;
#[cfg(not(target_arch = "wasm32"))]
pub mod small_objects;
#[cfg(feature = "code")]
pub(crate) mod sort;
pub mod trace;
pub mod value;

pub use engine::{Limits, RunOptions, RunOutcome, RunWatch, Session};
pub use program::{LoadError, Program};
pub use session::run;
#[cfg(feature = "code")]
pub mod narration;
#[cfg(feature = "code")]
pub mod task_tree;
#[cfg(feature = "code")]
pub use session::{step, Stepped};
