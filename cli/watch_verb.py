"""`claimdesk watch [FEED_OR_PAGE...] [--every 10m] [--once]`: follow feeds and pages.

The passes are store/watch_pass.py's (fetching store/fetch.py's); this module is the
verb: the sources (arguments, else the config file's [feeds] and [watch] feeds), the
live status (Rich, on a terminal) or one line per source and pass (otherwise), the log
file, and a clean stop on Ctrl-C (exit 130) or SIGTERM (exit 0, as a service stops).
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from claimdesk.cli.common import CliError, add_db_option, positive_int

DEFAULT_EVERY = "10m"
STORE_WAIT = 60.0  # seconds an article waits for another process's ingest to finish
DOCS = "docs/watch.md"
_UNITS = {"s": 1, "m": 60, "h": 3600}


class _Terminated(Exception):
    """SIGTERM: the service manager stops the watch."""


def duration(value: str) -> float:
    """'90', '30s', '10m', '2h' in seconds (at least one)."""
    from claimdesk.store.config import DURATION

    m = DURATION.fullmatch(value)
    if not m:
        raise argparse.ArgumentTypeError(f"not a duration: {value!r} (write 30s, 10m or 1h)")
    seconds = float(m.group(1)) * _UNITS[m.group(2) or "s"]
    if seconds < 1:
        raise argparse.ArgumentTypeError(f"too short: {value!r} (one second at least)")
    return seconds


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value!r}")
    return n


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "watch",
        help="follow RSS/Atom feeds and pages: new articles onto the desk as they appear",
        description="Follow feeds (RSS, Atom) and pages: each new item's page is read as "
        "`ingest URL` reads one. With no URL, the config file's [feeds] and [watch] feeds. "
        f"See {DOCS}.",
    )
    p.add_argument("sources", nargs="*", metavar="FEED_OR_PAGE", help="http(s) URLs")
    p.add_argument(
        "--every",
        type=duration,
        metavar="DURATION",
        help=f"time between passes: 30s, 10m, 1h (default: [watch] every, else {DEFAULT_EVERY})",
    )
    p.add_argument(
        "--once", action="store_true", help="one pass, then exit (1: every source failed)"
    )
    p.add_argument(
        "--log",
        type=Path,
        metavar="FILE",
        help="the log (default: watch.log in the user log folder)",
    )
    p.add_argument(
        "--timeout", type=_seconds, default=20.0, metavar="SECONDS", help="per fetch (default 20)"
    )
    p.add_argument(
        "--retries",
        type=int,
        default=2,
        metavar="N",
        help="more tries after a 5xx answer or a timeout, with backoff (default 2)",
    )
    p.add_argument(
        "--host-interval",
        type=_seconds,
        default=1.0,
        metavar="SECONDS",
        help="at least this long between two requests to one host (default 1)",
    )
    p.add_argument(
        "--max-bytes",
        type=positive_int,
        default=None,
        metavar="N",
        help="refuse a feed or page larger than this (default 5000000)",
    )
    add_db_option(p)
    p.set_defaults(func=run_watch)


def _sources(args: argparse.Namespace) -> list[tuple[str, str]]:
    from claimdesk.store.config import config_value
    from claimdesk.store.fetch import FetchError, check_scheme

    if args.sources:
        pairs = [(url, url) for url in args.sources]
    else:
        feeds = config_value("feeds") or ()
        pairs = [(f.name, f.url) for f in feeds]
        if not pairs:
            raise CliError(
                "nothing to watch: give a feed or page URL, or list feeds in the config "
                f"file's [feeds] or [watch] (see {DOCS})"
            )
    for _name, url in pairs:
        try:
            check_scheme(url)
        except FetchError as exc:
            raise CliError(str(exc)) from None
    return list(dict.fromkeys(pairs))


def _every(args: argparse.Namespace) -> float:
    if args.every is not None:
        return args.every
    from claimdesk.store.config import config_value

    configured = config_value("watch_every")
    if configured:
        try:
            return duration(configured)
        except argparse.ArgumentTypeError as exc:
            raise CliError(f"[watch] every in the config file: {exc}") from None
    return duration(DEFAULT_EVERY)


@contextmanager
def _log_file(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        from platformdirs import user_log_dir

        path = Path(user_log_dir("claimdesk", appauthor=False)) / "watch.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise CliError(f"cannot write the log {path}: {exc.strerror or exc}") from None
    try:
        yield fh
    finally:
        fh.close()


def run_watch(args: argparse.Namespace) -> int:
    from claimdesk.store.backend import store_target
    from claimdesk.store.fetch import Fetcher
    from claimdesk.store.ingest import DEFAULT_MAX_BYTES
    from claimdesk.store.paths import watch_state_path
    from claimdesk.store.pg_conn import redacted
    from claimdesk.store.watch_pass import WatchPass
    from claimdesk.store.watch_state import WatchState

    if args.once and args.every is not None:
        raise CliError("--once and --every: choose one (one pass, or a pass every DURATION)")
    if args.retries < 0:
        raise CliError("--retries must not be negative")
    sources = _sources(args)
    every = None if args.once else _every(args)
    try:
        store_path = store_target(args.db)
    except Exception as exc:
        raise CliError(str(exc)) from None
    fetcher = Fetcher(
        max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
        timeout=args.timeout,
        retries=args.retries,
        host_interval=args.host_interval,
    )
    tty = sys.stdout.isatty()
    with _log_file(args.log) as log_fh:

        def log(line: str) -> None:
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            log_fh.write(f"{stamp} {_clean(line)}\n")
            log_fh.flush()

        watch = WatchPass(
            sources=sources,
            fetcher=fetcher,
            state=WatchState.load(watch_state_path(store_path)),
            open_store=lambda: _open_desk(args, store_path),
        )
        watch.log = log
        shown = redacted(store_path) if isinstance(store_path, str) else store_path
        log(f"watch: {len(sources)} source(s) into {shown}")
        previous = signal.signal(signal.SIGTERM, _on_term)
        try:
            if every is None:
                return _once(watch, log, tty, store_path)
            return _forever(watch, every, log, tty, store_path)
        except KeyboardInterrupt:
            log("watch: stopped (Ctrl-C)")
            print("watch: stopped", file=sys.stderr)
            return 130
        except _Terminated:
            log("watch: stopped (SIGTERM)")
            return 0
        finally:
            signal.signal(signal.SIGTERM, previous)


def _open_desk(args: argparse.Namespace, path: Path | str):  # -> ContextManager[DeskStore]
    """The desk for one pass, opened as a dashboard opens it (not as `ingest` does): the
    ingest lock is taken only while one article is stored, so another process's ingest
    is never refused for the minutes a pass spends on the network. Only a desk that does
    not exist yet is created (and held) the way `ingest` creates one."""
    from claimdesk.cli.store_verbs import open_store

    args.wait = STORE_WAIT
    create = isinstance(path, Path) and not path.exists()
    return open_store(args, readonly=False, create=create, ingest=True)  # (a server: heads)


def _keep_page(desk, result) -> None:  # type: ignore[no-untyped-def]
    """After a pass that stored articles: the next launch's first page (issue 18)."""
    from claimdesk.cli.store_verbs import keep_first_page

    if result.new or result.updated:
        keep_first_page(desk)


