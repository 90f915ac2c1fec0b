//! `match` statements: `match` is a soft keyword, so a line that does not
//! read as a match statement is an expression statement; a case's
//! patterns, with the compiler's checks of what they bind (a capture or
//! `_` that makes later cases unreachable, names bound twice or by one
//! alternative only, two starred names, a mapping's repeated key).

use super::{indentation, Checker, Pos, Tok, LOCAL, R};

/// What a pattern of a `case` is, for the compiler's checks.
#[derive(Default)]
pub(super) struct Pattern {
    /// It matches anything (a capture or `_`): where, and what CPython
    /// says when a case after it can never be reached.
    pub(super) irrefutable: Option<(Pos, String)>,
    /// The names it binds, with where.
    pub(super) names: Vec<(String, Pos)>,
    /// A `*name` in a sequence.
    pub(super) starred: bool,
}

impl Checker<'_> {
    /// A `match` statement, if the line is one (`match` is a soft keyword:
    /// `match = 1` and `match(x)` are not); `false` leaves the tokens for
    /// an expression statement.
    pub(super) fn match_statement(&mut self) -> R<bool> {
        let line = self.here().0;
        let head = self.attempt(|c| {
            c.bump();
            c.star_expressions().is_ok()
                && c.is_op(":")
                && matches!(c.tok_at(1), Some(Tok::Newline))
        });
        if !head {
            return Ok(false);
        }
        self.bump();
        self.star_expressions()?;
        self.colon_at_newline()?;
        self.bump();
        if !matches!(self.tok(), Some(Tok::Indent)) {
            let (l, c) = self.here();
            return Err(indentation(
                l,
                c,
                format!("expected an indented block after 'match' statement on line {line}"),
            ));
        }
        self.bump();
        loop {
            if !self.is_kw("case") {
                return Err(self.invalid());
            }
            let line = self.here().0;
            self.bump();
            let pattern = self.case_pattern()?;
            let guarded = self.eat_kw("if");
            if guarded {
                self.named_expression()?;
            }
            self.colon_at_newline()?;
            self.suite("'case' statement", line)?;
            let last = matches!(self.tok(), Some(Tok::Dedent) | None);
            // An irrefutable case hides the ones after it, unless guarded
            // (`compiler_match_inner`'s `allow_irrefutable`).
            if let (Some((at, message)), false, false) = (pattern.irrefutable, guarded, last) {
                self.compile_error(at, message);
            }
            if last {
                self.bump();
                return Ok(true);
            }
        }
    }

    /// A case's pattern: an open sequence (`case a, b:`) or one; with the
    /// compiler's checks of the names it binds.
    fn case_pattern(&mut self) -> R<Pattern> {
        let at = self.here();
        let mut items = vec![self.as_pattern()?];
        while self.eat_op(",") {
            if self.is_op(":") || self.is_kw("if") {
                break;
            }
            items.push(self.as_pattern()?);
        }
        let pattern = if items.len() == 1
            && !matches!(
                self.toks.get(self.pos - 1).map(|t| &t.tok),
                Some(Tok::Op(","))
            ) {
            items.pop().expect("one pattern")
        } else {
            self.sequence_pattern(at, items)
        };
        for (i, (name, at)) in pattern.names.iter().enumerate() {
            if pattern.names[..i].iter().any(|(n, _)| n == name) {
                self.compile_error(
                    *at,
                    format!("multiple assignments to name '{name}' in pattern"),
                );
            }
            self.mark(name, LOCAL);
        }
        Ok(pattern)
    }

    /// `p | q | r`, then `as name`.
    fn as_pattern(&mut self) -> R<Pattern> {
        let mut alternatives = vec![(self.here(), self.closed_pattern()?)];
        while self.eat_op("|") {
            alternatives.push((self.here(), self.closed_pattern()?));
        }
        if alternatives.len() > 1 {
            let sorted = |p: &Pattern| {
                let mut names: Vec<String> = p.names.iter().map(|(n, _)| n.clone()).collect();
                crate::sort::sort(&mut names);
                names
            };
            let first = sorted(&alternatives[0].1);
            let count = alternatives.len();
            for (i, (at, alternative)) in alternatives.iter().enumerate() {
                if let (Some((at, message)), true) = (&alternative.irrefutable, i + 1 < count) {
                    self.compile_error(*at, message.clone());
                }
                if sorted(alternative) != first {
                    self.compile_error(*at, "alternative patterns bind different names");
                }
            }
        }
        let (_, mut pattern) = alternatives.pop().expect("one alternative");
        if self.eat_kw("as") {
            let at = self.here();
            let name = self.name()?;
            self.capture(&mut pattern, name, at);
        }
        Ok(pattern)
    }

    /// A name a pattern binds.
    fn capture(&mut self, pattern: &mut Pattern, name: String, at: Pos) {
        if name == "__debug__" {
            self.compile_error(at, "cannot assign to __debug__");
        }
        pattern.names.push((name, at));
    }

    fn sequence_pattern(&mut self, at: Pos, items: Vec<Pattern>) -> Pattern {
        let mut pattern = Pattern::default();
        let mut starred = 0;
        for item in items {
            starred += usize::from(item.starred);
            pattern.names.extend(item.names);
        }
        if starred > 1 {
            self.compile_error(at, "multiple starred names in sequence pattern");
        }
        pattern
    }

    fn closed_pattern(&mut self) -> R<Pattern> {
        let at = self.here();
        let mut pattern = Pattern::default();
        match self.tok() {
            Some(Tok::Op("*")) => {
                self.bump();
                let at = self.here();
                let name = self.name()?;
                if name != "_" {
                    self.capture(&mut pattern, name, at);
                }
                pattern.starred = true;
            }
            Some(Tok::Op("-")) | Some(Tok::Int(_) | Tok::IntMinMagnitude | Tok::Float(_)) => {
                self.eat_op("-");
                if !matches!(
                    self.tok(),
                    Some(Tok::Int(_) | Tok::IntMinMagnitude | Tok::Float(_))
                ) {
                    return Err(self.invalid());
                }
                self.bump();
                if self.is_op("+") || self.is_op("-") {
                    self.bump();
                    if !matches!(self.tok(), Some(Tok::Int(_) | Tok::Float(_))) {
                        return Err(self.invalid());
                    }
                    self.bump();
                }
            }
            Some(Tok::Str { .. }) => {
                while matches!(self.tok(), Some(Tok::Str { .. })) {
                    self.string()?;
                }
            }
            Some(Tok::Name(w)) if matches!(w.as_str(), "None" | "True" | "False") => self.bump(),
            Some(Tok::Name(_)) if self.is_name() => {
                let name = self.name()?;
                let dotted = self.is_op(".");
                while self.eat_op(".") {
                    self.name()?;
                }
                if self.eat_op("(") {
                    let mut keywords: Vec<String> = Vec::new();
                    while !self.is_op(")") {
                        if self.is_name() && matches!(self.tok_at(1), Some(Tok::Op("="))) {
                            let at = self.here();
                            let keyword = self.name()?;
                            if keywords.contains(&keyword) {
                                self.compile_error(
                                    at,
                                    format!("attribute name repeated in class pattern: {keyword}"),
                                );
                            }
                            keywords.push(keyword);
                            self.bump();
                        }
                        pattern.names.extend(self.as_pattern()?.names);
                        if !self.eat_op(",") {
                            break;
                        }
                    }
                    self.expect_op(")")?;
                } else if name == "_" {
                    pattern.irrefutable =
                        Some((at, "wildcard makes remaining patterns unreachable".into()));
                } else if !dotted {
                    let message =
                        format!("name capture '{name}' makes remaining patterns unreachable");
                    pattern.irrefutable = Some((at, message));
                    self.capture(&mut pattern, name, at);
                }
            }
            Some(Tok::Op(open @ ("(" | "["))) => {
                let close = if *open == "(" { ")" } else { "]" };
                self.bump();
                let mut items = Vec::new();
                let mut comma = *open == "[";
                while !self.is_op(close) {
                    items.push(self.as_pattern()?);
                    if !self.eat_op(",") {
                        break;
                    }
                    comma = true;
                }
                self.expect_op(close)?;
                // `(p)` is `p`; `(p,)`, `()` and `[...]` are sequences.
                pattern = match (comma, items.len()) {
                    (false, 1) => items.pop().expect("one pattern"),
                    _ => self.sequence_pattern(at, items),
                };
            }
            Some(Tok::Op("{")) => {
                self.bump();
                let mut keys: Vec<String> = Vec::new();
                while !self.is_op("}") {
                    if self.eat_op("**") {
                        let at = self.here();
                        let name = self.name()?;
                        self.capture(&mut pattern, name, at);
                    } else {
                        let key = match self.tok() {
                            Some(Tok::Str { text, f: false }) => Some(format!("'{text}'")),
                            Some(Tok::Int(n)) => Some(n.to_string()),
                            _ => None,
                        };
                        self.closed_pattern()?;
                        if let Some(key) = key {
                            if keys.contains(&key) {
                                self.compile_error(
                                    at,
                                    format!("mapping pattern checks duplicate key ({key})"),
                                );
                            }
                            keys.push(key);
                        }
                        self.expect_op(":")?;
                        pattern.names.extend(self.as_pattern()?.names);
                    }
                    if !self.eat_op(",") {
                        break;
                    }
                }
                self.expect_op("}")?;
            }
            _ => return Err(self.invalid()),
        }
        Ok(pattern)
    }
}
