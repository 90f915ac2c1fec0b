#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): shrinks the page's wasm with
# binaryen's wasm-opt in release builds. Trunk's own wasm-opt step would
# download binaryen from GitHub, which is not reachable here, and Debian's
# wasm-opt 108 cannot read this toolchain's output (reference types), so
# binaryen comes from the npm registry (tools/, installed by setup.sh).
set -euo pipefail

[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
staging="${TRUNK_STAGING_DIR:?this script is run by trunk as a post_build hook}"
opt="$(cd "$(dirname "$0")/.." && pwd)/tools/node_modules/.bin/wasm-opt"
if [ ! -x "$opt" ]; then
    echo "optimize-wasm: $opt is missing; run ./scripts/setup.sh (it installs binaryen from npm). Leaving the wasm unoptimised." >&2
    exit 0
fi
for wasm in "$staging"/*.wasm; do
    # The features Rust 1.95 enables for wasm32-unknown-unknown by default.
    # Flattening and re-looping before the size passes saves another 0.5 KB.
    "$opt" --flatten --rereloop -Oz -Oz --enable-reference-types --enable-bulk-memory --enable-sign-ext \
        --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
        "$wasm" -o "$wasm.opt"
    mv "$wasm.opt" "$wasm"
done
