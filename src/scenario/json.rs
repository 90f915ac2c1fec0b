//! A scenario's JSON, read and written by hand.
//!
//! Why not serde: the page ships this code, and serde_json with
//! path-tracking errors is a fifth of the page's wasm budget for a format
//! of two flat records. The shape is the same one serde would use
//! (`{"tasks": [{"name": ...}], "main": {"mode": "gather", ...}}`); missing
//! fields take their defaults so older links keep opening, and unknown
//! ones are refused, naming the path (`tasks[0].nmae`) and the fields there
//! are.

use super::fields::{Slot, Value};
use super::{CardField, MainField, MainForm, Mode, Scenario, TaskCard};
use crate::collect::{CollectVec, Joined, TryCollectVec};

/// A parsed JSON value.
enum Json {
    Null,
    Bool(bool),
    /// Never a scenario field; read only to say it is the wrong kind.
    Num,
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Num => "a number",
            Json::Str(_) => "a string",
            Json::Arr(_) => "a list",
            Json::Obj(_) => "an object",
        }
    }
}

/// Deep nesting cannot come from a real scenario; refusing it keeps the
/// reader's recursion bounded whatever a link holds.
const MAX_DEPTH: usize = 16;

struct Reader<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn fail<T>(&self, what: &str) -> Result<T, String> {
        Err(format!(
            "the scenario is not valid JSON: {what} at character {}",
            self.pos + 1
        ))
    }

    fn skip_space(&mut self) {
        while self.text.get(self.pos).is_some_and(u8::is_ascii_whitespace) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.text.get(self.pos) == Some(&byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return self.fail("too deeply nested");
        }
        self.skip_space();
        let rest = &self.text[self.pos..];
        for (word, value) in [
            ("null", Json::Null),
            ("true", Json::Bool(true)),
            ("false", Json::Bool(false)),
        ] {
            if rest.starts_with(word.as_bytes()) {
                self.pos += word.len();
                return Ok(value);
            }
        }
        match rest.first() {
            Some(b'"') => self.string().map(Json::Str),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return self.fail("expected `,` or `]`");
                        }
                    }
                }
                Ok(Json::Arr(items))
            }
            Some(b'{') => {
                self.pos += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        if self.text.get(self.pos) != Some(&b'"') {
                            return self.fail("expected a field name in quotes");
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return self.fail("expected `:`");
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return self.fail("expected `,` or `}`");
                        }
                    }
                }
                Ok(Json::Obj(fields))
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = self.pos;
                while self
                    .text
                    .get(self.pos)
                    .is_some_and(|b| b.is_ascii_digit() || b"+-.eE".contains(b))
                {
                    self.pos += 1;
                }
                let digits = self.text[start..self.pos]
                    .iter()
                    .filter(|b| b.is_ascii_digit());
                if digits.count() == 0 {
                    return self.fail("a malformed number");
                }
                Ok(Json::Num)
            }
            Some(_) => self.fail("expected a value"),
            None => self.fail("it ends too soon"),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.pos;
            while self
                .text
                .get(self.pos)
                .is_some_and(|b| *b != b'"' && *b != b'\\' && *b >= 0x20)
            {
                self.pos += 1;
            }
            // Valid UTF-8 in, so any run between ASCII delimiters is too.
            out.push_str(std::str::from_utf8(&self.text[start..self.pos]).unwrap_or(""));
            match self.text.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escape = self.text.get(self.pos).copied();
                    self.pos += 1;
                    match escape {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'n') => out.push('\n'),
                        Some(b't') => out.push('\t'),
                        Some(b'r') => out.push('\r'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'u') => {
                            let unit = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&unit) {
                                // A surrogate pair: the low half must follow.
                                if !self.text[self.pos..].starts_with(b"\\u") {
                                    return self.fail("an unpaired surrogate");
                                }
                                self.pos += 2;
                                let low = self.hex4()?;
                                char::from_u32(
                                    0x10000
                                        + ((unit - 0xD800) << 10)
                                        + (low.wrapping_sub(0xDC00) & 0x3FF),
                                )
                            } else {
                                char::from_u32(unit)
                            };
                            match c {
                                Some(c) => out.push(c),
                                None => return self.fail("an invalid \\u escape"),
                            }
                        }
                        _ => return self.fail("an invalid escape"),
                    }
                }
                Some(_) => return self.fail("a control character in a string"),
                None => return self.fail("a string that never ends"),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.text.get(self.pos..self.pos + 4).unwrap_or(b"");
        let parsed = std::str::from_utf8(digits)
            .ok()
            .filter(|d| d.len() == 4)
            .and_then(|d| u32::from_str_radix(d, 16).ok());
        match parsed {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => self.fail("a \\u escape without four hex digits"),
        }
    }
}

fn wrong<T>(path: &str, message: impl std::fmt::Display) -> Result<T, String> {
    if path.is_empty() {
        return Err(format!("the scenario is wrong: {message}"));
    }
    Err(format!("the scenario's `{path}` is wrong: {message}"))
}

/// The fields of an object, each handed to `set` with its path; unknown
/// names are refused with the list of known ones.
fn fields(
    value: Json,
    path: &str,
    known: &[&str],
    mut set: impl FnMut(&str, Json, &str) -> Result<(), String>,
) -> Result<(), String> {
    let Json::Obj(fields) = value else {
        return wrong(path, format!("expected an object, found {}", value.kind()));
    };
    for (name, value) in fields {
        let at = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}.{name}")
        };
        if !known.contains(&name.as_str()) {
            return wrong(
                &at,
                format!(
                    "unknown field `{name}`, expected one of {}",
                    known.joined(", ")
                ),
            );
        }
        set(&name, value, &at)?;
    }
    Ok(())
}

