//! The tasks of a stepped run as a tree, for step mode's Tasks panel and
//! `interleave step --tree`: every task the run has created so far, with
//! its call (`fetch_data(2)`), its state (not started, runs next, ready,
//! sleeping until t, waiting on what, returned what, raised what,
//! cancelled), where it sits (under the task or gather that awaits it,
//! else under the task that created it) and, while it is paused, the
//! variables of its frames.
//!
//! Made only from what is already checked against CPython: the loop's
//! view at this position (`engine::view`, the pending tasks, what each
//! waits on, its frames) and the events recorded so far (`trace`: who
//! created each task with which arguments, how each finished). Nothing
//! here decides anything about the run.

use crate::collect::CollectVec;
use crate::engine::view::{seconds, Awaited, Done, Entry, LoopView, TaskView};
use crate::trace::{Event, EventKind, TaskNames};
use std::fmt::Write;

/// What the events say of each task, learnt as the run goes, by the
/// trace's task number (asyncio's own tasks are not announced).
#[derive(Debug, Default, Clone)]
pub struct TaskTree {
    /// Each task's name and call, `fetch_data(2, 'x')`.
    names: TaskNames,
    /// The task that created each.
    creators: Vec<Option<usize>>,
    /// How each ended, once it has: `returned 3`, `raised
    /// ValueError('x')`, `cancelled`.
    ended: Vec<Option<String>>,
}

/// One line of the tree.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Row {
    /// How deep in the tree: 0 for a task nobody awaits or created.
    pub depth: usize,
    pub kind: RowKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// A task; `next` when the callback about to run steps it.
    Task { next: bool },
    /// A gather a task awaits, its children below it.
    Gather,
    /// A task group a task is in (`async with asyncio.TaskGroup()`), the
    /// group's tasks below it.
    Group,
    /// A frame a paused task awaits inside its own (`in helper(), line 9`).
    Frame,
    /// One of a paused frame's variables.
    Variable,
}

/// Where a task hangs in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parent {
    Root,
    Task(usize),
    /// The gather the task with this number awaits.
    Gather(usize),
    /// The task group with this index in the view's primitives.
    #[cfg(feature = "asyncio-py")]
    Group(usize),
}

impl TaskTree {
    /// Learns the tasks `events` create and how they end.
    pub fn learn(&mut self, events: &[Event]) {
        self.names.learn(events);
        for e in events {
            match &e.kind {
                EventKind::TaskCreated { task, parent, .. } => {
                    if self.creators.len() <= *task {
                        self.creators.resize(*task + 1, None);
                    }
                    self.creators[*task] = *parent;
                }
                EventKind::Returned { task, value } => {
                    self.end(*task, format!("returned {value}"));
                }
                EventKind::Raised { task, exception } => {
                    self.end(*task, format!("raised {exception}"));
                }
                EventKind::Cancelled { task } => self.end(*task, "cancelled".to_string()),
                _ => {}
            }
        }
    }

    fn end(&mut self, task: usize, how: String) {
        if self.names.knows(task) {
            if self.ended.len() <= task {
                self.ended.resize(task + 1, None);
            }
            self.ended[task] = Some(how);
        }
    }

