#!/usr/bin/env python3
"""Writes src/value/printable.rs: the characters CPython escapes in a repr.

`repr(str)` escapes exactly the characters for which `str.isprintable()` is
false, and which those are depends on the Unicode database the interpreter
was built with (3.11 has 14.0.0: U+1F6DC, assigned in 15.0, is escaped).
Rust's standard library has no table of general categories, so the answer
is read from the interpreter here, checked in, and compared with `python3`
by `tests/unicode_tables.rs` (which runs this script with --check).

    python3 scripts/unicode_printable.py          # rewrite the table
    python3 scripts/unicode_printable.py --check  # exit 1 if it is out of date

What is recorded:
- LOW_END and LOW: the non-printable ranges below the first one that starts
  at U+0370 or later. The page's first download carries only these, so the
  code points they cover are the ones it can repr without Code mode.
- GAPS (feature `code` only): the boundaries of every non-printable range,
  start and end alternately, each as its distance from the one before in
  LEB128 (seven bits a byte, low first; the high bit says another byte
  follows): about 700 ranges, too many for the first download's size
  budget, in 1.5 KB rather than the 5.6 KB of a `u32` each.
"""

import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "value", "printable.rs")

# Where the first download's exact rule may stop looking: past the Latin
# scripts and the combining marks, before Greek.
LOW_FROM = 0x370


def ranges():
    """The half-open ranges of code points `str.isprintable()` rejects."""
    out = []
    start = None
    for c in range(0x110000):
        printable = chr(c).isprintable()
        if not printable and start is None:
            start = c
        elif printable and start is not None:
            out.append((start, c))
            start = None
    if start is not None:
        out.append((start, 0x110000))
    return out


def packed(items, indent="    ", width=100):
    """`items` comma-separated and packed into lines as rustfmt lays out an
    array of short literals, so `cargo fmt` leaves the file as it is."""
    lines = []
    line = ""
    for item in items:
        piece = item + ","
        if line and len(indent) + len(line) + 1 + len(piece) > width:
            lines.append(indent + line)
            line = piece
        else:
            line = piece if not line else line + " " + piece
    if line:
        lines.append(indent + line)
    return lines


def gaps(bounds):
    """Each bound's distance from the one before, in LEB128."""
    out = []
    last = 0
    for b in bounds:
        gap = b - last
        last = b
        while True:
            byte = gap & 0x7F
            gap >>= 7
            if gap:
                out.append(byte | 0x80)
            else:
                out.append(byte)
                break
    return out


def render():
    rs = ranges()
    low_end = next(start for start, _ in rs if start >= LOW_FROM)
    low = [(s, e) for s, e in rs if e <= low_end]
    bounds = [x for pair in rs for x in pair]
    lines = [
        "//! Which characters CPython %d.%d (Unicode %s) escapes in a `repr`: those"
        % (sys.version_info[0], sys.version_info[1], unicodedata.unidata_version),
        "//! `str.isprintable()` rejects. Written by `scripts/unicode_printable.py`:",
        "//! do not edit; rerun the script. `tests/unicode_tables.rs` fails when",
        "//! this disagrees with `python3`.",
        "",
        "/// Below this code point the non-printable characters are exactly `LOW`'s:",
        "/// as far as the page's first download can repr without Code mode.",
        "pub const LOW_END: u32 = %#x;" % low_end,
        "",
        "/// The half-open ranges of non-printable code points below `LOW_END`.",
        "pub const LOW: &[(u32, u32)] = &[%s];"
        % ", ".join("(%#x, %#x)" % pair for pair in low),
        "",
        "/// Where non-printable ranges start and end, alternately and sorted,",
        "/// each as its distance from the one before, in LEB128: a code point is",
        "/// non-printable when an odd number of them are at or below it.",
        '#[cfg(feature = "code")]',
        "#[rustfmt::skip]",
        "pub static GAPS: [u8; %d] = [" % len(gaps(bounds)),
        *packed(["%d" % b for b in gaps(bounds)]),
        "];",
    ]
    return "\n".join(lines) + "\n"


def main():
    text = render()
    if "--check" in sys.argv:
        with open(OUT) as f:
            if f.read() != text:
                print(
                    "src/value/printable.rs does not match this python3 (%s); "
                    "run `python3 scripts/unicode_printable.py` with CPython 3.11 to rewrite it"
                    % sys.version.split()[0],
                    file=sys.stderr,
                )
                sys.exit(1)
        return
    with open(OUT, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
