//! Python's format-spec mini-language, as `f"{x:>8.2f}"` and `format(x,
//! spec)` use it: fill and alignment, sign, `#`, zero padding, width, `,`
//! or `_` grouping, precision, and the types `s`, `d`, `x`, `X`, `o`, `b`,
//! `c`, `f`, `F`, `e`, `E`, `g`, `G` and `%`, with CPython's errors for a
//! spec that does not fit the value.
//!
//! Digits come from `decimal::fixed` and `decimal::significant`, exact and
//! correctly rounded as CPython's are. What is not here (`n`, which
//! depends on the locale, and the `z` option) stops the run with a message
//! rather than printing something else.

use super::decimal::{fixed, significant};
use super::{ExcKind, Exception, Value};
use crate::collect::CollectVec;
use crate::error::{Raise, RunError};

use super::ops::value_error;

/// A parsed spec: `[[fill]align][sign][0][width][,|_][.precision][type]`.
struct Spec {
    /// `None` when not written: zero padding then fills with `0`.
    fill: Option<char>,
    align: Option<char>,
    /// `+`, `-` or ` `, if written (`-` and none print alike, but only
    /// none is allowed for strings and `c`).
    sign: Option<char>,
    /// `#`: the alternate form (`0x` prefixes, a point that stays).
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

/// The longest width or precision taken; CPython's limit is far larger, but
/// no printed line needs more.
const MAX_WIDTH: usize = 10_000;

fn parse(spec: &str, type_name: &str) -> Result<Spec, Raise> {
    let invalid = || {
        value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ))
    };
    let chars: Vec<char> = spec.chars().collect_vec();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    let (mut fill, mut align) = (None, None);
    if chars.len() >= 2 && is_align(chars[1]) {
        fill = Some(chars[0]);
        align = Some(chars[1]);
        i = 2;
    } else if chars.first().is_some_and(|c| is_align(*c)) {
        align = Some(chars[0]);
        i = 1;
    }
    let mut sign = None;
    if let Some(c @ ('+' | '-' | ' ')) = chars.get(i) {
        sign = Some(*c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        return Err(RunError::unsupported(
            "the `z` option of format specs is not modelled yet",
        ));
    }
    let alternate = chars.get(i) == Some(&'#');
    if alternate {
        i += 1;
    }
    let zero = chars.get(i) == Some(&'0');
    if zero {
        i += 1;
    }
    let number = |i: &mut usize| -> Result<Option<usize>, Raise> {
        let start = *i;
        while chars.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        if *i == start {
            return Ok(None);
        }
        let n: String = chars[start..*i].iter().collect();
        match n.parse::<usize>() {
            Ok(n) if n <= MAX_WIDTH => Ok(Some(n)),
            _ => Err(RunError::limit(format!(
                "a format width or precision above {MAX_WIDTH} is not modelled"
            ))),
        }
    };
    let width = number(&mut i)?.unwrap_or(0);
    let mut grouping = None;
    if let Some(c @ (',' | '_')) = chars.get(i) {
        grouping = Some(*c);
        i += 1;
        if matches!(chars.get(i), Some(',' | '_')) && chars.get(i) != Some(c) {
            return Err(value_error("Cannot specify both ',' and '_'.".into()));
        }
    }
    let mut precision = None;
    if chars.get(i) == Some(&'.') {
        i += 1;
        precision = Some(
            number(&mut i)?
                .ok_or_else(|| value_error("Format specifier missing precision".into()))?,
        );
    }
    let kind = chars.get(i).copied();
    if kind.is_some() {
        i += 1;
    }
    if i != chars.len() {
        return Err(invalid());
    }
    Ok(Spec {
        fill,
        align,
        sign,
        alternate,
        zero,
        width,
        grouping,
        precision,
        kind,
    })
}

fn unsupported_spec(v: &Value) -> Raise {
    Raise::Exc(Exception::new(
        ExcKind::TypeError,
        format!(
            "unsupported format string passed to {}.__format__",
            v.cpython_type_name()
        ),
    ))
}

