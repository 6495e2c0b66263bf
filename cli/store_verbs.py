"""Store verbs: ingest, list, mark, note, undo, history, stats, articles, export, import.

Readers (list, history, stats, articles, export) never take the lock; writers do, and
tell the user which process holds it (or wait with --wait SECONDS).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from claimdesk.cli.common import CliError, add_db_option, positive_int
from claimdesk.store import (
    KINDS,
    STATUSES,
    ClaimStore,
    HistoryEntry,
    StoreError,
    StoreLocked,
)
from claimdesk.store.backend import DeskStore, store_label, store_target
from claimdesk.store.export import EXPORT_FORMATS, FORMATS, export

EXIT_FAILED = 1
EXIT_LOCKED = 3


def _config_org() -> str | None:
    """The config file's [export] org (main() refused a bad file before any verb ran)."""
    from claimdesk.store.config import config_value

    return config_value("export_org")


def _iso_day(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _seconds(value: str) -> float:
    try:
        f = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 <= f < 1e6:
        raise argparse.ArgumentTypeError(f"seconds out of range: {value!r}")
    return f


def _web_url(value: str) -> str:
    from claimdesk.store.claimreview import is_web_url

    if not is_web_url(value):
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {value!r}")
    return value


def _writer_options(p: argparse.ArgumentParser, *, reviewer: bool = True) -> None:
    add_db_option(p)
    p.add_argument(
        "--wait",
        type=_seconds,
        default=0.0,
        metavar="SECONDS",
        help="if another process is writing, wait up to SECONDS for it (default: fail at once)",
    )
    if reviewer:
        p.add_argument(
            "--reviewer",
            help="who decides (default: $CLAIMDESK_REVIEWER, else the config's reviewer, "
            "else the login name)",
        )


# only two long writers (ingest, import) ever wait on each other; verdicts never wait
LOCKED_HINT = "another ingest or import is writing it: wait for it, or retry with --wait SECONDS"


@contextmanager
def open_store(
    args: argparse.Namespace,
    *,
    readonly: bool,
    create: bool = False,
    lite: bool = False,
    ingest: bool = False,
) -> Iterator[DeskStore]:
    """The store named by --db / $CLAIMDESK_DB / the default, with errors as CliError.

    Only `create` verbs (ingest, import) make a new store, and with --db only in an
    existing directory: a mistyped path is an error, never a new empty store. (The
    default and $CLAIMDESK_DB locations are set once, deliberately: their directory is
    made.) A writer that created the store and put nothing in it
    removes it again. `lite`: a file desk reads only its files' heads, for the verbs
    that only add articles or record verdicts. `ingest`: a server desk reads only its
    articles' heads (for ingest and watch, which only add or update articles)."""
    from claimdesk.store.backend import open_store as open_backend

    path = store_target(getattr(args, "db", None))
    if isinstance(path, Path) and not path.exists():
        if not create:
            demo = path.with_name("claimdesk-demo.json")  # dashboard_verbs.demo_store_path
            hint = f" (the demo's store is {demo}: --db {demo})" if demo.exists() else ""
            raise CliError(f"no store at {path}{hint}", EXIT_FAILED)
        if getattr(args, "db", None) and not path.parent.is_dir():
            raise CliError(
                f"cannot create a store at {path}: no directory {path.parent}", EXIT_FAILED
            )
    try:
        store = open_backend(
            path,
            readonly=readonly,
            wait=getattr(args, "wait", 0.0) or 0.0,
            exclusive=create and not readonly,
            lite=lite,
            heads_only=ingest,
        )
    except StoreLocked as exc:
        raise CliError(f"{exc} ({LOCKED_HINT})", EXIT_LOCKED) from None
    except StoreError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    try:
        yield store
    except StoreLocked as exc:
        raise CliError(f"{exc} ({LOCKED_HINT})", EXIT_LOCKED) from None
    except StoreError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    finally:
        try:
            store.discard_if_empty()
        except StoreError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None


def _console(file=None):
    from rich.console import Console

    return Console(file=file or sys.stdout, highlight=False, markup=False, emoji=False)


def _text(value: object) -> object:
    from rich.text import Text

    return Text("" if value is None else str(value))


def _cell(value: object) -> str:
    """One TSV field: tabs and line breaks become spaces."""
    return " ".join(("" if value is None else str(value)).split())


def _plain(fmt: str | None) -> bool:
    return fmt == "tsv" or (fmt is None and not sys.stdout.isatty())


def _emit(
    fmt: str | None,
    columns: tuple[str, ...],
    rows: list[tuple[object, ...]],
    summary: str,
    narrow: frozenset[str] = frozenset(),
) -> None:
    """A table on a terminal; plain tab-separated lines (no header, full ids, the summary
    on stderr) when stdout is a pipe or file, so `less`, `cut` and `mark -` get whole
    claims one per line instead of an 80-column table folded into one-word lines. The
    `narrow` columns (a speaker's name) fold at a seventh of the width."""
    if _plain(fmt):
        out = sys.stdout
        for row in rows:
            out.write("\t".join(_cell(v) for v in row) + "\n")
        print(summary, file=sys.stderr)
        return
    from rich.table import Table

    table = Table(header_style="bold")
    console = _console()
    room = max(12, console.width // 7)
    for col in columns:
        table.add_column(col, overflow="fold", max_width=room if col in narrow else None)
    for row in rows:
        table.add_row(*(_text(v) for v in row))
    console.print(table)
    console.print(_text(summary))


_TABLE_FORMATS = ["table", "tsv", "jsonl"]


def _format_list() -> str:
    """ "md, csv, json or claimreview (JSON-LD)": the export formats, from their registry."""
    names = [f.named for f in EXPORT_FORMATS]
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


_TABLE_HELP = "table on a terminal, tsv (tab-separated, no header) when piped; or jsonl"


# ------------------------------------------------------------------ register
def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="add articles to the store (files, directories, -, URLs)")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .txt/.md/.html file, a directory (searched recursively), - for stdin, "
        "or an http(s) URL",
    )
    p.add_argument(
        "--published",
        type=_iso_day,
        help="publication date, YYYY-MM-DD: relative dates ('on Monday', 'last week') are "
        "resolved against it; without it, and with none in the text, they stay unresolved",
    )
    p.add_argument("--publisher", help="the outlet, when the text does not name it")
    p.add_argument(
        "--url",
        type=_web_url,
        help="where the article (one file or -) was published: reports point at it "
        "(ClaimReview's appearance)",
    )
    p.add_argument("--max-bytes", type=positive_int, default=5_000_000, help="size cap per input")
    _writer_options(p, reviewer=False)
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("list", help="list claims (filter by kind, status, source, article, text)")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--source", metavar="NAME", help="claims by this speaker (name or alias)")
    p.add_argument("--article", metavar="ID", help="claims of one article (id or prefix)")
    p.add_argument("--search", metavar="TEXT", help="text in the claim, speaker, noun or note")
    p.add_argument(
        "--contested",
        action="store_true",
        help="only claims two reviewers decided differently (nobody has settled yet)",
    )
    p.add_argument(
        "--reviewer", metavar="NAME", help="only claims whose verdict or note is by NAME"
    )
    p.add_argument("--format", choices=_TABLE_FORMATS, help=_TABLE_HELP)
    add_db_option(p)
    p.set_defaults(func=run_list)

    p = sub.add_parser("mark", help="record a verdict on claims (ids or unique prefixes)")
    p.add_argument(
        "ids", nargs="+", metavar="ID", help="claim ids or unique prefixes; - reads stdin"
    )
    p.add_argument("--status", required=True, choices=STATUSES)
    p.add_argument("--note", help="replace the note as well")
    _writer_options(p)
    p.set_defaults(func=run_mark)

    p = sub.add_parser(
        "note",
        help="set the note of a claim",
        description="Set (replace) the reviewer's note on one claim; recorded in its history "
        "and undone by `claimdesk undo`.",
    )
    p.add_argument(
        "id",
        metavar="ID",
        help="the claim: its id or a unique prefix of 4+ characters (see `claimdesk list`)",
    )
    p.add_argument(
        "text", metavar="TEXT", help='the note (quote it); it replaces the old note, "" clears it'
    )
    _writer_options(p)
    p.set_defaults(func=run_note)

    p = sub.add_parser("undo", help="undo the last verdict or note change (a new history entry)")
    _writer_options(p)
    p.set_defaults(func=run_undo)

    p = sub.add_parser("history", help="the verdict history (of one claim, or all)")
    p.add_argument("id", nargs="?", metavar="ID", help="one claim (id or unique prefix)")
    p.add_argument("--format", choices=_TABLE_FORMATS, help=_TABLE_HELP)
    add_db_option(p)
    p.set_defaults(func=run_history)

    p = sub.add_parser("stats", help="store path, size, and claims by kind and status")
    p.add_argument("--format", choices=["text", "json"], default="text")
    add_db_option(p)
    p.set_defaults(func=run_stats)

    p = sub.add_parser("articles", help="list the articles in the store")
    p.add_argument("--format", choices=_TABLE_FORMATS, help=_TABLE_HELP)
    add_db_option(p)
    p.set_defaults(func=run_articles)

    p = sub.add_parser("export", help="write a report: " + _format_list())
    p.add_argument(
        "--format",
        required=True,
        choices=FORMATS,
        help="; ".join(f"{f.name}: {f.label}" for f in EXPORT_FORMATS),
    )
    p.add_argument("--status", choices=STATUSES, help="only claims with this status")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")
    p.add_argument(
        "--org",
        metavar="NAME",
        help="the reviewing organisation, each ClaimReview's author (required for claimreview; "
        "default: the config's [export] org)",
    )
    p.add_argument(
        "--org-url", metavar="URL", help="the organisation's home page (ClaimReview author.url)"
    )
    p.add_argument(
        "--review-url",
        metavar="URL",
        help="the page hosting the fact checks (ClaimReview url), or a template with {id} for "
        "one page per claim, e.g. https://example.org/checks/{id}",
    )
    add_db_option(p)
    p.set_defaults(func=run_export)

    p = sub.add_parser("import", help="load a `claimdesk export --format json` file")
    p.add_argument("file", metavar="FILE", help="an export .json file, or - for stdin")
    _writer_options(p)
    p.set_defaults(func=run_import)


