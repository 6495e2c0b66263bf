"""The config file: where it is, what beats what (command line, then environment, then
the file, then the default), and every bad file refused with one line naming the file,
the line and the fix, before anything starts."""

from __future__ import annotations

import getpass
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.cli import dashboard_verbs
from claimdesk.store import default_reviewer, resolve_store_path
from claimdesk.store.config import config_path, load_config, remember_theme
from claimdesk.tui.app import ClaimdeskApp
from tests.support.cli import ARTICLE, run


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write the config file (TEXT) and point $CLAIMDESK_CONFIG at it."""
    path = tmp_path / "conf" / "config.toml"
    path.parent.mkdir()
    monkeypatch.setenv("CLAIMDESK_CONFIG", str(path))
    monkeypatch.delenv("CLAIMDESK_REVIEWER", raising=False)
    monkeypatch.delenv("CLAIMDESK_DB", raising=False)

    def write(text: str | bytes) -> Path:
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write


def test_config_path_names_the_file_and_the_environment_moves_it(
    capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CLAIMDESK_CONFIG")
    code, out, _ = run(capsys, "config", "path")
    assert code == 0
    assert out.strip().endswith("config.toml") and "claimdesk" in out
    monkeypatch.setenv("CLAIMDESK_CONFIG", str(tmp_path / "elsewhere.toml"))
    assert run(capsys, "config", "path")[1].strip() == str(tmp_path / "elsewhere.toml")
    assert config_path() == tmp_path / "elsewhere.toml"


def test_reviewer_command_line_beats_environment_beats_file_beats_login(
    config, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = default_reviewer(None)
    assert login in (getpass.getuser(), "unknown")
    config('reviewer = "dana"\n')
    assert default_reviewer(None) == "dana"
    monkeypatch.setenv("CLAIMDESK_REVIEWER", "eli")
    assert default_reviewer(None) == "eli"
    assert default_reviewer("flag") == "flag"


def test_db_command_line_beats_environment_beats_file_beats_default(
    config, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    default = resolve_store_path(None)
    assert default.name == "claimdesk.json"
    path = config('db = "desks/night.json"\n')
    assert resolve_store_path(None) == path.parent / "desks" / "night.json"  # beside the file
    config(f'db = "{tmp_path / "abs.json"}"\n')
    assert resolve_store_path(None) == tmp_path / "abs.json"
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "env.json"))
    assert resolve_store_path(None) == tmp_path / "env.json"
    assert resolve_store_path(str(tmp_path / "flag.json")) == tmp_path / "flag.json"


def test_the_configured_desk_and_reviewer_reach_the_verbs(config, capsys, tmp_path: Path) -> None:
    desk = tmp_path / "desk.json"
    config(f'reviewer = "dana"\ndb = "{desk}"\n\n[export]\norg = "Night Desk"\n')
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run(capsys, "ingest", str(article))[0] == 0
    assert desk.exists()
    code, out, _ = run(capsys, "list", "--format", "tsv")
    claim_id = out.splitlines()[0].split("\t")[0]
    assert run(capsys, "mark", claim_id, "--status", "verified")[0] == 0
    assert "dana" in run(capsys, "history", claim_id)[1]
    assert run(capsys, "mark", claim_id, "--status", "disputed", "--reviewer", "eli")[0] == 0
    assert "eli" in run(capsys, "history", claim_id)[1]
    code, out, _ = run(capsys, "export", "--format", "claimreview")
    assert code == 0 and '"Night Desk"' in out
    code, out, _ = run(capsys, "export", "--format", "claimreview", "--org", "Day Desk")
    assert '"Day Desk"' in out and "Night Desk" not in out


def test_config_check_and_feeds_and_keys(config, capsys) -> None:
    code, out, _ = run(capsys, "config", "check")
    assert code == 0 and "no config file" in out
    config(
        'reviewer = "dana"\ntheme = "nord"\n[keys]\nverify = "y"\n'
        '[feeds]\nharbour = "https://example.org/harbour.xml"\n'
        'council = "http://example.net/council/rss"\n'
    )
    code, out, _ = run(capsys, "config", "check")
    assert code == 0 and ": ok (" in out and "reviewer dana" in out and "2 feed(s)" in out
    code, out, _ = run(capsys, "config", "feeds")
    assert out.splitlines() == [
        "harbour\thttps://example.org/harbour.xml",
        "council\thttp://example.net/council/rss",
    ]
    code, out, _ = run(capsys, "config", "keys")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert lines["verify"].split()[1:3] == ["*y", "mark"]
    assert lines["dispute"].split()[1] == "d"


BAD_FILES = [
    ('reviewer = "dana\n', 1, "TOML syntax", "fix the TOML"),
    ('reviewer = "dana"\nreviwer = "eli"\n', 2, "unknown key 'reviwer'", "did you mean reviewer?"),
    ("reviewer = 7\n", 1, "reviewer is the number 7", "quoted string"),
    ('theme = "sunset-glow"\n', 1, "no theme is called 'sunset-glow'", "use one of"),
    ('[keys]\nverify = "y"\ndispute = "y"\n', 3, "binds a key twice", "give dispute another key"),
    ('[keys]\nverify = "d"\n', 2, "d already does dispute", "give verify another key"),
    ('[keys]\nverify = "j"\n', 2, "j already does table.down", "give verify another key"),
    ('[keys]\nverfy = "y"\n', 2, "no dashboard binding has the id 'verfy'", "did you mean verify?"),
    ('[keys]\nverify = ""\n', 2, "[keys] verify is an empty string", 'verify = "y"'),
    ('[feeds]\nharbour = "ftp://example.org/x"\n', 2, "not an http(s) URL", "https://"),
    ('[export]\norganisation = "x"\n', 2, "unknown key 'organisation'", "knows only org"),
    ('reviewer = "dana"\n[feed]\nharbour = "https://example.org/f"\n', 2, "'feed'", "feeds?"),
    ('[reviewer]\nname = "dana"\n', 1, "reviewer is a table", "quoted string"),
    (b'reviewer = "d\xe9na"\n', 1, "not UTF-8", "save the file as UTF-8"),
]


@pytest.mark.parametrize(("text", "line", "problem", "fix"), BAD_FILES)
def test_a_bad_file_is_one_line_naming_file_line_and_fix(
    config, capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text, line, problem, fix
) -> None:
    path = config(text)
    started = []
    monkeypatch.setattr(ClaimdeskApp, "run", lambda self, **kw: started.append(self))
    for argv in (["config", "check"], ["open", "--db", str(tmp_path / "d.json")]):
        code, out, err = run(capsys, *argv)
        assert code == 1, (argv, out, err)
        assert err.count("\n") == 1 and "Traceback" not in err
        assert err.startswith(f"claimdesk: {path}:{line}: "), err
        assert problem in err and fix in err, err
    assert started == []  # the dashboard never started half-set


def test_a_bad_file_stops_every_verb_but_config(config, capsys, tmp_path: Path) -> None:
    path = config("db = [1, 2]\n")
    code, _, err = run(capsys, "list", "--db", str(tmp_path / "d.json"))
    assert code == 1 and err.startswith(f"claimdesk: {path}:1: db is a list")
    assert run(capsys, "config", "path")[0] == 0


def test_the_real_command_refuses_a_bad_file(config, tmp_path: Path) -> None:
    path = config('[keys]\nverify = "y"\nnote = "y"\n')
    out = subprocess.run(
        [sys.executable, "-m", "claimdesk", "open", "--db", str(tmp_path / "d.json")],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert out.returncode == 1
    assert out.stderr.startswith(f"claimdesk: {path}:3: note = 'y' binds a key twice")
    assert out.stderr.count("\n") == 1
    assert not (tmp_path / "d.json").exists()


def test_the_palette_theme_is_written_into_the_file_keeping_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    remember_theme(path, "nord")  # no file yet: one is made
    assert load_config(path).theme == "nord"
    path.write_text(
        '# mine\nreviewer = "dana"\ntheme = "nord"  # old\n\n[keys]\ntheme = "T"\n',
        encoding="utf-8",
    )
    remember_theme(path, "gruvbox")
    assert path.read_text(encoding="utf-8") == (
        '# mine\nreviewer = "dana"\ntheme = "gruvbox"\n\n[keys]\ntheme = "T"\n'
    )
    path.write_text('reviewer = "dana"\n[keys]\nverify = "y"\n', encoding="utf-8")
    remember_theme(path, "dracula")
    config = load_config(path)
    assert (config.theme, config.reviewer, dict(config.keys)) == (
        "dracula",
        "dana",
        {"verify": "y"},
    )


def test_open_passes_the_checked_config_to_the_dashboard(
    config, capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config('[keys]\nverify = "y"\n')
    seen = []
    monkeypatch.setattr(ClaimdeskApp, "run", lambda self, **kw: seen.append(self))
    assert dashboard_verbs.open_dashboard(tmp_path / "d.json") == 0
    assert seen[0].configured_keys == {"verify": "y"}
