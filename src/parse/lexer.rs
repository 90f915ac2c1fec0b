//! Python's tokens: names, numbers, strings (escapes, `f`/`r` prefixes,
//! triple quotes) and operators, each with its line and column; for whole
//! programs also Python's NEWLINE, INDENT and DEDENT, with comments, blank
//! lines, bracketed and backslash continuation lines handled as Python does.

use super::SyntaxError;

// Without Code mode there are no whole programs, so no line structure.
#[cfg_attr(not(feature = "code"), allow(dead_code))]
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(String),
    Int(i64),
    Float(f64),
    /// A string literal, escapes resolved; `f` is set for f-strings, whose
    /// text still holds the `{field}`s for the expression parser.
    Str {
        text: String,
        f: bool,
    },
    /// An operator or delimiter, e.g. `+`, `//`, `(`, `=`, `.`, `:`.
    Op(&'static str),
    /// The end of a logical line (whole programs only).
    Newline,
    /// The next line is indented deeper than the last (whole programs only).
    Indent,
    /// The next line returns to an outer indentation (whole programs only).
    Dedent,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    /// 1-based line.
    pub line: usize,
    /// 0-based character offset in its line.
    pub col: usize,
}

/// Longest first, so that `//=` is not read as `//` then `=`.
const OPS: [&str; 44] = [
    "**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=",
    "/=", "%=", ":=", "<<", ">>", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "(", ")", "[",
    "]", "{", "}", ",", "<", ">", "=", ".", ":", ";", "@", "~",
];
/// Single characters Python knows that no rule above covers.
const MORE_OPS: [&str; 4] = ["&", "|", "^", "!"];

struct Scanner {
    chars: Vec<char>,
    i: usize,
    line: usize,
    /// Index of the first character of the current line.
    line_start: usize,
    /// Open brackets, innermost last, with where they opened: inside them
    /// newlines and indentation mean nothing.
    open: Vec<(char, usize, usize)>,
    out: Vec<Token>,
    /// Where the string being read began, for its errors.
    string_line: usize,
    string_col: usize,
}

impl Scanner {
    fn col(&self, at: usize) -> usize {
        at - self.line_start
    }

    fn error(&self, at: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError::at(self.line, self.col(at), message)
    }

    fn push(&mut self, tok: Tok, at: usize) {
        let col = self.col(at);
        self.out.push(Token {
            tok,
            line: self.line,
            col,
        });
    }

    fn newline(&mut self) {
        self.i += 1;
        self.line += 1;
        self.line_start = self.i;
    }

    /// One token (or nothing, for spaces and comments) starting at `self.i`;
    /// `Ok(false)` at a newline, which the caller handles.
    fn token(&mut self) -> Result<bool, SyntaxError> {
        let c = self.chars[self.i];
        let start = self.i;
        match c {
            '\n' => return Ok(false),
            ' ' | '\t' | '\r' | '\x0c' => self.i += 1,
            '#' => {
                while self.i < self.chars.len() && self.chars[self.i] != '\n' {
                    self.i += 1;
                }
            }
            '\\' if self.chars.get(self.i + 1) == Some(&'\n') => {
                self.i += 1;
                self.newline();
            }
            c if c.is_alphabetic() || c == '_' => {
                while self
                    .chars
                    .get(self.i)
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_')
                {
                    self.i += 1;
                }
                let word: String = self.chars[start..self.i].iter().collect();
                let quote = self.chars.get(self.i).filter(|q| **q == '\'' || **q == '"');
                let prefix = word.to_ascii_lowercase();
                if quote.is_some()
                    && matches!(
                        prefix.as_str(),
                        "f" | "r" | "u" | "fr" | "rf" | "b" | "br" | "rb"
                    )
                {
                    if prefix.contains('b') {
                        return Err(self.error(start, "bytes literals (b'...') are not supported"));
                    }
                    let (line, col) = (self.line, self.col(start));
                    let text = self.string(prefix.contains('r'))?;
                    self.out.push(Token {
                        tok: Tok::Str {
                            text,
                            f: prefix.contains('f'),
                        },
                        line,
                        col,
                    });
                } else {
                    if !word.is_ascii() {
                        return Err(
                            self.error(start, format!("`{word}`: use ASCII letters in names"))
                        );
                    }
                    self.push(Tok::Name(word), start);
                }
            }
            c if c.is_ascii_digit()
                || (c == '.' && self.chars.get(self.i + 1).is_some_and(char::is_ascii_digit)) =>
            {
                let tok = self.number()?;
                self.push(tok, start);
            }
            '\'' | '"' => {
                let (line, col) = (self.line, self.col(start));
                let text = self.string(false)?;
                self.out.push(Token {
                    tok: Tok::Str { text, f: false },
                    line,
                    col,
                });
            }
            _ => {
                let rest: String = self.chars[self.i..self.chars.len().min(self.i + 3)]
                    .iter()
                    .collect();
                let Some(op) = OPS
                    .iter()
                    .chain(MORE_OPS.iter())
                    .find(|op| rest.starts_with(**op))
                else {
                    return Err(self.error(start, format!("unexpected character `{c}`")));
                };
                match *op {
                    "(" | "[" | "{" => self.open.push((c, self.line, self.col(start))),
                    ")" | "]" | "}" => {
                        let opener = match c {
                            ')' => '(',
                            ']' => '[',
                            _ => '{',
                        };
                        match self.open.pop() {
                            Some((o, _, _)) if o == opener => {}
                            Some((o, line, _)) => {
                                return Err(self.error(
                                    start,
                                    format!(
                                        "closing `{c}` does not match opening `{o}` on line {line}"
                                    ),
                                ))
                            }
                            None => return Err(self.error(start, format!("unmatched `{c}`"))),
                        }
                    }
                    _ => {}
                }
                self.i += op.chars().count();
                self.push(Tok::Op(op), start);
            }
        }
        Ok(true)
    }

