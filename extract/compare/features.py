"""An article's features (ArticleFeatures): everything the comparison reads from one
article's own text, worked out once by the store at ingest."""

from __future__ import annotations

from claimdesk.extract.compare.figure_features import figure_features
from claimdesk.extract.compare.names_in_text import _appositive_aliases, _mentions
from claimdesk.extract.compare.records import ArticleFeatures, CompareArticle
from claimdesk.extract.compare.stories import _story_words


def article_features(art: CompareArticle) -> ArticleFeatures:
    """An article's features (see ArticleFeatures): its claims need their context."""
    return ArticleFeatures(
        story_words=_story_words(art),
        mentions=tuple(_mentions(art.body)),
        aliases={s.name: tuple(_appositive_aliases(art.body, s.name)) for s in art.sources},
        figures={c.id: figure_features(c) for c in art.claims if c.kind == "number"},
    )