    /// The tree at the position `view` shows, cut after `limit` rows
    /// (the rest counted in a last row): a thousand tasks stay cheap to
    /// draw at every step.
    pub fn rows(&self, view: &LoopView, limit: usize) -> Vec<Row> {
        // Everything by task number, in vectors (the page's size budget
        // keeps maps out): the tasks the trace announced and asyncio's own.
        let n = view
            .tasks
            .iter()
            .map(|t| t.slot + 1)
            .max()
            .unwrap_or(0)
            .max(self.names.calls.len());
        let mut pending: Vec<Option<&TaskView>> = vec![None; n];
        for t in &view.tasks {
            pending[t.slot] = Some(t);
        }
        // A task by its name, for what the view names by name: a pending
        // one first, else the last announced (names may repeat).
        let mut pending_named: Vec<(&str, usize)> = view
            .tasks
            .iter()
            .map(|t| (t.name.as_str(), t.slot))
            .collect_vec();
        crate::sort::sort(&mut pending_named);
        let mut known_named: Vec<(&str, usize)> = (0..self.names.calls.len())
            .filter(|&s| self.names.knows(s))
            .map(|s| (self.names.names[s].as_str(), s))
            .collect_vec();
        crate::sort::sort(&mut known_named);
        let slot_named = |name: &str| {
            let at = pending_named.partition_point(|(n, _)| *n < name);
            match pending_named.get(at) {
                Some(&(n, slot)) if n == name => Some(slot),
                _ => {
                    let after = known_named.partition_point(|(n, _)| *n <= name);
                    let &(n, slot) = known_named.get(after.checked_sub(1)?)?;
                    (n == name).then_some(slot)
                }
            }
        };
        let tasks: Vec<usize> = (0..n)
            .filter(|&s| self.names.knows(s) || pending[s].is_some())
            .collect_vec();
        // Who awaits whom: a pending task's waiter names a task, or a
        // gather of children.
        let mut awaited_by: Vec<Option<Parent>> = vec![None; n];
        for t in &view.tasks {
            let (children, by) = match &t.waiting_on {
                Some(child @ Awaited::Task(_)) => {
                    (std::slice::from_ref(child), Parent::Task(t.slot))
                }
                Some(Awaited::Gather(children)) => (children.as_slice(), Parent::Gather(t.slot)),
                _ => continue,
            };
            for child in children {
                if let Some(child) = match child {
                    Awaited::Task(name) => slot_named(name),
                    _ => None,
                } {
                    awaited_by[child] = Some(by);
                }
            }
        }
        // A task in a task group that nothing awaits hangs under the
        // group, which hangs under the task that runs `async with` on it.
        #[cfg(feature = "asyncio-py")]
        let groups = task_groups(view, &slot_named);
        #[cfg(feature = "asyncio-py")]
        for (at, (_, _, tasks)) in groups.iter().enumerate() {
            for &t in tasks {
                awaited_by[t].get_or_insert(Parent::Group(at));
            }
        }
        let mut woken: Vec<Option<&Done>> = vec![None; n];
        for e in &view.ready {
            if let Entry::Wake { task, done } = e {
                if let Some(slot) = slot_named(task) {
                    woken[slot].get_or_insert(done);
                }
            }
        }
        let mut children = Children {
            roots: Vec::new(),
            of_task: vec![Vec::new(); n],
            of_gather: vec![Vec::new(); n],
            #[cfg(feature = "asyncio-py")]
            of_group: vec![Vec::new(); groups.len()],
        };
        for &t in &tasks {
            let parent =
                awaited_by[t].unwrap_or_else(|| match self.creator(t).filter(|&c| c < n) {
                    Some(creator) => Parent::Task(creator),
                    None => Parent::Root,
                });
            match parent {
                Parent::Root => children.roots.push(t),
                Parent::Task(p) => children.of_task[p].push(t),
                Parent::Gather(p) => children.of_gather[p].push(t),
                #[cfg(feature = "asyncio-py")]
                Parent::Group(g) => children.of_group[g].push(t),
            }
        }
        let mut draw = Draw {
            tree: self,
            view,
            pending: &pending,
            woken: &woken,
            awaited_by: &awaited_by,
            #[cfg(feature = "asyncio-py")]
            groups: &groups,
            children: &children,
            drawn: vec![false; n],
            rows: Vec::new(),
            limit,
            left: 0,
        };
        for &root in &children.roots {
            draw.task(root, 0);
        }
        // Tasks awaiting each other in a circle have no root: each is
        // drawn once, from the first of them.
        for &t in &tasks {
            draw.task(t, 0);
        }
        let Draw { mut rows, left, .. } = draw;
        if left > 0 {
            rows.push(Row {
                depth: 0,
                kind: RowKind::Variable,
                text: format!("… and {left} more"),
            });
        }
        rows
    }

    fn creator(&self, task: usize) -> Option<usize> {
        *self.creators.get(task)?
    }
}

/// Each task's children in the tree, by task number.
struct Children {
    roots: Vec<usize>,
    of_task: Vec<Vec<usize>>,
    /// Those of the gather the task awaits.
    of_gather: Vec<Vec<usize>>,
    /// Those of each task group, by its index in `Draw::groups`.
    #[cfg(feature = "asyncio-py")]
    of_group: Vec<Vec<usize>>,
}

/// Each task group of the view with a task in it (`async with`): that
/// task, the group as the view says it (`TaskGroup: in Task-1`), and the
/// group's tasks.
#[cfg(feature = "asyncio-py")]
type Groups = Vec<(usize, String, Vec<usize>)>;

#[cfg(feature = "asyncio-py")]
fn task_groups(view: &LoopView, slot_named: &dyn Fn(&str) -> Option<usize>) -> Groups {
    view.primitives
        .iter()
        .filter_map(|p| {
            let owner = slot_named(p.owner.as_deref()?)?;
            let tasks = p
                .waiting
                .iter()
                .filter(|(what, _)| *what == "tasks")
                .flat_map(|(_, tasks)| tasks.iter().filter_map(|t| slot_named(t)))
                .collect_vec();
            Some((owner, format!("{}: {}", p.name, p.state), tasks))
        })
        .collect_vec()
}

/// One drawing of the tree.
struct Draw<'a> {
    tree: &'a TaskTree,
    view: &'a LoopView,
    pending: &'a [Option<&'a TaskView>],
    /// By task: the done-callback queued to wake it, and why.
    woken: &'a [Option<&'a Done>],
    awaited_by: &'a [Option<Parent>],
    #[cfg(feature = "asyncio-py")]
    groups: &'a Groups,
    children: &'a Children,
    drawn: Vec<bool>,
    rows: Vec<Row>,
    limit: usize,
    /// Rows past the limit, counted.
    left: usize,
}