# ------------------------------------------------------------------ ingest
def run_ingest(args: argparse.Namespace) -> int:
    from claimdesk.store.ingest import expand_inputs, is_url

    inputs = list(expand_inputs(args.paths))
    if not inputs:
        raise CliError("nothing to ingest (no .txt, .md, .html or .htm files found)")
    if args.paths.count("-") > 1:
        raise CliError("- (stdin) can be given only once")
    if args.url and (len(inputs) > 1 or is_url(inputs[0])):
        raise CliError("--url names where one article was published: give one file (or -)")
    tally = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
    failures: list[tuple[str, str]] = []
    tty = sys.stderr.isatty()
    try:
        path, orphaned, undated = _ingest_into(args, inputs, tally, failures, tty)
    except CliError as exc:
        if not sum(tally.values()):
            raise
        # lines already said "added": the store write that failed came after them
        raise CliError(f"{exc} — the articles listed above were not all stored", exc.code) from None
    summary = (
        f"{tally['added']} added, {tally['updated']} updated, {tally['unchanged']} unchanged, "
        f"{tally['failed']} failed"
    )
    if orphaned:
        summary += f"; {orphaned} verdicts kept on claims no longer found (orphaned)"
    print(f"ingest: {summary} -> {path}", file=sys.stderr if not tty else sys.stdout)
    dates, articles = undated
    if dates:
        print(
            f"ingest: {dates} date(s) in {articles} article(s) left unresolved ('on Monday', "
            "'last week' need the publication date): ingest again with --published YYYY-MM-DD",
            file=sys.stderr if not tty else sys.stdout,
        )
    if failures:
        if tty:
            for p, why in failures:
                print(f"  failed: {p}: {why}", file=sys.stderr)
        raise CliError(f"{len(failures)} of {len(inputs)} input(s) failed", EXIT_FAILED)
    return 0


