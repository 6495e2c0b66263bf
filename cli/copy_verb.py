"""`claimdesk copy SRC DST [--merge]`: a whole desk between any two stores (a file or a
PostgreSQL server, either way), lossless (store/desk_copy.py), with a progress bar."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from claimdesk.cli.common import CliError

EXIT_FAILED = 1
EXIT_LOCKED = 3


def _desk(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("empty desk (a store file or a postgresql:// URL)")
    return value


def register(sub: Any) -> None:
    p = sub.add_parser(
        "copy",
        help="copy a whole desk between stores (file <-> postgresql://), lossless",
        description="Copy every article, claim, verdict, note, history entry, merge decision "
        "and kept comparison feature of the desk SRC into DST. Each is a store file or a "
        "postgresql:// URL. DST must be empty unless --merge is given.",
    )
    p.add_argument("src", type=_desk, metavar="SRC", help="the desk to copy (file or URL)")
    p.add_argument("dst", type=_desk, metavar="DST", help="where to copy it (file or URL)")
    p.add_argument(
        "--merge",
        action="store_true",
        help="copy into a desk that already has articles (the copied history is numbered "
        "after its own; the source's verdicts stand on the claims it reviewed)",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="if another ingest or copy is writing DST, wait up to SECONDS for it",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from claimdesk.store import StoreError, StoreLocked
    from claimdesk.store.backend import open_store, store_label, store_target
    from claimdesk.store.desk_copy import copy_desk

    src_target, dst_target = store_target(args.src), store_target(args.dst)
    if isinstance(src_target, Path) and not src_target.exists():
        raise CliError(f"no store at {src_target}", EXIT_FAILED)
    if isinstance(dst_target, Path) and not dst_target.parent.is_dir():
        raise CliError(f"cannot create a store at {dst_target}: no directory", EXIT_FAILED)
    if src_target == dst_target:
        raise CliError("SRC and DST are the same desk", EXIT_FAILED)
    try:
        with open_store(src_target, readonly=True) as src:
            dst = open_store(dst_target, exclusive=True, wait=args.wait)
            try:
                with _progress() as bar:
                    report = copy_desk(src, dst, merge=args.merge, step=bar)
            finally:
                dst.discard_if_empty()
            names = store_label(src), store_label(dst)
    except StoreLocked as exc:
        raise CliError(f"{exc} (another ingest or copy is writing it)", EXIT_LOCKED) from None
    except StoreError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    if isinstance(dst_target, Path):  # a file desk: its first launch shows rows at once
        from claimdesk.cli.store_verbs import keep_first_page

        keep_first_page(dst_target)
    print(
        f"copied {report.articles} articles, {report.claims} claims, {report.verdicts} "
        f"verdicts, {report.history} history entries, {report.merges} merge decisions and "
        f"{report.features} articles' features from {names[0]} to {names[1]}",
        file=sys.stderr,
    )
    return 0


class _progress:
    """A Rich progress bar on stderr (only on a terminal): one task per part of the desk."""

    def __enter__(self) -> _progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        console = Console(file=sys.stderr, markup=False, highlight=False)
        self.bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        )
        self.tasks: dict[str, Any] = {}
        self.bar.start()
        return self

    def __call__(self, what: str, done: int, total: int) -> None:
        task = self.tasks.get(what)
        if task is None:
            task = self.tasks[what] = self.bar.add_task(what, total=max(total, 1))
        self.bar.update(task, completed=done, total=max(total, 1))

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()
