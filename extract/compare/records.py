"""The comparison's records: what it reads of each article (CompareArticle and its claims,
dates and pre-read features) and what it hands back (Group, TimelineEvent, Comparison)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field

from claimdesk.extract.record import Source

# ---------------------------------------------------------------------------- input


@dataclass(slots=True)
class CompareClaim:
    """One claim as the comparison sees it; `context` is the sentence around it."""

    id: str
    kind: str  # "quote" | "statement" | "number"
    text: str
    speaker: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    noun: str | None = None
    context: str = ""
    hypothetical: bool = False
    start: int = -1  # offsets in the article body, for containment; -1 when unknown
    end: int = -1


@dataclass(slots=True)
class CompareDate:
    """A resolved date, the sentence it sits in, and who said so."""

    text: str
    resolved: str | None
    precision: str | None = None
    context: str = ""
    speaker: str | None = None
    start: int = -1
    id: str = ""


@dataclass(slots=True, frozen=True)
class FigureFeatures:
    """What a figure's own sentence says about it (figure_features())."""

    noun: str  # what it counts: a noun class ('troops'), '%', a unit or a measure
    event: str  # 'killed', 'wounded', 'casualties', 'deployed', ... or ''
    subjects: tuple[str, ...]  # phrases that may name its subject, in the order tried
    clause: tuple[str, ...]  # content words around it, less figures and its noun's words
    years: tuple[str, ...] = ()  # '2019' in "deaths in the 2019 flood"
    modal: tuple[str, ...] = ()  # targets, forecasts, limits, conditionals
    measure: tuple[str, ...] = ()  # what a % measures: 'inflation', 'unemployment'
    part: str = ""  # 'part' / 'whole' in "four of the ten largest cities"
    # how many of `subjects` (the first ones) modify the noun itself ("three Kessarian
    # soldiers"): those name the subject even when the speaker's name holds the same word
    modifiers: int = 0


@dataclass(slots=True)
class ArticleFeatures:
    """What the comparison reads from one article's own text: its figures' sentences,
    the names it mentions, its sources' appositive aliases and its story words. None of
    it depends on the other articles, so the store works it out once, at ingest
    (article_features()), and comparing a desk joins these instead of re-reading every
    article. An article without them is read as before."""

    story_words: frozenset[str]
    mentions: tuple[str, ...]
    aliases: dict[str, tuple[str, ...]]  # source name -> aliases read from the text
    figures: dict[str, FigureFeatures | None]  # number claim id -> (None: not a figure)


@dataclass(slots=True)
class CompareArticle:
    article_id: str
    publisher: str | None
    published: str | None
    sources: list[Source] = field(default_factory=list)
    claims: list[CompareClaim] = field(default_factory=list)
    dates: list[CompareDate] = field(default_factory=list)
    title: str | None = None
    body: str = ""  # optional: lets appositive aliases ("..., the GUR,") be read
    features: ArticleFeatures | None = None  # read from the text before (see above)

    @property
    def outlet(self) -> str:
        return self.publisher or self.title or self.article_id


@dataclass(slots=True, frozen=True)
class MergeDecision:
    """A reviewer's word on two entity keys: the same entity (`same`) or not."""

    a: str
    b: str
    same: bool


# --------------------------------------------------------------------------- output


@dataclass(slots=True)
class Group:
    id: str
    kind: str  # "same-entity" | "same-claim" | "figures"
    label: str
    members: list[str]  # source ids (same-entity) or claim ids
    articles: list[str]
    outlets: list[str]
    origins: list[str]
    consistent: bool
    evidence: list[str]
    confidence: float
    subject: str | None = None
    names: list[str] = field(default_factory=list)  # same-entity: every name seen
    keys: list[str] = field(default_factory=list)  # same-entity: entity keys (decisions)
    confirmed: bool = False  # same-entity: a reviewer confirmed every link

    @property
    def independent(self) -> bool:
        return len(self.origins) > 1

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class TimelineEvent:
    when: str  # the resolved ISO prefix ("2024-12-16", "2024-06", "2025")
    precision: str | None
    first_day: str  # ISO day the period starts, for ordering and drawing
    last_day: str
    text: str  # the date as written
    what: str  # the clause around it
    speaker: str | None
    outlet: str
    article_id: str
    date_id: str = ""
    start: int = -1  # offsets of the date in the article body
    end: int = -1

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Comparison:
    groups: list[Group]
    timeline: list[TimelineEvent]
    entity_of: dict[str, str] = field(default_factory=dict)  # source id -> group id
    groups_of: dict[str, list[str]] = field(default_factory=dict)  # member -> group ids

    def by_id(self) -> dict[str, Group]:
        return {g.id: g for g in self.groups}

    def of_kind(self, kind: str) -> list[Group]:
        return [g for g in self.groups if g.kind == kind]

    def for_member(self, member: str, kind: str | None = None) -> list[Group]:
        index = self.by_id()
        out = [index[g] for g in self.groups_of.get(member, []) if g in index]
        return [g for g in out if kind is None or g.kind == kind]

    def to_dict(self) -> dict:
        return {
            "groups": [g.to_dict() for g in self.groups],
            "timeline": [e.to_dict() for e in self.timeline],
            "entity_of": self.entity_of,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Comparison:
        """The inverse of to_dict (for a cache); raises KeyError/TypeError on bad data."""
        groups = [Group(**g) for g in data["groups"]]
        events = [TimelineEvent(**e) for e in data["timeline"]]
        groups_of: dict[str, list[str]] = defaultdict(list)
        for g in groups:
            for m in g.members:
                groups_of[m].append(g.id)
        return cls(groups, events, dict(data.get("entity_of") or {}), dict(groups_of))
