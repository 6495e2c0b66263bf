"""`claimdesk extract`: print the extraction record of each file."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from claimdesk.cli.common import CliError, positive_int


def _iso_day(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="print what each article claims (the extraction record)")
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a .txt, .md or .html file, or - for stdin (URLs: `claimdesk ingest` fetches them)",
    )
    p.add_argument("--published", type=_iso_day, help="publication date, YYYY-MM-DD")
    p.add_argument("--publisher", help="the outlet, when the text does not name it")
    p.add_argument("--format", choices=["jsonl", "pretty"], default="jsonl")
    p.add_argument("--max-bytes", type=positive_int, default=5_000_000, help="size cap per file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # (the pipeline is imported when it extracts: every other verb starts without it)
    from claimdesk.extract import ExtractError
    from claimdesk.extract.batch import extract_paths
    from claimdesk.store.ingest import is_url

    failed = 0
    urls = {i for i, path in enumerate(args.files) if is_url(path)}
    # a few files at a time, stage by stage (extract/batch.py): the records extract_path
    # gives, each printed in its file's turn
    records = extract_paths(
        (path for i, path in enumerate(args.files) if i not in urls),
        published=args.published,
        publisher=args.publisher,
        max_bytes=args.max_bytes,
    )
    for i, path in enumerate(args.files):
        if i in urls:
            print(
                f"claimdesk: {path}: `extract` reads files, it does not fetch URLs: "
                f"`claimdesk ingest {path}` fetches it into the store (or save the page "
                "and extract the file)",
                file=sys.stderr,
            )
            failed += 1
            continue
        _, rec = next(records)
        if isinstance(rec, ExtractError):
            print(f"claimdesk: {rec}", file=sys.stderr)
            failed += 1
            continue
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(rec.to_dict(), ensure_ascii=False, allow_nan=False) + "\n")
        else:
            from claimdesk.cli.extract_pretty import render

            render(rec)
    if failed:
        raise CliError(f"{failed} of {len(args.files)} file(s) failed", code=1)
    return 0
