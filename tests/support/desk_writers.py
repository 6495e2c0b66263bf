"""The writers the many-writer crash tests run as processes of their own, and the invented
articles of their desk.

`python -m tests.support.desk_writers ROLE DESK SEED INCARNATION IDS` (from the
repository's folder) writes to DESK until it is killed, and prints each acknowledged
change only after the store call returned, so whatever the parent has read must be on
disk:

- `dash`: a dashboard; one long-lived ClaimStore marking (some bulk marks), noting and
  undoing its own session's actions, calling refresh() and checking its memory as it goes.
- `cli`: a shell's commands; a new ClaimStore per change, or the CLI's main() per mark.
- `long`: ingest and compaction; ClaimStore(exclusive=True, half the time lite)
  re-ingesting a second article (the desk has three: written as a segment) and compacting
  (a new store file, folding the segments, renamed in under the short lock).

Lines: `ready`; `ack SEQ ACTION CLAIM STATUS REVIEWER NOTE` (NOTE `-` when empty);
`acknote CLAIM STATUS REVIEWER NOTE` (a CLI mark, found in history by its own note);
`refused` (an undo someone built on); `pub N` (a long write published).
"""

from __future__ import annotations

import contextlib
import io
import random
import sys
from typing import Any

from claimdesk.extract.record import Extraction, Statement
from claimdesk.store import STATUSES, ClaimStore, HistoryEntry, StoreError

N_CLAIMS = 24


def _extraction(path: str, sentence: str, keep: list[int], title: str) -> Extraction:
    texts = [sentence.format(i=i) for i in range(N_CLAIMS)]
    body = " ".join(texts)
    statements, pos = [], 0
    for i, text in enumerate(texts):
        start = body.index(text, pos)
        pos = start + len(text)
        if i in keep:
            statements.append(Statement(text, f"Inspector {i}", start, pos))
    return Extraction(
        path=path,
        words=len(body.split()),
        title=title,
        publisher="Tessaly Courier",
        published="2025-06-01",
        body=body,
        statements=statements,
    )


def ferry_article() -> Extraction:
    """The desk's main article: the claims every writer marks."""
    return _extraction(
        "ferry.txt",
        "Inspector {i} said the ferry Orla carried {i} spare rafts.",
        list(range(N_CLAIMS)),
        "Ferry inspection",
    )


def annex_article(variant: int) -> Extraction:
    """A second article the long writer ingests again and again, its claims changing."""
    keep = [i for i in range(N_CLAIMS) if i % (variant % 3 + 1) == 0]
    sentence = "Inspector {i} said the pier had {i} loose planks."
    return _extraction("annex.txt", sentence, keep, "Pier")


def depot_article() -> Extraction:
    """A third article, so that the desk is bigger than one article again: the long
    writer's re-ingests are then written as segments, and its compactions merge them."""
    sentence = "Inspector {i} said the depot held {i} coils of rope."
    return _extraction("depot.txt", sentence, list(range(N_CLAIMS)), "Depot")


def _ack(entries: list[HistoryEntry]) -> None:
    for e in entries:
        note = e.to_note or "-"
        print(f"ack {e.seq} {e.action} {e.claim_id} {e.to_status} {e.reviewer} {note}", flush=True)


def dash(path: str, rng: random.Random, inc: str, ids: list[str]) -> None:
    who = "dash"
    store = ClaimStore(path)
    session: list[int] = []  # the actions this dashboard made (its undo takes back only those)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        r = rng.random()
        try:
            if r < 0.12:
                entries = store.undo(reviewer=who, actions=session)
            elif r < 0.27:
                noted = store.set_note(rng.choice(ids), f"dash.{inc}.{n}", reviewer=who)
                entries = [noted] if noted is not None else []
            else:
                chosen = rng.sample(ids, rng.choice((1, 1, 1, 3)))
                entries = store.mark(chosen, rng.choice(STATUSES), reviewer=who)
        except StoreError as exc:
            if not str(exc).startswith("not undone"):
                raise
            print("refused", flush=True)
            continue
        if entries and entries[0].undo_of is None:
            session.append(entries[0].action)
        _ack(entries)
        if n % 5 == 0:
            store.refresh()
            seqs = [e.seq for e in store.history()]
            if seqs != list(range(1, len(seqs) + 1)):
                sys.exit(f"dashboard memory has history seqs out of order: {seqs[-10:]}")