def _ingest_into(
    args: argparse.Namespace,
    inputs: list[str],
    tally: dict[str, int],
    failures: list[tuple[str, str]],
    tty: bool,
) -> tuple[Path, int, tuple[int, int]]:
    """Ingest `inputs`, counting into `tally` as results come: (the store's path, verdicts
    orphaned, (dates, articles) left unresolved). The store is written at checkpoints and
    at the end (a failure there raises)."""
    from claimdesk.cli.ingest_progress import IngestProgress
    from claimdesk.store.ingest import ingest_paths, unresolved_dates

    orphaned = 0
    stored: list[str] = []
    said = IngestProgress(inputs)  # the stages of a long file (cli/ingest_progress.py)
    from claimdesk.tui.first_page import PageTaker

    kept, taker = False, None
    with open_store(args, readonly=False, create=True, lite=True, ingest=True) as store:
        # (a server desk keeps no first page: its dashboard reads in pages)
        file_desk = isinstance(store, ClaimStore)
        if file_desk and not store.article_ids():
            taker = PageTaker()  # a new desk: its first page from what the ingest holds
        results = ingest_paths(
            store,
            inputs,
            published=args.published,
            publisher=args.publisher,
            max_bytes=args.max_bytes,
            url=args.url,
            progress=said,
            before_release=taker.see if taker is not None else None,
            features_apart=True,  # (a server desk: in a child, on the other core)
        )
        if tty:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            with Progress(
                TextColumn("ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[name]}", markup=False),
                console=_console(sys.stderr),
                transient=True,
            ) as progress:
                task = progress.add_task("ingest", total=len(inputs), name="")
                said.bar, said.task = progress, task
                for res in results:
                    tally[res.status] += 1
                    orphaned += res.orphaned
                    if res.article_id:
                        stored.append(res.article_id)
                    if res.status == "failed":
                        failures.append((res.path, _reason(res.path, res.error)))
                    progress.update(task, advance=1, name=Path(res.path).name[-40:])
        else:
            for res in results:
                tally[res.status] += 1
                orphaned += res.orphaned
                if res.article_id:
                    stored.append(res.article_id)
                if res.status == "failed":
                    why = _reason(res.path, res.error)
                    failures.append((res.path, why))
                    print(f"failed     {res.path}: {why}", file=sys.stderr)
                else:
                    extra = f", {res.orphaned} orphaned" if res.orphaned else ""
                    print(f"{res.status:<10} {res.path} ({res.claims} claims{extra})")
        path = store_label(store)
        undated = unresolved_dates(store, stored) if not args.published else (0, 0)
        written = store.path if file_desk else None
        if taker is not None:
            taker.see(store)  # (the last checkpoint's claims)
            kept = keep_first_page(written, taker)  # a desk this ingest made: no read
    if not kept:
        keep_first_page(written)  # else from a read of the desk, once it is closed
    return path, orphaned, undated