    fn number(&mut self) -> Result<Tok, SyntaxError> {
        let start = self.i;
        let mut is_float = false;
        while let Some(&c) = self.chars.get(self.i) {
            let sign =
                (c == '+' || c == '-') && is_float && matches!(self.chars[self.i - 1], 'e' | 'E');
            if c.is_ascii_digit() || c == '_' || sign {
                self.i += 1;
            } else if c == '.' || c == 'e' || c == 'E' {
                is_float = true;
                self.i += 1;
            } else {
                break;
            }
        }
        if self.chars.get(self.i).is_some_and(|c| c.is_alphabetic()) {
            return Err(self.error(start, "invalid number: a name cannot start with a digit"));
        }
        let text: String = self.chars[start..self.i]
            .iter()
            .filter(|c| **c != '_')
            .collect();
        if is_float {
            return crate::value::decimal::parse_float(&text)
                .filter(|f| f.is_finite())
                .ok_or(())
                .map(Tok::Float)
                .map_err(|_| self.error(start, format!("invalid number `{text}`")));
        }
        if text.len() > 1 && text.starts_with('0') && text.chars().any(|c| c != '0') {
            return Err(self.error(
                start,
                "leading zeros in a number are not allowed in Python; write it without them",
            ));
        }
        text.parse().map(Tok::Int).map_err(|_| {
            self.error(
                start,
                format!("`{text}` is too large: Interleave's integers are 64-bit"),
            )
        })
    }