/// `format(v, spec)`
pub fn format_value(
    v: &Value,
    spec: &str,
    user: &mut dyn super::format::UserFormat,
) -> Result<String, Raise> {
    if spec.is_empty() {
        return v.try_to_str(user);
    }
    // `object.__format__` refuses any spec before reading it.
    if !matches!(
        v,
        Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::Float(_)
    ) {
        return Err(unsupported_spec(v));
    }
    let type_name = v.cpython_type_name();
    let s = parse(spec, type_name)?;
    let unknown = |c: char| {
        value_error(format!(
            "Unknown format code '{c}' for object of type '{type_name}'"
        ))
    };
    let not_modelled = |c: char| {
        RunError::unsupported(format!(
            "the format type `{c}` is not modelled yet (it depends on the locale); use d, f or g"
        ))
    };
    // CPython checks grouping as it parses, against the type written or
    // the value's own (`s` for a str, `d` for an int), before the rest.
    if let (Some(g), Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::Float(_)) =
        (s.grouping, v)
    {
        let kind = s.kind.or(match v {
            Value::Str(_) => Some('s'),
            Value::Float(_) => None,
            _ => Some('d'),
        });
        let allowed = match kind {
            None | Some('d' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => true,
            Some('x' | 'X' | 'o' | 'b') => g == '_',
            _ => false,
        };
        if let (false, Some(kind)) = (allowed, kind) {
            return Err(value_error(format!("Cannot specify '{g}' with '{kind}'.")));
        }
    }
    // The sign (if any), a prefix such as `0x`, and the digits or text, to
    // be padded.
    let (negative, prefix, body, numeric) = match v {
        Value::Str(text) => {
            match s.kind {
                None | Some('s') => {}
                Some(c) => return Err(unknown(c)),
            }
            match s.sign {
                Some(' ') => {
                    return Err(value_error(
                        "Space not allowed in string format specifier".into(),
                    ))
                }
                Some(_) => {
                    return Err(value_error(
                        "Sign not allowed in string format specifier".into(),
                    ))
                }
                None => {}
            }
            if s.alternate {
                return Err(value_error(
                    "Alternate form (#) not allowed in string format specifier".into(),
                ));
            }
            if s.align == Some('=') {
                return Err(value_error(
                    "'=' alignment not allowed in string format specifier".into(),
                ));
            }
            let text: String = match s.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text.to_string(),
            };
            (false, "", text, false)
        }
        Value::Int(_) | Value::Bool(_) => {
            let i = match v {
                Value::Int(i) => *i,
                _ => matches!(v, Value::Bool(true)) as i64,
            };
            match s.kind {
                Some(c @ ('f' | 'F' | '%' | 'e' | 'E' | 'g' | 'G')) => float_body(i as f64, c, &s),
                Some('n') => return Err(not_modelled('n')),
                None | Some('d' | 'x' | 'X' | 'o' | 'b' | 'c') => int_body(i, &s)?,
                Some(c) => return Err(unknown(c)),
            }
        }
        Value::Float(f) => match s.kind {
            Some(c @ ('f' | 'F' | '%' | 'e' | 'E' | 'g' | 'G')) => float_body(*f, c, &s),
            // No type: `repr`, or with a precision, `g` that keeps a digit
            // after the point.
            None => float_body(*f, 'r', &s),
            Some('n') => return Err(not_modelled('n')),
            Some(c) => return Err(unknown(c)),
        },
        other => return Err(unsupported_spec(other)),
    };
    let sign = match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    // Padding after `=` goes between the prefix and the digits.
    let sign = format!("{sign}{prefix}");
    let (fill, align) = match (s.zero, s.align) {
        (true, None) if numeric => ('0', '='),
        (true, None) => ('0', '<'),
        (true, Some(a)) => (s.fill.unwrap_or('0'), a),
        (false, Some(a)) => (s.fill.unwrap_or(' '), a),
        (false, None) => (' ', if numeric { '>' } else { '<' }),
    };
    if s.zero && s.grouping.is_some() && align == '=' {
        return Err(RunError::unsupported(
            "zero padding together with `,` or `_` grouping is not modelled yet",
        ));
    }
    let len = sign.chars().count() + body.chars().count();
    let pad = s.width.saturating_sub(len);
    let fill_n = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    Ok(match align {
        '<' => format!("{sign}{body}{}", fill_n(pad)),
        '^' => format!("{}{sign}{body}{}", fill_n(pad / 2), fill_n(pad - pad / 2)),
        '=' => format!("{sign}{}{body}", fill_n(pad)),
        _ => format!("{}{sign}{body}", fill_n(pad)),
    })
}

/// An integer's digits in base 10, 16, 8 or 2, or its character (`c`),
/// with the alternate form's prefix.
fn int_body(i: i64, s: &Spec) -> Result<(bool, &'static str, String, bool), Raise> {
    let kind = s.kind.unwrap_or('d');
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    let n = i.unsigned_abs();
    let (digits, group_size, prefix) = match kind {
        'x' => (format!("{n:x}"), 4, "0x"),
        'X' => (format!("{n:X}"), 4, "0X"),
        'o' => (format!("{n:o}"), 4, "0o"),
        'b' => (format!("{n:b}"), 4, "0b"),
        'c' => {
            if s.sign.is_some() {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'".into(),
                ));
            }
            if s.alternate {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'".into(),
                ));
            }
            let code = u32::try_from(i)
                .ok()
                .filter(|c| *c < 0x11_0000)
                .ok_or_else(|| {
                    Raise::Exc(Exception::new(
                        ExcKind::OverflowError,
                        String::from("%c arg not in range(0x110000)"),
                    ))
                })?;
            // Python strings may hold a lone surrogate; Rust's may not.
            let c = char::from_u32(code).ok_or_else(|| {
                RunError::unsupported(format!(
                    "format({i}, 'c') is a lone surrogate, which Interleave's strings cannot hold"
                ))
            })?;
            return Ok((false, "", c.to_string(), true));
        }
        _ => (n.to_string(), 3, ""),
    };
    let prefix = if s.alternate { prefix } else { "" };
    Ok((i < 0, prefix, group(&digits, s.grouping, group_size), true))
}

