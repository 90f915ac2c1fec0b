//! Formatting by template, as older code writes it: `str.format` (fields
//! `{name!conv:spec}`, numbered automatically or by hand, with `.attr` and
//! `[key]` after the name, and fields nested in the spec) and printf-style
//! `template % values` (`%s`, `%r`, `%d`, `%x`, `%f`, `%g`..., with flags,
//! width, precision, `*` and `%(key)s`). Each follows CPython's parser
//! (`Objects/stringlib/unicode_format.h`, `PyUnicode_Format`), with its
//! errors, in the order CPython meets them.
//!
//! The format-spec mini-language itself is `value::format_spec`'s, which
//! f-strings use too. Not here: `format_map`, `%a` on text beyond ASCII,
//! and bytes.

use super::builtins::{type_error, Kwargs};
use crate::engine::Runtime;
use crate::error::{Raise, RunError};
use crate::value::format_spec::format_value;
use crate::value::ops::value_error;
use crate::value::{ExcKind, Exception, Value};
use std::rc::Rc;

/// How the fields of one `str.format` call are numbered: CPython's
/// `AutoNumber`, which refuses a mix of `{}` and `{0}`.
#[derive(PartialEq)]
enum Numbering {
    Unknown,
    Automatic(usize),
    Manual,
}

/// `template.format(*args, **kwargs)`.
pub(crate) fn str_format(
    rt: &Rc<Runtime>,
    template: &str,
    args: &[Value],
    kwargs: &Kwargs,
) -> Result<Value, Raise> {
    let mut numbering = Numbering::Unknown;
    let out = render(rt, template, args, kwargs, &mut numbering, 2)?;
    Ok(Value::str(&out))
}

/// The template with its fields replaced, read as CPython's
/// `MarkupIterator` reads it: literal text up to a brace, then a field
/// parsed by `parse_field`'s rules, each rendered as it is reached; `depth`
/// is how many more levels of fields nested in specs are allowed.
fn render(
    rt: &Rc<Runtime>,
    template: &str,
    args: &[Value],
    kwargs: &Kwargs,
    numbering: &mut Numbering,
    depth: usize,
) -> Result<String, Raise> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded".into()));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        let next = chars.get(i).copied();
        if c == '}' && next != Some('}') {
            return Err(value_error(
                "Single '}' encountered in format string".into(),
            ));
        }
        let Some(next) = next else {
            return Err(value_error(
                "Single '{' encountered in format string".into(),
            ));
        };
        if next == c {
            out.push(c);
            i += 1;
            continue;
        }
        let field = parse_field(&chars, &mut i)?;
        out.push_str(&field_text(rt, &field, args, kwargs, numbering, depth)?);
    }
    Ok(out)
}

/// A field as `parse_field` splits it: its name, its conversion, its spec.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
}

