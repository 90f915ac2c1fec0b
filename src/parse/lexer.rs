//! Python's tokens, read as CPython 3.11's tokenizer reads them: names,
//! numbers (decimal, `0x`/`0o`/`0b`, floats, `_` between digits, with
//! CPython's errors for `1__0`, `0123`, `0x`...), strings (every escape
//! CPython resolves, `f`/`r`/`u` prefixes, triple quotes; an f-string's
//! literal parts resolved and its `{fields}` kept as written) and operators,
//! each with its line and column; for whole programs also Python's NEWLINE,
//! INDENT and DEDENT, with comments, blank lines, bracketed and backslash
//! continuation lines, CR LF and CR line ends, a leading byte order mark and
//! TabError handled as Python does. The page's first download, short of
//! room, reads the same literals but leaves f-strings holding a `\` or `#`
//! and numbers in other bases to Code mode, and names mistakes more briefly
//! (`spelled`).

#[cfg(feature = "code")]
use super::Raised;
use super::SyntaxError;
#[cfg(not(feature = "code"))]
use crate::collect::CollectVec;

// Without Code mode there are no whole programs, so no line structure.
#[cfg_attr(not(feature = "code"), allow(dead_code))]
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(String),
    Int(i64),
    /// `9223372036854775808`, one past the largest 64-bit integer: only
    /// as the operand of a minus sign (`-9223372036854775808`, the
    /// smallest) does it fit; the parser refuses it anywhere else.
    IntMinMagnitude,
    Float(f64),
    /// A string literal, escapes resolved; `f` is set for f-strings, whose
    /// text still holds the `{field}`s, as written, for the expression
    /// parser, and `{{`/`}}` for braces in its literal parts.
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
    /// The first construct met that Interleave does not model (a bytes
    /// literal, `1j`): the scan goes on past it, with a stand-in token, so
    /// that Python's own errors later in the file are still found first.
    refused: std::cell::Cell<Option<SyntaxError>>,
}

impl Scanner {
    fn col(&self, at: usize) -> usize {
        at - self.line_start
    }

    /// Python's own error (CPython's tokenizer's), at `at`.
    fn error(&self, at: usize, message: impl Into<String>) -> SyntaxError {
        pythons(SyntaxError::at(self.line, self.col(at), message))
    }

    /// What Interleave does not model, at `at`: kept as the run's refusal
    /// unless an earlier one was, while the scan goes on.
    fn refuse(&self, at: usize, message: impl Into<String>) {
        self.defer(SyntaxError::at(self.line, self.col(at), message));
    }

