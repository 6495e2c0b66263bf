"""Pieces every verb shares: the error type and common options."""

from __future__ import annotations

import argparse


class CliError(Exception):
    """A one-line message for the user; `code` is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _db_path(value: str) -> str:
    """A store path; an empty one (an unset `--db "$DB"`) must not mean the default store."""
    if not value.strip():
        raise argparse.ArgumentTypeError("empty path (leave --db out for the default store)")
    return value


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=_db_path,
        metavar="PATH",
        help="store file (default: $CLAIMDESK_DB, else the user data directory)",
    )


def positive_int(value: str) -> int:
    """A size cap (--max-bytes): a whole number above 0 (-5 once raised a ValueError)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return n
