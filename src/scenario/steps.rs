//! The Prints field: step texts separated by spaces, with quotes for a step
//! that contains spaces (`"Fetching {source}..." done`).

use crate::collect::CollectVec;
/// The steps, or a message with the 0-based column of the mistake.
pub fn parse_steps(text: &str) -> Result<Vec<String>, (usize, String)> {
    let chars: Vec<char> = text.chars().collect_vec();
    let mut steps = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '"' || c == '\'' {
            let start = i;
            let mut step = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => {
                        return Err((
                            start,
                            format!("this step's quote is never closed: add a {c} at its end"),
                        ))
                    }
                    Some('\\') if chars.get(i + 1) == Some(&c) => {
                        step.push(c);
                        i += 2;
                    }
                    Some(&q) if q == c => {
                        i += 1;
                        break;
                    }
                    Some(&other) => {
                        step.push(other);
                        i += 1;
                    }
                }
            }
            steps.push(step);
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() {
            if chars[i] == '"' || chars[i] == '\'' {
                return Err((
                    i,
                    "a quote inside a step: quote the whole step, e.g. \"it's\"".to_string(),
                ));
            }
            i += 1;
        }
        steps.push(chars[start..i].iter().collect());
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_separate_and_quotes_group() {
        assert_eq!(parse_steps("0 1  2").unwrap(), ["0", "1", "2"]);
        assert_eq!(
            parse_steps(r#""Fetching {x}..." 'said "hi"' done"#).unwrap(),
            ["Fetching {x}...", "said \"hi\"", "done"]
        );
        assert_eq!(parse_steps(r#""a \" b""#).unwrap(), ["a \" b"]);
        assert!(parse_steps("   ").unwrap().is_empty());
    }

    #[test]
    fn unclosed_quotes_point_at_the_step() {
        assert_eq!(parse_steps("a \"b c").unwrap_err().0, 2);
        assert_eq!(parse_steps("it's").unwrap_err().0, 2);
    }
}