    fn defer(&self, e: SyntaxError) {
        let first = self.refused.take();
        self.refused.set(first.or(Some(e)));
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
            ' ' | '\t' | '\x0c' => self.i += 1,
            '#' => {
                while self.i < self.chars.len() && self.chars[self.i] != '\n' {
                    self.i += 1;
                }
            }
            '\\' if self.chars.get(self.i + 1) == Some(&'\n') => {
                // CPython's tokenizer finds the end of the file where the
                // joined line should go on.
                #[cfg(feature = "code")]
                if self.i + 2 >= self.chars.len() {
                    return Err(self.error(self.i + 1, "unexpected EOF while parsing"));
                }
                self.i += 1;
                self.newline();
            }
            c if is_name_char(c, true) => {
                while self
                    .chars
                    .get(self.i)
                    .is_some_and(|&c| is_name_char(c, false))
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
                        self.refuse(start, "bytes literals (b'...') are not supported");
                    }
                    let (line, col) = (self.line, self.col(start));
                    let f = prefix.contains('f');
                    let text = self.string(prefix.contains('r'), f)?;
                    if prefix.contains('b') && !self.chars[start..self.i].iter().all(char::is_ascii)
                    {
                        return Err(
                            self.error(start, "bytes can only contain ASCII literal characters")
                        );
                    }
                    self.out.push(Token {
                        tok: Tok::Str { text, f },
                        line,
                        col,
                    });
                } else {
                    if !word.is_ascii() {
                        self.refuse(start, format!("`{word}`: use ASCII letters in names"));
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
                let text = self.string(false, false)?;
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
                    #[cfg(not(feature = "code"))]
                    if !c.is_ascii() {
                        return Err(self.error(
                            start,
                            "characters beyond ASCII outside strings and comments (a name \
                             like `café`) come with Code mode; press “Edit as code” to load it",
                        ));
                    }
                    // The page's first download, which reads form fields,
                    // has no room for CPython's words for each.
                    #[cfg(not(feature = "code"))]
                    return Err(self.error(start, format!("unexpected character `{c}`")));
                    #[cfg(feature = "code")]
                    return self.unknown_character(c, start);
                };
                match *op {
                    // CPython's tokenizer holds 200 open brackets (`MAXLEVEL`).
                    #[cfg(feature = "code")]
                    "(" | "[" | "{" if self.open.len() >= 200 => {
                        return Err(self.error(start, "too many nested parentheses"));
                    }
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
                                let mut message = format!(
                                    "closing parenthesis '{c}' does not match opening \
                                     parenthesis '{o}'"
                                );
                                if line != self.line {
                                    message.push_str(&format!(" on line {line}"));
                                }
                                return Err(self.error(start, message));
                            }
                            None => return Err(self.error(start, format!("unmatched '{c}'"))),
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

    /// The next character, moving past it; `None` at the end of the text.
    fn next_char(&mut self) -> Option<char> {
        let c = self.chars.get(self.i).copied();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    /// Undoes `next_char` (which returned `c`).
    fn back(&mut self, c: Option<char>) {
        if c.is_some() {
            self.i -= 1;
        }
    }

    /// An error at the last character read, where CPython's number errors
    /// point.
    fn number_error(&self, message: impl Into<String>) -> SyntaxError {
        self.error(self.i.saturating_sub(1).max(self.line_start), message)
    }

    /// A character no token starts with, at `start`: CPython's tokenizer
    /// hands an ASCII one to the parser, which finds it invalid syntax
    /// where it stands; one that is not printable, or not ASCII, it
    /// rejects itself.
    #[cfg(feature = "code")]
    fn unknown_character(&mut self, c: char, start: usize) -> Result<bool, SyntaxError> {
        let code = c as u32;
        if c.is_ascii_graphic() {
            self.i += 1;
            self.push(Tok::Op(UNKNOWN), start);
            return Ok(true);
        }
        let message = if c.is_control()
            || c.is_whitespace()
            || matches!(code, 0x200b..=0x200f | 0x2028..=0x202e | 0xfeff)
        {
            format!("invalid non-printable character U+{code:04X}")
        } else {
            format!("invalid character '{c}' (U+{code:04X})")
        };
        Err(self.error(start, message))
    }

    /// A number at `self.i`, read as CPython's tokenizer reads one (its
    /// `tok_get`, step for step, so that what it rejects, and the message,
    /// are CPython's); leaves `self.i` after it.
    fn number(&mut self) -> Result<Tok, SyntaxError> {
        let start = self.i;
        let first = self.next_char();
        let mut c = first;
        // `0123` is an old-style octal, refused unless it is a float's.
        let mut octal = false;
        if first == Some('0') {
            c = self.next_char();
            let radix = match c {
                Some('x' | 'X') => 16,
                Some('o' | 'O') => 8,
                Some('b' | 'B') => 2,
                _ => 10,
            };
            if radix != 10 {
                #[cfg(not(feature = "code"))]
                return Err(self.error(
                    start,
                    "hexadecimal, octal and binary numbers come with Code mode; press \
                     “Edit as code” to load it",
                ));
                #[cfg(feature = "code")]
                return self.radix_number(start, radix);
            }
            loop {
                if c == Some('_') {
                    c = self.next_char();
                    if !is_digit(c) {
                        self.back(c);
                        return Err(self.number_error(UNDERSCORE));
                    }
                }
                if c != Some('0') {
                    break;
                }
                c = self.next_char();
            }
            octal = is_digit(c);
            if octal {
                c = self.decimal_tail()?;
            }
        } else if first != Some('.') {
            c = self.decimal_tail()?;
        }
        let mut float = false;
        if c == Some('.') {
            float = true;
            c = self.next_char();
            if is_digit(c) {
                c = self.decimal_tail()?;
            }
        }
        let fraction = float;
        if let Some('e' | 'E') = c {
            float = true;
            let e = c;
            c = self.next_char();
            let mut digits = true;
            if let Some('+' | '-') = c {
                c = self.next_char();
                if !is_digit(c) {
                    self.back(c);
                    return Err(self.number_error(EXPONENT));
                }
            } else if !is_digit(c) {
                // CPython ends the number before the `e` (`1else`), or
                // finds it invalid.
                self.back(c);
                self.back(e);
                if !self.keyword_after(start) {
                    return Err(self.number_error(EXPONENT));
                }
                float = fraction;
                c = self.next_char();
                digits = false;
            }
            if digits {
                c = self.decimal_tail()?;
            }
        }
        if let Some('j' | 'J') = c {
            let c = self.next_char();
            self.end_of_number(c, "imaginary", start)?;
            self.refuse(start, COMPLEX);
            return Ok(Tok::Float(0.0));
        }
        if octal && !float {
            return Err(self.error(start, LEADING_ZEROS));
        }
        self.end_of_number(c, "decimal", start)?;
        let text: String = self.chars[start..self.i]
            .iter()
            .filter(|c| **c != '_')
            .collect();
        if float {
            return match crate::value::decimal::parse_float(&text) {
                Some(f) if f.is_finite() => Ok(Tok::Float(f)),
                _ => {
                    self.refuse(
                        start,
                        spelled(
                            || {
                                let written: String = self.chars[start..self.i].iter().collect();
                                format!(
                                "`{written}` is too large for a float: Python reads it as inf, \
                                 which Interleave cannot hold in a literal yet; write \
                                 float('inf')"
                            )
                            },
                            "a float literal this large is not supported",
                        ),
                    );
                    Ok(Tok::Float(0.0))
                }
            };
        }
        match text.parse() {
            Ok(v) => Ok(Tok::Int(v)),
            // (Code mode: a form's field has no use for it.)
            #[cfg(feature = "code")]
            Err(_) if text.parse::<u64>() == Ok(1 << 63) => Ok(Tok::IntMinMagnitude),
            Err(_) => {
                self.defer(too_large(self, start));
                Ok(Tok::Int(0))
            }
        }
    }

    /// `0x…`, `0o…` or `0b…`, the prefix read; digits may be separated by
    /// single underscores, also after the prefix (`0x_ff`).
    #[cfg(feature = "code")]
    fn radix_number(&mut self, start: usize, radix: u32) -> Result<Tok, SyntaxError> {
        let kind = match radix {
            16 => "hexadecimal",
            8 => "octal",
            _ => "binary",
        };
        let mut c = self.next_char();
        let digits = loop {
            if c == Some('_') {
                c = self.next_char();
            }
            if !c.is_some_and(|c| c.is_digit(radix)) {
                break false;
            }
            while c.is_some_and(|c| c.is_digit(radix)) {
                c = self.next_char();
            }
            if c != Some('_') {
                break true;
            }
        };
        // CPython names a decimal digit the base does not have (`0o8`).
        if let Some(d @ '0'..='9') = c {
            return Err(self.number_error(format!("invalid digit '{d}' in {kind} literal")));
        }
        if !digits {
            self.back(c);
            return Err(self.number_error(format!("invalid {kind} literal")));
        }
        self.end_of_number(c, kind, start)?;
        let mut value: i64 = 0;
        for d in self.chars[start + 2..self.i]
            .iter()
            .filter_map(|c| c.to_digit(radix))
        {
            match value
                .checked_mul(radix.into())
                .and_then(|v| v.checked_add(d.into()))
            {
                Some(v) => value = v,
                None => {
                    self.defer(too_large(self, start));
                    return Ok(Tok::Int(0));
                }
            }
        }
        Ok(Tok::Int(value))
    }

    /// Digits after the first, single underscores between them; returns
    /// the character after them (read).
    fn decimal_tail(&mut self) -> Result<Option<char>, SyntaxError> {
        loop {
            let mut c = self.next_char();
            while is_digit(c) {
                c = self.next_char();
            }
            if c != Some('_') {
                return Ok(c);
            }
            c = self.next_char();
            if !is_digit(c) {
                self.back(c);
                return Err(self.number_error(UNDERSCORE));
            }
        }
    }

    /// CPython's `verify_end_of_number`: `c` (read) follows the number. A
    /// letter, digit or `_` there makes the literal invalid, except the
    /// start of a keyword that may follow a number (`1if x else 2`).
    fn end_of_number(
        &mut self,
        c: Option<char>,
        kind: &str,
        start: usize,
    ) -> Result<(), SyntaxError> {
        self.back(c);
        // A letter (`1abc`, `1é`) makes it invalid; what cannot go on a
        // name (`1€`) ends it. (The page's first download, without
        // Unicode's table of letters, takes anything beyond ASCII.)
        #[cfg(feature = "code")]
        let identifier = |c: char| is_name_char(c, false);
        #[cfg(not(feature = "code"))]
        let identifier = |c: char| c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii();
        if !self.keyword_after(start) && c.is_some_and(identifier) {
            return Err(self.number_error(spelled(
                || format!("invalid {kind} literal"),
                INVALID_NUMBER,
            )));
        }
        Ok(())
    }

    /// Whether a keyword runs into the number that ends at `self.i` (`1if`,
    /// `0x1for`), which ends the number: CPython accepts it with a
    /// SyntaxWarning on stderr that Interleave does not reproduce, so the
    /// program is refused (once the grammar check has passed). (The page's
    /// first download finds it an invalid number.)
    #[cfg(feature = "code")]
    fn keyword_after(&self, start: usize) -> bool {
        // CPython's `verify_end_of_number` looks only at the letters a
        // keyword starts with: `1iffy` is `1` then the name `iffy`.
        let rest: String = self.chars[self.i..].iter().take(4).collect();
        let keyword = ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|k| rest.starts_with(k));
        if keyword {
            let written: String = self.chars[start..self.i].iter().collect();
            self.refuse(
                self.i,
                format!(
                    "a keyword right after the number `{written}` is not supported: put a \
                     space before it, as CPython warns"
                ),
            );
        }
        keyword
    }

    #[cfg(not(feature = "code"))]
    fn keyword_after(&self, _start: usize) -> bool {
        false
    }

    /// A quoted literal whose opening quote is at `self.i`, its prefix read:
    /// its text, escapes resolved as CPython resolves them (for an
    /// f-string, in its literal parts only); leaves `self.i` after it.
    fn string(&mut self, raw: bool, f: bool) -> Result<String, SyntaxError> {
        let start = self.i;
        let origin = Origin {
            at: start,
            line: self.line,
            line_start: self.line_start,
        };
        let quote = self.chars[start];
        let triple =
            self.chars.get(start + 1) == Some(&quote) && self.chars.get(start + 2) == Some(&quote);
        let size = if triple { 3 } else { 1 };
        // Where it ends, found as CPython's tokenizer finds it: a backslash
        // keeps the next character (a quote, a newline) from ending it, in
        // a raw string too, so `r"\"` is unterminated.
        let mut k = start + size;
        let end = loop {
            // CPython names the line where it gave up: this one, or the
            // file's last (not the empty one after a final newline).
            let unterminated = match self.chars.get(k) {
                None if triple => {
                    let last = self.line - usize::from(self.chars.last() == Some(&'\n'));
                    Some(format!(
                        "unterminated triple-quoted string literal (detected at line {last})"
                    ))
                }
                None | Some('\n') if !triple => Some(format!(
                    "unterminated string literal (detected at line {})",
                    self.line
                )),
                _ => None,
            };
            if let Some(message) = unterminated {
                let e = pythons(SyntaxError::at(
                    origin.line,
                    start - origin.line_start,
                    message,
                ));
                return Err(e);
            }
            let c = self.chars[k];
            if c == quote
                && (!triple
                    || (self.chars.get(k + 1) == Some(&quote)
                        && self.chars.get(k + 2) == Some(&quote)))
            {
                break k;
            }
            if c == '\\' {
                if self.chars.get(k + 1) == Some(&'\n') {
                    self.line += 1;
                    self.line_start = k + 2;
                }
                k += 2;
                continue;
            }
            if c == '\n' {
                self.line += 1;
                self.line_start = k + 1;
            }
            k += 1;
        };
        self.i = end + size;
        let body = start + size;
        if f {
            return self.fstring(body, end, raw, origin);
        }
        if raw {
            return Ok(self.chars[body..end].iter().collect());
        }
        self.unescape(body, end, origin)
    }

    /// An error at `at`, inside the literal that began at `origin`.
    fn error_in(&self, origin: Origin, at: usize, message: impl Into<String>) -> SyntaxError {
        let (mut line, mut line_start) = (origin.line, origin.line_start);
        for k in origin.at..at {
            if self.chars[k] == '\n' {
                line += 1;
                line_start = k + 1;
            }
        }
        pythons(SyntaxError::at(line, at - line_start, message))
    }

    /// A refusal at `at` inside the literal that began at `origin`.
    fn defer_in(&self, origin: Origin, at: usize, message: impl Into<String>) {
        self.defer(interleaves(self.error_in(origin, at, message)));
    }

    /// `chars[from..to]` with its escapes resolved, as CPython's
    /// `decode_unicode_with_escapes`: an unknown escape (`\d`) stays as
    /// written; CPython's DeprecationWarning for it is not shown by default.
    fn unescape(&self, from: usize, to: usize, origin: Origin) -> Result<String, SyntaxError> {
        let chars = &self.chars;
        let at = |k: usize| chars.get(k).copied().filter(|_| k < to);
        let mut out = String::with_capacity(to - from);
        let mut k = from;
        while k < to {
            let c = chars[k];
            if c != '\\' {
                out.push(c);
                k += 1;
                continue;
            }
            let escape = k;
            let Some(next) = at(k + 1) else {
                // Only a piece of an f-string can end in one (`f"\{x}"`).
                out.push('\\');
                break;
            };
            k += 2;
            match next {
                // A backslash at the end of a line joins the next.
                '\n' => {}
                '\\' | '\'' | '"' => out.push(next),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                'f' => out.push('\x0c'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'v' => out.push('\x0b'),
                '0'..='7' => {
                    // Up to three digits; above `\377` CPython only warns.
                    let mut code = next as u32 - '0' as u32;
                    for _ in 0..2 {
                        match at(k).and_then(|d| d.to_digit(8)) {
                            Some(d) => {
                                code = code * 8 + d;
                                k += 1;
                            }
                            None => break,
                        }
                    }
                    out.push(char::from_u32(code).expect("at most 0o777"));
                }
                'x' | 'u' | 'U' => {
                    let (count, truncated) = match next {
                        'x' => (2, "truncated \\xXX escape"),
                        'u' => (4, "truncated \\uXXXX escape"),
                        _ => (8, "truncated \\UXXXXXXXX escape"),
                    };
                    let mut code: u32 = 0;
                    for _ in 0..count {
                        let Some(d) = at(k).and_then(|d| d.to_digit(16)) else {
                            return Err(self.codec_error(origin, from, to, escape, k, truncated));
                        };
                        code = code * 16 + d;
                        k += 1;
                    }
                    if code > 0x10FFFF {
                        let illegal = "illegal Unicode character";
                        return Err(self.codec_error(origin, from, to, escape, k, illegal));
                    }
                    let Some(ch) = char::from_u32(code) else {
                        let long = || {
                            let written: String = chars[escape..k].iter().collect();
                            format!(
                                "`{written}` is a lone surrogate (U+D800 to U+DFFF): such \
                                 characters in strings are not supported yet"
                            )
                        };
                        let short = "lone surrogates (`\\ud800`) are not supported yet";
                        self.defer_in(origin, escape, spelled(long, short));
                        continue;
                    };
                    out.push(ch);
                }
                #[cfg(not(feature = "code"))]
                'N' => {
                    let short = "`\\N{...}` escapes are not supported yet";
                    return Err(self.error_in(origin, escape, short));
                }
                // CPython looks the name up in its Unicode database, which
                // Interleave does not ship.
                #[cfg(feature = "code")]
                'N' => {
                    let stop = if at(k) != Some('{') {
                        k
                    } else {
                        match (k + 1..to).find(|&e| chars[e] == '}') {
                            None => to,
                            Some(close) if close == k + 1 => close,
                            Some(close) => {
                                let long = || {
                                    let written: String = chars[escape..=close].iter().collect();
                                    format!(
                                        "`{written}`: characters by name (`\\N{{...}}`) are \
                                         not supported yet; write the character itself, or \
                                         its code point (`\\u2022`)"
                                    )
                                };
                                let short = "characters by name (`\\N{...}`) are not supported yet";
                                self.defer_in(origin, escape, spelled(long, short));
                                k = close + 1;
                                continue;
                            }
                        }
                    };
                    let malformed = "malformed \\N character escape";
                    return Err(self.codec_error(origin, from, to, escape, stop, malformed));
                }
                other => {
                    out.push('\\');
                    out.push(other);
                }
            }
        }
        Ok(out)
    }

    /// CPython's error for a bad escape in `chars[from..to]`, the one at
    /// `escape` read up to `stop`: the codec counts bytes of its own copy of
    /// the text, where a non-ASCII character takes ten (`\U000000e9`) and a
    /// backslash before one six (`\u005c`). (Only a build with the grammar
    /// check shows it: elsewhere a parser's error is handed to that build.)
    #[cfg(feature = "asyncio-py")]
    fn codec_error(
        &self,
        origin: Origin,
        from: usize,
        to: usize,
        escape: usize,
        stop: usize,
        what: &str,
    ) -> SyntaxError {
        let offset = |at: usize| {
            let (mut n, mut k) = (0, from);
            while k < at {
                if self.chars[k] == '\\' {
                    n += 1;
                    k += 1;
                    if k >= to || !self.chars[k].is_ascii() {
                        n += 5;
                    }
                    if k >= at {
                        break;
                    }
                }
                n += if self.chars[k].is_ascii() { 1 } else { 10 };
                k += 1;
            }
            n
        };
        self.error_in(
            origin,
            escape,
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: \
                 {what}",
                offset(escape),
                offset(stop) - 1
            ),
        )
    }

    /// The page's first download and Code mode's first module, short of
    /// room, leave out the positions.
    #[cfg(not(feature = "asyncio-py"))]
    fn codec_error(
        &self,
        origin: Origin,
        _from: usize,
        _to: usize,
        escape: usize,
        _stop: usize,
        what: &str,
    ) -> SyntaxError {
        self.error_in(origin, escape, what)
    }

    /// An f-string's text between `from` and `to`, for the page's first
    /// download: without a backslash or a `#` there is nothing to resolve or
    /// refuse, so it is kept as written (`fstring::fstring_parts` splits it);
    /// with one, it comes with Code mode, whose splitter below does not fit
    /// in the download's size budget.
    #[cfg(not(feature = "code"))]
    fn fstring(
        &self,
        from: usize,
        to: usize,
        _raw: bool,
        origin: Origin,
    ) -> Result<String, SyntaxError> {
        let text = &self.chars[from..to];
        match text.iter().position(|c| matches!(c, '\\' | '#')) {
            Some(k) => Err(self.error_in(
                origin,
                from + k,
                "f-strings with a `\\` or a `#` come with Code mode; press “Edit as code” \
                 to load it",
            )),
            None => Ok(text.iter().collect()),
        }
    }

    /// An f-string's text between `from` and `to`, split as CPython 3.11's
    /// `fstring_parse` splits it: the literal parts' escapes resolved (and
    /// their braces doubled again), each `{field}` copied as written, for
    /// `fstring::fstring_parts` to read. A field's expression may hold no
    /// backslash and no `#`.
    #[cfg(feature = "code")]
    fn fstring(
        &self,
        from: usize,
        to: usize,
        raw: bool,
        origin: Origin,
    ) -> Result<String, SyntaxError> {
        let chars = &self.chars;
        let at = |k: usize| chars.get(k).copied().filter(|_| k < to);
        // CPython 3.11 reports the scanner's errors at the string's end
        // (its closing quotes' line, in a string of several lines).
        let err = |_: usize, message: &str| self.error_in(origin, to, message);
        let expecting = "f-string: expecting '}'";
        let mut out = String::new();
        let mut s = from;
        // How many format specs are open around `s` (`{x:>{w}}`).
        let mut level = 0;
        loop {
            // Literal text, up to a brace; escaped braces are braces.
            let lit = s;
            while let Some(c) = at(s) {
                if c == '{' || c == '}' {
                    break;
                }
                s += 1;
                if !raw && c == '\\' && !matches!(at(s), None | Some('{' | '}')) {
                    s += 1;
                    // `\N{NAME}`'s braces do not open a field.
                    if chars[s - 1] == 'N' && at(s) == Some('{') {
                        while at(s).is_some_and(|c| c != '}') {
                            s += 1;
                        }
                        s = (s + 1).min(to);
                    }
                }
            }
            let text = if raw {
                chars[lit..s].iter().collect()
            } else {
                self.unescape(lit, s, origin)?
            };
            for c in text.chars() {
                if level == 0 && (c == '{' || c == '}') {
                    out.push(c);
                }
                out.push(c);
            }
            let Some(c) = at(s) else {
                return if level == 0 {
                    Ok(out)
                } else {
                    Err(err(s, expecting))
                };
            };
            s += 1;
            if level == 0 && at(s) == Some(c) {
                out.push(c);
                out.push(c);
                s += 1;
                continue;
            }
            if c == '}' {
                if level == 0 {
                    return Err(err(s - 1, "f-string: single '}' is not allowed"));
                }
                // The end of a format spec, and of its field.
                out.push('}');
                level -= 1;
                continue;
            }
            if level >= 2 {
                return Err(err(s - 1, "f-string: expressions nested too deeply"));
            }
            // A field's expression runs to a `!`, `:`, `=` or `}` outside
            // brackets and strings (`!=`, `==`, `<=`, `>=` are operators).
            let start = s;
            let mut brackets = Vec::new();
            let mut quote: Option<(char, bool)> = None;
            while let Some(c) = at(s) {
                if c == '\\' {
                    return Err(err(
                        s,
                        "f-string expression part cannot include a backslash",
                    ));
                }
                if let Some((q, triple)) = quote {
                    if c == q && (!triple || (at(s + 1) == Some(q) && at(s + 2) == Some(q))) {
                        s += if triple { 2 } else { 0 };
                        quote = None;
                    }
                } else {
                    match c {
                        '\'' | '"' => {
                            let triple = at(s + 1) == Some(c) && at(s + 2) == Some(c);
                            s += if triple { 2 } else { 0 };
                            quote = Some((c, triple));
                        }
                        '(' | '[' | '{' => brackets.push(c),
                        ')' | ']' | '}' if !brackets.is_empty() => {
                            let open = brackets.pop().unwrap_or_default();
                            if !matches!((open, c), ('(', ')') | ('[', ']') | ('{', '}')) {
                                return Err(err(
                                    s,
                                    &format!(
                                        "f-string: closing parenthesis '{c}' does not match \
                                         opening parenthesis '{open}'"
                                    ),
                                ));
                            }
                        }
                        ')' | ']' => return Err(err(s, &format!("f-string: unmatched '{c}'"))),
                        '#' => return Err(err(s, "f-string expression part cannot include '#'")),
                        '!' | '=' | '<' | '>' if at(s + 1) == Some('=') => s += 1,
                        '!' | ':' | '}' | '=' if brackets.is_empty() => break,
                        _ => {}
                    }
                }
                s += 1;
            }
            if quote.is_some() {
                return Err(err(s, "f-string: unterminated string"));
            }
            if let Some(open) = brackets.last() {
                return Err(err(s, &format!("f-string: unmatched '{open}'")));
            }
            let Some(mut c) = at(s) else {
                return Err(err(s, expecting));
            };
            let end = s;
            // (An empty one is left as written, for `fstring_parts` to
            // say so where CPython's parser does, after the tokenizer.)
            let empty = chars[start..s].iter().all(|c| c.is_whitespace());
            if c == '=' {
                // `{x=}` (a self-documenting field): the field's text as
                // written, `=` and the whitespace after it included, is
                // literal text before the value, which shows as its repr
                // unless a conversion or a format spec is given.
                s += 1;
                while at(s).is_some_and(char::is_whitespace) {
                    s += 1;
                }
                let Some(next) = at(s) else {
                    return Err(err(s, expecting));
                };
                c = next;
                // (Inside a format spec, where fields are refused, as
                // written.)
                for &c in chars[start..s].iter().filter(|_| level == 0 && !empty) {
                    if c == '{' || c == '}' {
                        out.push(c);
                    }
                    out.push(c);
                }
            }
            out.push('{');
            match level {
                0 if !empty => out.extend(&chars[start..end]),
                _ => out.extend(&chars[start..s]),
            }
            if end < s && c == '}' && level == 0 && !empty {
                out.push_str("!r");
            }
            if c == '!' {
                let conversion = at(s + 1);
                if !matches!(conversion, Some('s' | 'r' | 'a')) {
                    return Err(err(
                        s + 1,
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ));
                }
                out.push('!');
                out.extend(conversion);
                s += 2;
                let Some(next) = at(s) else {
                    return Err(err(s, expecting));
                };
                c = next;
            }
            s += 1;
            match c {
                ':' => level += 1,
                '}' => {}
                _ => return Err(err(s - 1, expecting)),
            }
            out.push(c);
        }
    }
}

/// Where a string literal began, to place an error inside it.
#[derive(Clone, Copy)]
struct Origin {
    at: usize,
    line: usize,
    line_start: usize,
}

/// Code mode's message, `long()`: CPython's own, or Interleave's naming
/// the literal. The page's first download, which reads the same literals
/// but has no room in its size budget for every message, says `short`.
#[cfg(feature = "code")]
fn spelled(long: impl FnOnce() -> String, _short: &str) -> String {
    long()
}

#[cfg(not(feature = "code"))]
fn spelled(_long: impl FnOnce() -> String, short: &str) -> String {
    short.to_string()
}

/// Whether `c` may begin (`first`) or go on a name. Python's names may
/// use letters beyond ASCII (`café`); Unicode's table of letters comes
/// with Code mode's build, which keeps it out of the page's first
/// download (a few KB there).
fn is_name_char(c: char, first: bool) -> bool {
    let ascii = if first {
        c.is_ascii_alphabetic()
    } else {
        c.is_ascii_alphanumeric()
    };
    #[cfg(feature = "code")]
    let unicode = !c.is_ascii()
        && if first {
            c.is_alphabetic()
        } else {
            c.is_alphanumeric()
        };
    #[cfg(not(feature = "code"))]
    let unicode = false;
    ascii || c == '_' || unicode
}

const INVALID_NUMBER: &str = "invalid number";

/// `e` as Python's own SyntaxError.
fn pythons(e: SyntaxError) -> SyntaxError {
    #[cfg(feature = "code")]
    let e = SyntaxError {
        raised: Some(Raised::SyntaxError),
        ..e
    };
    e
}

/// `e` as what Interleave says (a refusal, a limit).
fn interleaves(e: SyntaxError) -> SyntaxError {
    #[cfg(feature = "code")]
    let e = SyntaxError { raised: None, ..e };
    e
}

/// A character CPython's tokenizer passes to the parser as an error token
/// (`$`, `?`, a backtick): invalid syntax where it stands.
#[cfg(feature = "code")]
pub const UNKNOWN: &str = "$";

/// A message Code mode spells out as CPython does; the page's first
/// download says less (see `spelled`).
macro_rules! message {
    ($name:ident = $long:expr, $short:expr) => {
        #[cfg(feature = "code")]
        const $name: &str = $long;
        #[cfg(not(feature = "code"))]
        const $name: &str = $short;
    };
}

message!(UNDERSCORE = "invalid decimal literal", INVALID_NUMBER);
message!(EXPONENT = "invalid decimal literal", INVALID_NUMBER);
message!(
    LEADING_ZEROS = "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
    INVALID_NUMBER
);
message!(
    COMPLEX = "complex numbers (`1j`) are not supported yet",
    "complex numbers are not supported yet"
);

fn is_digit(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

pub(super) fn too_large_message(written: &str) -> String {
    format!("`{written}` is too large: Interleave's integers are 64-bit")
}

fn too_large(s: &Scanner, start: usize) -> SyntaxError {
    let long = || {
        let written: String = s.chars[start..s.i].iter().collect();
        too_large_message(&written)
    };
    interleaves(s.error(start, spelled(long, "integers are 64-bit in Interleave")))
}
impl Scanner {
    fn new(text: &str) -> Scanner {
        // As CPython reads source: a UTF-8 byte order mark at the start is
        // not text, and `\r\n` and a lone `\r` end lines as `\n` does
        // (inside strings too: `"""a<CR><LF>b"""` is `'a\nb'`). The page's
        // first download reads only form fields, which hold neither.
        #[cfg(feature = "code")]
        let chars = {
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            let mut chars = Vec::with_capacity(text.len());
            let mut after_cr = false;
            for c in text.chars() {
                if !(c == '\n' && after_cr) {
                    chars.push(if c == '\r' { '\n' } else { c });
                }
                after_cr = c == '\r';
            }
            chars
        };
        #[cfg(not(feature = "code"))]
        let chars = text.chars().collect_vec();
        Scanner {
            chars,
            i: 0,
            line: 1,
            line_start: 0,
            open: Vec::new(),
            out: Vec::new(),
            refused: std::cell::Cell::new(None),
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
    match s.refused.into_inner() {
        Some(e) => Err(e),
        None => Ok(s.out),
    }
}

/// The encoding a program's coding comment names (PEP 263: `# -*- coding:
/// latin-1 -*-` on its first line, or on its second after a comment or
/// blank first line), unless it is UTF-8, which Interleave reads every
/// program as.
#[cfg(feature = "code")]
pub fn other_encoding(text: &str) -> Option<(usize, String)> {
    for (n, line) in text.lines().take(2).enumerate() {
        let trimmed = line.trim_start_matches([' ', '\t', '\x0c']);
        if trimmed.is_empty() {
            continue;
        }
        if !trimmed.starts_with('#') {
            return None;
        }
        // `coding[:=]` then the name, as `get_coding_spec` reads it.
        let Some(at) = trimmed.find("coding") else {
            continue;
        };
        let rest = &trimmed[at + 6..];
        let Some(rest) = rest.strip_prefix([':', '=']) else {
            continue;
        };
        let name: String = rest
            .trim_start_matches([' ', '\t'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        if name.is_empty() {
            continue;
        }
        let normal = name.to_ascii_lowercase().replace('_', "-");
        let utf8 = normal == "utf-8" || normal.starts_with("utf-8-") || normal == "utf8";
        return (!utf8).then_some((n + 1, name));
    }
    None
}

/// A whole program's tokens, as far as the scan got.
#[cfg(feature = "code")]
pub struct Lexed {
    /// With NEWLINE, INDENT and DEDENT; those before `error` if there is one.
    pub tokens: Vec<Token>,
    /// Python's error that stopped the scan.
    pub error: Option<SyntaxError>,
    /// Whether `error` replaces a parser error earlier in the file: CPython
    /// tokenizes the rest of the file after a parser error, and only its
    /// tokenizer's own exceptions (an unterminated string, a bad number or
    /// character, an unmatched bracket) replace it; an indentation error,
    /// a misplaced backslash or a bad f-string is the parser's, met where
    /// the parse reaches it.
    pub replaces_parser_errors: bool,
    /// The first thing met that Interleave does not model.
    pub refused: Option<SyntaxError>,
    /// The innermost bracket still open at the end of the file: its char,
    /// line and column.
    pub unclosed: Option<(char, usize, usize)>,
    /// The file's last line (where CPython reports an error at its end).
    #[cfg(feature = "asyncio-py")]
    pub last_line: usize,
}

#[cfg(feature = "code")]
impl Lexed {
    /// The tokens, if the scan met nothing wrong: else its error, the
    /// construct it refused, or the bracket never closed.
    pub fn into_tokens(self) -> Result<Vec<Token>, SyntaxError> {
        if let Some(e) = self.error.or(self.refused) {
            return Err(e);
        }
        match self.unclosed {
            Some((open, line, col)) => Err(pythons(SyntaxError::at(
                line,
                col,
                format!("'{open}' was never closed"),
            ))),
            None => Ok(self.tokens),
        }
    }
}

/// Tokens of a whole program, with NEWLINE, INDENT and DEDENT.
#[cfg(feature = "code")]
pub fn source(text: &str) -> Lexed {
    let mut s = Scanner::new(text);
    let (error, replaces_parser_errors) = match scan_source(&mut s) {
        Ok(()) => (None, false),
        Err((e, replaces)) => (Some(e), replaces),
    };
    let unclosed = match error {
        None => s.open.last().copied(),
        Some(_) => None,
    };
    #[cfg(feature = "asyncio-py")]
    let last_line = s.chars.iter().filter(|c| **c == '\n').count()
        + usize::from(s.chars.last().is_some_and(|c| *c != '\n'));
    Lexed {
        tokens: s.out,
        error,
        replaces_parser_errors,
        refused: s.refused.into_inner(),
        unclosed,
        #[cfg(feature = "asyncio-py")]
        last_line: last_line.max(1),
    }
}

/// Scans `s` to the end, or to Python's first error in it (with whether it
/// replaces an earlier parser error, `Lexed::replaces_parser_errors`).
#[cfg(feature = "code")]
fn scan_source(s: &mut Scanner) -> Result<(), (SyntaxError, bool)> {
    // The parser's, not the tokenizer's: they do not replace an earlier
    // parser error (`Lexed::replaces_parser_errors`).
    let parsers = |mut e: SyntaxError, raised: Raised| {
        e.raised = Some(raised);
        (e, false)
    };
    // Each level's width with tabs to the next multiple of 8, and with
    // tabs as one column: CPython requires both measures to agree on every
    // comparison, so that no tab size could change the program's blocks.
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    'lines: while s.i < s.chars.len() {
        // At the start of a line: measure its indentation (a form feed
        // starts it over, as in CPython); blank and comment lines don't count.
        let (mut width, mut alt) = (0, 0);
        while let Some(&c) = s.chars.get(s.i) {
            match c {
                ' ' => (width, alt) = (width + 1, alt + 1),
                '\t' => (width, alt) = ((width / 8 + 1) * 8, alt + 1),
                '\x0c' => (width, alt) = (0, 0),
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
            // A line that starts with a backslash does not count for
            // indentation, as a blank line does not.
            Some('\\') if s.chars.get(s.i + 1) != Some(&'\n') => {
                let message = "unexpected character after line continuation character";
                return Err(parsers(s.error(s.i + 1, message), Raised::SyntaxError));
            }
            _ => {}
        }
        let tab_error = |s: &Scanner| {
            let e = s.error(s.i, "inconsistent use of tabs and spaces in indentation");
            parsers(e, Raised::TabError)
        };
        let top = *indents.last().expect("the base level is never popped");
        if width > top.0 {
            if alt <= top.1 {
                return Err(tab_error(s));
            }
            // CPython's tokenizer holds 100 levels, the first included.
            if indents.len() >= MAX_INDENTS {
                let e = s.error(s.i, "too many levels of indentation");
                return Err(parsers(e, Raised::IndentationError));
            }
            indents.push((width, alt));
            s.push(Tok::Indent, s.i);
        } else {
            let before = s.out.len();
            while width < indents.last().expect("base level").0 {
                indents.pop();
                s.push(Tok::Dedent, s.i);
            }
            let top = *indents.last().expect("base level");
            if width != top.0 {
                // CPython's tokenizer gives no DEDENT before this error.
                s.out.truncate(before);
                let e = s.error(s.i, "unindent does not match any outer indentation level");
                return Err(parsers(e, Raised::IndentationError));
            }
            if alt != top.1 {
                return Err(tab_error(s));
            }
        }
        // The logical line: tokens until a newline outside brackets.
        loop {
            if s.i >= s.chars.len() {
                break 'lines;
            }
            if s.chars[s.i] == '\\' && s.chars.get(s.i + 1) != Some(&'\n') {
                let message = if s.i + 1 >= s.chars.len() {
                    "unexpected EOF while parsing"
                } else {
                    "unexpected character after line continuation character"
                };
                return Err(parsers(s.error(s.i + 1, message), Raised::SyntaxError));
            }
            match s.token() {
                Ok(true) => continue,
                Ok(false) => {}
                Err(e) => {
                    let parser = [
                        "f-string",
                        "(unicode error)",
                        "bytes can only",
                        "unexpected EOF",
                    ]
                    .iter()
                    .any(|p| e.message.starts_with(p));
                    return Err((e, !parser));
                }
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
    if s.open.is_empty() {
        if s.out.last().is_some_and(|t| t.tok != Tok::Newline) {
            s.push(Tok::Newline, s.i);
        }
        while indents.len() > 1 {
            indents.pop();
            s.push(Tok::Dedent, s.i);
        }
    }
    Ok(())
}

/// How many indentation levels CPython's tokenizer holds (`MAXINDENT`),
/// the file's own level included.
#[cfg(feature = "code")]
const MAX_INDENTS: usize = 100;

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
        // `$` is left to the parser, which finds it invalid where it stands.
        assert_eq!(crate::parse::expression("a $ b").unwrap_err().col, 2);
        assert!(tokens("99999999999999999999")
            .unwrap_err()
            .message
            .contains("64-bit"));
    }

    fn text(source: &str) -> String {
        match kinds(&tokens(source).unwrap()).as_slice() {
            [Tok::Str { text, .. }] => text.clone(),
            other => panic!("{other:?}"),
        }
    }

    fn message(source: &str) -> String {
        tokens(source).unwrap_err().message
    }

    #[test]
    fn string_escapes_are_cpython_s() {
        assert_eq!(
            text(r#""\a\b\f\v\n\r\t\\\'\"""#),
            "\x07\x08\x0c\x0b\n\r\t\\'\""
        );
        assert_eq!(text(r#""\101\0\12\1234\777\8""#), "A\0\nS4\u{1ff}\\8");
        assert_eq!(text(r#""\x41\u00e9\U0001F600""#), "A\u{e9}\u{1f600}");
        // Unknown escapes stay, a backslash-newline joins lines.
        assert_eq!(text("'\\q\\d\\\nx'"), "\\q\\dx");
        assert_eq!(text(r#"r"\n\"""#), "\\n\\\"");
        assert!(message(r#"r"\""#).contains("unterminated string"));
        assert!(message(r#""\x4""#).contains("truncated \\xXX escape"));
        assert!(message(r#""\U00110000""#).contains("illegal Unicode character"));
        let e = tokens(r#"x = "ab\N{BULLET}""#).unwrap_err();
        assert_eq!(e.col, 7);
        assert!(e.message.contains("not supported yet"), "{e}");
        assert!(message(r#""\ud800""#).contains("lone surrogate"));
    }

    #[cfg(feature = "asyncio-py")]
    #[test]
    fn escape_errors_are_cpython_s() {
        assert!(message(r#"r"\""#).contains("unterminated string literal (detected at line 1)"));
        assert!(message(r#""\x4""#).contains("position 0-2: truncated \\xXX escape"));
        assert!(message(r#""é\x4""#).contains("position 10-12"));
        assert!(message(r#""\N{}""#).contains("position 0-2: malformed \\N character escape"));
        assert!(message(r#""\N{BULLET}""#).contains("characters by name"));
    }

    #[cfg(feature = "code")]
    #[test]
    fn f_strings_resolve_escapes_in_their_literal_parts_only() {
        // Braces an escape makes are text: doubled for `fstring_parts`.
        assert_eq!(text(r#"f"\x7b\t{x!r:\x3e{w}}{{""#), "{{\t{x!r:>{w}}{{");
        assert_eq!(text(r#"rf"\d{x}\{y}""#), "\\d{x}\\{y}");
        assert_eq!(text(r#"f"\{x}""#), "\\{x}");
        assert_eq!(text(r#"f"{d['}']}""#), "{d['}']}");
        assert!(message(r#"f"{'\n'}""#).contains("cannot include a backslash"));
        assert!(message(r#"f"{x # no}""#).contains("cannot include '#'"));
        assert!(message(r#"f"{x!z}""#).contains("invalid conversion character"));
        assert!(message(r#"f"a}b""#).contains("single '}' is not allowed"));
        assert!(message(r#"f"{x:{y:{z}}}""#).contains("nested too deeply"));
        assert!(message(r#"f"{x)}""#).contains("f-string: unmatched ')'"));
        assert!(message(r#"f"{(x]}""#).contains("closing parenthesis ']' does not match"));
    }

    #[test]
    fn numbers_are_read_as_cpython_reads_them() {
        let ints = kinds(&tokens("1_000 0_0 00 7").unwrap());
        assert_eq!(ints, [1000, 0, 0, 7].map(Tok::Int));
        let floats = kinds(&tokens("1.e5 .5 01.5 1_0.0_1 0e0 1e-400").unwrap());
        assert_eq!(floats, [1e5, 0.5, 1.5, 10.01, 0.0, 0.0].map(Tok::Float));
        // Refused in either build, at CPython's column (the last character
        // read); Code mode spells out CPython's message.
        for (source, col, says) in [
            ("1__000", 1, "invalid decimal literal"),
            ("1_", 1, "invalid decimal literal"),
            (
                "0123",
                0,
                "leading zeros in decimal integer literals are not permitted",
            ),
            ("0_7", 0, "leading zeros"),
            ("1e", 0, "invalid decimal literal"),
            ("1e+", 2, "invalid decimal literal"),
            ("1abc", 0, "invalid decimal literal"),
            ("1.real", 1, "invalid decimal literal"),
            ("1j", 0, "complex numbers"),
            ("1e309", 0, "Python reads it as inf"),
            ("9223372036854775809", 0, "Interleave's integers are 64-bit"),
        ] {
            let e = tokens(source).unwrap_err();
            #[cfg(feature = "code")]
            assert!(e.message.contains(says), "{source}: {e}");
            #[cfg(not(feature = "code"))]
            let _ = says;
            assert_eq!(e.col, col, "{source}: {e}");
        }
    }

    #[cfg(feature = "code")]
    #[test]
    fn numbers_in_other_bases_are_code_mode_s() {
        let ints = kinds(&tokens("0x1F 0o17 0B101 0x_ff 0XAB 0b1_0").unwrap());
        assert_eq!(ints, [31, 15, 5, 255, 171, 2].map(Tok::Int));
        for (source, col, says) in [
            ("0x", 1, "invalid hexadecimal literal"),
            ("0x_", 2, "invalid hexadecimal literal"),
            ("0b12", 3, "invalid digit '2' in binary literal"),
            ("0o8", 2, "invalid digit '8' in octal literal"),
            ("1if x else 2", 1, "a keyword right after the number"),
            ("0xFFFFFFFFFFFFFFFF", 0, "Interleave's integers are 64-bit"),
        ] {
            let e = tokens(source).unwrap_err();
            assert!(e.message.contains(says), "{source}: {e}");
            assert_eq!(e.col, col, "{source}: {e}");
        }
    }

    /// The page's first download reads the same literals, except those
    /// that come with Code mode, which it refuses.
    #[cfg(not(feature = "code"))]
    #[test]
    fn the_first_download_leaves_some_literals_to_code_mode() {
        assert_eq!(text(r#"f"{x!r:>4} {{a}}""#), "{x!r:>4} {{a}}");
        for source in [r#"f"\t{x}""#, r#"f"{x}#""#, "0x1F", "0o7"] {
            assert!(message(source).contains("come with Code mode"), "{source}");
        }
    }

    /// A whole program's tokens, or the error that stopped the scan (an
    /// unclosed bracket included).
    #[cfg(feature = "code")]
    fn lex(text: &str) -> Result<Vec<Token>, SyntaxError> {
        source(text).into_tokens()
    }

    #[cfg(feature = "code")]
    #[test]
    fn programs_have_lines_and_indentation() {
        let src = "async def f():\n    x = (1,\n  2)  # note\n\n    return x\nprint('''a\nb''')\n";
        let toks = kinds(&lex(src).unwrap());
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
        let e = lex("def f():\n        a\n    b\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("unindent does not match"), "{e}");
        let e = lex("x = (1,\n2\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 4));
        assert!(e.message.contains("was never closed"), "{e}");
        let e = lex("x = 1)\n").unwrap_err();
        assert_eq!(e.message, "unmatched ')'");
        let e = lex("s = '''abc\n").unwrap_err();
        assert!(e.message.contains("unterminated triple-quoted"), "{e}");
        // Tabs and spaces must agree however wide a tab is.
        let e = lex("if x:\n    if y:\n\tz\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert_eq!(e.raised, Some(Raised::TabError));
        assert_eq!(
            e.message,
            "inconsistent use of tabs and spaces in indentation"
        );
        let e = lex("if x:\n\ty\n        z\n").unwrap_err();
        assert_eq!(e.raised, Some(Raised::TabError));
        assert!(lex("if x:\n\tif y:\n\t        z\n\ty\n").is_ok());
        // A form feed starts the indentation over.
        let e = lex("if x:\n    y\n  \x0c  z\n").unwrap_err();
        assert!(e.message.contains("unindent does not match"), "{e}");
    }

    #[cfg(feature = "code")]
    #[test]
    fn line_ends_and_a_byte_order_mark_are_read_as_cpython_reads_them() {
        let lf = lex("if x:\n    s = '''a\nb'''\n").unwrap();
        for text in [
            "if x:\r\n    s = '''a\r\nb'''\r\n",
            "if x:\r    s = '''a\rb'''\r",
            "\u{feff}if x:\n    s = '''a\nb'''\n",
        ] {
            assert_eq!(lex(text).unwrap(), lf, "{text:?}");
        }
    }
}
