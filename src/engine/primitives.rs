//! What step mode shows of asyncio's primitives (`Lock`, `Semaphore`,
//! `Event`, `Condition`, `Barrier`, the queues) and task groups: those the
//! program can reach (`held_by`: a variable of the module's, or of a
//! pending task's frames, holds it, or holds a list, tuple, dict, set or
//! object of the program's class that does), in the order the run made
//! them, each with its state (locked, its counter, its flag, its items)
//! and the tasks waiting in it (a group's: the tasks it holds, while its
//! `async with` lasts).
//!
//! Reachable, not alive: one the program let go of may live on in CPython
//! long after (an exception's traceback keeps a failed task group's frame
//! and its variables in a reference cycle until the garbage collector
//! runs), which no model can follow.
//!
use super::futures::FutRef;
use super::Runtime;
use crate::collect::{CollectVec, Joined};
use crate::value::class::Instance;
use crate::value::Value;
use std::fmt::Write;
use std::rc::{Rc, Weak};

/// Whether step mode shows instances of asyncio's class `name`: a
/// primitive's (`trace::PRIMITIVES`), or a task group's.
pub(crate) fn shown(name: &str) -> bool {
    name == "TaskGroup" || crate::trace::wait_of(name).is_some()
}

/// The primitives made so far, weakly, each with its library class.
#[derive(Default)]
pub(crate) struct Made(std::cell::RefCell<Vec<(Weak<Instance>, &'static str)>>);

impl Made {
    /// Notes `obj`, a new instance of the primitive `class`.
    pub(crate) fn add(&self, obj: &Rc<Instance>, class: &'static str) {
        self.0.borrow_mut().push((Rc::downgrade(obj), class));
    }
}

/// One primitive as step mode shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PrimitiveView {
    /// Its class, numbered among those shown of its class when there are
    /// several: `Lock`, or `Lock #2`.
    pub name: String,
    /// What it holds: `locked`, `value 2`, `set`, `items [1, 2], 2
    /// unfinished`...
    pub state: String,
    /// Who waits in it, by what for (`get`, `put`, `join` for a queue;
    /// `waiting` for the others), each a task's name (`-` for a waiter
    /// future no pending task awaits). Only groups with someone in them.
    pub waiting: Vec<(&'static str, Vec<String>)>,
    /// A task group's task (`async with` in it): the task tree shows the
    /// group's tasks under it.
    pub owner: Option<String>,
}

impl std::fmt::Display for PrimitiveView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name, self.state)?;
        for (what, tasks) in &self.waiting {
            write!(f, "; {what}: {}", tasks.joined(", "))?;
        }
        Ok(())
    }
}

impl Runtime {
    /// The primitives the program reaches (`reached`, by address: from
    /// `held_by`), oldest first, but not those another holds (a queue's
    /// `Event`, a condition's `Lock`, a barrier's `Condition`): those show
    /// through their holder. `owner` names the pending task awaiting a
    /// future.
    pub(crate) fn primitive_views(
        &self,
        reached: &[usize],
        owner: &dyn Fn(&FutRef) -> Option<String>,
    ) -> Vec<PrimitiveView> {
        let live = self
            .primitives
            .0
            .borrow()
            .iter()
            .filter_map(|(obj, class)| Some((obj.upgrade()?, *class)))
            .collect_vec();
        let held = |obj: &Rc<Instance>| {
            live.iter().any(|(other, _)| {
                other
                    .attrs
                    .values()
                    .iter()
                    .any(|v| matches!(v, Value::Instance(i) if Rc::ptr_eq(i, obj)))
            })
        };
        let shown = live
            .iter()
            .filter(|(obj, class)| {
                reached.contains(&(Rc::as_ptr(obj) as usize)) && !held(obj) && in_play(obj, class)
            })
            .collect_vec();
        shown
            .iter()
            .map(|(obj, class)| {
                let same = shown.iter().filter(|(_, c)| c == class).collect_vec();
                let number = match same.iter().position(|(o, _)| Rc::ptr_eq(o, obj)) {
                    Some(at) if same.len() > 1 => format!(" #{}", at + 1),
                    _ => String::new(),
                };
                view(obj, class, number, owner)
            })
            .collect_vec()
    }
}

