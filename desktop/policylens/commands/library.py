"""`policylens library …`: work on a whole library (each action in its own module)."""

from __future__ import annotations

from typing import Any

from policylens.commands import library_copy, library_team


def register(sub: Any) -> None:
    parser = sub.add_parser("library", help="create, share and copy libraries")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    library_team.register(actions)
    library_copy.register(actions)
