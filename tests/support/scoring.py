"""Score extraction records against reference annotations (the seeds' gold format).

The project's own copy of the metrics of ../shared/eval/score.py, so the sample tests run
wherever the repository is checked out; tests cross-check the two when the shared file is
there. Matching rules (same as the shared scorer):

- quotes: normalised word sets, token Jaccard >= 0.8, each prediction used once;
  near-copies of a matched quote are not counted as extra.
- speakers: any alias of the reference source (case-insensitive), or the surname of a
  person, or an alias longer than three characters inside the predicted name.
- numbers: by value; qualifier and speaker scored on the matched ones; predictions are
  de-duplicated on (value, speaker); a value that the reference lists is never extra.
- sources: a reference source is found when some predicted name is its speaker-match.
- dates: found when a predicted text contains the reference text or the reverse, and
  one such prediction's resolved value starts with the reference value.
- meta: title, publisher and published (published: prefix match) when the reference has them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.paths import SAMPLE_DATA

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")

FIGURES = (
    "quote_p",
    "quote_r",
    "quote_f1",
    "speaker_acc",
    "number_p",
    "number_r",
    "number_f1",
    "number_qualifier_acc",
    "number_speaker_acc",
    "source_p",
    "source_r",
    "source_f1",
    "date_acc",
    "date_p",
    "meta_acc",
)


def tokens(text: str | None) -> list[str]:
    """Lower-case word tokens; curly apostrophes straightened, 1,000 read as 1000."""
    if not text:
        return []
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'")
    return _TOKEN.findall(_THOUSANDS.sub("", text))


def canon(text: str | None) -> str:
    return " ".join(tokens(text))


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def _num(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _ratio(ok: int, n: int, empty: float) -> float:
    return ok / n if n else empty


def speaker_matches(pred: str | None, gold_name: str | None, sources: list[dict]) -> bool:
    """Is the predicted speaker name the reference speaker (by alias or surname)?"""
    if gold_name is None:
        return True
    if not pred:
        return False
    accepted = {canon(gold_name)}
    surname = None
    for src in sources:
        if src["name"] == gold_name:
            accepted |= {canon(a) for a in src.get("aliases", [])}
            if src.get("kind") == "person":
                surname = tokens(gold_name)[-1]
            break
    p = canon(pred)
    if p in accepted or (surname and surname in p.split()):
        return True
    return any(len(a) > 3 and f" {a} " in f" {p} " for a in accepted)


@dataclass
class Tally:
    """Counts behind the figures; `misses` holds one line per miss, per article."""

    c: dict[str, int] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.c[key] = self.c.get(key, 0) + n

    def get(self, key: str) -> int:
        return self.c.get(key, 0)

    def figures(self) -> dict[str, float]:
        g = self.get
        qp, qr, qf = _prf(g("quote_tp"), g("quote_fp"), g("quote_fn"))
        np_, nr, nf = _prf(g("number_tp"), g("number_fp"), g("number_fn"))
        sp, sr, sf = _prf(g("source_tp"), g("source_fp"), g("source_fn"))
        return {
            "quote_p": qp,
            "quote_r": qr,
            "quote_f1": qf,
            "speaker_acc": _ratio(g("speaker_ok"), g("speaker_n"), 1.0),
            "number_p": np_,
            "number_r": nr,
            "number_f1": nf,
            "number_qualifier_acc": _ratio(g("qualifier_ok"), g("number_tp"), 0.0),
            "number_speaker_acc": _ratio(g("nspeaker_ok"), g("number_tp"), 0.0),
            "source_p": sp,
            "source_r": sr,
            "source_f1": sf,
            "date_acc": _ratio(g("date_ok"), g("date_n"), 1.0),
            "date_p": _ratio(g("date_pred_ok"), g("date_pred"), 1.0),
            "meta_acc": _ratio(g("meta_ok"), g("meta_n"), 1.0),
        }


def _quotes(gold: dict, preds: list[dict], t: Tally, out: list[str]) -> None:
    sources = gold.get("sources", [])
    uniq: list[dict] = []
    seen: set[str] = set()
    for q in preds:
        key = canon(q.get("text"))
        if key and key not in seen:
            seen.add(key)
            uniq.append(q)
    refs = gold.get("quotes", [])
    optional = [tokens(o["text"]) for o in gold.get("optional_quotes", [])]
    used: set[int] = set()
    for ref in refs:
        rw = tokens(ref["text"])
        scored = [
            (jaccard(rw, tokens(q.get("text"))), i) for i, q in enumerate(uniq) if i not in used
        ]
        best, idx = max(scored, default=(0.0, -1), key=lambda s: (s[0], -s[1]))
        if best < 0.8:
            t.add("quote_fn")
            out.append(f"missed quote ({ref['speaker']}): {ref['text'][:70]}")
            continue
        used.add(idx)
        t.add("quote_tp")
        if ref.get("speaker_optional"):
            continue
        t.add("speaker_n")
        got = uniq[idx].get("speaker")
        if speaker_matches(got, ref.get("speaker"), sources):
            t.add("speaker_ok")
        else:
            out.append(f"wrong speaker {got!r} (want {ref['speaker']!r}): {ref['text'][:60]}")
    for i, q in enumerate(uniq):
        if i in used:
            continue
        qw = tokens(q.get("text"))
        if any(jaccard(qw, o) >= 0.8 for o in optional):
            continue
        if any(jaccard(qw, tokens(r["text"])) >= 0.8 for r in refs):
            continue
        t.add("quote_fp")
        out.append(f"extra quote ({q.get('speaker')}): {str(q.get('text'))[:70]}")


def _numbers(gold: dict, preds: list[dict], t: Tally, out: list[str]) -> None:
    sources = gold.get("sources", [])
    uniq: list[dict] = []
    seen: set[tuple[float, str]] = set()
    for n in preds:
        v = _num(n.get("value"))
        key = (v, canon(n.get("speaker")))
        if v is not None and key not in seen:
            seen.add(key)
            uniq.append(n)
    refs = gold.get("numbers", [])
    allowed = {_num(o["value"]) for o in gold.get("optional_numbers", [])}
    allowed |= {float(r["value"]) for r in refs}
    used: set[int] = set()
    for ref in refs:
        want = float(ref["value"])
        cands = [i for i, n in enumerate(uniq) if i not in used and _num(n.get("value")) == want]
        if not cands:
            t.add("number_fn")
            out.append(f"missed number {ref['value']} ({ref.get('speaker')})")
            continue
        right = [
            i for i in cands if speaker_matches(uniq[i].get("speaker"), ref.get("speaker"), sources)
        ]
        idx = (right or cands)[0]
        used.add(idx)
        got = uniq[idx]
        t.add("number_tp")
        if canon(got.get("qualifier")) == canon(ref.get("qualifier")):
            t.add("qualifier_ok")
        else:
            want = ref.get("qualifier")
            out.append(f"qualifier {got.get('qualifier')!r} for {ref['value']} (want {want!r})")
        if right:
            t.add("nspeaker_ok")
        else:
            want = ref.get("speaker")
            out.append(f"number {ref['value']} speaker {got.get('speaker')!r} (want {want!r})")
    for i, n in enumerate(uniq):
        if i not in used and _num(n.get("value")) not in allowed:
            t.add("number_fp")
            out.append(f"extra number {n.get('value')} ({n.get('noun')}, {n.get('speaker')})")


def _sources(gold: dict, preds: list[dict], t: Tally, out: list[str]) -> None:
    refs = gold.get("sources", [])
    names = [p["name"] for p in preds if p.get("name")]
    claimed: set[int] = set()
    for src in refs:
        hits = [i for i, n in enumerate(names) if speaker_matches(n, src["name"], refs)]
        if hits:
            t.add("source_tp")
            claimed.update(hits)
        else:
            t.add("source_fn")
            out.append(f"missed source {src['name']}")
    optional = [canon(o) for o in gold.get("optional_sources", [])]
    for i, name in enumerate(names):
        if i in claimed:
            continue
        c = canon(name)
        if any(o and (o == c or f" {o} " in f" {c} " or f" {c} " in f" {o} ") for o in optional):
            continue
        t.add("source_fp")
        out.append(f"extra source {name!r}")


def _dates(gold: dict, preds: list[dict], t: Tally, out: list[str]) -> None:
    known = [canon(r["text"]) for r in gold.get("dates", [])]
    known += [
        canon(o if isinstance(o, str) else o.get("text")) for o in gold.get("optional_dates", [])
    ]
    seen: set[str] = set()
    for d in preds:
        c = canon(d.get("text"))
        if not c or c in seen:
            continue
        seen.add(c)
        t.add("date_pred")
        if any(k and (k in c or c in k) for k in known):
            t.add("date_pred_ok")
        else:
            out.append(f"extra date {d.get('text')!r}")
    for ref in gold.get("dates", []):
        rt = canon(ref["text"])
        hits = [
            d
            for d in preds
            if canon(d.get("text")) and (canon(d.get("text")) in rt or rt in canon(d.get("text")))
        ]
        t.add("date_n")
        if any(str(d.get("resolved") or "").startswith(ref["resolved"]) for d in hits):
            t.add("date_ok")
        else:
            got = [d.get("resolved") for d in hits] or "not found"
            out.append(f"date {ref['text']!r} resolved {got} (want {ref['resolved']})")


def _meta(gold: dict, rec: dict, t: Tally, out: list[str]) -> None:
    for key in ("title", "publisher", "published"):
        if key not in gold:
            continue
        t.add("meta_n")
        got, want = rec.get(key), gold[key]
        ok = (
            str(got or "").startswith(want)
            if key == "published" and want
            else canon(got) == canon(want)
        )
        if ok:
            t.add("meta_ok")
        else:
            out.append(f"{key} {got!r} (want {want!r})")


def score(gold_articles: dict[str, dict], records: Iterable[dict]) -> Tally:
    """Score extraction records (dicts, matched by the base name of `path`)."""
    by_name = {Path(str(r.get("path", ""))).name: r for r in records}
    t = Tally()
    for name, gold in gold_articles.items():
        out: list[str] = []
        rec = by_name.get(name)
        if rec is None:
            out.append("no extraction record for this article")
            rec = {}
        skip = set(gold.get("skip", []))
        if "meta" not in skip:
            _meta(gold, rec, t, out)
        if "quotes" not in skip:
            _quotes(gold, rec.get("quotes", []), t, out)
        if "numbers" not in skip:
            _numbers(gold, rec.get("numbers", []), t, out)
        if "sources" not in skip:
            _sources(gold, rec.get("sources", []), t, out)
        if "dates" not in skip:
            _dates(gold, rec.get("dates", []), t, out)
        t.misses[name] = out
    return t


def load_gold(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def format_figures(fig: dict[str, float]) -> str:
    return " ".join(f"{k}={fig[k]:.2f}" for k in FIGURES)


def run_cli_extract(paths: list[Path], published: str | None) -> tuple[int, list[dict], str]:
    """Run the real `claimdesk extract` verb in-process: exit code, records, stderr."""
    import contextlib
    import io

    from claimdesk.cli.main import main as cli_main

    argv = ["extract", *map(str, paths), "--format", "jsonl"]
    if published:
        argv += ["--published", published]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(argv)
    records = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    return code, records, err.getvalue()


def extract_folder(folder: Path, gold: dict[str, dict]) -> list[dict]:
    """`claimdesk extract` over every annotated article of a fixture folder, each group
    with the publication date its gold names (`cli_published`)."""
    groups: dict[str | None, list[Path]] = {}
    for name, ref in gold.items():
        groups.setdefault(ref.get("cli_published"), []).append(folder / name)
    records: list[dict] = []
    for published, paths in groups.items():
        code, recs, err = run_cli_extract(paths, published)
        assert code == 0, err
        records += recs
    assert len(records) == len(gold)
    return records


def unannotated(folder: Path, gold: dict[str, dict]) -> set[str]:
    """Articles in the folder without gold, and gold without an article (both: a slip)."""
    on_disk = {p.name for p in folder.iterdir() if p.name != "gold.json"}
    return on_disk ^ set(gold)


def below_floors(tally: Tally, floors: dict[str, float]) -> dict[str, float]:
    """The figures under their floor (printed with the misses: `pytest -s` shows them)."""
    fig = tally.figures()
    print("\n" + format_figures(fig))
    for name, misses in tally.misses.items():
        for m in misses:
            print(f"  {name}: {m}")
    return {k: round(fig[k], 3) for k, floor in floors.items() if fig[k] < floor}


def extract_samples(samples: Path) -> tuple[list[int], list[dict], str]:
    """Extract every article of samples/manifest.json, one CLI call per --published value.

    HTML pages have `cli_published` null: their own metadata must give the date.
    """
    manifest = json.loads((samples / "manifest.json").read_text(encoding="utf-8"))["articles"]
    groups: dict[str | None, list[Path]] = {}
    for name, entry in manifest.items():
        groups.setdefault(entry["cli_published"], []).append(samples / name)
    codes, records, errors = [], [], []
    for published, paths in groups.items():
        code, recs, err = run_cli_extract(paths, published)
        codes.append(code)
        records += recs
        errors.append(err)
    return codes, records, "".join(errors)


def main(argv: list[str]) -> int:
    """Print misses per article, then the figures.

    `python -m tests.support.scoring GOLD.json PRED.jsonl` scores a saved run;
    `python -m tests.support.scoring --samples [OUT.jsonl]` extracts sample_data/ first
    (and keeps the run).
    """
    if argv[:1] == ["--samples"]:
        samples = SAMPLE_DATA
        _codes, records, err = extract_samples(samples)
        if err:
            print(err.rstrip())
        if len(argv) > 1:
            Path(argv[1]).write_text("".join(json.dumps(r) + "\n" for r in records))
        gold = load_gold(samples / "gold.json")
    elif len(argv) == 2:
        lines = Path(argv[1]).read_text(encoding="utf-8").splitlines()
        records = [json.loads(x) for x in lines if x.strip()]
        gold = load_gold(Path(argv[0]))
    else:
        print(main.__doc__)
        return 2
    tally = score(gold, records)
    for name, misses in tally.misses.items():
        print(f"{name}:")
        print("\n".join(f"  {m}" for m in misses) if misses else "  all reference items found")
    print(format_figures(tally.figures()))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
