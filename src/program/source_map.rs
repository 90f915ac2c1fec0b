//! Where a program's statements stand in the text the learner reads: the
//! line of every statement, and the text of those lines.
//!
//! CPython names a line wherever it reports a place: a warning says
//! `main.py:12: RuntimeWarning: coroutine 'f' was never awaited` and
//! quotes line 12 under it. The program tree carries no positions (like
//! `ast.dump`, two programs are the same program wherever their text put
//! them); this map carries them beside it. A program read from Python
//! source gets its map from the parser (`parse::program`), so lines are the
//! learner's own; a program from JSON or the forms gets the map of the
//! Python the page shows beside it (`python::source_map`).
//!
//! Statements are numbered in the order `Stmt::walk` meets them: each
//! statement, then the blocks inside it in source order. The parser and the
//! printer meet statements in that order too, as they go down the text.

use super::Stmt;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceMap {
    /// The file's name as CPython's reports print it: its path, for a file
    /// run from the command line; `main.py` otherwise.
    path: Rc<str>,
    text: Rc<str>,
    /// Byte offset where each line starts (line 1 first).
    starts: Vec<u32>,
    /// For each function, the line of each of its statements, numbered as
    /// `Stmt::walk` meets them.
    statements: Vec<Vec<u32>>,
    /// For each function, the line of each `await`, in source order, after
    /// the number of the statement it is in. A paused frame is on its
    /// `await`'s line, which is not its statement's first line when the
    /// statement spans several (`x = (\n    await f())`).
    awaits: Vec<Vec<(u32, u32)>>,
    /// The line of `asyncio.run(main())`, where what main returns is freed.
    run_line: u32,
    /// What CPython's compiler warns about before the program runs
    /// (`syntax_warnings`): each warning's line and message, in order.
    pub syntax_warnings: Vec<(u32, String)>,
}

impl SourceMap {
    /// `statements[f]` lists function `f`'s statement lines in walk order.
    pub fn new(text: &str, statements: Vec<Vec<u32>>, run_line: u32) -> SourceMap {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        SourceMap {
            path: "main.py".into(),
            text: text.into(),
            starts,
            statements,
            awaits: Vec::new(),
            run_line,
            syntax_warnings: Vec::new(),
        }
    }

    /// The same map, for the file at `path` (CPython prints a script's
    /// absolute path).
    pub fn with_path(mut self, path: &str) -> SourceMap {
        self.path = path.into();
        self
    }

    /// The same map, with `awaits[f]`, function `f`'s await lines (see
    /// `await_lines`). Without them each `await` is placed on the first
    /// line of its statement, which is where the printer of the forms'
    /// programs puts all of a statement.
    pub fn with_awaits(mut self, awaits: Vec<Vec<(u32, u32)>>) -> SourceMap {
        self.awaits = awaits;
        self
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// Function `function`'s statement lines, in walk order.
    pub fn statement_lines(&self, function: usize) -> &[u32] {
        self.statements.get(function).map_or(&[], |l| l.as_slice())
    }

    /// Function `function`'s `await`s: each one's statement (numbered in
    /// walk order) and line, in source order.
    pub fn await_lines(&self, function: usize) -> &[(u32, u32)] {
        self.awaits.get(function).map_or(&[], |l| l.as_slice())
    }

    pub fn run_line(&self) -> u32 {
        self.run_line
    }

    /// Line `line` (from 1) as a warning quotes it: without the
    /// indentation and the line break around it (`linecache` then
    /// `str.strip`).
    pub fn line_text(&self, line: u32) -> &str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1) as usize) else {
            return "";
        };
        let end = self
            .starts
            .get(line as usize)
            .map_or(self.text.len(), |&e| e as usize);
        self.text[start as usize..end]
            .trim_matches(|c: char| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c))
    }
}

impl Stmt {
    /// Calls `f` on every statement of `body`, each before the blocks
    /// inside it, in source order: the numbering `SourceMap` uses.
    pub fn walk<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
        for s in body {
            f(s);
            match s {
                Stmt::For { body, orelse, .. } | Stmt::While { body, orelse, .. } => {
                    Stmt::walk(body, f);
                    Stmt::walk(orelse, f);
                }
                #[cfg(feature = "code")]
                Stmt::AsyncFor { body, orelse, .. } => {
                    Stmt::walk(body, f);
                    Stmt::walk(orelse, f);
                }
                #[cfg(feature = "code")]
                Stmt::With { body, .. } => Stmt::walk(body, f),
                Stmt::If { body, orelse, .. } => {
                    Stmt::walk(body, f);
                    Stmt::walk(orelse, f);
                }
                Stmt::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    Stmt::walk(body, f);
                    for h in handlers {
                        Stmt::walk(&h.body, f);
                    }
                    Stmt::walk(orelse, f);
                    Stmt::walk(finalbody, f);
                }
                Stmt::Expr(_)
                | Stmt::Assign { .. }
                | Stmt::AugAssign { .. }
                | Stmt::Break
                | Stmt::Continue
                | Stmt::Return(_)
                | Stmt::Raise(_)
                | Stmt::Pass => {}
                #[cfg(feature = "code")]
                Stmt::RaiseFrom { .. }
                | Stmt::Global(_)
                | Stmt::Nonlocal(_)
                | Stmt::Delete(_)
                | Stmt::Collect { .. } => {}
            }
        }
    }
}

/// The line of an instruction CPython's line table gives none (reported
/// as line -1).
pub const NO_LINE: u32 = 0;
