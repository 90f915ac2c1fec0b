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

# CPython 3.11 is the oracle: another version prints other reprs, messages
# and warnings, and every comparison would fail for that reason alone.
if ! python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
  echo "The tests compare Interleave with CPython 3.11, but python3 here is: $(python3 --version 2>&1 || echo 'not found')." >&2
  echo "Install CPython 3.11 and put it first on PATH as python3 (for example: pyenv install 3.11 && pyenv global 3.11), then run ./scripts/test.sh again." >&2
  exit 1
fi

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy -- -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p interleave-web --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
# The page's first download: the same crates without Code mode; and its
# third build, with asyncio's Python half.
cargo clippy -p interleave-web --target wasm32-unknown-unknown --no-default-features --locked -- -D warnings
cargo clippy -p interleave-web --target wasm32-unknown-unknown --features asyncio-py --locked -- -D warnings
cargo clippy -p interleave --lib --no-default-features --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
# The core as the page's first download has it, without Code mode, and
# as Code mode's first module has it, without asyncio's Python half.
cargo test -p interleave --lib --no-default-features --locked
cargo test -p interleave --lib --no-default-features --features code --locked
echo "== wasm-pack test --headless --chrome web"
(cd web && wasm-pack test --headless --chrome)
echo "== trunk build --release --offline (the page)"
trunk build --release --offline
echo "== end to end: the built page in headless Chromium, and its budgets"
python3 tests/e2e.py dist
echo "== all checks passed"
