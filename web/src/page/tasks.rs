//! Who is who in a run: the tasks the trace has announced so far, with the
//! label the console, results and timeline show for each.

use interleave::trace::{Event, EventKind};

#[derive(Default)]
pub struct Tasks {
    /// Indexed by the trace's task number (0 is `main`).
    pub labels: Vec<String>,
    /// `Task-N`, as CPython names the task.
    pub names: Vec<String>,
}

impl Tasks {
    /// Learns the tasks `events` create.
    pub fn learn(&mut self, events: &[Event]) {
        for e in events {
            if let EventKind::TaskCreated {
                task,
                name,
                coro,
                args,
                ..
            } = &e.kind
            {
                if self.labels.len() <= *task {
                    self.labels.resize(*task + 1, String::new());
                    self.names.resize(*task + 1, String::new());
                }
                self.labels[*task] = format!("{coro}({})", args.join(", "));
                self.names[*task] = name.clone();
            }
        }
    }

    /// `square(20)`: the coroutine call the task runs.
    pub fn label(&self, task: usize) -> String {
        self.labels
            .get(task)
            .cloned()
            .unwrap_or_else(|| format!("task {task}"))
    }
}
