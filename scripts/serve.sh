#!/usr/bin/env bash
# Sets up and shows Interleave. Until the web page lands (issue 4) this runs
# the command-line playground: every preset, as CPython would print it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

cargo build --release --locked --quiet
bin=target/release/interleave
echo "Interleave: what asyncio prints, step by step. Presets:"
"$bin" presets
for preset in $("$bin" presets | awk '{print $1}'); do
    echo
    echo "=== $preset"
    "$bin" python --preset "$preset" | sed 's/^/    | /'
    echo "    output:"
    "$bin" run --preset "$preset" 2>&1 | sed 's/^/    > /' || true
done
echo
echo "Try: $bin trace --preset create-task-not-awaited   (every event of a run, as JSON Lines)"
echo "     $bin run examples/countdown.json               (your own program, as JSON)"
