"""Each article's comparison features, kept beside the store in PATH.features.

Comparing a desk reads the sentence around every figure, the names every article mentions
and each article's story words (extract.compare.ArticleFeatures). None of that depends on
the other articles, so the store works it out once per article, when the article is
ingested, and a comparison joins what is kept here instead of re-reading 10,000 articles.

The file is derived data, never the only copy of anything: each entry carries the
fingerprint of the article it was read from (the store's own per-article fingerprint,
which changes whenever the article, its sources or its claims do) and the file carries
the version of the code that wrote it. An entry that is missing, stale or unreadable is
worked out again from the article; losing the whole file loses nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdesk.extract.compare import ArticleFeatures, FigureFeatures
from claimdesk.store.paths import features_path
from claimdesk.store.storage import iter_dumps, write_pieces

FEATURES_VERSION = 2  # bump whenever extract.compare reads articles differently


DateSpan = tuple[int, int, str | None]  # a date's context body[lo:hi] and its speaker


@dataclass(slots=True)
class Entry:
    """One article's features, and where each of its dates' context is and who gave it."""

    fingerprint: str
    dates: list[DateSpan]
    features: ArticleFeatures


def read_raw(store_path: Path) -> dict[str, list[Any]]:
    """article id -> its encoded entry; {} when the file is missing, damaged or old.
    Lines after the JSON object are entries appended since (append_raw): later wins."""
    try:
        text = features_path(store_path).read_bytes().decode()
        data, end = json.JSONDecoder().raw_decode(text)
        if data.get("version") != FEATURES_VERSION or not isinstance(data["articles"], dict):
            return {}
        articles = data["articles"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}
    for line in text[end:].splitlines():
        if line.strip():
            try:
                aid, raw = json.loads(line)
                articles[str(aid)] = raw
            except (ValueError, TypeError, RecursionError):
                break  # a torn last line (a crash mid-append): what follows is not trusted
    return articles


def read_entries(store: Any, prints: dict[str, str | None]) -> dict[str, Entry | None] | None:
    """article id -> its decoded entry when it is the one of the article's fingerprint in
    `prints` (else None); None for a server desk (read_kept). Each entry is parsed and
    decoded alone, so the whole file's JSON (86 MB of objects at 100k claims, beside the
    desk) is never held at once; what read_raw gives up on ({}) gives {} here too.
    What a helper decoded meanwhile (store/comparison_prefetch.py) is taken when there."""
    if getattr(store, "read_features", None) is not None:
        return None
    taken = _take_prefetched(store.path)
    if taken is not None:
        return {aid: _checked(got, prints.get(aid)) for aid, got in taken.items()}
    return read_each(store.path, lambda aid, raw: _entry_for(aid, raw, prints))


Prefetched = dict[str, tuple[str | None, tuple | None]]  # aid -> (fingerprint, parts)
_prefetch: dict[str, Any] = {}  # features file -> its helper (comparison_prefetch.start)


def prefetch_key(store_path: Path) -> str:
    """Where a helper's entries are kept for the store at `store_path` (however named)."""
    return os.path.realpath(features_path(store_path))


def _take_prefetched(store_path: Path) -> Prefetched | None:
    helper = _prefetch.pop(prefetch_key(store_path), None) if _prefetch else None
    return None if helper is None else helper.take()


def _checked(got: tuple[str | None, tuple | None], fp: str | None) -> Entry | None:
    """A prefetched entry as _entry_for decides it: the one of fingerprint `fp`, else None."""
    seen, parts = got
    if fp is None or seen != fp or parts is None:
        return None
    return _assemble(parts)


def decode_each(store_path: Path) -> Prefetched:
    """Every entry of the file, checked and decoded but not yet assembled (a helper's
    message: plain tuples, which pickle and unpickle at C speed) with its fingerprint."""
    return read_each(store_path, lambda aid, raw: (fingerprint_of(raw), _parts(raw)))


