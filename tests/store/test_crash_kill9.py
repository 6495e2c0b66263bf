"""kill -9 at random moments never loses an acknowledged verdict or article.

A child process marks verdicts in a loop (with the occasional bulk mark, undo, compaction
and re-ingest, so kills also land inside the atomic store-file replace, and new articles,
each written as a segment beside the store file, so kills land in a segment write and in
a merge that folds segments into the store file) and prints each history entry after
`mark()` has returned and each article after its ingest returned. Half the children
open the desk "lite" (the files' heads only, as the shell verbs do). The parent SIGKILLs
it at a random moment, then checks that the store opens, holds every acknowledged entry
and article, is self-consistent, and that the next writer leaves no temporary files
behind. Four stores run side by side;
CLAIMDESK_CRASH_KILLS sets the number of kills per store (default 52, so 208 in all;
500 with CLAIMDESK_LONG=1).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from claimdesk.store import ClaimStore
from claimdesk.store.paths import segments_path, temp_prefix
from claimdesk.store.segments import list_segments

N_CLAIMS = 30
LANES = 4
LONG = os.environ.get("CLAIMDESK_LONG") == "1"  # the long mode (CONTRIBUTING.md): 2,000 kills
KILLS_PER_LANE = int(os.environ.get("CLAIMDESK_CRASH_KILLS", "500" if LONG else "52"))

BODY = " ".join(f"Official {i} said the bridge had {i} cracks." for i in range(N_CLAIMS))

EXTRACTION = f"""
from types import SimpleNamespace as NS

BODY = {BODY!r}


def extraction(keep):
    statements, pos = [], 0
    for i in range({N_CLAIMS}):
        text = f"Official {{i}} said the bridge had {{i}} cracks."
        start = BODY.index(text, pos)
        pos = start + len(text)
        if keep(i):
            statements.append(NS(text=text, speaker=f"Official {{i}}", start=start, end=pos))
    return NS(path="bridge.txt", words=len(BODY.split()), title="Bridge", publisher="Gazette",
              aggregator=None, published="2025-01-01", url=None, author=None, body=BODY,
              sources=[], quotes=[], statements=statements, numbers=[], dates=[], hedges=[])


def note(k):
    text = f"Clerk {{k}} said {{k}} boats sank at the quay."
    body = f"Note {{k}}. " + text
    start = body.index(text)
    st = [NS(text=text, speaker=f"Clerk {{k}}", start=start, end=start + len(text))]
    return NS(path=f"note-{{k}}.txt", words=len(body.split()), title=f"Note {{k}}",
              publisher="Gazette",
              aggregator=None, published="2025-01-01", url=None, author=None, body=body,
              sources=[], quotes=[], statements=st, numbers=[], dates=[], hedges=[])
"""

CHILD = (
    EXTRACTION
    + """
import random, sys
from claimdesk.store import ClaimStore

path, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
lite = seed % 2 == 1
with ClaimStore(path, readonly=True) as r:
    bridge = next(a.id for a in r.articles() if a.title == "Bridge")
    ids = sorted(c.id for c in r.claims(article=bridge))
s = ClaimStore(path, wait=30, lite=lite)
print("ready", flush=True)
statuses = ("verified", "disputed", "dismissed", "unreviewed")
n = 0
while True:
    r = rng.random()
    if r < 0.03:
        s.compact()
        continue
    if r < 0.06:
        m = rng.randrange(1, 4)
        res = s.ingest_extraction(extraction(lambda i: i % m == 0))
        if res.status == "updated":  # (unreviewed claims it left out are gone)
            ids = sorted(c.id for c in s.claims(article=bridge))
        continue
    if r < 0.12:
        res = s.ingest_extraction(note(seed * 1000 + n))
        n += 1
        print(f"art {res.article_id}", flush=True)
        continue
    if r < 0.18:
        entries = s.undo()
    else:
        chosen = rng.sample(ids, rng.choice((1, 1, 1, 4)))
        entries = s.mark(chosen, rng.choice(statuses), note=f"n{seed}-{n}")
    for e in entries:
        print(f"ack {e.seq} {e.claim_id} {e.to_status} {e.to_note or '-'}", flush=True)
    n += 1
