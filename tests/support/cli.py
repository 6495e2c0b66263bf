"""The command line run in-process, as the CLI tests call it, and an article they ingest."""

from __future__ import annotations

from claimdesk.cli.main import main

ARTICLE = (
    "Port director Lena Sorvik said on Monday that at least 3,400 residents had been "
    "evacuated from the Lindel district.\n\n"
    "“The east wall held,” Sorvik said.\n"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """`claimdesk ARGV...`: its exit code, stdout and stderr."""
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err