def keep_first_page(path: object, held: Any = None) -> bool:
    """A first page for the next dashboard launch of a file desk just written (issue 18:
    rows at once even on the first launch of a desk no dashboard has opened); `held`: a
    PageTaker that saw every claim the writer stored (tui/first_page.py)."""
    if not isinstance(path, Path):
        return True  # (a server desk: its dashboard reads in pages)
    from claimdesk.tui.first_page import keep_page_after_ingest

    return keep_page_after_ingest(path, held)


def _reason(path: str, error: str | None) -> str:
    """The failure reason without the path the message may already start with."""
    why = error or "failed"
    return why[len(path) + 2 :] if why.startswith(path + ": ") else why


# ------------------------------------------------------------------ list
def run_list(args: argparse.Namespace) -> int:
    from claimdesk.store.export import claim_row

    with open_store(args, readonly=True) as store:
        claims = store.claims(
            kind=args.kind,
            status=args.status,
            source=args.source,
            article=args.article,
            search=args.search,
        )
        if args.contested:
            claims = [c for c in claims if c.contested]
        if args.reviewer:
            claims = [c for c in claims if args.reviewer in (c.reviewer, c.note_by)]
        arts = {a.id: a for a in store.articles()}
        if args.format == "jsonl":
            out = sys.stdout
            for c in claims:
                row = claim_row(c, arts.get(c.article_id))
                out.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")
            return 0
        from claimdesk.store.context import figure_phrase
        from claimdesk.store.export import article_label

        rows = []
        for c in claims:
            art = arts.get(c.article_id)
            text = figure_phrase(c, art.body if art else None)
            rows.append(
                (
                    c.id,
                    c.kind,
                    c.status
                    + (" (orphaned)" if c.orphaned else "")
                    + (f" ⇄ {c.contested_with[0]}: {c.contested_with[1]}" if c.contested else ""),
                    c.speaker or "",
                    text + (f"  — note: {c.note}" if c.note else ""),
                    (art.publisher or article_label(art)) if art else "",
                )
            )
        path = store_label(store)
    if not _plain(args.format):
        rows = [(r[0][:10], *r[1:]) for r in rows]
    _emit(
        args.format,
        ("id", "kind", "status", "speaker", "claim", "article"),
        rows,
        f"{len(rows)} claim(s) in {path}",
        narrow=frozenset({"speaker", "article"}),
    )
    return 0


