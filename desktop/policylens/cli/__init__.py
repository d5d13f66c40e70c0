"""The command line: `entry` parses arguments and starts the window or a sub-command;
`commands/` holds one module per sub-command (headless, never Qt); `library` names library
documents on the command line; `terminal` writes right-to-left text for a terminal."""

from policylens.cli.entry import main

__all__ = ["main"]