def cli(path: str, rng: random.Random, inc: str, ids: list[str]) -> None:
    from claimdesk.cli.main import main

    who = "cli"
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        r = rng.random()
        cid, status, note = rng.choice(ids), rng.choice(STATUSES), f"cli.{inc}.{n}"
        if r < 0.35:
            out = io.StringIO()
            argv = ["--db", path, "mark", cid, "--status", status, "--note", note]
            with contextlib.redirect_stdout(out):
                code = main([*argv, "--reviewer", who])
            if code != 0:
                sys.exit(f"claimdesk mark failed ({code}): {out.getvalue()}")
            print(f"acknote {cid} {status} {who} {note}", flush=True)
            continue
        with ClaimStore(path) as store:
            try:
                if r < 0.45:
                    entries = store.undo(reviewer=who)
                else:
                    entries = store.mark([cid], status, note=note, reviewer=who)
            except StoreError as exc:
                if not str(exc).startswith("not undone"):
                    raise
                print("refused", flush=True)
                continue
            _ack(entries)


def long(path: str, rng: random.Random, inc: str, ids: list[str]) -> None:
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        lite = rng.random() < 0.5  # (as `claimdesk ingest` opens it: the files' heads)
        with ClaimStore(path, exclusive=True, wait=120, lite=lite) as store:
            if rng.random() < 0.5:
                store.ingest_extraction(annex_article(rng.randrange(1000)))
            else:
                store.compact()
        print(f"pub {n}", flush=True)


ROLES = {"dash": dash, "cli": cli, "long": long}


if __name__ == "__main__":
    role, desk, seed, incarnation, claim_ids = sys.argv[1:6]
    ROLES[role](desk, random.Random(int(seed)), incarnation, claim_ids.split(","))


def serve(conn) -> None:
    """A writer process the property test drives over a pipe: ("open", desk), ("run",
    [op, ...]) -> [result, ...], ("close",). An op is ("mark", reviewer, ids, status,
    note or None), ("note", reviewer, id, text) or ("undo", reviewer, session: bool); a
    result is the entries (as tuples), or "refused" for an undo someone built on."""
    store: ClaimStore | None = None
    session: list[int] = []
    while True:
        msg = conn.recv()
        if msg[0] == "open":
            store, session = ClaimStore(msg[1]), []
            conn.send("ok")
        elif msg[0] == "close":
            if store is not None:
                store.close()
            store = None
            conn.send("ok")
        elif msg[0] == "run":
            assert store is not None
            conn.send([apply_op(store, op, session) for op in msg[1]])
        else:
            return


def apply_op(store: ClaimStore, op: tuple, session: list[int]) -> list[tuple] | str:
    """One op of the property test on `store`: its entries as tuples, or "refused"."""
    try:
        if op[0] == "mark":
            _, who, ids, status, note = op
            entries = store.mark(list(ids), status, note=note, reviewer=who)
        elif op[0] == "note":
            _, who, cid, text = op
            noted = store.set_note(cid, text, reviewer=who)  # None: it said that already
            entries = [noted] if noted is not None else []
        else:
            _, who, own = op
            entries = store.undo(reviewer=who, actions=session if own else None)
    except StoreError as exc:
        if str(exc).startswith("not undone"):
            return "refused"
        raise
    if entries and entries[0].undo_of is None:
        session.append(entries[0].action)
    return [entry_tuple(e) for e in entries]


def entry_tuple(e: Any) -> tuple:
    """An entry (the store's, or a model's with the same fields) as a plain tuple: what a
    writer process sends back, and what the model's entries are compared as."""
    return (
        e.seq,
        e.action,
        e.claim_id,
        e.from_status,
        e.to_status,
        e.from_note,
        e.to_note,
        e.reviewer,
        e.undo_of,
    )
