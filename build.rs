//! Generates one test per corpus program (`corpus/**/*.py`), included by
//! `tests/python_source.rs`, so that one case can be rerun by name:
//! `cargo test --test python_source seeds_01` runs
//! `corpus/seeds/01-gather-numbers-letters.py` alone. Nothing else is
//! generated; the library does not depend on it.

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

fn main() {
    println!("cargo:rerun-if-changed=corpus");
    println!("cargo:rerun-if-changed=build.rs");
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
