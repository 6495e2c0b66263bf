"""`claimdesk serve` in a real browser: headless Chromium loads the page, the dashboard's
panes appear in its terminal, a key pressed in the page reaches the app (the configured
`y` verifies a quote, and the history on disk names the configured reviewer), and a
screenshot is kept (artifacts/serve-dashboard-*.png, ignored by git). It runs on the
test corpus, and on the two seed reports where ../shared/seeds is present.

Chromium is Debian's `chromium` (.ci/run installs it): where it is missing the test is
skipped on a developer's machine and fails in CI (CI=true). The page asks for a web font
from the internet: every request that is not to the test's own server is refused.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.cli.serve_verb import is_loopback, visitor_command
from claimdesk.store import ClaimStore
from tests.support.cli import run
from tests.support.paths import REPO, SEEDS
from tests.support.tui_corpus import build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = REPO / "artifacts"  # ignored by git; CI keeps what a run leaves there
DEADLINE = 90.0  # seconds for each condition on a loaded 2-core machine (never asserted)

# Every byte the page's terminal receives, kept as text for the test to read (the
# terminal draws on a canvas, so the page's DOM holds no text).
SCREEN_TAP = """
(() => {
  const Socket = window.WebSocket;
  const decoder = new TextDecoder();
  window.__claimdeskScreen = "";
  window.WebSocket = class extends Socket {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (typeof event.data !== "string") {
          window.__claimdeskScreen += decoder.decode(new Uint8Array(event.data), {stream: true});
        }
      });
    }
  };
})();
"""
SHOWS = """(patterns) => {
  const text = window.__claimdeskScreen.replace(/\\x1b\\[[0-9;:?<>=]*[ -\\/]*[@-~]/g, "");
  return patterns.every((p) => new RegExp(p).test(text));
}"""
LOADED = ["Sources", "Quotes", "Numbers", r"\d+ claims"]  # the panes, and their rows loaded


def _browser_or_skip() -> None:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -e '.[test]')")
    if missing:
        message = "the browser test needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(condition, what: str, proc: subprocess.Popen | None = None) -> None:
    """Poll until condition() holds; fail naming `what` (and the server's output)."""
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        if condition():
            return
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the server stopped before {what}: {proc.communicate()[1]}")
        time.sleep(0.1)  # polling interval, not a wait for an outcome
    pytest.fail(f"not reached within {DEADLINE:.0f} s: {what}")


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _seed_desk(path: Path) -> Path:
    """The two seed reports (../shared/seeds, beside the checkout), ingested by the CLI."""
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    argv = ["ingest", *files, "--published", "2024-12-17", "--db", str(path)]
    out = subprocess.run(
        [sys.executable, "-m", "claimdesk", *argv],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    return path


@pytest.fixture(
    params=[
        "invented",
        pytest.param(
            "seeds",
            marks=[
                pytest.mark.seeds,
                pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present"),
            ],
        ),
    ]
)
def served(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, int]]:
    """A desk (the test corpus, or the seed reports) served by the real `claimdesk serve`,
    with dana's config file; stopped after."""
    _browser_or_skip()
    config = tmp_path / "config.toml"
    config.write_text('reviewer = "dana"\n\n[keys]\nverify = "y"\n', encoding="utf-8")
    monkeypatch.setenv("CLAIMDESK_CONFIG", str(config))
    monkeypatch.delenv("CLAIMDESK_REVIEWER", raising=False)
    if request.param == "seeds":
        desk = _seed_desk(tmp_path / "desk.json")
    else:
        desk = build_store(tmp_path / "desk.json")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimdesk", "serve", "--db", str(desk), "--port", str(port)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its visitors' dashboards are stopped with it
    )
    try:
        _wait(lambda: _listening(port), "the server listens", proc)
        yield desk, port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()


def _verified_by(desk: Path) -> list[str | None]:
    with ClaimStore(desk, readonly=True) as store:
        return [h.reviewer for c in store.claims(status="verified") for h in store.history(c.id)]


def test_serve_shows_the_dashboard_in_chromium_and_a_key_reaches_the_app(
    served: tuple[Path, int], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from playwright.sync_api import sync_playwright

    desk, port = served
    desk_name = request.node.callspec.params["served"]
    origin = f"127.0.0.1:{port}"
    refused: list[str] = []

    def only_this_server(route) -> None:
        url = route.request.url
        if url.split("//", 1)[-1].startswith(origin):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
        )
        try:
            page = browser.new_page()
            page.route("**/*", only_this_server)
            page.add_init_script(SCREEN_TAP)
            page.goto(f"http://{origin}/")
            timeout = DEADLINE * 1000
            page.wait_for_function(SHOWS, arg=LOADED, timeout=timeout)
            assert _verified_by(desk) == []
            page.focus(".xterm-helper-textarea")  # the terminal's keyboard (a click would
            page.keyboard.press("y")  # land on a row): the configured verify key
            _wait(lambda: _verified_by(desk) == ["dana"], "y verifies a quote, by dana")
            page.wait_for_function(SHOWS, arg=["✓1"], timeout=timeout)  # the header counts it
            artifact = ARTIFACTS / f"serve-dashboard-{desk_name}.png"
            artifact.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(artifact))
            shutil.copy(artifact, tmp_path / artifact.name)
        finally:
            browser.close()
    assert artifact.stat().st_size > 10_000
    assert all(origin not in url for url in refused)


def test_serve_listens_on_loopback_unless_public(capsys, tmp_path: Path) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.7")
    code, _, err = run(capsys, "serve", "--db", str(tmp_path / "d.json"), "--host", "0.0.0.0")
    assert code == 2
    assert "no login" in err and "--public" in err and err.count("\n") == 1
    # --public says so before it listens (here the port is taken: one line, exit 1)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        code, _, err = run(
            capsys, "serve", "--db", str(tmp_path / "d.json"), "--public", "--port", port
        )
    assert code == 1
    lines = err.splitlines()
    assert "warning: textual-serve has no login" in lines[0] and "reverse proxy" in lines[0]
    assert lines[-1].startswith(f"claimdesk: cannot listen on 127.0.0.1:{port}")
    assert "Traceback" not in err


def test_each_visitor_runs_this_claimdesk_on_the_desk(tmp_path: Path) -> None:
    command = visitor_command(tmp_path / "a desk.json")
    assert command.startswith(sys.executable)
    assert command.endswith(f"-m claimdesk open --db '{tmp_path / 'a desk.json'}'")
