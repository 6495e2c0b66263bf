"""Pieces every verb shares: the error type and common options."""

from __future__ import annotations

import argparse


class CliError(Exception):
    """A one-line message for the user; `code` is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="store file (default: $CLAIMDESK_DB, else the user data directory)",
    )
