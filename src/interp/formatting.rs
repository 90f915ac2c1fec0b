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
use crate::value::{ExcKind, Exception, Value};
use std::rc::Rc;

fn value_error(message: String) -> Raise {
    Raise::Exc(Exception::new(ExcKind::ValueError, message))
}

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

/// The template with its fields replaced; `depth` is how many more levels
/// of fields nested in specs are allowed (CPython's `recursion_depth`).
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
        match c {
            '{' if chars.get(i + 1) == Some(&'{') => {
                out.push('{');
                i += 2;
            }
            '}' if chars.get(i + 1) == Some(&'}') => {
                out.push('}');
                i += 2;
            }
            '}' => {
                return Err(value_error(
                    "Single '}' encountered in format string".into(),
                ))
            }
            '{' => {
                // The field runs to the `}` that balances this `{`; a `{`
                // may open a field only inside the spec, after a `:`.
                let start = i + 1;
                if start == chars.len() {
                    return Err(value_error(
                        "Single '{' encountered in format string".into(),
                    ));
                }
                let (mut level, mut in_spec, mut bracket) = (1, false, false);
                let mut j = start;
                while j < chars.len() {
                    match chars[j] {
                        '[' if !in_spec => bracket = true,
                        ']' if !in_spec => bracket = false,
                        ':' if !bracket => in_spec = true,
                        '{' if !in_spec => {
                            return Err(value_error("unexpected '{' in field name".into()))
                        }
                        '{' => level += 1,
                        '}' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= chars.len() {
                    return Err(value_error("expected '}' before end of string".into()));
                }
                let field: String = chars[start..j].iter().collect();
                out.push_str(&field_text(rt, &field, args, kwargs, numbering, depth)?);
                i = j + 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// One field, `name!conv:spec`, formatted.
fn field_text(
    rt: &Rc<Runtime>,
    field: &str,
    args: &[Value],
    kwargs: &Kwargs,
    numbering: &mut Numbering,
    depth: usize,
) -> Result<String, Raise> {
    // The name ends at the first `!` or `:` outside brackets.
    let mut bracket = false;
    let mut end = field.len();
    for (at, c) in field.char_indices() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' | ':' if !bracket => {
                end = at;
                break;
            }
            _ => {}
        }
    }
    let (name, rest) = field.split_at(end);
    let (conversion, spec) = match rest.strip_prefix('!') {
        Some(after) => {
            let mut it = after.chars();
            let conv = it.next();
            let tail = it.as_str();
            // `{0!}`: the `}` was taken for the conversion, and the
            // field never closes.
            let Some(conv) = conv else {
                return Err(value_error("unmatched '{' in format spec".into()));
            };
            let spec = match tail.strip_prefix(':') {
                Some(spec) => spec,
                None if tail.is_empty() => "",
                None => {
                    return Err(value_error(
                        "expected ':' after conversion specifier".into(),
                    ))
                }
            };
            (Some(conv), spec)
        }
        None => (None, rest.strip_prefix(':').unwrap_or("")),
    };
    let value = field_value(rt, name, args, kwargs, numbering)?;
    let mut user = rt.formatter();
    let value = match conversion {
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
    // Fields inside the spec (`{:>{width}}`) are formatted first.
    let spec = if spec.contains(['{', '}']) {
        render(rt, spec, args, kwargs, numbering, depth - 1)?
    } else {
        spec.to_string()
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

/// `template % values`: printf-style formatting (`PyUnicode_Format`).
pub(crate) fn percent(rt: &Rc<Runtime>, template: &str, values: &Value) -> Result<Value, Raise> {
    // A tuple gives the values in order; a dict (and no tuple), the
    // `%(key)s` lookups; anything else is the one value.
    // (CPython takes anything with `__getitem__` but a str for a mapping:
    // a list too, whose leftover is then no error.)
    let (items, mapping): (Vec<Value>, Option<&Value>) = match values {
        Value::Tuple(items) => (items.to_vec(), None),
        Value::Dict(_) | Value::List(_) => (vec![values.clone()], Some(values)),
        other => (vec![other.clone()], None),
    };
    let mut next = 0usize;
    // Whether the values are one object used whole (not a tuple): the
    // "not all arguments converted" check then only looks at it if no
    // `%(key)` used the mapping.
    let mut used_mapping = false;
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let take = |next: &mut usize| -> Result<Value, Raise> {
        let v = items
            .get(*next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string".into()))?;
        *next += 1;
        Ok(v)
    };
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let incomplete = || value_error("incomplete format".into());
        // `%(key)`: a lookup in the mapping.
        let mut keyed = None;
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
            keyed = Some(crate::value::subscript::get_item(
                mapping,
                &Value::str(&key),
            )?);
            used_mapping = true;
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
        let number = |i: &mut usize, next: &mut usize| -> Result<Option<i64>, Raise> {
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                return match take(next)? {
                    Value::Int(n) => Ok(Some(n)),
                    Value::Bool(b) => Ok(Some(i64::from(b))),
                    _ => Err(type_error("* wants int".into())),
                };
            }
            let from = *i;
            while chars.get(*i).is_some_and(char::is_ascii_digit) {
                *i += 1;
            }
            if from == *i {
                return Ok(None);
            }
            let digits: String = chars[from..*i].iter().collect();
            digits
                .parse::<i64>()
                .map(Some)
                .map_err(|_| value_error("width too big".into()))
        };
        let mut width = number(&mut i, &mut next)?;
        if let Some(w) = width.filter(|w| *w < 0) {
            // `*` given a negative width: left-justified.
            left = true;
            width = Some(-w);
        }
        let precision = if chars.get(i) == Some(&'.') {
            i += 1;
            Some(number(&mut i, &mut next)?.unwrap_or(0).max(0))
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
        if kind == '%' {
            out.push('%');
            continue;
        }
        let value = match keyed.take() {
            Some(v) => v,
            None => take(&mut next)?,
        };
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
                    "{}{}.{}{kind}",
                    if alternate { "#" } else { "" },
                    "",
                    precision.unwrap_or(6)
                );
                let text = format_value(&Value::Float(f.abs()), &spec, &mut rt.formatter())?;
                let negative = f.is_sign_negative() && !f.is_nan();
                let sign = sign_of(negative, sign, space);
                // Infinities and NaN are never padded with zeros.
                pad(text, width, left, zero && f.is_finite(), sign)
            }
            'c' => {
                let text = match &value {
                    Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => {
                            return Err(Raise::Exc(Exception::new(
                                ExcKind::OverflowError,
                                "%c arg not in range(0x110000)",
                            )))
                        }
                    },
                    Value::Str(s) if s.chars().count() == 1 => s.to_string(),
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
    // Values left over: an error, unless the one value was a mapping the
    // keys used (or any object no `%` took, given whole... only a tuple's
    // items must all be taken).
    let whole = !matches!(values, Value::Tuple(_));
    if next < items.len() && !(whole && (used_mapping || mapping.is_some())) {
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