/// `parse_field`: from just after a field's `{`, to just after its `}`.
fn parse_field(chars: &[char], i: &mut usize) -> Result<Field, Raise> {
    // The name ends at `}`, `:` or `!`; a `[...]` in it may hold any of
    // them, and a `{` is an error.
    let start = *i;
    let mut c = '\0';
    while *i < chars.len() {
        c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name".into())),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') {
        *i - 1
    } else {
        *i
    };
    let name: String = chars[start..name_end].iter().collect();
    let mut conversion = None;
    if c != '!' && c != ':' {
        if c != '}' {
            return Err(value_error("expected '}' before end of string".into()));
        }
        return Ok(Field {
            name,
            conversion,
            spec: String::new(),
        });
    }
    if c == '!' {
        let Some(&conv) = chars.get(*i) else {
            return Err(value_error(
                "end of string while looking for conversion specifier".into(),
            ));
        };
        *i += 1;
        conversion = Some(conv);
        if let Some(&after) = chars.get(*i) {
            *i += 1;
            if after == '}' {
                return Ok(Field {
                    name,
                    conversion,
                    spec: String::new(),
                });
            }
            if after != ':' {
                return Err(value_error(
                    "expected ':' after conversion specifier".into(),
                ));
            }
        }
    }
    // The spec runs to the `}` that balances the field's `{`.
    let spec_start = *i;
    let mut count = 1;
    while *i < chars.len() {
        let c = chars[*i];
        *i += 1;
        match c {
            '{' => count += 1,
            '}' => {
                count -= 1;
                if count == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: chars[spec_start..*i - 1].iter().collect(),
                    });
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec".into()))
}

/// One field formatted: its object, converted, formatted by its spec
/// (whose own fields are rendered first).
fn field_text(
    rt: &Rc<Runtime>,
    field: &Field,
    args: &[Value],
    kwargs: &Kwargs,
    numbering: &mut Numbering,
    depth: usize,
) -> Result<String, Raise> {
    let value = field_value(rt, &field.name, args, kwargs, numbering)?;
    let mut user = rt.formatter();
    let value = match field.conversion {
        None => value,
        Some('s') => Value::str(&value.try_to_str(&mut user)?),
        Some('r') => Value::str(&value.try_repr(&mut user)?),
        Some('a') => {
            let text = value.try_repr(&mut user)?;
            if !text.is_ascii() {
                return Err(RunError::unsupported(
                    "`!a` on text beyond ASCII is not supported yet; use `!r`",
                ));
            }
            Value::str(&text)
        }
        Some(other) => return Err(value_error(format!("Unknown conversion specifier {other}"))),
    };
    let spec = if field.spec.contains(['{', '}']) {
        render(rt, &field.spec, args, kwargs, numbering, depth - 1)?
    } else {
        field.spec.clone()
    };
    format_value(&value, &spec, &mut rt.formatter())
}

/// The object a field's name picks: an argument by number or keyword,
/// then each `.attr` and `[key]` after it.
fn field_value(
    rt: &Rc<Runtime>,
    name: &str,
    args: &[Value],
    kwargs: &Kwargs,
    numbering: &mut Numbering,
) -> Result<Value, Raise> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut value = if first.is_empty() || first.bytes().all(|b| b.is_ascii_digit()) {
        let index = if first.is_empty() {
            if *numbering == Numbering::Manual {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering"
                        .into(),
                ));
            }
            let next = match numbering {
                Numbering::Automatic(n) => *n,
                _ => 0,
            };
            *numbering = Numbering::Automatic(next + 1);
            next
        } else {
            if matches!(numbering, Numbering::Automatic(_)) {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification"
                        .into(),
                ));
            }
            *numbering = Numbering::Manual;
            first
                .parse::<usize>()
                .map_err(|_| value_error("Too many decimal digits in format string".into()))?
        };
        match args.get(index) {
            Some(v) => v.clone(),
            None => {
                return Err(Raise::Exc(Exception::new(
                    ExcKind::IndexError,
                    format!("Replacement index {index} out of range for positional args tuple"),
                )))
            }
        }
    } else {
        match kwargs.iter().find(|(k, _)| &**k == first) {
            Some((_, v)) => v.clone(),
            None => {
                return Err(Raise::Exc(Exception::with_args(
                    ExcKind::KeyError,
                    vec![Value::str(first)],
                )))
            }
        }
    };
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            let (attr, tail) = after.split_at(end);
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string".into()));
            }
            value = super::builtins::get_attr(rt, value, &Rc::from(attr))?;
            rest = tail;
        } else if let Some(after) = rest.strip_prefix('[') {
            let Some(close) = after.find(']') else {
                return Err(value_error("Missing ']' in format string".into()));
            };
            let key = &after[..close];
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string".into()));
            }
            // A key of digits is an index; any other, a string.
            let key = match key.parse::<i64>() {
                Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(i),
                _ => Value::str(key),
            };
            value = crate::value::subscript::get_item(&value, &key)?;
            rest = &after[close + 1..];
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier".into(),
            ));
        }
    }
    Ok(value)
}

/// Where `%` takes its next value from: CPython's `args`, `arglen` and
/// `argidx`. A tuple's items in turn; any other value once, whole
/// (`arglen` -1); after a `%(key)`, the value the key gave, once.
struct Values {
    args: Value,
    len: isize,
    next: isize,
}

