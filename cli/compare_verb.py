"""`claimdesk compare`: the cross-outlet comparison as a table or JSON lines.

Over the store (read-only, never takes the lock), or straight over files given on the
command line (extracted on the fly, nothing stored):

    claimdesk compare [--db PATH] [--format table|jsonl] [--kind KIND] [--conflicts]
    claimdesk compare FILE... [--published YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from pathlib import Path
from typing import Any

from claimdesk.cli.common import CliError, add_db_option
from claimdesk.cli.extract_verb import _iso_day  # the same check as extract/ingest (QA2 R1)
from claimdesk.extract.gc_pause import gc_paused

KINDS = ("same-entity", "same-claim", "figures", "timeline")
# json.dumps(row, ensure_ascii=False) without building an encoder per row (8,546 at 100k)
_JSON_LINE = json.JSONEncoder(ensure_ascii=False).encode


def register(sub: Any) -> None:
    p = sub.add_parser(
        "compare",
        help="compare outlets: same person, same claim, figures that agree or conflict",
        description="Group what several outlets report: one entity under several names "
        "(same-entity), one claim repeated (same-claim, with its origins), figures about one "
        "subject (figures, consistent or not), and the timeline of resolved dates.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="compare these files (no store)")
    add_db_option(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument("--kind", choices=KINDS, help="only this kind of group (or the timeline)")
    p.add_argument("--conflicts", action="store_true", help="only figures that conflict")
    p.add_argument(
        "--published", type=_iso_day, metavar="YYYY-MM-DD", help="publication date for FILEs"
    )
    p.set_defaults(func=run)


def _from_files(args: argparse.Namespace):
    from pathlib import Path

    from claimdesk.extract import ExtractError, extract_path
    from claimdesk.extract.compare import compare, from_extraction

    articles = []
    seen: set[str] = set()
    for i, path in enumerate(args.files):
        aid = Path(path).name
        aid = aid if aid not in seen else f"{i + 1}:{aid}"
        seen.add(aid)
        try:
            ext = extract_path(path, published=args.published)
        except ExtractError as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror}") from None
        articles.append(from_extraction(ext, aid))
    return compare(articles)


def _from_store(args: argparse.Namespace):
    from claimdesk.store import StoreError, comparison_prefetch
    from claimdesk.store.backend import open_store, store_target
    from claimdesk.store.comparison import comparison

    path = store_target(args.db)
    if isinstance(path, Path) and not path.exists():
        raise CliError(f"no store at {path} (ingest articles first, or give FILEs)")
    # a file desk's features decoded by a helper while the desk is opened (issue 18)
    helper = comparison_prefetch.start(path) if isinstance(path, Path) else None
    try:
        with open_store(path, readonly=True) as store:
            # the join needs the inputs, not the desk; the groups need no timeline
            return comparison(store, let_go=True, groups_only=args.kind != "timeline")
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        if helper is not None:
            helper.stop()  # (if the comparison never took its entries: cached, failed)


def run(args: argparse.Namespace) -> int:
    if args.files:  # (extraction of many files: the collector keeps running)
        return _write(_from_files(args), args)
    # one read of the desk, one comparison, then the process ends: a collection of the
    # cyclic garbage collector walks every live object (the desk, the inputs) and finds
    # nothing to free (they hold no cycles), 0.5 s of CPU at 100k claims
    from claimdesk.extract.compare.hold import holding

    whole = getattr(args, "whole_process", False)
    with gc_paused(), holding(whole):  # (what compare() would free: kept until the exit)
        code = _write(_from_store(args), args)
        if whole:
            _exit_now(code)
        return code


def _exit_now(code: int) -> None:
    """The process's own command line: end it once the output is out, without freeing
    the groups and the comparison's working data object by object (~0.05-0.1 s at 100k
    claims; issue 18). Safe: the store was opened read-only and is closed by now (compare
    writes nothing to it), and both streams are flushed first (a broken pipe raises
    here, as before, and main() handles it)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _write(result: Any, args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.kind == "timeline":
        for e in result.timeline:
            if args.format == "jsonl":
                out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
            else:
                who = f" — {e.speaker}" if e.speaker else ""
                out.write(f"{e.when:<10}  {e.outlet}{who}: {e.what}\n")
        return 0
    groups = result.groups
    if args.kind:
        groups = [g for g in groups if g.kind == args.kind]
    if args.conflicts:
        groups = [g for g in groups if g.kind == "figures" and not g.consistent]
    for g in groups:
        if args.format == "jsonl":
            out.write(_JSON_LINE(_row(g)) + "\n")
        else:
            out.write(_table(g))
    if args.format == "table" and not groups:
        out.write("no groups: nothing is reported by more than one outlet\n")
    return 0


def _row(g) -> dict[str, Any]:
    return {
        "id": g.id,
        "kind": g.kind,
        "label": g.label,
        "members": g.members,
        "outlets": g.outlets,
        "origins": g.origins,
        "consistent": g.consistent,
        "evidence": g.evidence,
        "confidence": g.confidence,
        "subject": g.subject,
        "names": g.names,
        "confirmed": g.confirmed,
    }


def _table(g) -> str:
    mark = "" if g.consistent else "  CONFLICT"
    if g.kind == "same-entity":
        mark = "  confirmed" if g.confirmed else "  suggested"
    lines = [f"{g.kind:<11}  {g.id}  {g.label}  (confidence {g.confidence:.2f}){mark}"]
    lines.append(f"    outlets: {', '.join(g.outlets)}")
    if g.kind == "same-entity":
        lines.append(f"    names:   {', '.join(g.names)}")
    else:
        lines.append(f"    origins: {', '.join(g.origins)}")
    lines.append(f"    members: {', '.join(g.members)}")
    for ev in g.evidence:
        lines.extend(
            textwrap.wrap(ev, 96, initial_indent="    - ", subsequent_indent="      ") or ["    -"]
        )
    return "\n".join(lines) + "\n\n"
