#!/usr/bin/env bash
# Runs every check: formatting, lints, the native tests (unit, bad input,
# differential against CPython: presets, examples, edge cases and
# INTERLEAVE_PROPTEST_CASES random programs, 256 by default), then the
# browser tests (the engine compiled to wasm and the page, in headless
# Chromium), builds the page as it is served, and drives that build end to
# end in headless Chromium, checking its size and speed budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy -- -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p interleave-web --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
# The page's first download: the same crates without Code mode.
cargo clippy -p interleave-web --target wasm32-unknown-unknown --no-default-features --locked -- -D warnings
cargo clippy -p interleave --lib --no-default-features --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
# The core as the page's first download has it, without Code mode.
cargo test -p interleave --lib --no-default-features --locked
echo "== wasm-pack test --headless --chrome web"
(cd web && wasm-pack test --headless --chrome)
echo "== trunk build --release --offline (the page)"
trunk build --release --offline
echo "== end to end: the built page in headless Chromium, and its budgets"
python3 tests/e2e.py dist
echo "== all checks passed"
