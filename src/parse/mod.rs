//! Python source text into the program model.
//!
//! Two entry points share one lexer and one expression parser: `program`
//! reads a whole Python program (the asyncio subset the model runs, see
//! `source`), and `expression`, `expression_list` and `template` read the
//! page's form fields (`x * x`, `20, 100, 200`, `Fetching {source}...`).
//!
//! Errors are `SyntaxError`s with the line and column of the mistake and a
//! message in the manner of Python's; constructs the model does not run
//! yet are named (`'while' is not supported yet`).

mod expr;
mod fstring;
#[cfg(feature = "asyncio-py")]
mod grammar;
mod lexer;
#[cfg(feature = "code")]
mod source;

use crate::program::Expr;
#[cfg(feature = "asyncio-py")]
pub(crate) use source::parse_library;
use std::fmt;

/// What was wrong, and where in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// 1-based line (always 1 for a one-line field).
    pub line: usize,
    /// 0-based character offset in the line.
    pub col: usize,
    pub message: String,
    /// Python's own error, as CPython raises it for the whole file
    /// (`grammar/`); `None` for what Interleave says (a refusal, a limit,
    /// or a mistake the subset parser met first in a build without the
    /// grammar check). (The page's first download, reading form fields,
    /// has no use for it.)
    #[cfg(feature = "code")]
    pub raised: Option<Raised>,
}

/// The class of Python's own error for a program's text.
#[cfg(feature = "code")]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Raised {
    SyntaxError,
    IndentationError,
    TabError,
}

#[cfg(feature = "code")]
impl Raised {
    pub fn name(self) -> &'static str {
        match self {
            Raised::SyntaxError => "SyntaxError",
            Raised::IndentationError => "IndentationError",
            Raised::TabError => "TabError",
        }
    }
}

impl SyntaxError {
    fn new(col: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError::at(1, col, message)
    }

    fn at(line: usize, col: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            line,
            col,
            message: message.into(),
            #[cfg(feature = "code")]
            raised: None,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "line {}, column {}: ", self.line, self.col + 1)?;
        #[cfg(feature = "code")]
        if let Some(raised) = self.raised {
            write!(f, "{}: ", raised.name())?;
        }
        f.write_str(&self.message)
    }
}

impl SyntaxError {
    /// What CPython writes to stderr for Python's own error: the file and
    /// line, the line's text with a caret, then `SyntaxError: message`.
    #[cfg(feature = "code")]
    pub fn python_report(&self, path: &str, text: &str) -> Option<String> {
        let class = self.raised?.name();
        let source = text.lines().nth(self.line.saturating_sub(1)).unwrap_or("");
        let trimmed = source.trim_start();
        let indent = source.chars().count() - trimmed.chars().count();
        let caret = " ".repeat(self.col.saturating_sub(indent));
        Some(format!(
            "  File \"{path}\", line {}\n    {}\n    {caret}^\n{class}: {}\n",
            self.line,
            trimmed.trim_end(),
            self.message
        ))
    }
}

impl std::error::Error for SyntaxError {}