/// A float's digits, without its sign: fixed notation (`f`, `F`; `%` is
/// the value × 100 then a percent sign), scientific (`e`, `E`), general
/// (`g`, `G`), or no type (`r` here: `repr`, or with a precision, `g` that
/// keeps a digit after the point).
fn float_body(f: f64, kind: char, s: &Spec) -> (bool, &'static str, String, bool) {
    let value = if kind == '%' { f * 100.0 } else { f };
    let mut body = if value.is_nan() {
        "nan".to_string()
    } else if value.is_infinite() {
        "inf".to_string()
    } else {
        let text = match (kind, s.precision) {
            ('r', None) => alternate_repr(value, s.alternate),
            ('e' | 'E', p) => scientific(value, p.unwrap_or(6), s.alternate),
            ('g' | 'G', p) => general(value, p.unwrap_or(6), s.alternate, false),
            ('r', Some(p)) => general(value, p, s.alternate, true),
            (_, p) => {
                let places = p.unwrap_or(6);
                let mut text = fixed(value, places);
                if places == 0 && s.alternate {
                    text.push('.');
                }
                text
            }
        };
        group_float(&text, s.grouping)
    };
    if matches!(kind, 'F' | 'E' | 'G') {
        body = body.to_ascii_uppercase();
    }
    if kind == '%' {
        body.push('%');
    }
    (value.is_sign_negative() && !value.is_nan(), "", body, true)
}

/// `repr` without the sign; `#` keeps a point in it (`1.e+16`).
fn alternate_repr(v: f64, alternate: bool) -> String {
    let text = super::format::float_repr(v.abs());
    if !alternate || text.contains('.') {
        return text;
    }
    match text.split_once('e') {
        Some((mantissa, exp)) => format!("{mantissa}.e{exp}"),
        None => format!("{text}."),
    }
}

/// `v` to `precision` places after the point of its first digit, as
/// `d.ddde+XX`, without the sign.
fn scientific(v: f64, precision: usize, alternate: bool) -> String {
    let (digits, exp) = digits_and_exponent(v, precision + 1);
    exponent_form(&digits, exp, alternate)
}

/// `|v|` to `n` significant digits and the power of ten of the first
/// (zero has exponent 0).
fn digits_and_exponent(v: f64, n: usize) -> (String, i32) {
    if v == 0.0 {
        return ("0".repeat(n), 0);
    }
    significant(v, n)
}

fn exponent_form(digits: &str, exp: i32, point: bool) -> String {
    let (first, rest) = digits.split_at(1);
    let point = if point || !rest.is_empty() { "." } else { "" };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{first}{point}{rest}e{sign}{:02}", exp.unsigned_abs())
}

/// The `g` type: `precision` significant digits, in fixed notation when
/// the exponent is from -4 to below the precision (below precision - 1
/// with no type), else scientific; trailing zeros go unless `#` keeps them.
/// With no type, fixed notation keeps one digit after the point.
fn general(v: f64, precision: usize, alternate: bool, no_type: bool) -> String {
    let p = precision.max(1);
    let (digits, exp) = digits_and_exponent(v, p);
    let limit = if no_type { p as i32 - 1 } else { p as i32 };
    let fixed_notation = (-4..limit).contains(&exp);
    let mut text = if fixed_notation {
        fixed(v, (p as i32 - 1 - exp) as usize)
    } else {
        exponent_form(&digits, exp, alternate)
    };
    if !alternate {
        text = strip_zeros(&text);
    } else if fixed_notation && !text.contains('.') {
        text.push('.');
    }
    if no_type && fixed_notation && !text.contains('.') {
        text.push_str(".0");
    }
    text
}

/// Drops trailing zeros after the point, and the point if nothing is left
/// after it: `1.500` is `1.5`, `2.000e+03` is `2e+03`.
fn strip_zeros(text: &str) -> String {
    let (mantissa, exp) = match text.find('e') {
        Some(at) => text.split_at(at),
        None => (text, ""),
    };
    if !mantissa.contains('.') {
        return text.to_string();
    }
    let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
    format!("{mantissa}{exp}")
}

/// `digits` (an unsigned integer) with `sep` between groups of `size`.
fn group(digits: &str, sep: Option<char>, size: usize) -> String {
    let Some(sep) = sep else {
        return digits.to_string();
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % size == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A float's digits with the integer part grouped (what comes before the
/// point or the exponent).
fn group_float(text: &str, sep: Option<char>) -> String {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    format!("{}{}", group(&text[..end], sep, 3), &text[end..])
}
