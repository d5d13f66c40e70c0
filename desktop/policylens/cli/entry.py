"""Command line: the GUI by default (`policylens [FILE…]`), sub-commands for headless work.

Sub-commands never load Qt. Each lives in `policylens.cli.commands.<name>` with
`register(sub)`; heavy imports happen inside the handlers so `--version` and `info` start fast.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from policylens import __version__
from policylens.core.errors import PolicyLensError
from policylens.paths import CONFIG_DIR_ENV, DATA_DIR_ENV, LIBRARY_ENV

COMMANDS = (
    "info",
    "analyze",
    "export",
    "compare",
    "annotations",
    "search",
    "agreement",
    "train",
    "library",
    "shot",
)


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help=f"where the library is stored (env {DATA_DIR_ENV})")
    parser.add_argument("--config-dir", help=f"where settings are kept (env {CONFIG_DIR_ENV})")
    parser.add_argument("--lang", help="interface language, e.g. en or fa")
    parser.add_argument(
        "--library",
        metavar="URL_OR_FILE",
        help="the library to use: a team library postgresql://user@host/dbname or a .sqlite3 "
        f"file (env {LIBRARY_ENV}; default: the data folder's library)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policylens",
        description="Read, classify, annotate and compare privacy policies in any language.",
    )
    parser.add_argument("--version", action="version", version=f"PolicyLens {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"policylens.cli.commands.{name}")
        module.register(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policylens",
        description="Open the PolicyLens window (sub-commands: " + ", ".join(COMMANDS) + ").",
    )
    parser.add_argument("--version", action="version", version=f"PolicyLens {__version__}")
    _global_options(parser)
    parser.add_argument("--no-samples", action="store_true", help="do not import the samples")
    parser.add_argument("files", nargs="*", help="policies to open")
    return parser


def _apply_dirs(args: argparse.Namespace) -> None:
    if getattr(args, "data_dir", None):
        os.environ[DATA_DIR_ENV] = os.path.abspath(args.data_dir)
    if getattr(args, "config_dir", None):
        os.environ[CONFIG_DIR_ENV] = os.path.abspath(args.config_dir)
    library = getattr(args, "library", None)
    if library:
        is_url = library.lower().startswith(("postgresql://", "postgres://"))
        os.environ[LIBRARY_ENV] = library if is_url else os.path.abspath(library)


def _wants_subcommand(argv: Sequence[str]) -> bool:
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg in ("--data-dir", "--config-dir", "--lang", "--library"):
            skip_next = True
            continue
        if arg.startswith("--") and "=" in arg:
            continue
        if arg.startswith("-"):
            return arg in ("-h", "--help")
        return arg in COMMANDS
    return False


def _compare_window(args: argparse.Namespace) -> int:
    """`policylens compare A B` without --json: the compare window, started here the way the
    main window is, so that the command itself never imports the interface."""
    from policylens.cli.library import resolve_document

    a, b = resolve_document(args.a), resolve_document(args.b)
    from policylens.ui.app import run_compare_gui

    return run_compare_gui(a, b, mode=args.mode, lang=getattr(args, "lang", None))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    try:
        if _wants_subcommand(argv):
            args = build_parser().parse_args(argv)
            _apply_dirs(args)
            if args.command is None:
                build_parser().print_help()
                return 0
            if args.command == "compare" and not args.json:
                return _compare_window(args)
            if args.command == "shot":  # a window, offscreen: started here, like compare's
                from policylens.ui.shot import run_shot

                return run_shot(args)
            return int(args.func(args) or 0)
        args = build_gui_parser().parse_args(argv)
        _apply_dirs(args)
        # Starting the window makes ~40 000 objects that live as long as it (modules, Qt's
        # types and enums) and next to no garbage: the cycle collector walked them ~80 times
        # (~20 ms of the start, measured). `run_gui` switches it back on once the window is up.
        gc.disable()
        try:
            from policylens.ui.app import run_gui

            return run_gui(args)
        finally:
            gc.enable()  # (when the window could not start)
    except PolicyLensError as error:
        print(f"policylens: {error}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as error:
        # Damage the check at open did not see (it came after, or the check was skipped).
        print(
            f"policylens: the library could not be read ({error}); it may be damaged. "
            "Run `policylens library check`, then `policylens library repair`.",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
