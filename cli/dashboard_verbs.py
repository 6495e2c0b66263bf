"""Verbs that open the dashboard: `claimdesk` (no verb), `claimdesk open`, `claimdesk demo`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

from claimdesk.cli.common import CliError, add_db_option

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("open", help="open the dashboard on the store (what bare `claimdesk` does)")
    add_db_option(p)
    _reviewer_option(p)
    p.set_defaults(func=run_open)
    d = sub.add_parser(
        "demo", help="ingest the bundled sample articles into a demo store and open the dashboard"
    )
    d.add_argument(
        "--db",
        metavar="PATH",
        help="demo store file (default: claimdesk-demo.json beside the default store)",
    )
    d.add_argument("--reset", action="store_true", help="start the demo store afresh")
    d.add_argument("--no-open", action="store_true", help="ingest only; do not open the dashboard")
    _reviewer_option(d)
    d.set_defaults(func=run_demo)


def _reviewer_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--reviewer",
        help="whose verdicts, notes and merge decisions these are "
        "(default: $CLAIMDESK_REVIEWER, else the login name)",
    )


def open_dashboard(path: Path | str, reviewer: str | None = None) -> int:
    """Run the dashboard on `path` until the reviewer quits."""
    from claimdesk.store.config import ConfigError, load_config
    from claimdesk.tui.app import ClaimdeskApp

    try:  # the whole file is checked before the dashboard starts: never half-set
        app = ClaimdeskApp(path, reviewer=reviewer, config=load_config())
    except ConfigError as exc:
        raise CliError(str(exc)) from None
    if isinstance(path, Path):  # (a server desk has no folder here)
        path.parent.mkdir(parents=True, exist_ok=True)
    app.run()
    return 0


def run_open(args: argparse.Namespace) -> int:
    from claimdesk.store.backend import store_target

    return open_dashboard(store_target(getattr(args, "db", None)), getattr(args, "reviewer", None))


def demo_store_path(db: str | None) -> Path:
    from claimdesk.store import resolve_store_path

    if db:
        return Path(db).expanduser()
    return resolve_store_path(None).with_name("claimdesk-demo.json")


def sample_articles() -> list[resources.abc.Traversable]:
    """The bundled sample articles (not their *.gold.json annotations), in name order."""
    root = resources.files("claimdesk.sample_data")
    return sorted(
        (f for f in root.iterdir() if f.is_file() and f.name.lower().endswith(ARTICLE_SUFFIXES)),
        key=lambda f: f.name,
    )


def sample_manifest() -> dict[str, dict]:
    """Per-article facts shipped with the samples (publication date, outlet), if any."""
    item = resources.files("claimdesk.sample_data") / "manifest.json"
    try:
        data = json.loads(item.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    articles = data.get("articles") if isinstance(data, dict) else None
    return articles if isinstance(articles, dict) else {}


def reset_store(path: Path) -> None:
    from claimdesk.store.paths import ingest_lock_path, lock_path, presence_dir, store_files
    from claimdesk.store.presence import visitors

    here = visitors(path)
    if here:  # refuse to move a desk aside under someone's open dashboard
        names = ", ".join(sorted({v.reviewer for v in here}))
        raise CliError(f"cannot reset: the store is open in a dashboard ({names}): {path}")
    if lock_path(path).exists():
        from claimdesk.store import ClaimStore, StoreError

        try:  # ... or under a running ingest
            ClaimStore(path, exclusive=True).close()
        except StoreError as exc:
            raise CliError(f"cannot reset: {exc}") from None
    # Never delete: `--db` may name the reviewer's real store (QA Q29). Move the old
    # files aside to PATH.bak-<time> (its journal, merge decisions, comparison cache and
    # features beside it: QA3 F3) and say so; the lock file stays.
    stamp = time.strftime("%Y%m%d%H%M%S")
    moved = []
    for p in store_files(path):
        if p in (lock_path(path), ingest_lock_path(path), presence_dir(path)):
            continue
        if p.exists():
            backup = p.with_name(f"{path.name}.bak-{stamp}{p.name[len(path.name) :]}")
            try:
                p.replace(backup)
            except OSError as exc:
                raise CliError(f"cannot reset: cannot move {p} aside: {exc.strerror}") from None
            moved.append(backup)
    if moved:
        print(f"claimdesk: old store moved aside to {moved[0]}", file=sys.stderr)


def ingest_samples(path: Path) -> str:
    """Ingest every sample article (idempotent: verdicts survive); a one-line summary."""
    from claimdesk.store import ClaimStore, StoreError, StoreLocked
    from claimdesk.store.ingest import ingest_batch, ingest_path

    files = sample_articles()
    manifest = sample_manifest()
    if not files:
        raise CliError("no sample articles are bundled with this installation")
    path.parent.mkdir(parents=True, exist_ok=True)
    tally: dict[str, int] = {}
    try:
        with ClaimStore(path, exclusive=True) as store, ExitStack() as stack, ingest_batch(store):
            for item in files:
                real = stack.enter_context(resources.as_file(item))
                meta = manifest.get(item.name, {})
                result = ingest_path(
                    store,
                    str(real),
                    published=meta.get("cli_published"),
                    publisher=meta.get("publisher"),
                )
                tally[result.status] = tally.get(result.status, 0) + 1
                if result.status == "failed":
                    print(f"claimdesk: {item.name}: {result.error}", file=sys.stderr)
    except StoreLocked as exc:
        return f"{exc}; opening it without ingesting the samples"
    except StoreError as exc:
        raise CliError(str(exc)) from None
    done = ", ".join(f"{n} {status}" for status, n in sorted(tally.items()))
    return f"demo store {path}: {len(files)} sample articles ({done})"


def run_demo(args: argparse.Namespace) -> int:
    from claimdesk.store.backend import is_server_url

    if is_server_url(args.db):  # (never a folder named "postgresql:" by mistake)
        raise CliError(
            "the demo runs on a file desk; to try it on a server: claimdesk demo --no-open, "
            "then claimdesk copy that desk to the server"
        )
    path = demo_store_path(args.db)
    if args.reset:
        reset_store(path)
    print(f"claimdesk: {ingest_samples(path)}", file=sys.stderr)
    if args.no_open:
        return 0
    return open_dashboard(path, args.reviewer)
