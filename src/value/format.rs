//! `str()` and `repr()` exactly as CPython 3.11 writes them: shortest
//! round-trip floats with Python's exponent rules (`1e-05`, `2.0`), string
//! quotes chosen the way CPython chooses them (`"it's"`), containers that
//! print themselves only once (`[[...]]`).
//!
//! Objects whose CPython repr holds a memory address print `0x…` in its place:
//! the address differs on every run, so no tool can reproduce it.

use super::{Class, ExcKind, Exception, Value};
use crate::error::Raise;

/// Stands in for a memory address in reprs such as `<coroutine object ...>`.
pub const ADDRESS: &str = "0x…";

impl Value {
    /// `repr(v)`, with `...` for containers nested past `MAX_REPR_DEPTH`
    /// (where CPython raises; see `try_repr`).
    pub fn repr(&self) -> String {
        let mut out = String::new();
        write_repr(self, &mut out, &mut Repr::default());
        out
    }

    /// `repr(v)`, or CPython's RecursionError for containers nested past
    /// `MAX_REPR_DEPTH`: what `repr()`, `print` and f-strings use.
    pub fn try_repr(&self) -> Result<String, Raise> {
        let mut out = String::new();
        let mut st = Repr::default();
        write_repr(self, &mut out, &mut st);
        if st.too_deep {
            return Err(Raise::Exc(Exception::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            )));
        }
        Ok(out)
    }

    /// `str(v)`: what `print` writes.
    pub fn to_str(&self) -> String {
        match self {
            Value::Str(s) => s.to_string(),
            Value::Exception(e) => e.to_str(),
            other => other.repr(),
        }
    }

    /// `str(v)`, or the RecursionError of `try_repr`.
    pub fn try_to_str(&self) -> Result<String, Raise> {
        match self {
            Value::Str(_) | Value::Exception(_) => Ok(self.to_str()),
            other => other.try_repr(),
        }
    }
}

/// What `repr` keeps track of as it descends into containers.
#[derive(Default)]
struct Repr {
    /// The lists and dicts being printed, to stop at a list that contains
    /// itself as CPython does (`[[...]]`).
    path: Vec<*const ()>,
    /// How many containers deep the printing is.
    depth: usize,
    /// Set when a container was nested too deep to print.
    too_deep: bool,
}

/// How deep `repr` follows containers inside containers. CPython stops
/// at its recursion limit, about 990 levels from `main`, with a
/// RecursionError; printing deeper would also overflow the browser's stack.
pub const MAX_REPR_DEPTH: usize = 988;

fn write_repr(v: &Value, out: &mut String, st: &mut Repr) {
    // Past the limit CPython has already raised: write nothing more, or a
    // shared structure would be walked once per path through it.
    if st.too_deep {
        return;
    }
    let container = matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::DictView(..)
    );
    if !container {
        return write_value(v, out, st);
    }
    if st.depth >= MAX_REPR_DEPTH {
        st.too_deep = true;
        out.push_str("...");
        return;
    }
    st.depth += 1;
    write_value(v, out, st);
    st.depth -= 1;
}

/// Containers, which recurse; kept apart from the other values so that
/// each level of a deeply nested list takes little stack.
fn write_value(v: &Value, out: &mut String, st: &mut Repr) {
    match v {
        Value::List(items) => {
            let id = std::rc::Rc::as_ptr(items) as *const ();
            if st.path.contains(&id) {
                out.push_str("[...]");
                return;
            }
            st.path.push(id);
            out.push('[');
            for (i, item) in items.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out, st);
            }
            out.push(']');
            st.path.pop();
        }
        Value::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out, st);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            let id = std::rc::Rc::as_ptr(d) as *const ();
            if st.path.contains(&id) {
                out.push_str("{...}");
                return;
            }
            st.path.push(id);
            out.push('{');
            for (i, (k, v)) in d.borrow().entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(k, out, st);
                out.push_str(": ");
                write_repr(v, out, st);
            }
            out.push('}');
            st.path.pop();
        }
        Value::DictView(d, part) => {
            // A view inside its own dict prints as `...` within itself,
            // as CPython's does.
            let id = (std::rc::Rc::as_ptr(d) as usize + 1 + *part as usize) as *const ();
            if st.path.contains(&id) {
                out.push_str("...");
                return;
            }
            st.path.push(id);
            out.push_str(part.type_name());
            out.push('(');
            write_repr(&Value::list(d.borrow().part(*part)), out, st);
            out.push(')');
            st.path.pop();
        }
        other => write_leaf(other, out),
    }
}

