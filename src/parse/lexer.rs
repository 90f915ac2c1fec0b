//! Python's tokens, for one line of text: names, numbers, strings (with
//! escapes and the `f` prefix) and operators, each with the column it
//! starts at.
//!
//! Indentation and newlines are not tokens yet: the form fields this serves
//! are single expressions. The code mode of issue 5 grows this into a
//! line-aware lexer.

use super::SyntaxError;

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
    /// An operator or bracket: `+ - * / // % ( ) [ ] , == != < <= > >=`.
    Op(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    /// 0-based character offset where the token starts.
    pub col: usize,
}

const OPS: [&str; 16] = [
    "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "(", ")", "[", "]", ",", "<",
];

pub fn tokens(text: &str) -> Result<Vec<Token>, SyntaxError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c == ' ' || c == '\t' {
            i += 1;
            continue;
        }
        if c == '#' {
            break;
        }
        if c.is_ascii_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // A string prefix: f'...', r'...', fr'...'.
            if i < chars.len() && (chars[i] == '\'' || chars[i] == '"') {
                let lower = word.to_ascii_lowercase();
                if matches!(lower.as_str(), "f" | "r" | "fr" | "rf") {
                    let (text, end) = string(&chars, i, lower.contains('r'))?;
                    out.push(Token {
                        tok: Tok::Str {
                            text,
                            f: lower.contains('f'),
                        },
                        col: start,
                    });
                    i = end;
                    continue;
                }
            }
            out.push(Token {
                tok: Tok::Name(word),
                col: start,
            });
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let (tok, end) = number(&chars, i)?;
            out.push(Token { tok, col: start });
            i = end;
            continue;
        }
        if c == '\'' || c == '"' {
            let (text, end) = string(&chars, i, false)?;
            out.push(Token {
                tok: Tok::Str { text, f: false },
                col: start,
            });
            i = end;
            continue;
        }
        let rest: String = chars[i..chars.len().min(i + 2)].iter().collect();
        if let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) {
            out.push(Token {
                tok: Tok::Op(op),
                col: start,
            });
            i += op.len();
            continue;
        }
        if c == '>' {
            out.push(Token {
                tok: Tok::Op(">"),
                col: start,
            });
            i += 1;
            continue;
        }
        return Err(SyntaxError::new(
            start,
            format!("unexpected character `{c}`"),
        ));
    }
    Ok(out)
}

fn number(chars: &[char], start: usize) -> Result<(Tok, usize), SyntaxError> {
    let mut i = start;
    let mut is_float = false;
    while i < chars.len() {
        let c = chars[i];
        let exponent_sign =
            (c == '+' || c == '-') && i > start && matches!(chars[i - 1], 'e' | 'E') && is_float;
        if c.is_ascii_digit() || c == '_' || exponent_sign {
            i += 1;
        } else if c == '.' || c == 'e' || c == 'E' {
            is_float = true;
            i += 1;
        } else {
            break;
        }
    }
    if chars.get(i).is_some_and(|c| c.is_ascii_alphabetic()) {
        return Err(SyntaxError::new(
            start,
            "invalid number: a name cannot start with a digit",
        ));
    }
    let text: String = chars[start..i].iter().filter(|c| **c != '_').collect();
    let bad = || SyntaxError::new(start, format!("invalid number `{text}`"));
    let tok = if is_float {
        Tok::Float(text.parse().map_err(|_| bad())?)
    } else {
        if text.len() > 1 && text.starts_with('0') && text.chars().any(|c| c != '0') {
            return Err(SyntaxError::new(
                start,
                "leading zeros in a number are not allowed in Python; write it without them",
            ));
        }
        Tok::Int(text.parse().map_err(|_| {
            SyntaxError::new(
                start,
                format!("`{text}` is too large: Interleave's integers are 64-bit"),
            )
        })?)
    };
    Ok((tok, i))
}

/// A quoted string starting at `start`; returns its text and the index after it.
fn string(chars: &[char], start: usize, raw: bool) -> Result<(String, usize), SyntaxError> {
    let quote = chars[start];
    let mut text = String::new();
    let mut i = start + 1;
    while i < chars.len() {
        let c = chars[i];
        if c == quote {
            return Ok((text, i + 1));
        }
        if c == '\\' && !raw {
            let Some(&next) = chars.get(i + 1) else { break };
            i += 2;
            match next {
                'n' => text.push('\n'),
                't' => text.push('\t'),
                'r' => text.push('\r'),
                '0' => text.push('\0'),
                '\\' | '\'' | '"' => text.push(next),
                'x' | 'u' => {
                    let len = if next == 'x' { 2 } else { 4 };
                    let hex: String = chars[i..chars.len().min(i + len)].iter().collect();
                    let decoded = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                    match decoded {
                        Some(ch) if hex.len() == len => text.push(ch),
                        _ => {
                            return Err(SyntaxError::new(
                                i - 2,
                                format!("bad escape `\\{next}{hex}`: expected {len} hex digits"),
                            ))
                        }
                    }
                    i += len;
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
        i += 1;
    }
    Err(SyntaxError::new(
        start,
        format!("unterminated string: add the closing {quote}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_strings_and_operators() {
        let toks: Vec<Tok> = tokens("x*2 // 1.5e3 + 'a\\'b' f\"{x}\"")
            .unwrap()
            .into_iter()
            .map(|t| t.tok)
            .collect();
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
}
