"""The dashboard as a person sees it: a real terminal (tmux), polled until the screen shows
the change (issue 18's own method; the headless figures of bench_tui are not end to end).

Each app runs in a tmux pane of fixed size (160x45) on a private tmux server. A launch is
timed from the moment the command line is sent to the pane until `tmux capture-pane`
shows the rows; a key from `tmux send-keys` until the capture shows the key's answer: the
screen outside the Detail pane (which follows the resting cursor on purpose, 40 ms
later) reaches the state it then keeps (polled until it has not changed for QUIET s), so a
search key counts until the list is updated, not the echo of the typed letter.

In the same run: the 100k desk (the one the other tui benchmarks build and cache), the
demo desk, a stock Textual DataTable app holding the same 100k rows (filter and search
rebuild it) and a trivial app (any key repaints a counter): the last two give the floor
that the terminal, tmux and the polling set. Every app gets the same keys: a search word
typed letter by letter (five words), the status filter `f`, cursor down and up.

    .venv/bin/python -m benchmarks --only terminal     # the harness table
    .venv/bin/python -m benchmarks.bench_terminal      # the same, printed directly
    .venv/bin/python -m benchmarks.bench_terminal search [ROUNDS]   # the search keys
                      # alone, ours and the previous code in turns (a few minutes)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.harness import Result, log, summarize

SIZE = (160, 45)
QUIET = 0.25  # s without a change: the screen has answered the key
BLINKING = 3  # the last lines, where the search lines (ours, the peer's) are
KEY_TIMEOUT = 60.0  # s: the stock DataTable rebuilds 100k rows per filter key (others: 10 s)
LAUNCH_TIMEOUT = 300.0
SEARCH_WORDS = ("minister", "hospital", "council", "percent", "official")
FULL_KEYS = 40  # per kind (down, up); search: every letter of SEARCH_WORDS
FULL_FILTER_KEYS = 60  # whole cycles of `f` for ours (6 states) and the peer (5): all again
QUICK_KEYS = 3
QUICK_FILTER_KEYS = 6
ESC = re.compile(r"\x1b\[[0-9;:]*m")
# main before this round of issue 18 (the keys' frames): its dashboard gets the same keys on
# its own copy of the 100k desk in the same run (CLAIMDESK_BENCH_PREVIOUS names another)
PREVIOUS = "2a90419"


def _row_pattern() -> re.Pattern[str]:
    """A claim row on screen: a verdict glyph then a kind glyph (ours and the peer)."""
    from claimdesk.store.verdict_states import VERDICT_STATES

    glyphs = "".join(re.escape(s.glyph) for s in VERDICT_STATES)
    return re.compile(rf"[{glyphs}] +[“≈#]")


class Pane:
    """One tmux session on a private server (`-L`), the app started in it by `exec`."""

    def __init__(self, socket: str, env: dict[str, str]) -> None:
        self.socket = socket
        self.env = env

    def tmux(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"tmux {args[0]}: {done.stderr.strip()}")
        return done.stdout

    def start(self) -> None:
        """A plain shell in a fresh session, waiting for its prompt."""
        self.tmux("kill-server", check=False)
        w, h = SIZE
        shell = "exec env PS1='$ ' bash --norc --noprofile"
        root = str(Path(__file__).resolve().parent.parent)
        self.tmux("new-session", "-d", "-s", "b", "-c", root, "-x", str(w), "-y", str(h), shell)
        self.until(lambda text: "$" in text, 20.0)

    def send_line(self, line: str) -> float:
        t0 = time.perf_counter()
        self.tmux("send-keys", "-t", "b", "-l", line)
        self.tmux("send-keys", "-t", "b", "Enter")
        return t0

    def capture(self) -> str:
        return self.tmux("capture-pane", "-p", "-e", "-t", "b", check=False)

    def pid(self) -> int:
        return int(self.tmux("display-message", "-p", "-t", "b", "#{pane_pid}").strip())

    def until(self, seen: Callable[[str], bool], timeout: float) -> float:
        """perf_counter() when a capture (escapes removed) first satisfies `seen`."""
        deadline = time.perf_counter() + timeout
        while True:
            text = ESC.sub("", self.capture())
            now = time.perf_counter()
            if seen(text):
                return now
            if now > deadline:
                raise RuntimeError(f"the pane never showed what was awaited:\n{text[-2000:]}")

    def alive(self) -> bool:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "has-session", "-t", "b"],
            capture_output=True,
            env=self.env,
            check=False,
        )
        return done.returncode == 0

    def forget(self) -> None:
        """Remove the private server's socket file (a stopped server leaves it behind)."""
        tmpdir = Path(self.env.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        (tmpdir / self.socket).unlink(missing_ok=True)

    def quit(self, key: str = "q") -> None:
        """Quit the app (its own way: the dashboard keeps its first page), wait for it."""
        self.tmux("send-keys", "-t", "b", key, check=False)
        deadline = time.perf_counter() + 120
        while self.alive() and time.perf_counter() < deadline:
            time.sleep(0.05)
        self.tmux("kill-server", check=False)


def _cut(screen: str, cols: int) -> str:
    """The first `cols` cells of each line, their colours and attributes kept, but the
    last BLINKING lines' text only (an input line's cursor blinks there: not an answer)."""
    out = []
    lines = screen.rstrip("\n").split("\n")
    for n, line in enumerate(lines):
        if n >= len(lines) - BLINKING:
            line = ESC.sub("", line)
        cells, i, kept = 0, 0, []
        while i < len(line) and cells < cols:
            m = ESC.match(line, i)
            if m:
                kept.append(m.group())
                i = m.end()
                continue
            kept.append(line[i])
            cells += 1
            i += 1
        out.append("".join(kept))
    return "\n".join(out)


def _cpu(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _idle(pid: int, still: float = 0.6, timeout: float = 120.0) -> None:
    """Wait until the app's process has used no CPU for `still` s (its workers done: the
    search index built, the comparison idle), so keys meet a settled desk."""
    deadline = time.perf_counter() + timeout
    last, since = _cpu(pid), time.perf_counter()
    while time.perf_counter() < deadline:
        time.sleep(0.05)
        now = _cpu(pid)
        if now != last:
            last, since = now, time.perf_counter()
        elif time.perf_counter() - since >= still:
            return


@dataclass
class Keys:
    """Seconds from send-keys to the answer, per kind of key."""

    search: list[float] = field(default_factory=list)
    filter: list[float] = field(default_factory=list)
    down: list[float] = field(default_factory=list)
    up: list[float] = field(default_factory=list)
    missed: int = 0  # keys the screen never answered


def _answer(pane: Pane, key: str, cols: int, timeout: float) -> float | None:
    """Seconds from send-keys to the first capture showing the state the screen (its
    first `cols` columns) then keeps; None when nothing changed."""
    before = _cut(pane.capture(), cols)
    t0 = time.perf_counter()
    pane.tmux("send-keys", "-t", "b", key)
    last, last_at = before, None
    while True:
        shot = _cut(pane.capture(), cols)
        now = time.perf_counter()
        if shot != last:
            last, last_at = shot, now
        if last_at is not None and now - last_at >= QUIET:
            return last_at - t0
        if now - t0 > timeout:
            return None if last_at is None else last_at - t0


def _keys(pane: Pane, cols: int, count: int, words: tuple[str, ...], timeout: float) -> Keys:
    got = Keys()

    def timed(key: str, into: list[float] | None) -> None:
        t = _answer(pane, key, cols, timeout)
        if t is None:
            log(f"terminal: key {key!r} unanswered; the screen:\n{ESC.sub('', pane.capture())}")
            got.missed += 1
        elif into is not None:
            into.append(t)

    for _ in range(count):
        timed("Down", got.down)
    for _ in range(count):
        timed("Up", got.up)
    for _ in range(FULL_FILTER_KEYS if count == FULL_KEYS else QUICK_FILTER_KEYS):
        timed("f", got.filter)
    for word in words:
        timed("/", None)  # untimed: open the search line
        for ch in word:
            timed(ch, got.search)
        timed("Escape", None)  # untimed: clear it
    return got


@dataclass
class Launch:
    rows: float  # s from the command sent to rows (and counts) on screen
    whole: float  # ... to the whole desk (no pane loading, the header not reading)
    keys: Keys | None = None


def _detail_column(text: str) -> int:
    """Where the Detail pane begins (the keys' answer is judged left of it)."""
    for line in text.split("\n"):
        at = line.find("Detail")
        if at >= 0:
            return line.rfind("╭", 0, at)
    return SIZE[0]


def launch(
    pane: Pane,
    command: str,
    rows: Callable[[str], bool],
    whole: Callable[[str], bool],
    keys: int = 0,
    words: tuple[str, ...] = (),
    key_timeout: float = 10.0,
) -> Launch:
    pane.start()
    t0 = pane.send_line(f"exec {command}")
    t_rows = pane.until(rows, LAUNCH_TIMEOUT)
    t_whole = pane.until(whole, LAUNCH_TIMEOUT)
    out = Launch(t_rows - t0, t_whole - t0)
    if keys:
        pid = pane.pid()
        _idle(pid)
        cols = _detail_column(ESC.sub("", pane.capture()))
        out.keys = _keys(pane, cols, keys, words, key_timeout)
    pane.quit()
    return out


def ours_rows(text: str) -> bool:
    """The quotes pane shows claim rows and the header the desk's count."""
    lines = text.split("\n")
    pattern = _row_pattern()
    return " claims" in lines[0] and sum(bool(pattern.search(x)) for x in lines) >= 3


def ours_whole(text: str) -> bool:
    return ours_rows(text) and "Loading" not in text and "reading the desk" not in text


def peer_rows(text: str) -> bool:
    pattern = _row_pattern()
    return sum(bool(pattern.search(x)) for x in text.split("\n")) >= 3


def trivial_shown(text: str) -> bool:
    return "presses 0" in text


# -- the two peer apps, run in the pane by `python -m benchmarks.bench_terminal APP` --------


def run_peer(store_path: str) -> None:
    """A stock DataTable with every claim of the desk (bench_tui's peer, in a terminal):
    `f` cycles the status, `/` types a search, escape clears it, q quits."""
    from benchmarks.bench_tui import peer_rows
    from benchmarks.peer_app import peer_app

    peer_app(peer_rows(store_path, None)).run()


def run_trivial() -> None:
    """Any key repaints a counter (q quits): the floor of the method."""
    from textual import events
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Trivial(App[None]):
        def __init__(self) -> None:
            super().__init__()
            self.presses = 0

        def compose(self) -> ComposeResult:
            yield Static("presses 0")

        def on_key(self, event: events.Key) -> None:
            if event.key == "q":
                self.exit()
                return
            self.presses += 1
            self.query_one(Static).update(f"presses {self.presses}")

    Trivial().run()


# -- the run -----------------------------------------------------------------------------


def _ms(xs: list[float]) -> tuple[float, float]:
    med, p = summarize(xs)
    return med * 1000, p * 1000


def _desk_command(path: str, tree: Path | None = None) -> str:
    if tree is None:
        return f"{sys.executable} -m claimdesk --db {path}"
    root = Path(__file__).resolve().parent.parent
    return f"env -C {tree} PYTHONPATH={tree}:{root} {sys.executable} -m claimdesk --db {path}"


def terminal_env(home: Path) -> dict[str, str]:
    """The environment of a dashboard under measure: a HOME and config of its own (no
    reviewer's settings), a colour terminal, and neither the caller's tmux nor its server
    desk ($CLAIMDESK_DB) leaking in."""
    env = dict(
        os.environ,
        HOME=str(home),
        CLAIMDESK_CONFIG=str(home / "none.toml"),
        CLAIMDESK_REVIEWER="bench",
        TERM="xterm-256color",
        COLORTERM="truecolor",
        PYTHONPATH=str(Path(__file__).resolve().parent.parent),
    )
    env.pop("TMUX", None)
    env.pop("CLAIMDESK_DB", None)
    return env


def measure(quick: bool) -> dict[str, Any]:
    """Every launch and key of the run (seconds)."""
    from benchmarks import corpus, launch_after_change
    from benchmarks.bench_tui import FULL_CLAIMS, QUICK_CLAIMS, demo_store
    from benchmarks.previous import previous_tree

    claims = QUICK_CLAIMS if quick else FULL_CLAIMS
    runs, keys = (1, QUICK_KEYS) if quick else (3, FULL_KEYS)
    words = ("min",) if quick else SEARCH_WORDS
    cases = ("relaunch",) if quick else ("relaunch", "mark", "ingest")
    got: dict[str, Any] = {"launch": {}, "keys": {}, "size": "100k" if not quick else f"{claims:,}"}
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-term-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = terminal_env(home)
        pane = Pane(f"claimdesk-bench-{os.getpid()}", env)
        desks = {
            "demo": str(demo_store(Path(tmp))),
            "ours": str(corpus.fresh_store(claims, Path(tmp) / "ours")),
        }
        try:
            for label, path in desks.items():  # first launch (no kept page), then keys
                got["launch"].setdefault(f"{label} first", []).append(
                    launch(pane, _desk_command(path), ours_rows, ours_whole, keys, words)
                )
                log(f"terminal: {label} first launch {got['launch'][f'{label} first'][-1]}")
            py = f"{sys.executable} -m benchmarks.bench_terminal"
            tree = None if quick else previous_tree(Path(tmp) / "previous", PREVIOUS)
            if tree is not None:
                log("terminal: the previous code, the same keys")
                prev = str(corpus.fresh_store(claims, Path(tmp) / "prev"))
                got["launch"]["previous first"] = [
                    launch(pane, _desk_command(prev, tree), ours_rows, ours_whole, keys, words)
                ]
            if not quick:
                log("terminal: stock DataTable (every row)")
                got["launch"]["peer"] = [
                    launch(
                        pane,
                        f"{py} peer {desks['ours']}",
                        peer_rows,
                        peer_rows,
                        keys,
                        words,
                        KEY_TIMEOUT,
                    )
                ]
            got["launch"]["trivial"] = [
                launch(pane, f"{py} trivial", trivial_shown, trivial_shown, keys, words)
            ]
            for i in range(runs):  # in turns: unchanged, after a shell verdict, an ingest
                for case in cases:
                    for label, path in desks.items():
                        if case != "relaunch":
                            launch_after_change._change(case, path, i, Path(tmp))
                        one = launch(pane, _desk_command(path), ours_rows, ours_whole)
                        got["launch"].setdefault(f"{label} {case}", []).append(one)
                        log(f"terminal: {label} {case} {i}: rows {one.rows:.2f} s, "
                            f"whole {one.whole:.2f} s")  # fmt: skip
        finally:
            pane.tmux("kill-server", check=False)
            pane.forget()
    return got


def _rows_result(got: dict[str, Any], case: str, words: str, load: str) -> Result:
    ours = [x.rows for x in got["launch"][f"ours {case}"]]
    demo = summarize([x.rows for x in got["launch"][f"demo {case}"]])[0]
    whole = summarize([x.whole for x in got["launch"][f"ours {case}"]])[0]
    return Result(
        f"terminal: rows on screen @{got['size']} claims, {words}",
        "s",
        *summarize(ours),
        target=1.0,
        peer_name=f"the demo desk, {words}",
        peer_median=demo,
        min_ratio=1 / 1.7,
        runs=len(ours),
        note=f"command sent -> rows polled on the pane; ratio to the demo "
        f"{summarize(ours)[0] / demo:.2f} (<= 1.7); whole desk {whole:.2f} s; {load}",
    )


def run(quick: bool) -> list[Result]:
    from benchmarks.previous import previous_commit

    if shutil.which("tmux") is None:
        return [Result("terminal: not measured (no tmux on this machine)", "s", 0.0)]
    got = measure(quick)
    load = "load avg {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    results = [
        _rows_result(got, case, words, load)
        for case, words in (
            ("relaunch", "relaunch, unchanged desk"),
            ("mark", "first launch after `claimdesk mark`"),
            ("ingest", "first launch after `claimdesk ingest` of one article"),
            ("first", "first launch ever (no kept page)"),
        )
        if f"ours {case}" in got["launch"]
    ]
    first = {k.split()[0]: v[0] for k, v in got["launch"].items() if v[0].keys is not None}
    peer = first.get("peer")
    trivial = first["trivial"]
    if peer is not None:
        results.append(
            Result(
                "terminal: stock DataTable, rows on screen @100k rows",
                "s",
                peer.rows,
                peer_name="trivial app, first frame",
                peer_median=trivial.rows,
                runs=1,
                note="its rows read from the store first, as bench_tui's peer",
            )
        )
    prev = first.get("previous")
    for kind, label in (
        ("search", "search typing"),
        ("filter", "status filter f"),
        ("down", "cursor down"),
        ("up", "cursor up"),
    ):
        ours = getattr(first["ours"].keys, kind)
        demo = getattr(first["demo"].keys, kind)
        floor = getattr(trivial.keys, kind)
        dmed, dp = _ms(demo)
        fmed, fp = _ms(floor)
        target = "; median target <= 40 ms" if kind == "search" else ""
        peer_keys = getattr(peer.keys, kind) if peer is not None and peer.keys else None
        results.append(
            Result(
                f"terminal: key to screen, {label} @{got['size']}",
                "ms",
                *_ms(ours),
                target=50.0,
                check="p95",
                peer_name="stock DataTable, same keys" if peer_keys else None,
                peer_median=_ms(peer_keys)[0] if peer_keys else None,
                peer_p95=_ms(peer_keys)[1] if peer_keys else None,
                runs=len(ours),
                note=f"demo desk {dmed:.0f}/{dp:.0f} ms; trivial app {fmed:.0f}/{fp:.0f} ms "
                f"(median/p95){target}; keys unanswered {first['ours'].keys.missed}; {load}",
            )
        )
        if prev is not None and prev.keys is not None:
            pmed, pp = _ms(getattr(prev.keys, kind))
            results.append(
                Result(
                    f"terminal: key to screen, {label} @{got['size']}, beside the previous code",
                    "ms",
                    *_ms(ours),
                    target=50.0,
                    check="p95",
                    peer_name=f"previous code ({previous_commit(PREVIOUS)})",
                    peer_median=pmed,
                    peer_p95=pp,
                    runs=len(ours),
                    note="the same keys, its own copy of the desk, same run",
                )
            )
    return results


def search_ab(rounds: int = 3) -> dict[str, dict[str, list[float]]]:
    """The search keys alone, ours and the previous code in turns: `rounds` launches of
    each on its own copy of the 100k desk, each typing SEARCH_WORDS (after one cursor down
    and up and a cycle of `f`, as a full run's keys begin). Seconds per letter, and the
    words' second letters apart (ms printed by `main`)."""
    from benchmarks import corpus
    from benchmarks.bench_tui import FULL_CLAIMS
    from benchmarks.previous import previous_tree

    got: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-term-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = dict(os.environ, HOME=str(home), CLAIMDESK_CONFIG=str(home / "none.toml"))
        env.update(TERM="xterm-256color", COLORTERM="truecolor", CLAIMDESK_REVIEWER="bench")
        env.update(PYTHONPATH=str(Path(__file__).resolve().parent.parent))
        env.pop("TMUX", None)
        env.pop("CLAIMDESK_DB", None)
        pane = Pane(f"claimdesk-bench-{os.getpid()}", env)
        tree = previous_tree(Path(tmp) / "previous", PREVIOUS)
        if tree is None:
            raise RuntimeError("git cannot give the previous code")
        desks = {
            "ours": (str(corpus.fresh_store(FULL_CLAIMS, Path(tmp) / "ours")), None),
            "previous": (str(corpus.fresh_store(FULL_CLAIMS, Path(tmp) / "prev")), tree),
        }
        try:
            for i in range(rounds):
                for label in ("ours", "previous") if i % 2 == 0 else ("previous", "ours"):
                    path, code = desks[label]
                    one = launch(
                        pane, _desk_command(path, code), ours_rows, ours_whole, 1, SEARCH_WORDS
                    )
                    keys = one.keys.search if one.keys else []
                    mine = got.setdefault(label, {"all": [], "second": []})
                    mine["all"] += keys
                    at = 0
                    for word in SEARCH_WORDS:
                        if at + 1 < len(keys):
                            mine["second"].append(keys[at + 1])
                        at += len(word)
                    log(f"terminal search: {label} round {i}: {[round(k * 1e3) for k in keys]}")
        finally:
            pane.tmux("kill-server", check=False)
            pane.forget()
    return got


def main(argv: list[str]) -> None:
    if argv[:1] == ["search"]:  # python -m benchmarks.bench_terminal search [ROUNDS]
        got = search_ab(int(argv[1]) if len(argv) > 1 else 3)
        for label, kinds in got.items():
            for kind, xs in kinds.items():
                med, p95 = _ms(xs)
                print(f"{label}: {kind} letters ({len(xs)}): {med:.1f} / {p95:.1f} ms")
        print("load avg {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    elif argv[:1] == ["peer"]:
        run_peer(argv[1])
    elif argv[:1] == ["trivial"]:
        run_trivial()
    else:
        for r in run("--quick" in argv):
            peer = "" if r.peer_median is None else f"  peer {r.peer_median:.3g}"
            peer += "" if r.peer_p95 is None else f" p95 {r.peer_p95:.3g}"
            p95 = "" if r.p95 is None else f" p95 {r.p95:.3g}"
            print(f"{r.name}: median {r.median:.3g}{p95} {r.unit}{peer}  {r.note}")


if __name__ == "__main__":
    main(sys.argv[1:])
