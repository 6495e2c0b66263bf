"""Score extract.compare against sample_data/compare_gold.json (used by test_compare_gold.py).

Gold members are found among our inputs by article plus name (sources), quote text or
value and qualifier (figures); pairs of gold members are then checked against our groups.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import combinations

from claimdesk.extract.compare import (
    CompareArticle,
    Comparison,
    compare,
    content_tokens,
    from_extraction,
)
from claimdesk.extract.names import fold, parse_person
from tests.support.paths import SAMPLE_DATA

SAMPLES = SAMPLE_DATA


@dataclass
class Score:
    entity_pairs: int = 0
    entity_found: int = 0
    false_merges: list[str] = field(default_factory=list)
    claim_pairs: int = 0
    claim_found: int = 0
    origin_checks: int = 0
    origin_right: int = 0
    figure_pairs: int = 0
    figure_found: int = 0
    conflict_pairs: int = 0
    conflict_flagged: int = 0
    agree_pairs: int = 0
    agree_right: int = 0
    not_comparable: int = 0
    wrongly_compared: list[str] = field(default_factory=list)

    def ratio(self, a: str, b: str) -> float:
        den = getattr(self, b)
        return getattr(self, a) / den if den else 1.0

    def summary(self) -> str:
        return (
            f"entities {self.entity_found}/{self.entity_pairs} pairs, "
            f"false merges {len(self.false_merges)}; "
            f"same-claim {self.claim_found}/{self.claim_pairs} pairs, "
            f"origins {self.origin_right}/{self.origin_checks}; "
            f"figures {self.figure_found}/{self.figure_pairs} pairs, "
            f"conflicts {self.conflict_flagged}/{self.conflict_pairs}, "
            f"agreements {self.agree_right}/{self.agree_pairs}; "
            f"not comparable kept apart {self.not_comparable - len(self.wrongly_compared)}"
            f"/{self.not_comparable}"
        )


def sample_articles() -> list[CompareArticle]:
    from claimdesk.extract import extract_path

    manifest = json.loads((SAMPLES / "manifest.json").read_text())["articles"]
    gold = json.loads((SAMPLES / "compare_gold.json").read_text())
    wanted = set()
    for section in ("same_entity", "must_not_merge", "same_claim", "figures", "not_comparable"):
        for item in gold[section]:
            wanted.update(m["article"] for m in item["members"])
    out = []
    for name in sorted(wanted):
        meta = manifest.get(name, {})
        ext = extract_path(str(SAMPLES / name), published=meta.get("cli_published"))
        out.append(from_extraction(ext, name))
    return out


def _name_match(gold_names: list[str], names: list[str]) -> bool:
    want = {fold(n) for n in gold_names}
    want_people = {p.key for n in gold_names if (p := parse_person(n)) and p.given}
    for n in names:
        if fold(n) in want:
            return True
        p = parse_person(n)
        if p and p.given and p.key in want_people:
            return True
    return False


def _source_members(arts: dict[str, CompareArticle], member: dict) -> list[str]:
    art = arts.get(member["article"])
    if art is None:
        return []
    gold_names = [member["source"], *member.get("names", [])]
    return [
        f"{art.article_id}#{s.name}"
        for s in art.sources
        if _name_match(gold_names, [s.name, *s.aliases])
    ]


def _claim_members(arts: dict[str, CompareArticle], member: dict) -> list[str]:
    art = arts.get(member["article"])
    if art is None:
        return []
    out = []
    if "value" in member:
        for c in art.claims:
            if c.kind == "number" and c.value is not None:
                same_q = (c.qualifier or None) == (member.get("qualifier") or None)
                if abs(float(c.value) - float(member["value"])) < 1e-9 and same_q:
                    out.append(c.id)
        return out
    text = member.get("quote") or member.get("text") or ""
    want = content_tokens(text)
    for c in art.claims:
        if c.kind == "number" or not want:
            continue
        got = content_tokens(c.text)
        if got and len(want & got) / len(want | got) >= 0.6:
            out.append(c.id)
    return out


def _together(result: Comparison, kind: str, a: list[str], b: list[str]) -> bool:
    for x in a:
        mine = {g.id for g in result.for_member(x, kind)}
        if any(mine & {g.id for g in result.for_member(y, kind)} for y in b):
            return True
    return False


def score(articles: list[CompareArticle], gold: dict) -> Score:
    result = compare(articles)
    arts = {a.article_id: a for a in articles}
    s = Score()
    for item in gold["same_entity"]:
        found = [_source_members(arts, m) for m in item["members"]]
        for (i, a), (j, b) in combinations(enumerate(found), 2):
            if item["members"][i]["article"] == item["members"][j]["article"]:
                continue
            s.entity_pairs += 1
            s.entity_found += _together(result, "same-entity", a, b)
    for item in gold["must_not_merge"]:
        found = [_source_members(arts, m) for m in item["members"]]
        for a, b in combinations(found, 2):
            if _together(result, "same-entity", a, b):
                s.false_merges.append(item["why"])
    for item in gold["same_claim"]:
        found = [_claim_members(arts, m) for m in item["members"]]
        groups = set()
        for (i, a), (j, b) in combinations(enumerate(found), 2):
            if item["members"][i]["article"] == item["members"][j]["article"]:
                continue
            s.claim_pairs += 1
            ok = _together(result, "same-claim", a, b)
            s.claim_found += ok
            if ok:
                for x in a:
                    groups.update(g.id for g in result.for_member(x, "same-claim"))
        if groups:
            s.origin_checks += 1
            by_id = result.by_id()
            one = all(len(by_id[g].origins) == 1 for g in groups)
            s.origin_right += one == (item["origins"] == "one")
    for item in gold["figures"]:
        found = [_claim_members(arts, m) for m in item["members"]]
        conflicts = {tuple(sorted(p)) for p in item["conflicts"]}
        for (i, a), (j, b) in combinations(enumerate(found), 2):
            if item["members"][i]["article"] == item["members"][j]["article"]:
                continue
            s.figure_pairs += 1
            together = _together(result, "figures", a, b)
            s.figure_found += together
            if (i, j) in conflicts:
                s.conflict_pairs += 1
                s.conflict_flagged += together and _pair_conflicts(result, a, b)
            else:
                s.agree_pairs += 1
                s.agree_right += together and not _pair_conflicts(result, a, b)
    for item in gold["not_comparable"]:
        s.not_comparable += 1
        a, b = (_claim_members(arts, m) for m in item["members"])
        if _together(result, "figures", a, b):
            s.wrongly_compared.append(item["why"])
    return s


_RANGE = re.compile(r"allows \[([\d,.]+), ([\d,.∞]+)\]")


def _pair_conflicts(result: Comparison, a: list[str], b: list[str]) -> bool:
    """Whether our figures group says the two members cannot both hold."""
    from claimdesk.extract.compare import interval

    vals = {}
    for art in _ARTICLES_BY_CLAIM.values():
        for c in art.claims:
            if c.id in a or c.id in b:
                vals[c.id] = interval(c.value, c.qualifier)
    for x in a:
        for y in b:
            if x in vals and y in vals:
                (la, ha), (lb, hb) = vals[x], vals[y]
                if max(la, lb) > min(ha, hb):
                    return True
    return False


_ARTICLES_BY_CLAIM: dict[str, CompareArticle] = {}


def run() -> Score:
    gold = json.loads((SAMPLES / "compare_gold.json").read_text())
    articles = sample_articles()
    _ARTICLES_BY_CLAIM.clear()
    _ARTICLES_BY_CLAIM.update({a.article_id: a for a in articles})
    return score(articles, gold)


if __name__ == "__main__":
    result = run()
    print(result.summary())
    for why in result.false_merges:
        print("FALSE MERGE:", why)
    for why in result.wrongly_compared:
        print("COMPARED:", why)