fn text(value: Json, at: &str) -> Result<String, String> {
    match value {
        Json::Str(s) => Ok(s),
        other => wrong(at, format!("expected a string, found {}", other.kind())),
    }
}

fn flag(value: Json, at: &str) -> Result<bool, String> {
    match value {
        Json::Bool(b) => Ok(b),
        other => wrong(
            at,
            format!("expected true or false, found {}", other.kind()),
        ),
    }
}

fn card(value: Json, path: &str) -> Result<TaskCard, String> {
    let mut c = TaskCard::default();
    let keys: Vec<&str> = CardField::ALL.iter().map(|f| f.key()).collect_vec();
    fields(value, path, &keys, |name, v, at| {
        let Some(field) = CardField::by_key(name) else {
            return Ok(());
        };
        set(field.slot(&mut c), v, at)
    })?;
    Ok(c)
}

fn main_form(value: Json, path: &str) -> Result<MainForm, String> {
    let mut m = MainForm::default();
    let keys: Vec<&str> = MainField::ALL.iter().map(|f| f.key()).collect_vec();
    fields(value, path, &keys, |name, v, at| {
        let Some(field) = MainField::by_key(name) else {
            return Ok(());
        };
        set(field.slot(&mut m), v, at)
    })?;
    Ok(m)
}

/// Reads one field's value into its place.
fn set(slot: Slot, v: Json, at: &str) -> Result<(), String> {
    match slot {
        Slot::Text(s) => *s = text(v, at)?,
        Slot::Flag(b) => *b = flag(v, at)?,
        Slot::Mode(mode) => {
            let id = text(v, at)?;
            *mode = match Mode::from_id(&id) {
                Some(m) => m,
                None => {
                    let ids: Vec<&str> = Mode::ALL.iter().map(|m| m.id()).collect_vec();
                    return wrong(
                        at,
                        format!("unknown mode `{id}`, expected one of {}", ids.joined(", ")),
                    );
                }
            }
        }
    }
    Ok(())
}

pub fn from_json(text: &str) -> Result<Scenario, String> {
    let mut reader = Reader {
        text: text.as_bytes(),
        pos: 0,
    };
    let value = reader.value(0)?;
    reader.skip_space();
    if reader.pos < reader.text.len() {
        return reader.fail("unexpected text after the scenario");
    }
    let mut scenario = Scenario::default();
    fields(value, "", &["tasks", "main"], |name, v, at| {
        if name == "main" {
            scenario.main = main_form(v, at)?;
            return Ok(());
        }
        let Json::Arr(items) = v else {
            return wrong(at, format!("expected a list, found {}", v.kind()));
        };
        scenario.tasks = items
            .into_iter()
            .enumerate()
            .map(|(i, item)| card(item, &format!("tasks[{i}]")))
            .try_collect_vec()?;
        Ok(())
    })?;
    Ok(scenario)
}

fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

pub fn to_json(s: &Scenario) -> String {
    let mut out = String::from("{\"tasks\":[");
    for (i, c) in s.tasks.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let values = CardField::ALL.iter().map(|f| (f.key(), f.get(c)));
        write_object(&mut out, values);
    }
    out.push_str("],\"main\":");
    write_object(
        &mut out,
        MainField::ALL.iter().map(|f| (f.key(), f.get(&s.main))),
    );
    out.push('}');
    out
}

/// `{"key":value,...}`
fn write_object<'a>(out: &mut String, values: impl Iterator<Item = (&'static str, Value<'a>)>) {
    out.push('{');
    for (k, (key, value)) in values.enumerate() {
        if k > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(key);
        out.push_str("\":");
        match value {
            Value::Text(text) => write_str(out, text),
            Value::Flag(on) => out.push_str(if on { "true" } else { "false" }),
            Value::Mode(mode) => write_str(out, mode.id()),
        }
    }
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_survive_every_escape() {
        let card = TaskCard {
            name: "q\"\\\n\t\u{1}é🎉".into(),
            ..TaskCard::default()
        };
        let s = Scenario {
            tasks: vec![card],
            main: MainForm::default(),
        };
        assert_eq!(from_json(&to_json(&s)).unwrap(), s);
        let json = r#"{"tasks":[{"name":"\u00e9\ud83c\udf89\/"}]}"#;
        assert_eq!(from_json(json).unwrap().tasks[0].name, "é🎉/");
    }

    #[test]
    fn malformed_text_says_where() {
        for (bad, why) in [
            ("", "ends too soon"),
            ("{\"tasks\": [}", "expected a value"),
            ("{\"tasks\" []}", "expected `:`"),
            ("{\"main\": {}} x", "after the scenario"),
            ("{\"tasks\": [{\"name\": \"a\\q\"}]}", "invalid escape"),
            (
                "{\"tasks\": [{\"name\": \"\\ud800\"}]}",
                "unpaired surrogate",
            ),
            (&"[".repeat(100), "too deeply nested"),
        ] {
            let e = from_json(bad).unwrap_err();
            assert!(e.contains(why), "{bad:?}: {e}");
        }
    }
}
