#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml), in three steps.
#
# 1. Code mode's two modules. Trunk builds the page's first download
#    without Code mode (www/index.html: no default features), to keep it
#    within its size budget; this builds the web crate again with it, as
#    interleave-code.js and interleave-code_bg.wasm beside the page, which
#    loads them when the learner switches to Code mode, and a third time
#    with asyncio's Python half too (feature `asyncio-py`: Lock, Queue,
#    TaskGroup, wait...), as interleave-asyncio.js, which Code mode loads
#    when a program uses it (web/src/page/code_loader.rs). Their own target
#    directory keeps all the builds cached.
# 2. In release builds, shrinks every wasm with binaryen's wasm-opt, and
#    every JS file wasm-bindgen wrote with terser (both from npm): the
#    glue's long names and comments are 1.7 KB of the first download.
#    Trunk's own wasm-opt step would download binaryen from GitHub, which is
#    not reachable here, and Debian's wasm-opt 108 cannot read this
#    toolchain's output (reference types), so binaryen comes from the npm
#    registry (tools/, installed by setup.sh).
# 3. In release builds, gives what each wasm imports from its JS glue
#    short names in both (scripts/short-imports.mjs).
set -euo pipefail

staging="${TRUNK_STAGING_DIR:?this script is run by trunk as a post_build hook}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/target/code-mode"

if [ "${TRUNK_PROFILE:-}" = "release" ]; then
    profile=wasm-code
else
    profile=dev
fi
out_dir=$([ "$profile" = dev ] && echo debug || echo "$profile")
# The inliner's threshold: see the `wasm-code` profile in Cargo.toml.
# (Given only here, so that the first download's build is untouched.)
inline=()
[ "$profile" = wasm-code ] && inline=(-C llvm-args=-inline-threshold=0)
# Each module its own profile (the second inherits the first's), so that
# each keeps its own wasm in the target directory, for tests/e2e.py to read.
build() { # profile, output directory, features, module name
    RUSTFLAGS="${inline[*]}" CARGO_TARGET_DIR="$target" cargo build --quiet --locked -p interleave-web \
        --target wasm32-unknown-unknown --profile "$1" --features "$3"
    wasm-bindgen --target web --no-typescript --out-dir "$staging" --out-name "$4" \
        "$target/wasm32-unknown-unknown/$2/interleave_web.wasm"
}
build "$profile" "$out_dir" code interleave-code
if [ "$profile" = dev ]; then
    # Debug builds share one directory: build the second module last.
    build dev debug asyncio-py interleave-asyncio
else
    build wasm-asyncio wasm-asyncio asyncio-py interleave-asyncio
fi

[ "$profile" = wasm-code ] || exit 0
opt="$root/tools/node_modules/.bin/wasm-opt"
if [ ! -x "$opt" ]; then
    echo "post-build: $opt is missing; run ./scripts/setup.sh (it installs binaryen from npm). Leaving the wasm unoptimised." >&2
    exit 0
fi
for wasm in "$staging"/*.wasm; do
    case "$(basename "$wasm")" in
        # Code mode's module: for speed (Cargo.toml's wasm-code profile),
        # but a function called from one place only is inlined only when it
        # is small (at most 15 instructions: 0.1 KB smaller than 20, and no
        # slower within noise, 2026-12-04): inlining every such function
        # (-O3's default) made the module 10 KB (gzipped) larger, and the
        # engine no faster. Repeated
        # until they change nothing more (`--converge`: 0.1 KB). -O2, not
        # -O3: 0.9 KB smaller, and the engine as fast in Chromium
        # (tests/e2e.py, 2026-12-03: 5.9x and 5.8x CPython either way).
        # Shrink level 1 (`-s 1`): 0.8 KB smaller, and the engine as fast
        # (2026-12-04: 54-63 ms and 180-190 ms at 0, 51-56 ms and 166-194
        # ms at 1, on e2e's two speed programs; the machine's noise is
        # larger than any difference). Flattened and re-looped first, as
        # the first download is: 0.6 KB smaller, the engine 1-2% slower
        # in node (2026-12-06: 60-62 ms against 60 ms, 220 ms against
        # 217 ms), which is less than the noise in Chromium.
        interleave-code_bg.wasm | interleave-asyncio_bg.wasm) passes=(--flatten --rereloop -O2 -s 1 --one-caller-inline-max-function-size=15 --converge) ;;
        # The first download: for size. Flattening and re-looping before
        # the size passes saves another 0.5 KB.
        *) passes=(--flatten --rereloop -Oz -Oz) ;;
    esac
    # `--low-memory-unused`: Rust puts the stack at the bottom of memory,
    # growing down, so the lowest kilobyte is reached only by a stack
    # overflow, which the engine's depth limits prevent; knowing it, the
    # passes fold constant offsets into loads and stores (0.9 KB of Code
    # mode's module).
    # The features Rust 1.95 enables for wasm32-unknown-unknown by default.
    # The `producers` and `target_features` sections are for tools, not
    # for the browser (0.2 KB).
    "$opt" "${passes[@]}" --low-memory-unused --strip-producers --strip-target-features \
        --enable-reference-types --enable-bulk-memory --enable-sign-ext \
        --enable-mutable-globals --enable-nontrapping-float-to-int --enable-multivalue \
        "$wasm" -o "$wasm.opt"
    mv "$wasm.opt" "$wasm"
done
terser="$root/tools/node_modules/.bin/terser"
if [ ! -x "$terser" ]; then
    echo "post-build: $terser is missing; run ./scripts/setup.sh (it installs terser from npm). Leaving the JS unminified." >&2
    exit 0
fi
for js in "$staging"/*.js; do
    "$terser" "$js" --module --compress --mangle -o "$js.min"
    mv "$js.min" "$js"
done
# 3. Short names for what each wasm imports from its glue (the script says
#    why): after terser, whose output is the glue the page loads.
for wasm in "$staging"/*_bg.wasm; do
    node "$root/scripts/short-imports.mjs" "$wasm" "${wasm%_bg.wasm}.js"
done