/// A whole program, parsed and validated. Validation problems (a program
/// too large, say) are reported by function name.
#[cfg(feature = "code")]
pub fn program(text: &str) -> Result<crate::Program, SyntaxError> {
    let program = source::parse(text)?;
    crate::program::validate::check_source(&program).map_err(|e| {
        // `functions[2].body[0]...` → the function's name.
        let place =
            e.at.strip_prefix("functions[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| program.functions.get(i))
                .map(|f| format!("in `{}`: ", f.name))
                .unwrap_or_default();
        SyntaxError::at(1, 0, format!("{place}{}", e.message))
    })?;
    Ok(program)
}

/// A whole program, parsed but not put through the general validator, for
/// the page, whose size budget cannot carry the validator's code. The
/// parser's own checks keep out everything the engine relies on being
/// absent (`tests/python_source.rs` holds it to that).
#[cfg(feature = "code")]
pub fn program_unvalidated(text: &str) -> Result<crate::Program, SyntaxError> {
    source::parse(text)
}

/// Is `word` one of Python's keywords?
pub fn is_keyword(word: &str) -> bool {
    crate::program::validate::KEYWORDS.contains(&word)
}

/// Longest text a field may hold; a URL can carry a scenario, so this bounds
/// the work one link can ask for.
const MAX_LEN: usize = 20_000;

/// What Code mode's module hands over to asyncio's for (`first, *rest =
/// ...`, `for name, *scores in ...`).
#[cfg(all(feature = "code", not(feature = "asyncio-py")))]
const STARRED_TARGET: &str = "a starred assignment target (`first, *rest = ...`)";
/// And for a starred item in a tuple (`(0, *xs)`).
#[cfg(not(feature = "asyncio-py"))]
const STARRED_ITEM: &str = "a starred item in a tuple (`(0, *xs)`)";

fn parser(text: &str) -> Result<expr::Parser, SyntaxError> {
    let len = text.chars().count();
    if len > MAX_LEN {
        return Err(SyntaxError::new(
            MAX_LEN,
            format!("the text is {len} characters long; the limit is {MAX_LEN}"),
        ));
    }
    Ok(expr::Parser::new(lexer::tokens(text)?, len))
}

/// One expression, e.g. `x * x`.
pub fn expression(text: &str) -> Result<Expr, SyntaxError> {
    let mut p = parser(text)?;
    let e = p.expr()?;
    if !p.at_end() {
        return Err(p.unexpected("the end of the expression"));
    }
    Ok(e)
}

/// Comma-separated expressions, e.g. `20, 100, 200`; empty text is none.
pub fn expression_list(text: &str) -> Result<Vec<Expr>, SyntaxError> {
    let mut p = parser(text)?;
    let mut items = Vec::new();
    while !p.at_end() {
        items.push(p.expr()?);
        if !p.eat_op(",") && !p.at_end() {
            return Err(p.unexpected("`,` between items"));
        }
    }
    Ok(items)
}

/// Text with `{expr}` fields, as inside an f-string: `Fetching {source}...`.
/// Text without fields is a plain string.
pub fn template(text: &str) -> Result<Expr, SyntaxError> {
    let parts = fstring::fstring_parts(text, true, (1, 0), &mut expression)?;
    Ok(fstring::join_parts(parts))
}

/// The names an expression reads, for checking them against what is in scope.
pub fn names_read(e: &Expr) -> Vec<String> {
    let mut names = Vec::new();
    e.each(&mut |e| {
        if let Expr::Name(n) = e {
            names.push(n.to_string());
        }
    });
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::python;

    fn round_trip(text: &str) -> String {
        python::expr(&expression(text).unwrap(), 0)
    }

    /// Code mode's module has no sets: a program with `|`, `^` or `&`
    /// is handed over to asyncio's module, which reads them.
    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
    #[test]
    fn bitwise_operators_hand_over_to_asyncio_s_module() {
        for text in ["a | b", "a ^ b", "a & b"] {
            let error = expression(text).unwrap_err();
            assert!(
                crate::error::is_needs_asyncio_py(&error.message),
                "{text}: {error}"
            );
        }
    }

    /// Code mode's module has no starred targets: the program is handed
    /// over, wherever the target stands; starred displays stay.
    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
    #[test]
    fn starred_targets_hand_over_to_asyncio_s_module() {
        for line in [
            "a, *b = [1, 2]",
            "for a, *b in []: pass",
            "c = [b for a, *b in []]",
        ] {
            let error = program(&format!("{line}\n")).unwrap_err();
            assert!(
                crate::error::is_needs_asyncio_py(&error.message),
                "{line}: {error}"
            );
        }
        let error = program("t = (0, *[1], 2)\n").unwrap_err();
        assert!(crate::error::is_needs_asyncio_py(&error.message), "{error}");
        assert!(program("t = [0, *[1], 2]\n").is_ok());
    }

    /// Code mode's module has no comparison methods, dataclasses or `**`
    /// in a dict display: such a program is handed over.
    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
    #[test]
    fn comparisons_dataclasses_and_dict_unpacking_hand_over_to_asyncio_s_module() {
        for source in [
            "class A:\n    def __lt__(self, other):\n        return True\n",
            "class A:\n    def __post_init__(self):\n        pass\n",
            "from dataclasses import dataclass\n",
            "import dataclasses\n",
            "d = {**{}}\n",
            "d = {'a': 1, **{}}\n",
            "x = NotImplemented\n",
            "import heapq\n",
            "import random\n",
            "from random import randint\n",
            "from functools import total_ordering\n",
            "from functools import wraps\n",
            "x = issubclass(int, int)\n",
            "class A:\n    @property\n    def x(self):\n        return 1\n",
        ] {
            let error = program(source).unwrap_err();
            assert!(
                crate::error::is_needs_asyncio_py(&error.message),
                "{source}: {error}"
            );
        }
    }

    /// Code mode's module evaluates no `except` clause and no default of
    /// a top-level function or a method: such a program is handed over
    /// (`corpus/constructs/except_computed.py`, `defaults_computed.py`);
    /// a nested function's defaults stay.
    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
    #[test]
    fn computed_defaults_and_except_clauses_hand_over_to_asyncio_s_module() {
        for source in [
            "T = 1\ndef f(x=T):\n    pass\n",
            "class A:\n    def f(self, x=len('a')):\n        pass\n",
            "def f(on):\n    try:\n        pass\n    except on:\n        pass\n",
            "def f(g):\n    try:\n        pass\n    except g.on:\n        pass\n",
        ] {
            let source = format!("{source}async def main():\n    pass\nasyncio.run(main())\n");
            let error = program(&format!("import asyncio\n{source}")).unwrap_err();
            assert!(
                crate::error::is_needs_asyncio_py(&error.message),
                "{source}: {error}"
            );
        }
        let nested = "def f():\n    def g(x=len('a')):\n        pass\n";
        assert!(program(&format!(
            "import asyncio\n{nested}async def main():\n    pass\nasyncio.run(main())\n"
        ))
        .is_ok());
    }

    /// Without the grammar check, only the tokenizer's own errors are
    /// certainly CPython's first (they win wherever they are); any other
    /// mistake may hide a SyntaxError further on, so it is not called
    /// Python's, and the page has the module that checks look.
    #[cfg(all(feature = "code", not(feature = "asyncio-py")))]
    #[test]
    fn only_the_tokenizer_s_errors_are_certain_without_the_grammar_check() {
        let e = program("import json\nx = 'abc\n").unwrap_err();
        assert_eq!((e.line, e.raised), (2, Some(Raised::SyntaxError)), "{e}");
        for source in ["import json\nx = 1 +\n", "x = (1,\n", "def f()\n    pass\n"] {
            let e = program(source).unwrap_err();
            assert_eq!(e.raised, None, "{source}: {e}");
        }
    }

    /// With the grammar check, Python's error comes first wherever it is,
    /// and what the subset lacks only after.
    #[cfg(feature = "asyncio-py")]
    #[test]
    fn python_s_error_comes_before_what_the_subset_lacks() {
        let e = program("import os\nx = 1 +\n").unwrap_err();
        assert_eq!((e.line, e.raised), (2, Some(Raised::SyntaxError)), "{e}");
        assert_eq!(e.message, "invalid syntax");
        let e = program("import os\nx = 1\n").unwrap_err();
        assert_eq!((e.line, e.raised), (1, None), "{e}");
    }

    /// With sets, the three bind as Python binds them, looser than `+`.
    #[cfg(feature = "asyncio-py")]
    #[test]
    fn bitwise_operators_bind_as_python_binds_them() {
        assert_eq!(round_trip("a | b ^ c & d + 1"), "a | b ^ c & d + 1");
        assert_eq!(round_trip("(a | b) & c"), "(a | b) & c");
        assert_eq!(round_trip("a & (b ^ c)"), "a & (b ^ c)");
    }

    #[test]
    fn prints_back_what_it_read() {
        assert_eq!(round_trip("x*x"), "x * x");
        assert_eq!(round_trip("(1 + 2) * -3"), "(1 + 2) * -3");
        assert_eq!(round_trip("'ten'"), "'ten'");
        assert_eq!(round_trip("f'{source} data'"), "f'{source} data'");
        assert_eq!(round_trip("('users', 0.3)"), "('users', 0.3)");
        assert_eq!(round_trip("[1, 2.5, None, True]"), "[1, 2.5, None, True]");
        assert_eq!(round_trip("not a or b and c"), "not a or b and c");
        assert_eq!(round_trip("len(x) == 3"), "len(x) == 3");
    }

    #[test]
    #[cfg(feature = "code")]
    fn the_smallest_64_bit_integer_is_written_with_its_minus_sign() {
        assert_eq!(expression("-9223372036854775808"), Ok(Expr::Int(i64::MIN)));
        let alone = expression("9223372036854775808").unwrap_err();
        assert!(alone.message.contains("64-bit"), "{alone}");
        // `-x ** y` is `-(x ** y)`: the literal stands alone there.
        assert!(expression("-9223372036854775808 ** 1").is_err());
    }

    #[test]
    fn generator_expressions_are_refused_in_a_field_or_point_to_code_mode() {
        let text = "sum(x * x for x in xs if x)";
        if cfg!(feature = "code") {
            // A generator expression is a function of the program's, which
            // a field alone cannot hold (`corpus/` prints them back).
            let e = expression(text).unwrap_err();
            assert!(e.message.contains("a form's field"), "{e}");
        } else {
            // A form field in the page's first download.
            let e = expression(text).unwrap_err();
            assert!(e.message.contains("come with Code mode"), "{e}");
        }
    }

    #[test]
    fn lists_are_comma_separated() {
        assert_eq!(expression_list("20, 100, 200").unwrap().len(), 3);
        assert_eq!(expression_list("").unwrap().len(), 0);
        assert_eq!(expression_list("(1, 2), (3, 4),").unwrap().len(), 2);
        let e = expression_list("1 2").unwrap_err();
        assert_eq!(e.col, 2);
        assert!(e.message.contains("`,`"), "{e}");
    }

    #[test]
    fn mistakes_say_where_and_what() {
        let e = expression("x * ").unwrap_err();
        assert_eq!(
            (e.col, e.message.as_str()),
            (4, "expected a value, found the end of the text")
        );
        assert!(expression("(1, 2").unwrap_err().message.contains("`)`"));
        assert!(expression("1 < f(2) < 3")
            .unwrap_err()
            .message
            .contains("chained"));
        assert!(template("a {b")
            .unwrap_err()
            .message
            .contains("expecting '}'"));
        assert!(expression(&"(".repeat(100))
            .unwrap_err()
            .message
            .contains("deeply"));
        assert!(expression(&"-".repeat(100)).is_err());
        for chain in [
            "1 + ".repeat(60) + "1",
            "not ".repeat(60) + "x",
            "f".to_string() + &"()".repeat(60),
        ] {
            let e = expression(&chain).unwrap_err();
            assert!(e.message.contains("too deeply"), "{chain}: {e}");
        }
    }

    #[test]
    fn templates_become_fstrings_only_with_fields() {
        assert_eq!(template("plain").unwrap(), Expr::Str("plain".into()));
        assert_eq!(
            python::expr(&template("Fetched {source} after {delay}s").unwrap(), 0),
            "f'Fetched {source} after {delay}s'"
        );
        assert_eq!(template("{{x}}").unwrap(), Expr::Str("{x}".into()));
        assert_eq!(names_read(&template("{a} {b!r}").unwrap()), ["a", "b"]);
    }
}
