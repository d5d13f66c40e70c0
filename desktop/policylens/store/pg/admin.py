"""What a team library's administrator does: create the library, add people to it.

`init_team(url)` runs as the database's owner (or a superuser): it creates the schema (or
migrates an older one) and the group roles. `add_annotator(url, name, …)` creates one login
role per person in `policylens_annotator` (or `policylens_reviewer`) and their annotator row.
The password is given to the server (which keeps only its SCRAM hash) and never written down.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from policylens.core.errors import StoreError
from policylens.store.annotators import now
from policylens.store.pg.schema import (
    ANNOTATOR_GROUP,
    REVIEWER_GROUP,
    SCHEMA_VERSION,
    ensure_group_roles,
    migrate,
    schema_version,
)
from policylens.store.pg.session import connect, display_url


def create_database_if_missing(url: str) -> bool:
    """Create the database `url` names when the server has none by that name (True then)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    name = conninfo_to_dict(url).get("dbname")
    if not name:
        return False
    try:
        psycopg.connect(url, connect_timeout=5).close()
        return False
    except psycopg.OperationalError as error:
        if "does not exist" not in str(error):
            raise StoreError(f"{display_url(url)} cannot be reached: {error}") from error
    with connect(make_conninfo(url, dbname="postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("create database {}").format(sql.Identifier(str(name))))
    return True


def init_team(url: str) -> tuple[int, int]:
    """Create (the database too, when missing) or update the team library at `url`:
    (version before, version now)."""
    create_database_if_missing(url)
    with connect(url, autocommit=True) as conn:
        version = schema_version(conn)
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"The team library {display_url(url)} was written by a newer PolicyLens "
                f"(schema {version}, this version knows {SCHEMA_VERSION}). Please update."
            )
        try:
            ensure_group_roles(conn)
            before = migrate(conn)
        except psycopg.errors.InsufficientPrivilege as error:
            raise StoreError(
                f"Creating the team library needs the database's owner with the CREATEROLE "
                f"right (or a superuser): {str(error).strip()}"
            ) from error
    return before, SCHEMA_VERSION


def add_annotator(
    url: str, name: str, *, password: str | None = None, reviewer: bool = False
) -> None:
    """A login role `name` in the annotator (or reviewer) group, and its annotator row.

    Without a password the role can log in only where the server trusts it otherwise
    (peer/cert authentication); with one, the server stores its hash.
    """
    name = name.strip()
    if not name:
        raise StoreError("An annotator needs a name.")
    group = REVIEWER_GROUP if reviewer else ANNOTATOR_GROUP
    with connect(url, autocommit=True) as conn, conn.transaction():
        exists = conn.execute("select 1 from pg_roles where rolname = %s", [name]).fetchone()
        role = sql.Identifier(name)
        statement = "alter role {} login" if exists else "create role {} login"
        if password:
            conn.execute(sql.SQL(statement + " password {}").format(role, sql.Literal(password)))
        else:
            conn.execute(sql.SQL(statement).format(role))
        conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(group), role))
        _grant_connect(conn, role)
        conn.execute(
            "insert into annotators (name, created) values (%s, %s) on conflict (name) do nothing",
            [name, now()],
        )


def _grant_connect(conn: psycopg.Connection[Any], role: sql.Identifier) -> None:
    database = conn.execute("select current_database()").fetchone()
    if database is not None:
        conn.execute(
            sql.SQL("grant connect on database {} to {}").format(
                sql.Identifier(str(database[0])), role
            )
        )