fn view(
    obj: &Instance,
    class: &'static str,
    number: String,
    owner: &dyn Fn(&FutRef) -> Option<String>,
) -> PrimitiveView {
    let tasks = |waiters: Option<Value>| -> Vec<String> {
        futures(waiters)
            .iter()
            .map(|f| owner(f).unwrap_or_else(|| "-".to_string()))
            .collect_vec()
    };
    let mut owner = None;
    let (state, waiting) = match class {
        "TaskGroup" => {
            owner = match obj.attrs.get("_parent_task") {
                Some(Value::Future(t)) => t.task().map(|info| info.name()),
                _ => None,
            };
            let mut state = owner
                .as_ref()
                .map_or_else(|| "not entered".to_string(), |t| format!("in {t}"));
            if truthy(obj.attrs.get("_aborting")) {
                state.push_str(", cancelling");
            }
            let failed = len_of(obj.attrs.get("_errors"));
            if failed > 0 {
                let _ = write!(state, ", {failed} failed");
            }
            let tasks = futures(obj.attrs.get("_tasks"))
                .iter()
                .filter_map(|t| Some(t.task()?.name()))
                .collect_vec();
            (state, vec![("tasks", tasks)])
        }
        "Lock" => (
            locked(obj),
            vec![("waiting", tasks(obj.attrs.get("_waiters")))],
        ),
        "Semaphore" | "BoundedSemaphore" => (
            format!("value {}", int(obj.attrs.get("_value"))),
            vec![("waiting", tasks(obj.attrs.get("_waiters")))],
        ),
        "Event" => (
            if truthy(obj.attrs.get("_value")) {
                "set"
            } else {
                "unset"
            }
            .to_string(),
            vec![("waiting", tasks(obj.attrs.get("_waiters")))],
        ),
        "Condition" => (
            instance(obj.attrs.get("_lock")).map_or_else(String::new, |l| locked(&l)),
            vec![("waiting", tasks(obj.attrs.get("_waiters")))],
        ),
        "Barrier" => {
            let state = match obj.attrs.get("_state") {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            // `n_waiting`: only a filling barrier counts its arrivals.
            let arrived = if state == "filling" {
                int(obj.attrs.get("_count"))
            } else {
                0
            };
            let cond = instance(obj.attrs.get("_cond"));
            (
                format!("{state}, {arrived} of {}", int(obj.attrs.get("_parties"))),
                vec![("waiting", tasks(cond.and_then(|c| c.attrs.get("_waiters"))))],
            )
        }
        // The queues.
        _ => {
            let items = obj
                .attrs
                .get("_queue")
                .map_or_else(String::new, |q| q.repr_within(super::view::VALUE_LIMIT));
            let mut state = format!("items {items}");
            let maxsize = int(obj.attrs.get("_maxsize"));
            if maxsize > 0 {
                let _ = write!(state, " of at most {maxsize}");
            }
            let _ = write!(
                state,
                ", {} unfinished",
                int(obj.attrs.get("_unfinished_tasks"))
            );
            let finished = instance(obj.attrs.get("_finished"));
            (
                state,
                vec![
                    ("get", tasks(obj.attrs.get("_getters"))),
                    ("put", tasks(obj.attrs.get("_putters"))),
                    (
                        "join",
                        tasks(finished.and_then(|e| e.attrs.get("_waiters"))),
                    ),
                ],
            )
        }
    };
    PrimitiveView {
        name: format!("{class}{number}"),
        state,
        waiting: waiting
            .into_iter()
            .filter(|(_, t)| !t.is_empty())
            .collect_vec(),
        owner,
    }
}

/// Whether `obj`, of the library class `class`, is in play: a task
/// group only between its `async with` and its tasks' end; the others
/// always.
fn in_play(obj: &Instance, class: &str) -> bool {
    let attr = |name: &str| obj.attrs.get(name);
    class != "TaskGroup"
        || truthy(attr("_entered"))
            && (!truthy(attr("_exiting")) || !futures(attr("_tasks")).is_empty())
}

/// Notes (by address) the primitives `v` holds: itself, or the items of
/// a list, tuple, dict (its values) or set, or the attributes of an
/// object of the program's class; one level down only, as
/// `tests/support/loop_view.py` looks.
pub(crate) fn held_by(v: &Value, out: &mut Vec<usize>) {
    let mut one = |v: &Value| {
        if let Value::Instance(i) = v {
            if i.class.library_class(&shown).is_some() {
                out.push(Rc::as_ptr(i) as usize);
            }
        }
    };
    one(v);
    match v {
        Value::List(items) => items.borrow().iter().for_each(one),
        Value::Tuple(items) => items.iter().for_each(one),
        Value::Dict(d) => d
            .borrow()
            .part(crate::value::dict::DictPart::Values)
            .iter()
            .for_each(one),
        Value::Set(s) => s.borrow().members().iter().for_each(one),
        Value::Instance(i) if i.class.module == "__main__" => i.attrs.values().iter().for_each(one),
        _ => {}
    }
}

/// How many items a list holds (a task group's errors, `None` once it
/// has exited; a queue's items).
fn len_of(list: Option<Value>) -> usize {
    match list {
        Some(Value::List(list)) => list.borrow().len(),
        _ => 0,
    }
}

/// A lock's (or a condition's lock's) state.
fn locked(lock: &Instance) -> String {
    if truthy(lock.attrs.get("_locked")) {
        "locked"
    } else {
        "unlocked"
    }
    .to_string()
}

fn truthy(v: Option<Value>) -> bool {
    matches!(v, Some(Value::Bool(true)))
}

fn int(v: Option<Value>) -> i64 {
    match v {
        Some(Value::Int(n)) => n,
        Some(Value::Bool(b)) => i64::from(b),
        _ => 0,
    }
}

fn instance(v: Option<Value>) -> Option<Rc<Instance>> {
    match v {
        Some(Value::Instance(i)) => Some(i),
        _ => None,
    }
}

/// The futures in a list of waiters (a `deque` in CPython; `None` until
/// a lock first has one).
fn futures(waiters: Option<Value>) -> Vec<FutRef> {
    match waiters {
        Some(Value::List(list)) => list
            .borrow()
            .iter()
            .filter_map(|v| match v {
                Value::Future(f) => Some(f.clone()),
                _ => None,
            })
            .collect_vec(),
        _ => Vec::new(),
    }
}