    /// A quoted string at `self.i` (single or triple quotes); leaves
    /// `self.i` after it and records where it began.
    fn string(&mut self, raw: bool) -> Result<String, SyntaxError> {
        let start = self.i;
        self.string_line = self.line;
        self.string_col = self.col(start);
        let quote = self.chars[start];
        let triple =
            self.chars.get(start + 1) == Some(&quote) && self.chars.get(start + 2) == Some(&quote);
        self.i += if triple { 3 } else { 1 };
        let mut text = String::new();
        loop {
            let Some(&c) = self.chars.get(self.i) else {
                let what = if triple {
                    "triple-quoted string"
                } else {
                    "string"
                };
                return Err(SyntaxError::at(
                    self.string_line,
                    self.string_col,
                    format!("unterminated {what}: add the closing {quote}"),
                ));
            };
            if c == quote {
                if !triple {
                    self.i += 1;
                    return Ok(text);
                }
                if self.chars.get(self.i + 1) == Some(&quote)
                    && self.chars.get(self.i + 2) == Some(&quote)
                {
                    self.i += 3;
                    return Ok(text);
                }
            }
            if c == '\n' {
                if !triple {
                    return Err(SyntaxError::at(
                        self.string_line,
                        self.string_col,
                        format!("unterminated string: add the closing {quote} on the same line"),
                    ));
                }
                text.push('\n');
                self.newline();
                continue;
            }
            if c == '\\' && !raw {
                let Some(&next) = self.chars.get(self.i + 1) else {
                    self.i += 1;
                    continue;
                };
                self.i += 2;
                match next {
                    'n' => text.push('\n'),
                    't' => text.push('\t'),
                    'r' => text.push('\r'),
                    '0' => text.push('\0'),
                    '\\' | '\'' | '"' => text.push(next),
                    '\n' => {
                        // A backslash at the end of a line joins the next.
                        self.line += 1;
                        self.line_start = self.i;
                    }
                    'x' | 'u' | 'U' => {
                        let len = match next {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String = self.chars[self.i..self.chars.len().min(self.i + len)]
                            .iter()
                            .collect();
                        let decoded = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                        match decoded {
                            Some(ch) if hex.len() == len => text.push(ch),
                            _ => {
                                return Err(self.error(
                                    self.i - 2,
                                    format!(
                                        "bad escape `\\{next}{hex}`: expected {len} hex digits"
                                    ),
                                ))
                            }
                        }
                        self.i += len;
                    }
                    // Python keeps unknown escapes as written.
                    other => {
                        text.push('\\');
                        text.push(other);
                    }
                }
                continue;
            }
            text.push(c);
            self.i += 1;
        }
    }
}

impl Scanner {
    fn new(text: &str) -> Scanner {
        Scanner {
            chars: text.chars().collect(),
            i: 0,
            line: 1,
            line_start: 0,
            open: Vec::new(),
            out: Vec::new(),
            string_line: 1,
            string_col: 0,
        }
    }
}

/// Tokens of one line of text, such as a form field. A newline is only
/// space here.
pub fn tokens(text: &str) -> Result<Vec<Token>, SyntaxError> {
    let mut s = Scanner::new(text);
    while s.i < s.chars.len() {
        if !s.token()? {
            s.i += 1;
        }
    }
    Ok(s.out)
}

/// Tokens of a whole program, with NEWLINE, INDENT and DEDENT.
#[cfg(feature = "code")]
pub fn source(text: &str) -> Result<Vec<Token>, SyntaxError> {
    let mut s = Scanner::new(text);
    let mut indents: Vec<usize> = vec![0];
    'lines: while s.i < s.chars.len() {
        // At the start of a line: measure its indentation (tabs to the next
        // multiple of 8, as Python does); blank and comment lines don't count.
        let mut width = 0;
        while let Some(&c) = s.chars.get(s.i) {
            match c {
                ' ' => width += 1,
                '\t' => width = (width / 8 + 1) * 8,
                '\x0c' | '\r' => {}
                _ => break,
            }
            s.i += 1;
        }
        match s.chars.get(s.i) {
            None => break,
            Some('\n') => {
                s.newline();
                continue;
            }
            Some('#') => {
                while s.i < s.chars.len() && s.chars[s.i] != '\n' {
                    s.i += 1;
                }
                continue;
            }
            _ => {}
        }
        let top = *indents.last().expect("the base level is never popped");
        if width > top {
            indents.push(width);
            s.push(Tok::Indent, s.i);
        } else if width < top {
            while width < *indents.last().expect("base level") {
                indents.pop();
                s.push(Tok::Dedent, s.i);
            }
            if width != *indents.last().expect("base level") {
                return Err(s.error(
                    s.i,
                    "IndentationError: unindent does not match any outer indentation level",
                ));
            }
        }
        // The logical line: tokens until a newline outside brackets.
        loop {
            if s.i >= s.chars.len() {
                break 'lines;
            }
            if s.token()? {
                continue;
            }
            // At a newline.
            if s.open.is_empty() {
                s.push(Tok::Newline, s.i);
                s.newline();
                continue 'lines;
            }
            s.newline();
        }
    }
    if let Some((c, line, col)) = s.open.last() {
        return Err(SyntaxError::at(
            *line,
            *col,
            format!("`{c}` was never closed"),
        ));
    }
    if s.out.last().is_some_and(|t| t.tok != Tok::Newline) {
        s.push(Tok::Newline, s.i);
    }
    while indents.len() > 1 {
        indents.pop();
        s.push(Tok::Dedent, s.i);
    }
    Ok(s.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(toks: &[Token]) -> Vec<Tok> {
        toks.iter().map(|t| t.tok.clone()).collect()
    }

    #[test]
    fn reads_numbers_strings_and_operators() {
        let toks = kinds(&tokens("x*2 // 1.5e3 + 'a\\'b' f\"{x}\"").unwrap());
        assert_eq!(
            toks,
            vec![
                Tok::Name("x".into()),
                Tok::Op("*"),
                Tok::Int(2),
                Tok::Op("//"),
                Tok::Float(1500.0),
                Tok::Op("+"),
                Tok::Str {
                    text: "a'b".into(),
                    f: false
                },
                Tok::Str {
                    text: "{x}".into(),
                    f: true
                },
            ]
        );
    }

    #[test]
    fn names_the_column_of_a_mistake() {
        assert_eq!(tokens("1 + 'abc").unwrap_err().col, 4);
        assert_eq!(tokens("a $ b").unwrap_err().col, 2);
        assert!(tokens("99999999999999999999")
            .unwrap_err()
            .message
            .contains("64-bit"));
    }

    #[cfg(feature = "code")]
    #[test]
    fn programs_have_lines_and_indentation() {
        let src = "async def f():\n    x = (1,\n  2)  # note\n\n    return x\nprint('''a\nb''')\n";
        let toks = kinds(&source(src).unwrap());
        let n = toks.iter().filter(|t| **t == Tok::Newline).count();
        assert_eq!(n, 4, "{toks:?}");
        assert_eq!(toks.iter().filter(|t| **t == Tok::Indent).count(), 1);
        assert_eq!(toks.iter().filter(|t| **t == Tok::Dedent).count(), 1);
        assert!(toks.contains(&Tok::Str {
            text: "a\nb".into(),
            f: false
        }));
    }

    #[cfg(feature = "code")]
    #[test]
    fn bad_layout_is_python_s_kind_of_error() {
        let e = source("def f():\n        a\n    b\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("unindent does not match"), "{e}");
        let e = source("x = (1,\n2\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 4));
        assert!(e.message.contains("was never closed"), "{e}");
        let e = source("x = 1)\n").unwrap_err();
        assert!(e.message.contains("unmatched `)`"), "{e}");
        let e = source("s = '''abc\n").unwrap_err();
        assert!(e.message.contains("unterminated triple-quoted"), "{e}");
    }
}