impl Values {
    fn take(&mut self) -> Result<Value, Raise> {
        if self.next >= self.len {
            return Err(type_error("not enough arguments for format string".into()));
        }
        self.next += 1;
        Ok(match (&self.args, self.len) {
            (Value::Tuple(items), n) if n >= 0 => items[(self.next - 1) as usize].clone(),
            (whole, _) => whole.clone(),
        })
    }

    fn whole(args: Value) -> Values {
        Values {
            args,
            len: -1,
            next: -2,
        }
    }
}

/// `template % values`: printf-style formatting (`PyUnicode_Format`).
pub(crate) fn percent(rt: &Rc<Runtime>, template: &str, values: &Value) -> Result<Value, Raise> {
    if crate::value::protocols::defines(values, "__getitem__") {
        return Err(RunError::unsupported(
            "`%` formatting of an object whose class has `__getitem__` (CPython takes it as the mapping `%(key)s` reads) is not supported yet; pass a dict or a tuple",
        ));
    }
    // A value with `__getitem__` (a dict, a list; not a tuple or a str)
    // is also the mapping `%(key)` looks in.
    let mapping = matches!(values, Value::Dict(_) | Value::List(_)).then_some(values);
    let mut from = match values {
        Value::Tuple(items) => Values {
            args: values.clone(),
            len: items.len() as isize,
            next: 0,
        },
        other => Values::whole(other.clone()),
    };
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        // `%%` alone is a percent sign; with anything between, `%` is a
        // conversion like the others (and an unsupported one).
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let incomplete = || value_error("incomplete format".into());
        if chars.get(i) == Some(&'(') {
            let Some(mapping) = mapping else {
                return Err(type_error("format requires a mapping".into()));
            };
            let mut level = 1;
            let key_start = i + 1;
            i += 1;
            while i < chars.len() && level > 0 {
                match chars[i] {
                    '(' => level += 1,
                    ')' => level -= 1,
                    _ => {}
                }
                i += 1;
            }
            if level > 0 {
                return Err(value_error("incomplete format key".into()));
            }
            let key: String = chars[key_start..i - 1].iter().collect();
            from = Values::whole(crate::value::subscript::get_item(
                mapping,
                &Value::str(&key),
            )?);
        }
        let (mut left, mut sign, mut space, mut alternate, mut zero) =
            (false, false, false, false, false);
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => left = true,
                '+' => sign = true,
                ' ' => space = true,
                '#' => alternate = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let number = |i: &mut usize, from: &mut Values| -> Result<Option<i64>, Raise> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                return match from.take()? {
                    Value::Int(n) => Ok(Some(n)),
                    Value::Bool(b) => Ok(Some(i64::from(b))),
                    _ => Err(type_error("* wants int".into())),
                };
            }
            let start = *i;
            while chars.get(*i).is_some_and(char::is_ascii_digit) {
                *i += 1;
            }
            if start == *i {
                return Ok(None);
            }
            let digits: String = chars[start..*i].iter().collect();
            digits
                .parse::<i64>()
                .map(Some)
                .map_err(|_| value_error("width too big".into()))
        };
        let mut width = number(&mut i, &mut from)?;
        if let Some(w) = width.filter(|w| *w < 0) {
            // `*` given a negative width: left-justified.
            left = true;
            width = Some(-w);
        }
        let precision = if chars.get(i) == Some(&'.') {
            i += 1;
            Some(number(&mut i, &mut from)?.unwrap_or(0).max(0))
        } else {
            None
        };
        // Length modifiers, which Python ignores.
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&kind) = chars.get(i) else {
            return Err(incomplete());
        };
        i += 1;
        let value = from.take()?;
        let width = width.unwrap_or(0).clamp(0, 10_000) as usize;
        let precision = precision.map(|p| p.clamp(0, 10_000) as usize);
        let body = match kind {
            's' | 'r' | 'a' => {
                let mut user = rt.formatter();
                let mut text = match kind {
                    's' => value.try_to_str(&mut user)?,
                    _ => value.try_repr(&mut user)?,
                };
                if kind == 'a' && !text.is_ascii() {
                    return Err(RunError::unsupported(
                        "`%a` on text beyond ASCII is not supported yet; use `%r`",
                    ));
                }
                if let Some(p) = precision {
                    text = text.chars().take(p).collect();
                }
                pad(text, width, left, false, "")
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match (&value, kind) {
                    (Value::Int(n), _) => *n,
                    (Value::Bool(b), _) => i64::from(*b),
                    (Value::Float(f), 'd' | 'i' | 'u') => {
                        if !f.is_finite() {
                            return Err(Raise::Exc(Exception::new(
                                if f.is_nan() {
                                    ExcKind::ValueError
                                } else {
                                    ExcKind::OverflowError
                                },
                                if f.is_nan() {
                                    "cannot convert float NaN to integer"
                                } else {
                                    "cannot convert float infinity to integer"
                                },
                            )));
                        }
                        if f.abs() >= 9.2e18 {
                            return Err(RunError::limit(
                                "a float beyond 64-bit integers given to %d is outside what Interleave's integers hold",
                            ));
                        }
                        f.trunc() as i64
                    }
                    (other, 'd' | 'i' | 'u') => {
                        return Err(type_error(format!(
                            "%{kind} format: a real number is required, not {}",
                            other.cpython_type_name()
                        )))
                    }
                    (other, _) => {
                        return Err(type_error(format!(
                            "%{kind} format: an integer is required, not {}",
                            other.cpython_type_name()
                        )))
                    }
                };
                let magnitude = n.unsigned_abs();
                let mut digits = match kind {
                    'x' => format!("{magnitude:x}"),
                    'X' => format!("{magnitude:X}"),
                    'o' => format!("{magnitude:o}"),
                    _ => magnitude.to_string(),
                };
                if let Some(p) = precision {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let prefix = match (alternate, kind) {
                    (true, 'x') => "0x",
                    (true, 'X') => "0X",
                    (true, 'o') => "0o",
                    _ => "",
                };
                let sign = sign_of(n < 0, sign, space);
                pad(digits, width, left, zero, &format!("{sign}{prefix}"))
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &value {
                    Value::Float(f) => *f,
                    Value::Int(n) => *n as f64,
                    Value::Bool(b) => f64::from(u8::from(*b)),
                    other => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            other.cpython_type_name()
                        )))
                    }
                };
                let spec = format!(
                    "{}.{}{kind}",
                    if alternate { "#" } else { "" },
                    precision.unwrap_or(6)
                );
                let text = format_value(&Value::Float(f.abs()), &spec, &mut rt.formatter())?;
                let negative = f.is_sign_negative() && !f.is_nan();
                // Zeros pad infinities and NaN too, as `PyUnicode_Format`
                // pads them (unlike `format()`).
                pad(text, width, left, zero, sign_of(negative, sign, space))
            }
            'c' => {
                let code = match &value {
                    Value::Int(n) => Some(*n),
                    Value::Bool(b) => Some(i64::from(*b)),
                    _ => None,
                };
                let text = match (&value, code) {
                    (_, Some(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => {
                            return Err(Raise::Exc(Exception::new(
                                ExcKind::OverflowError,
                                "%c arg not in range(0x110000)",
                            )))
                        }
                    },
                    (Value::Str(s), _) if s.chars().count() == 1 => s.to_string(),
                    _ => return Err(type_error("%c requires int or char".into())),
                };
                pad(text, width, left, false, "")
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&body);
    }
    // A value left over is an error, unless the values were a mapping.
    if from.next < from.len && mapping.is_none() {
        return Err(type_error(
            "not all arguments converted during string formatting".into(),
        ));
    }
    Ok(Value::str(&out))
}

fn sign_of(negative: bool, plus: bool, space: bool) -> &'static str {
    match (negative, plus, space) {
        (true, ..) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    }
}

/// `prefix` (sign, `0x`) and `body` in `width`: spaces on the left, or on
/// the right when `left`; with `zero`, zeros between the prefix and the
/// body.
fn pad(body: String, width: usize, left: bool, zero: bool, prefix: &str) -> String {
    let len = prefix.chars().count() + body.chars().count();
    let fill = width.saturating_sub(len);
    if left {
        format!("{prefix}{body}{}", " ".repeat(fill))
    } else if zero {
        format!("{prefix}{}{body}", "0".repeat(fill))
    } else {
        format!("{}{prefix}{body}", " ".repeat(fill))
    }
}