impl Draw<'_> {
    /// A row, its text worked out only if it is shown: past the limit, a
    /// thousand tasks are only counted.
    fn push(&mut self, depth: usize, kind: RowKind, text: impl FnOnce(&Self) -> String) {
        if self.rows.len() < self.limit {
            let text = text(self);
            self.rows.push(Row { depth, kind, text });
        } else {
            self.left += 1;
        }
    }

    /// The task's row, in words.
    fn task_text(&self, slot: usize, name: &str, call: &str, next: bool) -> String {
        let tree = self.tree;
        let pending = self.pending.get(slot).copied().flatten();
        let mut state = match pending {
            Some(t) => pending_state(t, next, self.woken.get(slot).copied().flatten()),
            None => match tree.ended.get(slot).and_then(Option::as_deref) {
                Some(how) => how.to_string(),
                None => "done".to_string(),
            },
        };
        if let Some(creator) = tree.creator(slot) {
            let creator_name = if tree.names.knows(creator) {
                tree.names.names[creator].as_str()
            } else {
                ""
            };
            let by = self.awaited_by.get(slot).copied().flatten();
            #[cfg(feature = "asyncio-py")]
            let by = match by {
                Some(Parent::Group(g)) => Some(Parent::Task(self.groups[g].0)),
                by => by,
            };
            match by {
                Some(Parent::Task(by) | Parent::Gather(by)) if by != creator => {
                    let _ = write!(state, "; created by {creator_name}");
                }
                None if pending.is_some() => {
                    let _ = write!(state, "; created by {creator_name}, not awaited");
                }
                _ => {}
            }
        }
        format!("{name} {call}: {state}")
    }

    fn task(&mut self, slot: usize, depth: usize) {
        if std::mem::replace(&mut self.drawn[slot], true) {
            return;
        }
        let pending = self.pending.get(slot).copied().flatten();
        let names = &self.tree.names;
        let (name, call) = match pending {
            _ if names.knows(slot) => (names.names[slot].clone(), names.calls[slot].clone()),
            // asyncio's own tasks, which the trace does not announce.
            Some(t) => (t.name.clone(), format!("{}()", t.coro)),
            None => return,
        };
        let next = pending.is_some() && self.view.running_task() == Some(name.as_str());
        self.push(depth, RowKind::Task { next }, |d| {
            d.task_text(slot, &name, &call, next)
        });
        if let Some(t) = pending {
            for (i, frame) in t.frames.iter().enumerate() {
                let inner = depth + 1 + usize::from(i > 0);
                if i > 0 {
                    self.push(depth + 1, RowKind::Frame, |_| {
                        let line = frame
                            .line
                            .map(|l| format!(", line {l}"))
                            .unwrap_or_default();
                        format!("in {}(){line}", frame.function)
                    });
                }
                for (var, value) in &frame.locals {
                    self.push(inner, RowKind::Variable, |_| format!("{var} = {value}"));
                }
            }
            if let Some(w @ Awaited::Gather(_)) = &t.waiting_on {
                self.push(depth + 1, RowKind::Gather, |_| w.to_string());
                for &child in &self.children.of_gather[slot] {
                    self.task(child, depth + 2);
                }
            }
        }
        #[cfg(feature = "asyncio-py")]
        let groups = self.groups;
        #[cfg(feature = "asyncio-py")]
        for (g, (owner, text, _)) in groups.iter().enumerate() {
            if *owner == slot {
                self.push(depth + 1, RowKind::Group, |_| text.clone());
                for &child in &self.children.of_group[g] {
                    self.task(child, depth + 2);
                }
            }
        }
        for &child in &self.children.of_task[slot] {
            self.task(child, depth + 1);
        }
    }
}

/// A pending task's state in words; `woken`: its wake-up is queued, for
/// the future it awaited.
fn pending_state(t: &TaskView, next: bool, woken: Option<&Done>) -> String {
    let line = t.line.map(|l| format!(", line {l}")).unwrap_or_default();
    if !t.started {
        return if next {
            "not started, its first step runs next".to_string()
        } else {
            "not started (scheduled)".to_string()
        };
    }
    if let (false, Some(done)) = (next, woken) {
        let how = done.how();
        let what = match &done.future {
            Awaited::Future { .. } => "the future it awaited".to_string(),
            future => future.to_string(),
        };
        return format!("woken ({what} {how}), its step is queued{line}");
    }
    match &t.waiting_on {
        _ if next => format!("runs next{line}"),
        None => format!("ready{line}"),
        Some(Awaited::Future { due: Some(when) }) => {
            format!("sleeping until {}{line}", seconds(*when))
        }
        Some(w) => format!(
            "waiting on {w}{}{line}",
            crate::engine::view::in_primitive(t)
        ),
    }
}

/// The rows as `interleave step --tree` prints them: two spaces a level.
pub fn to_text(rows: &[Row]) -> String {
    let mut out = String::new();
    for row in rows {
        let _ = writeln!(out, "{:width$}{}", "", row.text, width = 2 * row.depth);
    }
    out
}
