#!/usr/bin/env bash
# Installs what building and testing Interleave needs, skipping what is
# already there, so a second run takes a second. Sourced by serve.sh and
# test.sh; safe to run on its own.
set -euo pipefail

need() { command -v "$1" >/dev/null 2>&1; }

if ! need cargo; then
    echo "setup: cargo is missing. Install Rust with rustup (https://rustup.rs), then run this again." >&2
    exit 1
fi
if ! need python3; then
    echo "setup: python3 is missing. The tests compare every run with CPython 3.11; install python3 (3.11), then run this again." >&2
    exit 1
fi
case "$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')" in
    3.11) ;;
    *) echo "setup: warning: python3 is $(python3 --version 2>&1); Interleave models CPython 3.11, so the differential tests may disagree with it." >&2 ;;
esac
if need rustup; then
    installed=$(rustup component list --installed 2>/dev/null || true)
    for component in rustfmt clippy; do
        if ! grep -q "^$component" <<<"$installed"; then
            rustup component add "$component"
        fi
    done
fi
