//! How a report prints an exception group, as CPython 3.11's
//! `TracebackException.format` (and the interpreter's own printer, which
//! matches it) does: each group in a box drawn in the margin, its
//! sub-exceptions numbered inside, nested groups indented two more, at
//! most 15 shown per group and 10 groups deep. Frames are left out, as in
//! every report the engine prints.
//!
//! Reports without a group are `exception.rs`'s and `chaining.rs`'s.

use super::exception::Exc;
use super::format::UserFormat;
use crate::error::Raise;
use std::rc::Rc;

/// CPython's `max_group_width` and `max_group_depth`.
const MAX_WIDTH: usize = 15;
const MAX_DEPTH: usize = 10;

/// Whether `exc`'s report needs this module: it, or an exception chained
/// to it, is a group.
pub fn needed(exc: &Exc) -> bool {
    exc.group().is_some() || exc.chain().iter().any(|e| e.group().is_some())
}

/// `_ExceptionPrintContext`: how deep in groups the printing is, whether
/// the innermost box still needs its closing line, and what has been
/// printed (an exception is printed once).
struct Printer<'u> {
    depth: usize,
    need_close: bool,
    seen: Vec<Exc>,
    lines: Vec<String>,
    suggestion: bool,
    user: &'u mut dyn UserFormat,
}

impl Printer<'_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// A line inside the current box, with its margin (`|`, or `+` for
    /// the top group's first line).
    fn emit(&mut self, text: &str, margin: char) {
        let mut line = self.indent();
        if self.depth > 0 {
            line.push(margin);
            line.push(' ');
        }
        line.push_str(text);
        self.lines.push(line);
    }

    /// The exception's notes, each line in the box's margin as `emit`
    /// would put it (`Exception::note_lines`).
    fn notes(&mut self, e: &Exc) -> Result<(), Raise> {
        let mut margin = self.indent();
        if self.depth > 0 {
            margin.push_str("| ");
        }
        let notes = e.note_lines(&margin, self.user)?;
        self.lines.extend(notes);
        Ok(())
    }

    fn seen(&self, e: &Exc) -> bool {
        self.seen.iter().any(|s| Rc::ptr_eq(s, e))
    }

    /// `TracebackException.format`: `exc` after the exceptions chained
    /// to it, oldest first.
    fn format(&mut self, exc: &Exc) -> Result<(), Raise> {
        // Each with the line that joins it to the one printed before it.
        let mut chain: Vec<(Option<&str>, Exc)> = Vec::new();
        self.seen.push(exc.clone());
        let mut at = exc.clone();
        loop {
            let next = at.chained().filter(|(c, _)| !self.seen(c));
            match next {
                Some((c, connector)) => {
                    self.seen.push(c.clone());
                    chain.push((Some(connector), std::mem::replace(&mut at, c)));
                }
                None => {
                    chain.push((None, at));
                    break;
                }
            }
        }
        for (connector, e) in chain.into_iter().rev() {
            if let Some(connector) = connector {
                self.emit("", '|');
                self.emit(connector, '|');
                self.emit("", '|');
            }
            let last_line = e.last_line(self.suggestion, self.user)?;
            match e.group() {
                None => {
                    if e.was_raised() {
                        self.emit("Traceback (most recent call last):", '|');
                    }
                    self.emit(&last_line, '|');
                    self.notes(&e)?;
                }
                Some(_) if self.depth > MAX_DEPTH => {
                    self.emit(&format!("... (max_group_depth is {MAX_DEPTH})"), '|');
                }
                Some(group) => {
                    let exceptions = group.exceptions.clone();
                    let top = self.depth == 0;
                    if top {
                        self.depth += 1;
                    }
                    if e.was_raised() {
                        let margin = if top { '+' } else { '|' };
                        self.emit("Exception Group Traceback (most recent call last):", margin);
                    }
                    self.emit(&last_line, '|');
                    self.notes(&e)?;
                    let n = exceptions.len().min(MAX_WIDTH + 1);
                    self.need_close = false;
                    for i in 0..n {
                        let last = i == n - 1;
                        if last {
                            // A nested group's box may close this one too.
                            self.need_close = true;
                        }
                        let truncated = i >= MAX_WIDTH;
                        let title = if truncated {
                            "...".to_string()
                        } else {
                            (i + 1).to_string()
                        };
                        let corner = if i == 0 { "+-" } else { "  " };
                        let rule = format!(
                            "{}{corner}+---------------- {title} ----------------",
                            self.indent()
                        );
                        self.lines.push(rule);
                        self.depth += 1;
                        if truncated {
                            let remaining = exceptions.len() - MAX_WIDTH;
                            let plural = if remaining > 1 { "s" } else { "" };
                            self.emit(&format!("and {remaining} more exception{plural}"), '|');
                        } else {
                            self.format(&exceptions[i])?;
                        }
                        if last && self.need_close {
                            let close =
                                format!("{}+------------------------------------", self.indent());
                            self.lines.push(close);
                            self.need_close = false;
                        }
                        self.depth -= 1;
                    }
                    if top {
                        self.depth = 0;
                    }
                }
            }
        }
        Ok(())
    }
}

/// The report's lines for `exc`, a group or chained to one.
pub fn lines(exc: &Exc, suggestion: bool, user: &mut dyn UserFormat) -> Result<Vec<String>, Raise> {
    let mut printer = Printer {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
        lines: Vec::new(),
        suggestion,
        user,
    };
    printer.format(exc)?;
    Ok(printer.lines)
}