# ------------------------------------------------------------------ writes
def _ids_from(args_ids: list[str]) -> list[str]:
    if args_ids == ["-"]:
        return sys.stdin.read().split()
    return args_ids


def run_mark(args: argparse.Namespace) -> int:
    ids = _ids_from(args.ids)
    if not ids:
        raise CliError("no claim ids given")
    with open_store(args, readonly=False, lite=True) as store:
        entries = store.mark(ids, args.status, note=args.note, reviewer=args.reviewer)
    changed = len({e.claim_id for e in entries})  # (a contested claim: confirmed, then noted)
    unchanged = len(set(ids)) - changed
    print(
        f"{args.status}: {changed} claim(s) changed"
        + (f", {unchanged} already so" if unchanged > 0 else "")
    )
    for e in entries:
        print(f"  {e.claim_id}  {_change(e)}")
    return 0


def run_note(args: argparse.Namespace) -> int:
    with open_store(args, readonly=False, lite=True) as store:
        e = store.set_note(args.id, args.text, reviewer=args.reviewer)
        cid = store.resolve_id(args.id)
    print(f"note set on {cid}" if e is not None else f"note unchanged on {cid} (it says that)")
    return 0


def run_undo(args: argparse.Namespace) -> int:
    with open_store(args, readonly=False, lite=True) as store:
        entries = store.undo(reviewer=args.reviewer)
        texts = store.claim_phrases([e.claim_id for e in entries])
    if not entries:
        print("nothing to undo")
        return 0
    print(f"undid {len(entries)} change(s)")
    for e in entries:
        what = _change(e).replace("note", "note restored")
        text = " ".join(texts.get(e.claim_id, "").split())
        if len(text) > 70:
            text = text[:69] + "…"
        print(f"  {e.claim_id}  {what}" + (f"  {text}" if text else ""))
    return 0