/// Everything but containers.
#[inline(never)]
fn write_leaf(v: &Value, out: &mut String) {
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Str(s) => out.push_str(&str_repr(s)),
        Value::Iterator(it) => out.push_str(&format!(
            "<{} object at {ADDRESS}>",
            it.borrow().type_name()
        )),
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Exception(e) => out.push_str(&e.repr()),
        Value::Class(Class::Type(name)) => out.push_str(&format!("<class '{name}'>")),
        Value::Class(Class::Exception(k)) => {
            let module = if k.qualified_name() == k.name() {
                ""
            } else {
                "asyncio.exceptions."
            };
            out.push_str(&format!("<class '{module}{}'>", k.name()));
        }
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) => {
            out.push_str(&callable_repr(v))
        }
        Value::Module(m) => out.push_str(&format!("<module '{}' from '…'>", m.name())),
        Value::Coroutine(c) => {
            out.push_str(&format!("<coroutine object {} at {ADDRESS}>", c.name()))
        }
        Value::Future(f) => out.push_str(&f.repr()),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::DictView(..) => {
            unreachable!("write_value prints containers")
        }
    }
}

fn callable_repr(v: &Value) -> String {
    use super::Builtin::*;
    match v {
        Value::Function(_) => format!("<function at {ADDRESS}>"),
        // asyncio's functions are written in Python, the rest are C builtins.
        Value::Builtin(b @ (Sleep | Gather | CreateTask | AsyncioRun)) => {
            format!("<function {} at {ADDRESS}>", b.name())
        }
        Value::Builtin(b) => format!("<built-in function {}>", b.name()),
        Value::Method(m) => format!(
            "<built-in method {} of {} object at {ADDRESS}>",
            m.1,
            m.0.type_name()
        ),
        _ => unreachable!("callable_repr is only called on callables"),
    }
}

/// `repr(float)`: the shortest digits that round-trip, laid out in fixed
/// notation when the exponent is in [-4, 16) and in scientific notation
/// (`1e-05`, `1.5e+16`) otherwise.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, k) = super::decimal::shortest_digits(f.abs());
    let digits: String = digits.iter().map(|d| (b'0' + d) as char).collect();
    // The exponent of scientific notation, `d.ddd × 10^exp`.
    let exp = k - 1;
    let negative = f < 0.0;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                out.push_str(&"0".repeat(point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(str)`: single quotes unless the text holds a single quote and no
/// double quote; escapes for backslashes, the chosen quote and characters
/// Python does not consider printable.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character: false for control,
/// separator (other than space) and format characters. Rust's standard
/// library has no Unicode category table, so format characters are listed.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let n = c as u32;
    let format_or_private = matches!(n,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF | 0xE0001 | 0xE0020..=0xE007F);
    !format_or_private
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{ExcKind, Exception};

    #[test]
    fn floats_print_like_python() {
        let cases = [
            (0.03, "0.03"),
            (1e-05, "1e-05"),
            (2.0, "2.0"),
            (0.001, "0.001"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00012, "0.00012"),
            (-1.5e-7, "-1.5e-07"),
            (-0.0, "-0.0"),
            (1e22, "1e+22"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (std::f64::consts::SQRT_2, "1.4142135623730951"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "repr({f:?})");
        }
    }

    #[test]
    fn strings_pick_quotes_like_python() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\"b"), "'a\"b'");
        assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(str_repr("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(str_repr("\u{a0}\u{200b}\u{7f}"), "'\\xa0\\u200b\\x7f'");
        assert_eq!(str_repr("café ü 日本"), "'café ü 日本'");
        assert_eq!(str_repr("back\\slash"), "'back\\\\slash'");
    }

    #[test]
    fn containers_and_exceptions_print_like_python() {
        let l = Value::list(vec![
            Value::Int(400),
            Value::Exception(Exception::new(
                ExcKind::TypeError,
                "can't multiply sequence by non-int of type 'str'",
            )),
            Value::str("x"),
            Value::None,
            Value::Bool(true),
            Value::Float(2.0),
        ]);
        assert_eq!(
            l.to_str(),
            "[400, TypeError(\"can't multiply sequence by non-int of type 'str'\"), 'x', None, True, 2.0]"
        );
        assert_eq!(Value::Tuple(vec![Value::Int(1)].into()).repr(), "(1,)");
        assert_eq!(Value::Tuple(vec![].into()).repr(), "()");
        let key = Exception::new(ExcKind::KeyError, "k");
        assert_eq!(key.to_str(), "'k'");
        assert_eq!(key.traceback_line(), "KeyError: 'k'");
        assert_eq!(
            Exception::bare(ExcKind::ValueError).traceback_line(),
            "ValueError"
        );
        assert_eq!(Exception::bare(ExcKind::ValueError).repr(), "ValueError()");
        assert_eq!(
            Exception::bare(ExcKind::CancelledError).traceback_line(),
            "asyncio.exceptions.CancelledError"
        );
    }

    #[test]
    fn a_list_containing_itself_prints_once() {
        let l = Value::list(vec![Value::Int(1)]);
        if let Value::List(items) = &l {
            items.borrow_mut().push(l.clone());
        }
        assert_eq!(l.repr(), "[1, [...]]");
        // Break the cycle so the test does not leak.
        if let Value::List(items) = &l {
            items.borrow_mut().clear();
        }
    }
}
