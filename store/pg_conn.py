"""Connecting to a PostgreSQL desk: the DSN without its password for anything a user
sees, a connection error as one line, and the schema's migrations applied by claimdesk.

A DSN's password must never reach output, an error or a log line: every message about a
server goes through `scrub` (and names the server by `redacted`)."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from claimdesk.store.errors import StoreError

MIGRATE_LOCK = 0x636C6D01  # advisory lock keys: schema changes, verdict writes, ingests
VERDICT_LOCK = 0x636C6D02
INGEST_LOCK = 0x636C6D03
CHANNEL = "claimdesk"  # LISTEN/NOTIFY channel of every change
CONNECT_TIMEOUT = 5


def redacted(dsn: str) -> str:
    """The DSN as a user may see it: no password, in the URL or as a parameter."""
    out = re.sub(r"(://[^:/@?#]*):[^@/?#]*@", r"\1:***@", dsn)
    return re.sub(r"(?i)(password=)[^&\s]*", r"\1***", out)


def _password(dsn: str) -> str | None:
    try:
        from psycopg.conninfo import conninfo_to_dict

        value = conninfo_to_dict(dsn).get("password")
    except Exception:  # a DSN psycopg cannot read: look for it by hand
        m = re.search(r"://[^:/@?#]*:([^@/?#]*)@", dsn)
        value = m.group(1) if m else None
    return str(value) if value else None


def scrub(message: str, dsn: str) -> str:
    """One line, with the DSN and its password blanked wherever they appear."""
    text = " ".join(str(message).split())
    secret = _password(dsn)
    text = text.replace(dsn, redacted(dsn))
    if secret:
        text = text.replace(secret, "***")
    return text


def server_error(exc: BaseException, dsn: str, doing: str) -> StoreError:
    """A psycopg error as the one line a user sees."""
    detail = scrub(str(exc) or type(exc).__name__, dsn)
    return StoreError(f"{doing}: {detail} ({redacted(dsn)})")


def connect(dsn: str, *, autocommit: bool = True) -> Any:
    """A new connection, or StoreError naming the server (without the password)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a dependency, but say so plainly
        raise StoreError(
            "the PostgreSQL backend needs psycopg: pip install 'psycopg[binary]'"
        ) from None
    try:
        return psycopg.connect(dsn, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.Error as exc:
        raise server_error(exc, dsn, "cannot reach the desk's server") from None
    except Exception as exc:  # a malformed DSN (psycopg raises ProgrammingError et al.)
        raise server_error(exc, dsn, "cannot use this server address") from None


# TOAST compression of the values a writer's session stores (PostgreSQL 14 and later, when
# built with lz4): an article's document (its body) was most of the server's CPU for the
# articles table under the default pglz, about a fifth of an ingest's server CPU in all
LZ4_SINCE = 140000


def writer_session(conn: Any) -> bool:
    """Set a writing connection up to store new article documents with lz4 instead of
    pglz (about 3x less of the server's CPU for them, benchmarks/server_cpu.py); a server
    too old or built without lz4 keeps its default. Returns whether lz4 is in use."""
    import psycopg

    if conn.info.server_version < LZ4_SINCE:
        return False
    try:
        conn.execute("SET default_toast_compression = 'lz4'")
    except psycopg.Error:  # (this server was built without lz4)
        return False
    return True


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, SQL) of every migration this claimdesk knows, in order."""
    folder = resources.files("claimdesk.store") / "pg_migrations"
    out = []
    for item in folder.iterdir():
        m = re.fullmatch(r"(\d{4})_[a-z0-9_]+\.sql", item.name)
        if m:
            out.append((int(m.group(1)), item.name, item.read_text(encoding="utf-8")))
    return sorted(out)


def schema_version(conn: Any) -> int:
    """The desk's schema version on the server (0: no claimdesk desk there yet)."""
    row = conn.execute("SELECT to_regclass('claimdesk_schema') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    row = conn.execute("SELECT coalesce(max(version), 0) FROM claimdesk_schema").fetchone()
    return int(row[0])


def migrate(conn: Any, label: str, *, readonly: bool) -> int:
    """Bring the server's schema up to this claimdesk's, in one transaction (every pending
    migration sent as one script); refuse a newer one. A read-only opener (or a reviewer
    role) never changes the schema."""
    known = migrations()
    latest = known[-1][0] if known else 0
    current = schema_version(conn)
    if current > latest:
        raise StoreError(
            f"desk schema {current} is newer than this claimdesk knows ({latest}): "
            f"upgrade claimdesk: {label}"
        )
    if current == latest:
        return current
    if readonly and current:
        raise StoreError(
            f"desk schema {current} is older than this claimdesk's ({latest}): any verb "
            f"that writes (e.g. `claimdesk ingest`) by its owner upgrades it: {label}"
        )
    if readonly:
        raise StoreError(f"no claimdesk desk on this server yet (schema {current}): {label}")
    with conn.transaction():
        # the lock and the version table in one round trip, the version read again (another
        # opener may have migrated meanwhile), then every pending migration and its row in
        # one more: a new desk's four migrations were ten round trips of their own
        conn.execute(_LOCKED_SCHEMA_TABLE)
        row = conn.execute("SELECT coalesce(max(version), 0) FROM claimdesk_schema").fetchone()
        pending = [(v, n, s) for v, n, s in known if v > int(row[0])]
        if pending:
            conn.execute(pending_script(pending))
    return latest


# (literal, not a parameter: a script of several statements goes in one simple query, which
# takes none; MIGRATE_LOCK is this module's constant)
_LOCKED_SCHEMA_TABLE = (
    f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK});"
    "CREATE TABLE IF NOT EXISTS claimdesk_schema ("
    "version integer PRIMARY KEY, name text NOT NULL, "
    "applied_at timestamptz NOT NULL DEFAULT now())"
)


def pending_script(pending: list[tuple[int, str, str]]) -> Any:
    """The migrations `pending` ((version, name, SQL), in order), each followed by its row
    in claimdesk_schema, as one script: one round trip, run in the caller's transaction
    (the values quoted by psycopg, as a parameter would be)."""
    from psycopg import sql

    parts = []
    for version, name, text in pending:
        parts.append(sql.SQL(text.rstrip().rstrip(";")))
        parts.append(
            sql.SQL("INSERT INTO claimdesk_schema (version, name) VALUES ({}, {})").format(
                sql.Literal(version), sql.Literal(name)
            )
        )
    return sql.SQL("\n;\n").join(parts)