def read_each(store_path: Path, one: Any) -> dict[str, Any]:
    """article id -> one(article id, its encoded entry), an entry at a time, the lines
    appended since winning; as read_raw decides when the file is not write_raw's."""
    try:
        text = features_path(store_path).read_bytes().decode()
    except (OSError, ValueError):
        return {}
    out: dict[str, Any] = {}
    try:
        end = _stream_entries(text, one, out)
    except (ValueError, TypeError, RecursionError):
        end = None
    if end is None:  # not as write_raw lays it out, or damaged: read_raw decides, as before
        return {aid: one(aid, raw) for aid, raw in read_raw(store_path).items()}
    for line in text[end:].splitlines():
        if line.strip():
            try:
                aid, raw_entry = json.loads(line)
                out[str(aid)] = one(str(aid), raw_entry)
            except (ValueError, TypeError, RecursionError):
                break  # a torn last line, as read_raw
    return out


_HEAD = re.compile(r'\{"version": (\d+), "articles": \{')
_BETWEEN = re.compile(r"\s*([,:}])\s*")


def _stream_entries(text: str, one: Any, out: dict) -> int | None:
    """Decode the file's JSON object one entry at a time into `out`; where it ends, or
    None (ValueError when damaged) when it is not the object write_raw writes."""
    head = _HEAD.match(text)
    if head is None or int(head.group(1)) != FEATURES_VERSION:
        return None
    decode_at = json.JSONDecoder().raw_decode
    pos = head.end()
    if text.startswith("}", pos):
        pos += 1
    else:
        while True:
            aid, pos = decode_at(text, pos)
            colon = _BETWEEN.match(text, pos)
            if type(aid) is not str or colon is None or colon.group(1) != ":":
                raise ValueError("not an entry")
            raw, pos = decode_at(text, colon.end())
            out[aid] = one(aid, raw)
            after = _BETWEEN.match(text, pos)
            if after is None or after.group(1) == ":":
                raise ValueError("not an entry")
            pos = after.end()
            if after.group(1) == "}":
                break
    close = _BETWEEN.match(text, pos)
    if close is None or close.group(1) != "}":
        raise ValueError("not the file's end")
    return close.end()


def _entry_for(aid: str, raw: Any, prints: dict[str, str | None]) -> Entry | None:
    fp = prints.get(aid)
    if fp is None or raw is None or fingerprint_of(raw) != fp:
        return None
    return decode(raw)


