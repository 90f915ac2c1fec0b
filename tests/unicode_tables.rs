//! Tables read from CPython's Unicode database must match the interpreter
//! the tests run: `repr` escapes what `str.isprintable()` rejects, and that
//! changes with each Unicode version (3.11 has 14.0.0).

mod support;

#[test]
fn the_table_of_printable_characters_matches_python3() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/unicode_printable.py");
    support::python3_ok(&[script, "--check"]);
}

/// Every code point a Rust `char` can hold (all but the surrogates), each
/// alone and then between quotes and a backslash so the escapes' neighbours
/// are checked too, against one `python3` run.
#[cfg(feature = "code")]
#[test]
fn repr_of_every_code_point_matches_python3() {
    use interleave::value::format::str_repr;
    let script = r#"
import sys
out = []
for c in range(0x110000):
    if 0xD800 <= c < 0xE000:
        continue
    out.append(repr(chr(c)))
    out.append(repr("'\"\\" + chr(c) + "a"))
sys.stdout.write("\n".join(out))
"#;
    // `repr` escapes every line break, so lines are reprs.
    let text = support::python3_ok(&["-c", script]);
    let mut lines = text.split('\n');
    let mut mismatches = Vec::new();
    for c in (0..0x110000).filter_map(char::from_u32) {
        for s in [c.to_string(), format!("'\"\\{c}a")] {
            let want = lines.next().expect("a line per string");
            let got = str_repr(&s);
            if got != want && mismatches.len() < 20 {
                mismatches.push(format!("U+{:04X}: {got} != python3's {want}", c as u32));
            }
        }
    }
    assert_eq!(lines.next(), None, "python3 printed more lines");
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
