"""`policylens library init-team URL` and `library add-annotator URL NAME`: a team library's
administrator creates it and adds each person (a database role) to it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

PASSWORD_ENV = "POLICYLENS_NEW_PASSWORD"


def register(actions: Any) -> None:
    init = actions.add_parser(
        "init-team",
        help="create (or update) a team library in a PostgreSQL database",
        description="Run as the database's owner with the CREATEROLE right (or a superuser). "
        "Creates the tables, row-level security and the roles policylens_annotator and "
        "policylens_reviewer; run it again after updating PolicyLens to migrate.",
    )
    init.add_argument("url", metavar="URL", help="postgresql://owner@host/dbname")
    init.set_defaults(func=run_init)

    add = actions.add_parser(
        "add-annotator",
        help="add a person to a team library (a database role of their own)",
        description="Creates a login role NAME that can change only its own annotations, notes "
        "and statuses (--reviewer: may adjudicate everyone's). Asks for the new role's password "
        f"(or reads it from {PASSWORD_ENV}); the server keeps only its hash. The person puts "
        "it in their ~/.pgpass file.",
    )
    add.add_argument("url", metavar="URL", help="postgresql://owner@host/dbname")
    add.add_argument("name", metavar="NAME", help="the annotator's name (= the role)")
    add.add_argument("--reviewer", action="store_true", help="may adjudicate every annotation")
    add.add_argument(
        "--no-password",
        action="store_true",
        help="no password (the server authenticates the role otherwise: peer, certificate)",
    )
    add.set_defaults(func=run_add)


def run_init(args: argparse.Namespace) -> int:
    from policylens.store.pg.admin import init_team
    from policylens.store.pg.session import display_url

    before, now = init_team(args.url)
    where = display_url(args.url)
    if before == now:
        print(f"{where} is a PolicyLens team library (schema {now}); nothing to do.")
    elif before == 0:
        print(f"Created a PolicyLens team library in {where} (schema {now}).")
    else:
        print(f"Updated the team library {where} from schema {before} to {now}.")
    print(f"Next: policylens library add-annotator {where} NAME")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from policylens.core.errors import PolicyLensError
    from policylens.store.pg.admin import add_annotator
    from policylens.store.pg.session import display_url

    password: str | None = None
    if not args.no_password:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                raise PolicyLensError(
                    f"No password: run in a terminal to be asked, set {PASSWORD_ENV}, or pass "
                    "--no-password."
                )
            password = getpass.getpass(f"Password for {args.name}: ")
            if password != getpass.getpass("Again: "):
                raise PolicyLensError("The two passwords differ; nothing was changed.")
        if not password:
            raise PolicyLensError("An empty password; nothing was changed.")
    add_annotator(args.url, args.name, password=password, reviewer=args.reviewer)
    kind = "reviewer" if args.reviewer else "annotator"
    where = display_url(args.url)
    print(f"Added {args.name} as {kind} of {where}.")
    host_part = where.split("@")[-1]
    print(
        f"They open it with: policylens --library postgresql://{args.name}@{host_part}"
        "  (password in their ~/.pgpass)"
    )
    return 0
