"""Compare outlets: one entity under many names, one claim in many reports, figures that
agree or conflict, and a timeline of every resolved date.

A pure function over several articles' claims (`compare(articles)`): no store, no UI.
It never compares all pairs: candidates are blocked by normalised keys (name tokens,
the rarest content words of a claim, the speaker entity, (subject, noun, event) of a
figure), so 100,000 claims compare in seconds (benchmarks/bench_compare.py).

The parts, in the order compare() runs them: `entities` (same-entity groups, from
`nodes`, `names_in_text` and `entity_links`), `figures` (from `figure_features`,
`stories` and `intervals`), `claims` (same-claim groups, from `tokens`), `timeline`.
`records` holds what goes in and out; `from_extraction` and `context` turn an
Extraction into a CompareArticle; `features` is what the store reads once per article.
"""

from claimdesk.extract.compare.context import (
    SpeakerSpans,
    context_at,
    context_bounds,
    context_of,
    sentence_bounds,
    sentence_starts,
    speaker_at,
)
from claimdesk.extract.compare.features import article_features
from claimdesk.extract.compare.figure_features import figure_features, fold_lower, noun_class
from claimdesk.extract.compare.figures import _GROUP_CAP
from claimdesk.extract.compare.from_extraction import from_extraction
from claimdesk.extract.compare.helpers import _fmt
from claimdesk.extract.compare.intervals import interval
from claimdesk.extract.compare.nodes import entity_key, source_id
from claimdesk.extract.compare.records import (
    ArticleFeatures,
    CompareArticle,
    CompareClaim,
    CompareDate,
    Comparison,
    FigureFeatures,
    Group,
    MergeDecision,
    TimelineEvent,
)
from claimdesk.extract.compare.run import compare
from claimdesk.extract.compare.stories import STORY_SHARE, STORY_WORD_CAP
from claimdesk.extract.compare.timeline import period, timeline
from claimdesk.extract.compare.tokens import content_tokens

__all__ = [
    "STORY_SHARE",
    "STORY_WORD_CAP",
    "_GROUP_CAP",
    "ArticleFeatures",
    "CompareArticle",
    "CompareClaim",
    "CompareDate",
    "Comparison",
    "FigureFeatures",
    "Group",
    "MergeDecision",
    "SpeakerSpans",
    "TimelineEvent",
    "_fmt",
    "article_features",
    "compare",
    "content_tokens",
    "context_at",
    "context_bounds",
    "context_of",
    "entity_key",
    "figure_features",
    "fold_lower",
    "from_extraction",
    "interval",
    "noun_class",
    "period",
    "sentence_bounds",
    "sentence_starts",
    "source_id",
    "speaker_at",
    "timeline",
]
