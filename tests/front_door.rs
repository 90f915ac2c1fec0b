//! The README is the front door: it must give the two set-up commands, and
//! CI must run the very test command it names. (A docs edit once emptied
//! the README without any test noticing.)

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_readme_gives_the_two_commands_and_ci_runs_the_test_one() {
    let readme = read("README.md");
    for needed in [
        "./scripts/serve.sh",
        "./scripts/test.sh",
        "## The page",
        "### Budgets",
        "## Python source",
    ] {
        assert!(readme.contains(needed), "README.md lost `{needed}`");
    }
    assert!(
        read(".ci/run").contains("scripts/test.sh"),
        ".ci/run must call scripts/test.sh"
    );
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/page.png")
            .exists(),
        "the README's screenshot is missing"
    );
}
