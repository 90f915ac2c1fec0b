//! Python's format-spec mini-language, as `f"{x:>8.2f}"` and `format(x,
//! spec)` use it: fill and alignment, sign, zero padding, width, `,` or `_`
//! grouping, precision, and the types `s`, `d`, `f`, `F` and `%`, with
//! CPython's errors for a spec that does not fit the value.
//!
//! Fixed-point digits come from `decimal::fixed`, exact and correctly
//! rounded as CPython's are. What is not here (`e`, `g`, `x`, `#`...) stops
//! the run with a message rather than printing something else.

use super::decimal::fixed;
use super::{ExcKind, Exception, Value};
use crate::error::{Raise, RunError};

use super::ops::value_error;

/// A parsed spec: `[[fill]align][sign][0][width][,|_][.precision][type]`.
struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
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
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    let (mut fill, mut align) = (' ', None);
    if chars.len() >= 2 && is_align(chars[1]) {
        fill = chars[0];
        align = Some(chars[1]);
        i = 2;
    } else if chars.first().is_some_and(|c| is_align(*c)) {
        align = Some(chars[0]);
        i = 1;
    }
    let mut sign = '-';
    if let Some(c @ ('+' | '-' | ' ')) = chars.get(i) {
        sign = *c;
        i += 1;
    }
    if let Some(c @ ('z' | '#')) = chars.get(i) {
        return Err(RunError::unsupported(format!(
            "the `{c}` option of format specs is not modelled yet"
        )));
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
        zero,
        width,
        grouping,
        precision,
        kind,
    })
}

/// `format(v, spec)`
pub fn format_value(v: &Value, spec: &str) -> Result<String, Raise> {
    if spec.is_empty() {
        return v.try_to_str();
    }
    let type_name = v.type_name();
    let s = parse(spec, type_name)?;
    let unknown = |c: char| {
        value_error(format!(
            "Unknown format code '{c}' for object of type '{type_name}'"
        ))
    };
    let not_modelled = |c: char| {
        RunError::unsupported(format!(
            "the format type `{c}` is not modelled yet; Interleave formats with s, d, f and %"
        ))
    };
    // The sign (if any) and the digits or text, to be padded.
    let (negative, body, numeric) = match v {
        Value::Str(text) => {
            match s.kind {
                None | Some('s') => {}
                Some(c) => return Err(unknown(c)),
            }
            if s.sign != '-' {
                return Err(value_error(
                    "Sign not allowed in string format specifier".into(),
                ));
            }
            if let Some(g) = s.grouping {
                return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
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
            (false, text, false)
        }
        Value::Int(_) | Value::Bool(_) => {
            let i = match v {
                Value::Int(i) => *i,
                _ => v.truthy() as i64,
            };
            match s.kind {
                None | Some('d') => {
                    if s.precision.is_some() {
                        return Err(value_error(
                            "Precision not allowed in integer format specifier".into(),
                        ));
                    }
                    (
                        i < 0,
                        group(&i.unsigned_abs().to_string(), s.grouping),
                        true,
                    )
                }
                Some(c @ ('f' | 'F' | '%')) => float_body(i as f64, c, &s),
                Some(c @ ('e' | 'E' | 'g' | 'G' | 'n' | 'x' | 'X' | 'o' | 'b' | 'c')) => {
                    return Err(not_modelled(c))
                }
                Some(c) => return Err(unknown(c)),
            }
        }
        Value::Float(f) => match s.kind {
            Some(c @ ('f' | 'F' | '%')) => float_body(*f, c, &s),
            None if s.precision.is_none() => {
                let text = v.to_str();
                let digits = text.trim_start_matches('-');
                (
                    f.is_sign_negative() && !f.is_nan(),
                    group_float(digits, s.grouping),
                    true,
                )
            }
            None => return Err(not_modelled('g')),
            Some(c @ ('e' | 'E' | 'g' | 'G' | 'n')) => return Err(not_modelled(c)),
            Some(c) => return Err(unknown(c)),
        },
        other => {
            return Err(Raise::Exc(Exception::new(
                ExcKind::TypeError,
                format!(
                    "unsupported format string passed to {}.__format__",
                    other.type_name()
                ),
            )))
        }
    };
    let sign = match (negative, s.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    };
    let (fill, align) = match (s.zero, s.align) {
        (true, None) if numeric => ('0', '='),
        (true, None) => ('0', '<'),
        (_, Some(a)) => (s.fill, a),
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

/// The digits of a float in fixed notation (`f`, `F`, or `%`, which is
/// the value × 100 then a percent sign), without its sign.
fn float_body(f: f64, kind: char, s: &Spec) -> (bool, String, bool) {
    let places = s.precision.unwrap_or(6);
    let value = if kind == '%' { f * 100.0 } else { f };
    let mut body = if value.is_nan() {
        "nan".to_string()
    } else if value.is_infinite() {
        "inf".to_string()
    } else {
        group_float(&fixed(value, places), s.grouping)
    };
    if kind == 'F' {
        body = body.to_ascii_uppercase();
    }
    if kind == '%' {
        body.push('%');
    }
    (value.is_sign_negative() && !value.is_nan(), body, true)
}

/// `digits` (an unsigned integer) with `sep` between groups of three.
fn group(digits: &str, sep: Option<char>) -> String {
    let Some(sep) = sep else {
        return digits.to_string();
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A float's digits with the integer part grouped.
fn group_float(digits: &str, sep: Option<char>) -> String {
    match digits.split_once('.') {
        Some((whole, frac)) if whole.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{}.{frac}", group(whole, sep))
        }
        _ => digits.to_string(),
    }
}
