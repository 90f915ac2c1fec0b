#!/usr/bin/env bash
# Runs every check: formatting, lints, unit tests, the bad-input tests and
# the differential tests against CPython (presets, examples, edge cases and
# INTERLEAVE_PROPTEST_CASES random programs, 256 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --locked
echo "== all checks passed"