# ------------------------------------------------------------------ history, stats, articles
def run_history(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        entries = store.history(args.id)
        path = store_label(store)
    if args.format == "jsonl":
        for e in entries:
            sys.stdout.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return 0
    rows = []
    for e in entries:
        change = _change(e)
        if e.undo_of is not None:
            change += f" (undo of {e.undo_of})"
        note = e.to_note if e.to_note != e.from_note else ""
        claim = e.claim_id if _plain(args.format) else e.claim_id[:10]
        rows.append((e.seq, e.at, e.reviewer, claim, change, note))
    _emit(
        args.format,
        ("seq", "at", "reviewer", "claim", "change", "note"),
        rows,
        f"{len(entries)} change(s) in {path}",
    )
    return 0


def _change(e: HistoryEntry) -> str:
    """What one history entry changed: "verified -> disputed", "note", or both."""
    parts = []
    if e.from_status != e.to_status:
        parts.append(f"{e.from_status} -> {e.to_status}")
    if e.from_note != e.to_note:
        parts.append("note")
    # neither: the same verdict given again, which settles a contested claim
    return ", ".join(parts) or f"{e.to_status} (confirmed)"


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def run_stats(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        st = store.stats()
    if args.format == "json":
        print(json.dumps(st, ensure_ascii=False))
        return 0
    lines = [
        f"store:     {st['path']} ({_human_size(st['size'])}, schema {st['schema']})",
        f"articles:  {st['articles']}",
        f"sources:   {st['sources']}",
        f"claims:    {st['claims']}  ("
        + ", ".join(f"{n} {k}" for k, n in st["by_kind"].items())
        + ")",
        "status:    " + ", ".join(f"{n} {s}" for s, n in st["by_status"].items()),
        f"orphaned:  {st['orphaned']} (verdicts kept on claims no longer found)",
        f"contested: {st['contested']} (two reviewers disagree; mark again to settle)",
        f"history:   {st['history']} change(s)",
    ]
    print("\n".join(lines))
    return 0


def run_articles(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        arts = store.articles()
        counts: dict[str, int] = {}
        for c in store.claims():
            counts[c.article_id] = counts.get(c.article_id, 0) + 1
        path = store_label(store)
    if args.format == "jsonl":
        for a in arts:
            row = {
                "id": a.id,
                "title": a.title,
                "publisher": a.publisher,
                "aggregator": a.aggregator,
                "published": a.published,
                "url": a.url,
                "path": a.path,
                "words": a.words,
                "claims": counts.get(a.id, 0),
                "ingested_at": a.ingested_at,
            }
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    plain = _plain(args.format)
    rows = [
        (
            a.id if plain else a.id[:10],
            a.title or "",
            a.publisher or "",
            a.published or "",
            counts.get(a.id, 0),
            a.url or a.path,
        )
        for a in arts
    ]
    _emit(
        args.format,
        ("id", "title", "publisher", "published", "claims", "source"),
        rows,
        f"{len(arts)} article(s) in {path}",
    )
    return 0


# ------------------------------------------------------------------ export, import
def run_export(args: argparse.Namespace) -> int:
    from claimdesk.store.export import write_report

    to_file = bool(args.output) and args.output != "-"
    options = {
        "status": args.status,
        "org": args.org or (_config_org() if args.format == "claimreview" else None),
        "org_url": args.org_url,
        "review_url": args.review_url,
    }
    if args.format != "claimreview" and (args.org or args.org_url or args.review_url):
        raise CliError("--org, --org-url and --review-url are for --format claimreview")
    with open_store(args, readonly=True) as store:
        if to_file:
            target = write_report(store, args.format, args.output, **options)
        else:
            text = export(store, args.format, **options)
        left_out = _orphaned_reviews(store, args) if args.format == "claimreview" else 0
    if args.format == "claimreview":
        if not args.review_url:
            print(
                "claimdesk: warning: the reviews have no url (Google requires the page hosting "
                "each fact check): give --review-url URL",
                file=sys.stderr,
            )
        if left_out:
            print(
                f"claimdesk: {left_out} verdict(s) on orphaned claims left out "
                "(their article no longer holds them)",
                file=sys.stderr,
            )
    if not to_file:
        sys.stdout.write(text)
        return 0
    print(f"wrote {target}", file=sys.stderr)
    return 0


def _orphaned_reviews(store: DeskStore, args: argparse.Namespace) -> int:
    """Verified or disputed claims a ClaimReview leaves out because they are orphaned."""
    from claimdesk.store.verdict_states import BY_NAME as STATES

    return sum(
        1
        for c in store.claims(status=args.status)
        if c.orphaned and STATES[c.status].rating is not None
    )


def run_import(args: argparse.Namespace) -> int:
    from claimdesk.store.importer import import_export

    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"{args.file}: cannot read ({exc.strerror})") from None
    with open_store(args, readonly=False, create=True) as store:
        report = import_export(store, raw, source=args.file, reviewer=args.reviewer)
        written = getattr(store, "path", None)
    keep_first_page(written)
    print(
        f"import: {report['articles']} article(s) ({report['added']} added, "
        f"{report['updated']} updated, {report['unchanged']} unchanged), "
        f"{report['verdicts']} verdict(s) applied" + _not_applied(report)
    )
    return 0


def _not_applied(report: dict[str, int]) -> str:
    """The verdicts of the export an import did not apply, counted by why."""
    reasons = (
        ("same", "already so in the store"),
        ("skipped", "kept: the store's verdict is newer"),
        ("missing", "on claims the store does not hold"),
        ("no_verdict", "claims without a verdict in the export"),
    )
    parts = [f"{report[key]} {why}" for key, why in reasons if report.get(key)]
    return "; not applied: " + ", ".join(parts) if parts else ""
