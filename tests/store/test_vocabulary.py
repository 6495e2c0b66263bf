"""One vocabulary: the verdict states and the export formats are each one table, and the
store, the CLI and the dashboard all read it (adding a state or a format is one row)."""

from __future__ import annotations

from claimdesk.store.export import EXPORT_FORMATS, FORMATS
from claimdesk.store.records import STATUSES
from claimdesk.store.verdict_states import BY_KEY, VERDICT_ORDER, VERDICT_STATES, glyph_of


def test_the_verdict_states_keep_their_keys_and_glyphs() -> None:
    table = {s.name: (s.key, s.glyph) for s in VERDICT_STATES}
    assert table == {
        "unreviewed": ("u", "·"),
        "verified": ("v", "✓"),
        "disputed": ("d", "✗"),
        "dismissed": ("x", "⊘"),
    }
    assert STATUSES == ("unreviewed", "verified", "disputed", "dismissed")
    assert [s.key for s in VERDICT_ORDER] == ["v", "d", "x", "u"]
    assert BY_KEY["v"].name == "verified" and glyph_of("no such state") == "?"


def test_the_cli_offers_what_the_tables_hold() -> None:
    import argparse

    from claimdesk.cli import store_verbs

    parser = argparse.ArgumentParser()
    store_verbs.register(parser.add_subparsers())
    args = parser.parse_args(["export", "--format", FORMATS[-1], "--status", STATUSES[-1]])
    assert (args.format, args.status) == ("claimreview", "dismissed")
    assert FORMATS == tuple(f.name for f in EXPORT_FORMATS) == ("md", "csv", "json", "claimreview")
    assert len({f.extension for f in EXPORT_FORMATS}) == len(EXPORT_FORMATS)