"""
)


def _make_store(path: Path) -> None:
    ns: dict = {}
    exec(EXTRACTION, ns)
    with ClaimStore(path) as s:
        s.ingest_extraction(ns["extraction"](lambda i: True))
        for k in range(3):  # a desk bigger than one article: a new one is a segment
            s.ingest_extraction(ns["note"](-1 - k))


def _temporaries(path: Path) -> list[str]:
    left = [p for p in os.listdir(path.parent) if p.startswith(temp_prefix(path))]
    with contextlib.suppress(FileNotFoundError):
        left += [p for p in os.listdir(segments_path(path)) if ".tmp-" in p]
    return left


def _check(path: Path, acked: dict[int, tuple[str, str, str]], arts: set[str] = frozenset()) -> int:
    """Verify the store after a kill; returns how many temp files the kill left behind."""
    left = _temporaries(path)
    with ClaimStore(path, readonly=True) as r:
        have = {a.id for a in r.articles()}
        assert arts <= have, f"acknowledged articles lost: {sorted(arts - have)}"
        hist = {e.seq: e for e in r.history()}
        for seq, (cid, status, note) in acked.items():
            e = hist.get(seq)
            assert e is not None, f"acknowledged entry {seq} lost"
            assert (e.claim_id, e.to_status, e.to_note or "-") == (cid, status, note)
        last: dict[str, tuple[str, str]] = {}
        for e in r.history():
            last[e.claim_id] = (e.to_status, e.to_note)
        for cid, (status, note) in last.items():
            c = r.claim(cid)
            assert (c.status, c.note) == (status, note)
    with ClaimStore(path, wait=30):
        pass  # the next writer start sweeps temporary files
    stray = _temporaries(path)
    assert not stray, stray
    return len(left)


def _lane(path: Path, lane: int, kills: int, errors: list[BaseException], count: list[int]):
    """count[0]: kills checked; count[1]: kills that landed inside a store-file or segment
    write; count[2]: kills after which the desk had segments beside its store file."""
    try:
        rng = random.Random(1000 + lane)
        acked: dict[int, tuple[str, str, str]] = {}
        arts: set[str] = set()
        for k in range(kills):
            proc = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(path), str(lane * 100_000 + k)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            if rng.random() < 0.15:
                time.sleep(rng.uniform(0, 0.12))  # during start-up, open or sweep
            else:
                line = proc.stdout.readline()
                assert line == b"ready\n", (line, proc.stderr.read())
                time.sleep(rng.uniform(0, 0.04))
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == -signal.SIGKILL, err.decode()
            for raw in out.split(b"\n")[:-1]:  # complete lines only
                parts = raw.decode().split(" ", 4)
                if parts[0] == "ack":
                    acked[int(parts[1])] = (parts[2], parts[3], parts[4])
                elif parts[0] == "art":
                    arts.add(parts[1])
            count[2] += bool(list_segments(path))  # (segments were there to lose)
            count[1] += _check(path, acked, arts) > 0
            count[0] += 1
        assert len(acked) > kills  # the children really did work between kills
    except BaseException as exc:
        errors.append(exc)


def test_sigkill_never_loses_an_acknowledged_verdict(tmp_path):
    errors: list[BaseException] = []
    counts = []
    threads = []
    for lane in range(LANES):
        d = tmp_path / f"lane{lane}"
        d.mkdir()
        path = d / "store.json"
        _make_store(path)
        counts.append([0, 0, 0])
        t = threading.Thread(target=_lane, args=(path, lane, KILLS_PER_LANE, errors, counts[-1]))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    if KILLS_PER_LANE >= 50:
        assert sum(c[0] for c in counts) >= 200
        # about one kill in ten lands inside the atomic store-file replace (compaction or
        # re-ingest), so that path is exercised too, not only journal appends
        assert sum(c[1] for c in counts) >= 1
        assert sum(c[2] for c in counts) >= 20  # new articles were written as segments


def test_readers_see_a_consistent_state_while_a_writer_works(tmp_path):
    """Open read-only again and again while a child marks, undoes, compacts and
    re-ingests: every snapshot has a gap-free history that agrees with the verdicts."""
    path = tmp_path / "store.json"
    _make_store(path)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), "7"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        snapshots = 0
        deadline = time.monotonic() + 4.0
        seen_seq = 0
        while time.monotonic() < deadline:
            with ClaimStore(path, readonly=True) as r:
                hist = r.history()
                seqs = [e.seq for e in hist]
                assert seqs == list(range(1, len(seqs) + 1))
                assert len(seqs) >= seen_seq  # never goes back in time
                seen_seq = len(seqs)
                last = {e.claim_id: (e.to_status, e.to_note) for e in hist}
                for cid, state in last.items():
                    c = r.claim(cid)
                    assert (c.status, c.note) == state
            snapshots += 1
        assert proc.poll() is None, proc.stderr.read().decode()
        assert snapshots > 5 and seen_seq > 0
    finally:
        proc.kill()
        proc.wait(timeout=30)
