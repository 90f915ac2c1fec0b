//! Generates two things into `OUT_DIR`:
//! - one test per corpus program (`corpus/**/*.py`), included by
//!   `tests/python_source.rs`, so that one case can be rerun by name:
//!   `cargo test --test python_source seeds_01` runs
//!   `corpus/seeds/01-gather-numbers-letters.py` alone;
//! - asyncio's Python half (`src/asyncio_py/*.py`) as the library embeds
//!   it: without its comments and blank lines, and indented one space a
//!   level instead of four. The sources stay written for readers; the page's
//!   asyncio module, whose size is budgeted, carries only what the parser
//!   reads (the library's lines are never shown).

// The standard library's sorts are refused in the crate for the page's
// size budgets (clippy.toml); this script is no part of the page.
#![allow(clippy::disallowed_methods)]

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// `source` as the library embeds it (see the header). Every line of
/// these sources that is not a comment starts a statement or continues
/// one inside brackets, indented by fours (the library's test
/// `every_module_parses_and_defines_what_it_exports` parses the result).
fn minified(source: &str) -> String {
    let mut out = String::new();
    for line in source.lines() {
        let code = line.trim_start_matches(' ');
        if code.is_empty() || code.starts_with('#') {
            continue;
        }
        let indent = (line.len() - code.len()) / 4;
        out.extend(std::iter::repeat_n(' ', indent));
        out.push_str(code);
        out.push('\n');
    }
    out
}

fn asyncio_py() {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/asyncio_py");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("asyncio_py");
    std::fs::create_dir_all(&out).unwrap();
    // The directory too: a new module is a new file.
    println!("cargo:rerun-if-changed=src/asyncio_py");
    let mut files = Vec::new();
    python_files(&root, &mut files);
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let source = std::fs::read_to_string(&file).unwrap();
        std::fs::write(out.join(file.file_name().unwrap()), minified(&source)).unwrap();
    }
}

fn main() {
    println!("cargo:rerun-if-changed=corpus");
    println!("cargo:rerun-if-changed=build.rs");
    asyncio_py();
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("corpus");
    let mut files = Vec::new();
    python_files(&root, &mut files);
    let mut code = String::new();
    for file in files {
        let relative = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let mut name: String = relative
            .trim_end_matches(".py")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        if name.starts_with(|c: char| c.is_ascii_digit()) {
            name.insert(0, '_');
        }
        writeln!(
            code,
            "#[test]\nfn {name}() {{\n    corpus_case({relative:?});\n}}\n"
        )
        .unwrap();
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("corpus_cases.rs");
    std::fs::write(out, code).unwrap();
}