def append_raw(store_path: Path, entries: dict[str, list[Any]]) -> bool:
    """Add entries at the end of the file, one line each, without reading or rewriting
    it (what an ingest into a big desk does); False when there is no file in this
    version to append to (then the caller writes it whole) or it cannot be written."""
    path = features_path(store_path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
        if not head.startswith(b'{"version": %d,' % FEATURES_VERSION):
            return False
        with open(path, "ab") as fh:  # (each line in pieces: a huge article's entry is
            for aid, raw in entries.items():  # never one JSON string, its bytes and a join)
                fh.write(b"\n")
                for piece in iter_dumps([aid, raw], _dump, spaced=True):
                    fh.write(piece)
    except OSError:
        return False
    return True


def write_raw(store_path: Path, articles: dict[str, list[Any]]) -> bool:
    """Replace the file (atomically); False when it cannot be written (a cache only)."""
    payload = {"version": FEATURES_VERSION, "articles": articles}
    try:  # (in pieces: a huge article's entry is never one JSON string and its bytes)
        write_pieces(features_path(store_path), iter_dumps(payload, _dump, spaced=True))
    except OSError:
        return False
    return True


def _dump(data: Any) -> bytes:
    return json.dumps(data).encode()


def read_kept(store: Any) -> dict[str, list[Any]]:
    """The store's kept entries: its own table on a server desk, else the PATH.features
    file (a server desk keeps them for the whole team, and `claimdesk copy` carries them)."""
    reader = getattr(store, "read_features", None)
    if reader is not None:
        try:
            return reader(FEATURES_VERSION)
        except Exception:  # derived data: a failure costs time, never anything stored
            return {}
    return read_raw(store.path)


def write_kept(store: Any, articles: dict[str, list[Any]]) -> bool:
    """Keep the entries where read_kept reads them; False when they cannot be written."""
    writer = getattr(store, "write_features", None)
    if writer is not None:
        try:
            return bool(writer(FEATURES_VERSION, articles))
        except Exception:
            return False
    return write_raw(store.path, articles)


def fingerprint_of(raw: list[Any]) -> str | None:
    with contextlib.suppress(IndexError, KeyError, TypeError):
        return str(raw[0])
    return None


def encode(entry: Entry) -> list[Any]:
    """The entry as JSON-ready data. Tuples stand for JSON arrays (json writes them as
    lists), the features' own ones shared, not copied: a huge article's figures were
    a second copy of them (issue 12, finding 9). `decode` reads it back from JSON."""
    f = entry.features
    figures = {
        cid: None
        if ff is None
        else (
            ff.noun,
            ff.event,
            ff.subjects,
            ff.clause,
            ff.years,
            ff.modal,
            ff.measure,
            ff.part,
            ff.modifiers,
        )
        for cid, ff in f.figures.items()
    }
    return [entry.fingerprint, entry.dates, sorted(f.story_words), f.mentions, f.aliases, figures]


def decode(raw: list[Any]) -> Entry | None:
    """The entry, or None when it is not one this code wrote (then it is worked out):
    every field has the type the comparison expects, so a damaged file never reaches it."""
    parts = _parts(raw)
    return None if parts is None else _assemble(parts)


def _parts(raw: Any) -> tuple | None:
    """decode()'s checks and strings: the entry as tuples (each figure's fields, the story
    words in the file's order), or None when it is not one this code wrote."""
    try:
        fp, dates, story, mentions, aliases, figures = raw
        figs: dict[str, tuple | None] = {}
        intern = sys.intern
        for cid, ff in figures.items():
            if ff is None:
                figs[cid] = None
                continue
            noun, event, subjects, clause, years, modal, measure, part, modifiers = ff
            if str is not type(noun) or str is not type(event) or str is not type(part):
                raise TypeError
            if type(modifiers) is not int:
                raise TypeError
            # (the checks of _str, _strs and _int written out: 40,000 figures at 100k
            # claims, most of whose lists are empty)
            figs[cid] = (
                intern(noun),
                intern(event),
                () if subjects == [] else _strs(subjects),
                _strs(clause),
                () if years == [] else _strs(years),
                () if modal == [] else _strs(modal),
                () if measure == [] else _strs(measure),
                intern(part),
                modifiers,
            )
        spans = [
            (lo, hi, who if who is None else intern(who))
            for lo, hi, who in dates
            if int is type(lo) and int is type(hi) and (who is None or str is type(who))
        ]
        if len(spans) != len(dates):
            raise TypeError
        named = {_str(k): _strs(v) for k, v in aliases.items()}
        return _str(fp), spans, _strs(story), _strs(mentions), named, figs
    except (ValueError, TypeError, AttributeError):
        return None


def _assemble(parts: tuple) -> Entry:
    fp, spans, story, mentions, aliases, figs = parts
    figures = {cid: None if ff is None else FigureFeatures(*ff) for cid, ff in figs.items()}
    return Entry(fp, spans, ArticleFeatures(frozenset(story), mentions, aliases, figures))


def _str(value: Any) -> str:
    if type(value) is not str:
        raise TypeError
    return sys.intern(value)  # (one copy of a word every article's features repeat)


def _strs(values: Any) -> tuple[str, ...]:
    if type(values) is not list:
        raise TypeError
    if not values:  # (most of a figure's lists: years, modal, measure)
        return ()
    "".join(values)  # TypeError unless every item is a string (at C speed: 40k figures)
    # json.loads makes a new string for every occurrence of a word: 1.6M of them at 100k
    # claims, most of them repeats (subjects, measures, story words) held through compare()
    return tuple(map(sys.intern, values))
