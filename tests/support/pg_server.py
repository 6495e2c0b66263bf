"""A throwaway PostgreSQL server for the tests: the machine's own initdb and pg_ctl in a
temporary folder, listening on a unix socket only. PostgreSQL refuses to run as root, so
as root the server runs as the `postgres` user (runuser). One server per test session; a
fresh database per test (`fresh_dsn`), made from an empty template in milliseconds.

Where no server can start the server tests skip, except in CI (`$CI` set): there they fail,
since .ci/run installs the server."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

READY_SECONDS = 30.0


def server_bin() -> Path | None:
    """The folder of initdb/pg_ctl: on PATH, else Debian's newest /usr/lib/postgresql/N."""
    found = shutil.which("initdb")
    if found:  # (often a link into the versioned folder that holds the rest)
        return Path(found).resolve().parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(versions[-1]).parent if versions else None


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@dataclass(slots=True)
class PgServer:
    """A running server: its folder, socket folder and the binaries that run it."""

    bin: Path
    root: Path
    sock: Path
    fsync: bool = False  # the tests run without (faster); the benchmarks with

    @property
    def data(self) -> Path:
        return self.root / "data"

    def dsn(self, db: str = "claimdesk") -> str:
        return f"postgresql://claimdesk@/{db}?host={self.sock}"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            _as_server_user([str(self.bin / args[0]), *args[1:]]),
            capture_output=True,
            text=True,
            check=check,
            timeout=60,
        )

    def start(self) -> None:
        self.run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-o",
            f"-k {self.sock} -c listen_addresses=''" + ("" if self.fsync else " -c fsync=off"),
            "-w",
            "start",
        )
        self.wait_ready()

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    def wait_ready(self) -> None:
        """Wait on pg_isready (a condition, never a fixed sleep)."""
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            probe = subprocess.run(
                [str(self.bin / "pg_isready"), "-h", str(self.sock), "-q"],
                capture_output=True,
                check=False,
            )
            if probe.returncode == 0:
                return
            time.sleep(0.05)
        raise RuntimeError(f"server did not start: {(self.root / 'server.log').read_text()}")

    def psql(self, sql: str, db: str = "postgres") -> str:
        out = subprocess.run(
            [str(self.bin / "psql"), "-h", str(self.sock), "-U", "claimdesk", "-d", db],
            input=sql,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return out.stdout

    def fresh_dsn(self) -> str:
        """A new, empty database on this server (from template0: no leftovers)."""
        name = "desk_" + uuid.uuid4().hex[:12]
        self.psql(f"CREATE DATABASE {name} TEMPLATE template0;")
        return self.dsn(name)


def start_server(*, fsync: bool = False) -> PgServer:
    """Start one; RuntimeError with the reason when this machine cannot."""
    bin_ = server_bin()
    if bin_ is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb) on this machine")
    root = Path(tempfile.mkdtemp(prefix="claimdesk-pg-"))
    sock = root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
        os.chmod(root, 0o755)
    server = PgServer(bin_, root, sock, fsync)
    try:
        server.run(
            "initdb", "-D", str(server.data), "-U", "claimdesk", "--auth=trust", "-E", "UTF8"
        )
        server.start()
        server.psql("CREATE DATABASE claimdesk;")
    except (subprocess.CalledProcessError, OSError, RuntimeError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        detail = getattr(exc, "stderr", "") or str(exc)
        raise RuntimeError(f"cannot start a PostgreSQL server: {detail.strip()}") from None
    return server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's server (started at first use, stopped and removed at the end)."""
    try:
        server = start_server()
    except RuntimeError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{exc} (CI must run the server tests: see .ci/run)")
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def pg_dsn(pg_server: PgServer) -> str:
    """A fresh, empty database's DSN (`postgresql://claimdesk@/desk_…?host=SOCKDIR`)."""
    return pg_server.fresh_dsn()