def _on_term(_signum: int, _frame: object) -> None:
    raise _Terminated


def _once(watch, log, tty: bool, desk: Path | str) -> int:  # type: ignore[no-untyped-def]
    from claimdesk.cli.watch_status import print_pass

    result = watch.run()
    _keep_page(desk, result)
    print_pass(watch, result, tty=tty)
    log(f"watch: pass done: {result.new} new, {result.updated} updated, {result.errors} error(s)")
    if result.sources and result.failed_sources == result.sources:
        raise CliError(f"every source failed ({result.sources}); see the log")
    return 0


def _forever(watch, every: float, log, tty: bool, desk: Path | str) -> int:  # type: ignore[no-untyped-def]
    from claimdesk.cli.watch_status import LiveStatus, print_pass

    with LiveStatus(watch, enabled=tty) as live:
        watch.changed = live.update
        while True:
            try:
                result = watch.run()
            except CliError as exc:  # the store locked or unreadable: try again next pass
                log(f"error: {exc}")
                live.note(str(exc))
            else:
                _keep_page(desk, result)
                if not tty:
                    print_pass(watch, result, tty=False)
                log(
                    f"watch: pass done: {result.new} new, {result.updated} updated, "
                    f"{result.errors} error(s)"
                )
            live.wait_until(time.time() + every)


def _clean(line: str) -> str:
    """One log line: no control characters from a server's text."""
    return "".join(ch if ch.isprintable() else " " for ch in line)
