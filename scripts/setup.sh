#!/usr/bin/env bash
# Installs what building and testing Interleave needs, skipping what is
# already there at the right version, so a second run takes a second.
# Called by serve.sh and test.sh; safe to run on its own.
#
# Only package registries are used (crates.io, Debian, npm): nothing is
# downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
say() { echo "setup: $*" >&2; }

WASM_BINDGEN_VERSION=0.2.130   # must equal the `=` pin in web/Cargo.toml
WASM_PACK_VERSION=0.15.1
TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc

if ! need cargo; then
    say "cargo is missing. Install Rust with rustup (https://rustup.rs), then run this again."
    exit 1
fi
if ! need python3; then
    say "python3 is missing. The tests compare every run with CPython 3.11; install python3 (3.11), then run this again."
    exit 1
fi
case "$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')" in
    3.11) ;;
    *) say "warning: python3 is $(python3 --version 2>&1); Interleave models CPython 3.11, so the differential tests may disagree with it." ;;
esac

if need rustup; then
    installed=$(rustup component list --installed 2>/dev/null || true)
    for component in rustfmt clippy; do
        grep -q "^$component" <<<"$installed" || rustup component add "$component"
    done
    rustup target list --installed | grep -q '^wasm32-unknown-unknown$' \
        || rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen's CLI (and its test runner) must match the library exactly.
# Not --locked: one locked dependency is missing from the registry here.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
    say "installing wasm-pack $WASM_PACK_VERSION (about 2 minutes)"
    cargo install --locked wasm-pack --version "$WASM_PACK_VERSION"
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 6 minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# binaryen's wasm-opt and terser, from the npm registry (Trunk.toml's
# post_build hook shrinks the page's wasm and JS with them).
if [ "$(tools/node_modules/.bin/wasm-opt --version 2>/dev/null)" != "wasm-opt version 132 (version_132)" ] \
    || [ "$(tools/node_modules/.bin/terser --version 2>/dev/null)" != "terser 5.51.4" ]; then
    if ! need npm; then
        say "npm is missing: it installs binaryen's wasm-opt and terser, which shrink the page. Install Node.js (with npm), then run this again."
        exit 1
    fi
    say "installing binaryen's wasm-opt and terser from npm (seconds)"
    (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

# Headless Chromium and its driver, for the browser tests.
if ! need chromium || ! need chromedriver; then
    say "installing chromium and chromium-driver from Debian"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
fi
