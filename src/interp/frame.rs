//! A function's frame: its local variables, and the exception being handled
//! (for a bare `raise`).

use crate::error::Raise;
use crate::program::Name;
use crate::value::{Exc, ExcKind, Exception, Value};

pub(crate) struct Frame {
    /// Index of the function in `Program::functions`.
    pub function: usize,
    /// Call depth, against `MAX_CALL_DEPTH`.
    pub depth: usize,
    /// One slot per local name (see `Scopes`); `None` until bound.
    pub slots: Vec<Option<Value>>,
    /// Exceptions being handled by enclosing `except` blocks, innermost last.
    pub handling: Vec<Exc>,
}

impl Frame {
    pub fn new(function: usize, depth: usize, nlocals: usize, args: Vec<Value>) -> Frame {
        // Reuses the arguments' allocation, which `bind` sized for every
        // local.
        let mut slots: Vec<Option<Value>> = args.into_iter().map(Some).collect();
        slots.resize(nlocals.max(slots.len()), None);
        Frame {
            function,
            depth,
            slots,
            handling: Vec::new(),
        }
    }

    pub fn get(&self, slot: usize, name: &Name) -> Result<Value, Raise> {
        self.slots[slot].clone().ok_or_else(|| {
            Raise::Exc(Exception::new(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            ))
        })
    }
}
