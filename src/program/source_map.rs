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

#[cfg(feature = "code")]
impl SourceMap {
    /// The column (from 1) a stop on `line` points at: where `token` stands
    /// on the line (an attribute's name after its `.`, or an operator) when
    /// the line's code holds it exactly once, else where the line's
    /// statement starts. The compiled code keeps lines, not columns, so a
    /// stop found while the program runs is placed by what it is about.
    pub fn column_in(&self, line: u32, token: Option<&str>) -> u32 {
        let start = self.starts.get(line.wrapping_sub(1) as usize);
        let text = start.map_or("", |&s| {
            self.text[s as usize..].lines().next().unwrap_or("")
        });
        let column = |i: usize| text[..i].chars().count() as u32 + 1;
        let (b, blank) = (text.as_bytes(), |c: &u8| *c == b' ' || *c == b'\t');
        let statement = column(b.iter().take_while(|c| blank(c)).count());
        let Some(token) = token.filter(|t| !t.is_empty()) else {
            return statement;
        };
        let t = token.as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        let operator = |c: u8| {
            matches!(
                c,
                b'*' | b'/'
                    | b'<'
                    | b'>'
                    | b'='
                    | b'!'
                    | b'%'
                    | b'&'
                    | b'|'
                    | b'^'
                    | b'+'
                    | b'-'
                    | b'@'
            )
        };
        let mut found = (0, statement);
        let mut quote = 0;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if quote != 0 {
                i += usize::from(c == b'\\');
                quote *= u8::from(c != quote);
            } else if c == b'#' {
                break;
            } else if c == b'\'' || c == b'"' {
                quote = c;
            } else if b[i..].starts_with(t) {
                let after = b.get(i + t.len()).copied().unwrap_or(b' ');
                let fits = match word(t[0]) {
                    true => b[..i].iter().rev().find(|c| !blank(c)) == Some(&b'.') && !word(after),
                    false => !operator(b[i.saturating_sub(1)]) && !operator(after),
                };
                if fits {
                    found = (found.0 + 1, column(i));
                }
            }
            i += 1;
        }
        match found.0 {
            1 => found.1,
            _ => statement,
        }
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

#[cfg(all(test, feature = "code"))]
mod tests {
    use super::SourceMap;

    /// A stop found while running points at what it is about when the line
    /// holds it once, else at the statement.
    #[test]
    fn a_stop_is_placed_at_its_attribute_or_operator_on_the_line() {
        let text = "x = 1\n    print(f.__doc__, 'f.__doc__')  # f.__doc__\n  y = a.b + c.b\n    return n * f(n - 1) ** 2\n";
        let map = SourceMap::new(text, Vec::new(), 0);
        // Once in the code (the string and the comment do not count).
        assert_eq!(map.column_in(2, Some("__doc__")), 13);
        // Twice: the statement.
        assert_eq!(map.column_in(3, Some("b")), 3);
        // An operator, not part of a longer one.
        assert_eq!(map.column_in(4, Some("*")), 14);
        assert_eq!(map.column_in(4, Some("**")), 25);
        // Nothing to look for, or a line that is not there.
        assert_eq!(map.column_in(2, None), 5);
        assert_eq!(map.column_in(9, Some("b")), 1);
    }
}
