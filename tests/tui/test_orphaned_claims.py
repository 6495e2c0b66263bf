"""A judged claim no longer in its article keeps its verdict and is shown as its own
words, never in someone else's sentence (QA2 R18)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.tui.app import ClaimdeskApp
from tests.support.desk import ready


async def test_orphaned_claim_is_not_shown_in_someone_elses_sentence(tmp_path: Path) -> None:
    """R18: after the article changed, a judged quote that is gone keeps its verdict and
    shows "(no longer in the article)" — but Detail cut its old offsets out of the new
    body and highlighted "The port authority said 40 ships were waiting." as the claim."""
    from claimdesk.extract.pipeline import extract_path
    from claimdesk.store import ClaimStore
    from claimdesk.tui.detail_pane import render_claim

    src, db = tmp_path / "a.txt", tmp_path / "s.json"
    quote = "We will not go back until the pay offer improves"
    src.write_text(
        "Port strike enters second week\n\n"
        "Union leader Bram Holt said on Monday that at least 300 dockers had walked out. "
        f'"{quote}," Holt said.\n\n'
        "The port authority said 40 ships were waiting.\n",
        encoding="utf-8",
    )
    with ClaimStore(db) as st:
        st.ingest_extraction(extract_path(str(src), published="2025-04-07"))
        qid = next(c.id for c in st.claims() if c.kind == "quote")
        st.mark([qid], "disputed", note="checked with the union")
    src.write_text(src.read_text(encoding="utf-8").replace(f'"{quote}," Holt said.', ""))
    with ClaimStore(db) as st:
        st.ingest_extraction(extract_path(str(src), published="2025-04-07"))
    app = ClaimdeskApp(db)
    async with app.run_test(size=(120, 35)) as pilot:
        await ready(app, pilot)
        row = next(r for r in app.screen.model.quotes if r.claim.id == qid)
        assert row.claim.orphaned
        article = app.store.article(row.claim.article_id)
        shown = render_claim(row, article, None, [], app.store).plain
        assert "no longer in the article" in shown
        assert quote in shown
        assert "40 ships were waiting" not in shown
        # and the article opens without selecting someone else's words as the claim
        from claimdesk.tui.article_screen import ArticleScreen

        app.screen.open_article(row)
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.start == app.screen.end
