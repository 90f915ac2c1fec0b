#!/usr/bin/env bash
# Sets up, builds and serves the playground page on http://127.0.0.1:8080/
# (Ctrl+C stops it). Pass --cli to see every preset in the terminal instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

if [ "${1:-}" = "--cli" ]; then
    cargo build --release --locked --quiet
    bin=target/release/interleave
    for preset in $("$bin" presets | awk '{print $1}'); do
        echo "=== $preset"
        "$bin" python --preset "$preset" | sed 's/^/    | /'
        echo "    output:"
        "$bin" run --preset "$preset" 2>&1 | sed 's/^/    > /' || true
    done
    exit 0
fi

echo "Interleave: open http://127.0.0.1:8080/ (Ctrl+C to stop)"
exec trunk serve --release --offline
