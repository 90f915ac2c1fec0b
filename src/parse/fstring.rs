//! The f-string scanner: an f-string's text, as the lexer kept it, split
//! into literal text and `{expr!r:spec}` fields, each field's expression
//! read by the expression parser (`expr.rs`), which knows nothing of
//! braces, conversions or format specs. Form fields' templates
//! (`Fetching {source}...`) are read the same way.

use super::SyntaxError;
use crate::program::{Expr, FPart};

/// Splits an f-string's text into literal text and `{expr}` / `{expr!r}`
/// fields, each field's expression read by `field`; a plain string is
/// one literal part.
pub fn fstring_parts(
    text: &str,
    f: bool,
    (line, col): (usize, usize),
    field: &mut dyn FnMut(&str) -> Result<Expr, SyntaxError>,
) -> Result<Vec<FPart>, SyntaxError> {
    if !f {
        return Ok(vec![FPart::Lit(text.to_string())]);
    }
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '}' => {
                return Err(SyntaxError::at(
                    line,
                    col,
                    "f-string: single '}' is not allowed",
                ))
            }
            '{' => {
                // The field ends at its `}`, not at one inside a string or
                // brackets of its expression (`{d['}']}`) or closing a
                // field of its spec (`{x:{w}}`), as the lexer found it.
                let mut inner = String::new();
                let mut closed = false;
                let (mut depth, mut quote, mut in_spec) = (0usize, None, false);
                for c in chars.by_ref() {
                    match (quote, c) {
                        (Some(q), c) if c == q => quote = None,
                        (Some(_), _) => {}
                        // In a spec, a quote is text (a fill), but inside a
                        // field of the spec it starts a string.
                        (None, '\'' | '"') if !in_spec || depth > 0 => quote = Some(c),
                        (None, '(' | '[' | '{') => depth += 1,
                        (None, '}') if depth == 0 => {
                            closed = true;
                            break;
                        }
                        (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
                        (None, ':') if depth == 0 => in_spec = true,
                        _ => {}
                    }
                    inner.push(c);
                }
                if !closed {
                    return Err(SyntaxError::at(line, col, "f-string: expecting '}'"));
                }
                // `{value!r:spec}`: the expression, a conversion, a spec.
                let (source, rest) = match spec_start(&inner) {
                    Some(at) => inner.split_at(at),
                    None => (inner.as_str(), ""),
                };
                // Nothing before what ends the expression (`{}`, `{=}`,
                // `{!r}`, `{:x}`); the lexer leaves `{=}` as written.
                let expression = source.trim_start();
                if expression.is_empty() || expression.starts_with('=') {
                    let message = match expression.chars().next().or(rest.chars().next()) {
                        Some(c) => format!("f-string: expression required before '{c}'"),
                        None => "f-string: empty expression not allowed".to_string(),
                    };
                    return Err(SyntaxError::at(line, col, message));
                }
                let (repr, spec, as_str) = match rest.strip_prefix('!') {
                    Some(conversion) => {
                        let repr = match conversion.chars().next() {
                            Some('r') => true,
                            // `!s` is what a field does anyway: `str()`.
                            Some('s') => false,
                            _ => {
                                return Err(SyntaxError::at(
                                    line,
                                    col,
                                    format!("f-string conversions other than `!r` and `!s` are not supported (in `{{{inner}}}`)"),
                                ))
                            }
                        };
                        match &conversion[1..] {
                            "" => (repr, "", false),
                            more => match more.strip_prefix(':') {
                                // `{x!s:spec}` formats `str(x)`.
                                Some(spec) => (repr, spec, !repr),
                                None => {
                                    return Err(SyntaxError::at(
                                        line,
                                        col,
                                        format!("f-string: expecting `}}` after the conversion in `{{{inner}}}`"),
                                    ))
                                }
                            },
                        }
                    }
                    None => (false, rest.strip_prefix(':').unwrap_or_default(), false),
                };
                let value = field(source).map_err(|e| {
                    SyntaxError::at(
                        line,
                        col,
                        format!("in f-string field {{{inner}}}: {}", e.message),
                    )
                })?;
                let value = if as_str {
                    Expr::Call {
                        func: Box::new(Expr::Name("str".into())),
                        args: vec![value],
                        kwargs: Vec::new(),
                    }
                } else {
                    value
                };
                // A spec with fields of its own (`{x:0{width}d}`), read
                // after the value, as CPython reads them; one level only.
                #[cfg(feature = "asyncio-py")]
                let spec_fields = match spec.contains(['{', '}']) {
                    true => {
                        let nested = fstring_parts(spec, true, (line, col), field)?;
                        let deeper = nested.iter().any(|p| match p {
                            FPart::Field { spec_fields, .. } => !spec_fields.is_empty(),
                            FPart::Lit(_) => false,
                        });
                        if deeper {
                            return Err(SyntaxError::at(
                                line,
                                col,
                                "f-string: expressions nested too deeply",
                            ));
                        }
                        nested
                    }
                    false => Vec::new(),
                };
                #[cfg(not(feature = "asyncio-py"))]
                if spec.contains(['{', '}']) {
                    return Err(SyntaxError::at(
                        line,
                        col,
                        crate::error::needs_asyncio_py(&format!(
                            "fields inside a format spec (`{{{inner}}}`)"
                        )),
                    ));
                }
                if !lit.is_empty() {
                    parts.push(FPart::Lit(std::mem::take(&mut lit)));
                }
                #[cfg(feature = "asyncio-py")]
                let spec = if spec_fields.is_empty() { spec } else { "" };
                parts.push(FPart::Field {
                    value,
                    repr,
                    spec: spec.to_string(),
                    #[cfg(feature = "asyncio-py")]
                    spec_fields,
                });
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() || parts.is_empty() {
        parts.push(FPart::Lit(lit));
    }
    Ok(parts)
}

/// Where a field's format spec (`:.2f`) or conversion (`!a`) starts: the
/// first `:` or `!` (not `!=`) outside brackets and quotes.
fn spec_start(field: &str) -> Option<usize> {
    let (mut depth, mut quote) = (0usize, None);
    let bytes = field.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'\'' | b'"') => quote = Some(c),
            (None, b'(' | b'[' | b'{') => depth += 1,
            (None, b')' | b']' | b'}') => depth = depth.saturating_sub(1),
            (None, b':') if depth == 0 => return Some(i),
            (None, b'!') if depth == 0 && bytes.get(i + 1) != Some(&b'=') => return Some(i),
            _ => {}
        }
    }
    None
}

/// One string literal when there are no fields, else an f-string.
pub fn join_parts(parts: Vec<FPart>) -> Expr {
    if parts.iter().all(|p| matches!(p, FPart::Lit(_))) {
        let text = parts
            .into_iter()
            .map(|p| match p {
                FPart::Lit(s) => s,
                FPart::Field { .. } => String::new(),
            })
            .collect();
        return Expr::Str(text);
    }
    let mut merged: Vec<FPart> = Vec::new();
    for p in parts {
        match (merged.last_mut(), p) {
            (Some(FPart::Lit(a)), FPart::Lit(b)) => a.push_str(&b),
            (_, FPart::Lit(b)) if b.is_empty() => {}
            (_, p) => merged.push(p),
        }
    }
    Expr::FString(merged)
}
