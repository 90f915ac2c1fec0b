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

use crate::engine::view::{seconds, Awaited, Done, Entry, LoopView, TaskView};
use crate::trace::{Event, EventKind};
use std::fmt::Write;

/// What the events say of each task, learnt as the run goes.
#[derive(Debug, Default, Clone)]
pub struct TaskTree {
    /// By the trace's task number; `None` for asyncio's own tasks, which
    /// the trace does not announce.
    known: Vec<Option<Known>>,
}

#[derive(Debug, Clone)]
struct Known {
    name: String,
    /// `fetch_data(2, 'x')`.
    call: String,
    creator: Option<usize>,
    /// How it ended, once it has: `returned 3`, `raised ValueError('x')`,
    /// `cancelled`.
    ended: Option<String>,
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
}

impl TaskTree {
    /// Learns the tasks `events` create and how they end.
    pub fn learn(&mut self, events: &[Event]) {
        for e in events {
            match &e.kind {
                EventKind::TaskCreated {
                    task,
                    name,
                    coro,
                    args,
                    parent,
                } => {
                    if self.known.len() <= *task {
                        self.known.resize(*task + 1, None);
                    }
                    self.known[*task] = Some(Known {
                        name: name.clone(),
                        call: format!("{coro}({})", args.join(", ")),
                        creator: *parent,
                        ended: None,
                    });
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
        if let Some(Some(known)) = self.known.get_mut(task) {
            known.ended = Some(how);
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
            .max(self.known.len());
        let mut pending: Vec<Option<&TaskView>> = vec![None; n];
        for t in &view.tasks {
            pending[t.slot] = Some(t);
        }
        let mut slot_of: Vec<(&str, usize)> = view
            .tasks
            .iter()
            .map(|t| (t.name.as_str(), t.slot))
            .collect();
        slot_of.sort_unstable();
        let tasks: Vec<usize> = (0..n)
            .filter(|&s| self.known(s).is_some() || pending[s].is_some())
            .collect();
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
                if let Some(child) = self.slot_named(child, &slot_of) {
                    awaited_by[child] = Some(by);
                }
            }
        }
        let mut children = Children {
            roots: Vec::new(),
            of_task: vec![Vec::new(); n],
            of_gather: vec![Vec::new(); n],
        };
        for &t in &tasks {
            let parent = awaited_by[t].unwrap_or_else(|| {
                match self.known(t).and_then(|k| k.creator).filter(|&c| c < n) {
                    Some(creator) => Parent::Task(creator),
                    None => Parent::Root,
                }
            });
            match parent {
                Parent::Root => children.roots.push(t),
                Parent::Task(p) => children.of_task[p].push(t),
                Parent::Gather(p) => children.of_gather[p].push(t),
            }
        }
        let mut draw = Draw {
            tree: self,
            view,
            pending: &pending,
            awaited_by: &awaited_by,
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

    fn known(&self, slot: usize) -> Option<&Known> {
        self.known.get(slot)?.as_ref()
    }

    /// A gather's child by its name: a pending task, or a finished one
    /// the trace named.
    fn slot_named(&self, child: &Awaited, pending: &[(&str, usize)]) -> Option<usize> {
        let Awaited::Task(name) = child else {
            return None;
        };
        let at = pending.partition_point(|(n, _)| *n < name.as_str());
        let found = pending.get(at).filter(|(n, _)| *n == name.as_str());
        found.map(|(_, slot)| *slot).or_else(|| {
            self.known
                .iter()
                .rposition(|k| k.as_ref().is_some_and(|k| &k.name == name))
        })
    }
}

/// Each task's children in the tree, by task number.
struct Children {
    roots: Vec<usize>,
    of_task: Vec<Vec<usize>>,
    /// Those of the gather the task awaits.
    of_gather: Vec<Vec<usize>>,
}

/// One drawing of the tree.
struct Draw<'a> {
    tree: &'a TaskTree,
    view: &'a LoopView,
    pending: &'a [Option<&'a TaskView>],
    awaited_by: &'a [Option<Parent>],
    children: &'a Children,
    drawn: Vec<bool>,
    rows: Vec<Row>,
    limit: usize,
    /// Rows past the limit, counted.
    left: usize,
}

impl Draw<'_> {
    fn push(&mut self, depth: usize, kind: RowKind, text: String) {
        if self.rows.len() < self.limit {
            self.rows.push(Row { depth, kind, text });
        } else {
            self.left += 1;
        }
    }

    fn task(&mut self, slot: usize, depth: usize) {
        if std::mem::replace(&mut self.drawn[slot], true) {
            return;
        }
        let known = self.tree.known(slot);
        let pending = self.pending.get(slot).copied().flatten();
        let (name, call) = match (known, pending) {
            (Some(k), _) => (k.name.clone(), k.call.clone()),
            (None, Some(t)) => (t.name.clone(), format!("{}()", t.coro)),
            (None, None) => return,
        };
        let next = pending.is_some() && self.view.running_task.as_deref() == Some(&name);
        let woken = self.view.ready.iter().find_map(|e| match e {
            Entry::Wake { task, done } if *task == name => Some(done),
            _ => None,
        });
        let mut state = match pending {
            Some(t) => pending_state(t, next, woken),
            None => match known.and_then(|k| k.ended.as_deref()) {
                Some(how) => how.to_string(),
                None => "done".to_string(),
            },
        };
        if let Some(creator) = known.and_then(|k| k.creator) {
            let creator_name = self.tree.known(creator).map_or("", |k| k.name.as_str());
            match self.awaited_by.get(slot).copied().flatten() {
                Some(Parent::Task(by) | Parent::Gather(by)) if by != creator => {
                    let _ = write!(state, "; created by {creator_name}");
                }
                None if pending.is_some() => {
                    let _ = write!(state, "; created by {creator_name}, not awaited");
                }
                _ => {}
            }
        }
        self.push(
            depth,
            RowKind::Task { next },
            format!("{name} {call}: {state}"),
        );
        if let Some(t) = pending {
            for (i, frame) in t.frames.iter().enumerate() {
                let inner = depth + 1 + usize::from(i > 0);
                if i > 0 {
                    let line = frame
                        .line
                        .map(|l| format!(", line {l}"))
                        .unwrap_or_default();
                    self.push(
                        depth + 1,
                        RowKind::Frame,
                        format!("in {}(){line}", frame.function),
                    );
                }
                for (var, value) in &frame.locals {
                    self.push(inner, RowKind::Variable, format!("{var} = {value}"));
                }
            }
            if let Some(w @ Awaited::Gather(_)) = &t.waiting_on {
                self.push(depth + 1, RowKind::Gather, w.to_string());
                for &child in &self.children.of_gather[slot] {
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
        let how = if done.cancelled {
            "was cancelled"
        } else {
            "finished"
        };
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
        Some(w) => format!("waiting on {w}{line}"),
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
