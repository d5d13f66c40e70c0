"""`policylens shot [FILE…] -o out.png --size WxH [--part window|reader|compare]`: a picture of
the real window, rendered offscreen after the files are loaded and analysed.

For tests that check geometry, the README's screenshots and bug reports. This module only
declares the arguments: the CLI entry (`cli/entry.py`) starts the window (`ui/shot.py`), so a
command never imports the interface.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from policylens.core.errors import PolicyLensError

PARTS = ("window", "reader", "compare")
_SIZE = re.compile(r"^\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*$")


def parse_size(text: str) -> tuple[int, int]:
    """ "800x600" → (800, 600); anything else is a clear error."""
    match = _SIZE.match(text)
    if match is None:
        raise PolicyLensError(
            f"--size {text!r}: give the window size as WIDTHxHEIGHT, e.g. 800x600."
        )
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise PolicyLensError(
            f"--size {text!r}: width 200–8000 and height 150–8000 pixels, please."
        )
    return width, height


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "shot",
        help="render the window offscreen to a PNG (after loading and analysing)",
        description=(
            "Render the real window offscreen, after loading and analysing the files, and "
            "write a PNG. Without FILE the bundled samples are imported and the first shown. "
            "A throw-away library and settings are used unless --data-dir/--config-dir are given."
        ),
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="policies to open (last shown)")
    parser.add_argument("-o", "--output", required=True, help="the PNG to write")
    parser.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT (1280x800)")
    parser.add_argument(
        "--part",
        choices=PARTS,
        default="window",
        help="window: the main window; reader: the reading pane's text area only (no scroll "
        "bars or frame); compare: the side-by-side window of two files",
    )
    parser.add_argument(
        "--panel",
        choices=("library", "legend", "clauses", "annotations"),
        help="bring this panel to the front (in a narrow window the panels share one column); "
        "clauses also opens every category of the Clauses panel",
    )
    # Also after the sub-command (`shot a.txt --lang fa`); SUPPRESS keeps a global --lang.
    parser.add_argument("--lang", default=argparse.SUPPRESS, help="interface language")
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="seconds to wait for loading and analysis"
    )
    parser.set_defaults(func=None)
