"""Bad input through the real CLI: a one-line error and non-zero exit, or clean output.

Never a traceback; control characters never reach stdout; article text is never
interpreted as Rich markup.
"""

import codecs
import json
import os
import struct
import subprocess
import sys
import zlib

import pytest

from claimdesk.cli.main import main
from tests.support.paths import SAMPLE

ESC_ARTICLE = (
    "Harbour [@click=app.quit] Bridge [/] Reopens\x1b]52;c;SGVsbG8=\x07\n\n"
    "The mayor said \x1b]8;;https://evil.example\x1b\\the bridge\x1b]8;;\x1b\\ was safe "
    "\x1b[2J\x1b[31mon Monday\x1b[0m and that [bold]40[/bold] workers [/] had finished.\x9b6n\n\n"
    "\u202eA reversed line\u202c and a DEL\x7f and a NUL-free C0\x01 ending.\n"
)


def run(*args, stdin=None):
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1", TERM="dumb")
    env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "claimdesk.cli.main", "extract", *args],
        capture_output=True,
        input=stdin,
        env=env,
        timeout=120,
    )


def assert_one_line_error(proc, name):
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if name in line]
    assert len(lines) == 1, err
    assert proc.stdout == b""


def records(proc):
    return [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]


def png_bytes():
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    proc = run(str(p))
    assert_one_line_error(proc, "empty.txt")
    assert "empty" in proc.stderr.decode()


def test_png(tmp_path):
    p = tmp_path / "picture.png"
    p.write_bytes(png_bytes())
    proc = run(str(p))
    assert_one_line_error(proc, "picture.png")
    assert "binary" in proc.stderr.decode()


def test_png_named_txt(tmp_path):
    p = tmp_path / "disguised.txt"
    p.write_bytes(png_bytes())
    assert_one_line_error(run(str(p)), "disguised.txt")


def test_file_over_the_cap(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Word after word, said the clerk. " * 50)
    proc = run("--max-bytes", "200", str(p))
    assert_one_line_error(proc, "big.txt")
    assert "200" in proc.stderr.decode()


def test_directory(tmp_path):
    assert_one_line_error(run(str(tmp_path)), str(tmp_path))


CP_ARTICLE = (
    "Caf\u00e9 Owner Wins Appeal\n\nThe owner said \u201cwe won\u201d on Monday \u2013 finally.\n"
)


def test_cp1252_text(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes(CP_ARTICLE.encode("cp1252"))
    assert b"caf\xe9" in p.read_bytes().lower()
    proc = run(str(p))
    assert proc.returncode == 0, proc.stderr
    (rec,) = records(proc)
    assert rec["title"] == "Café Owner Wins Appeal"


def test_short_cp1252_line(tmp_path):
    p = tmp_path / "short.txt"
    p.write_bytes(b"caf\xe9 \x93quoted\x94")
    proc = run("--format", "pretty", str(p))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr.decode()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    p = tmp_path / "u16.txt"
    p.write_bytes(bom + CP_ARTICLE.encode(codec))
    proc = run(str(p))
    assert proc.returncode == 0, proc.stderr
    (rec,) = records(proc)
    assert rec["title"] == "Café Owner Wins Appeal"


def test_html_without_article(tmp_path):
    p = tmp_path / "nav.html"
    p.write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav>"
        "<footer>Contact</footer></body></html>"
    )
    proc = run(str(p))
    assert_one_line_error(proc, "nav.html")
    assert "no article text" in proc.stderr.decode()


def test_deeply_nested_html(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text(
        "<html><body>"
        + "<div>" * 5000
        + "<p>The flood reached the town hall on Friday, the mayor said.</p>"
        + "</div>" * 5000
        + "</body></html>"
    )
    proc = run(str(p))
    err = proc.stderr.decode()
    assert "Traceback" not in err
    if proc.returncode != 0:
        assert_one_line_error(proc, "deep.html")
    else:
        assert len(records(proc)) == 1


def test_escape_sequences_and_markup_jsonl(tmp_path):
    p = tmp_path / "esc.txt"
    p.write_bytes(ESC_ARTICLE.encode())
    proc = run(str(p))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    for ch in ("\x1b", "\x07", "\x9b", "\x7f", "\x01", "\u202e", "\u202c"):
        assert ch not in out
        assert json.dumps(ch)[1:-1] not in out  # not even JSON-escaped
    (rec,) = records(proc)
    assert rec["title"] == "Harbour [@click=app.quit] Bridge [/] Reopens"


def test_escape_sequences_and_markup_pretty(tmp_path):
    p = tmp_path / "esc.txt"
    p.write_bytes(ESC_ARTICLE.encode())
    proc = run("--format", "pretty", str(p))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "Traceback" not in proc.stderr.decode()
    assert "Harbour [@click=app.quit] Bridge [/] Reopens" in out
    for ch in ("\x1b", "\x07", "\x9b", "\x7f", "\x01", "\u202e"):
        assert ch not in out


def test_several_files_one_bad(tmp_path):
    good1 = tmp_path / "one.txt"
    good1.write_text("Dam Opens\n\nThe dam opened on Friday, officials said.\n")
    bad = tmp_path / "bad.png"
    bad.write_bytes(png_bytes())
    good2 = tmp_path / "two.md"
    good2.write_text("# Road Closed\n\nThe road was closed on **Monday**, police said.\n")
    proc = run(str(good1), str(bad), str(good2))
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if "bad.png" in line]) == 1
    recs = records(proc)
    assert [os.path.basename(r["path"]) for r in recs] == ["one.txt", "two.md"]
    assert recs[1]["title"] == "Road Closed"


def test_stdin(tmp_path):
    proc = run("-", stdin=b"Ferry Back\n\nThe ferry returned on Sunday, crew said.\n")
    assert proc.returncode == 0, proc.stderr
    (rec,) = records(proc)
    assert rec["path"] == "-"
    assert rec["title"] == "Ferry Back"


def test_stdin_binary_is_refused():
    proc = run("-", stdin=png_bytes())
    assert_one_line_error(proc, "-:")


def test_pretty_render_shows_markup_literally():
    import io

    from rich.console import Console

    from claimdesk.cli.extract_pretty import render
    from claimdesk.extract.record import (
        DateRef,
        Extraction,
        Hedge,
        Number,
        Quote,
        Source,
        Statement,
    )

    tricky = ["[/]", "[@click=app.quit]", "[bold red]x", "[link=https://e.example]y[/link]"]
    rec = Extraction(
        path="[/]path\x1b[2J.txt",
        words=3,
        title="[@click=app.quit] title",
        publisher="[bold]Pub",
        sources=[Source("[/]Ann", "person", "[red]role", ["[@click=app.bell]"])],
        quotes=[Quote(tricky[0] + " quote", "[/]Ann", False, 0, 1)],
        statements=[Statement(tricky[3], "[/]Ann", 0, 1)],
        numbers=[Number(1.5, "[b]", "at least", "[i]noun", None, True, tricky[2], 0, 1)],
        dates=[DateRef("[u]Monday", "2024-12-16", "day", 0, 1)],
        hedges=[Hedge("[blink]alleged", 0, 1)],
    )
    buf = io.StringIO()
    render(rec, Console(file=buf, width=250, color_system=None, markup=False))
    out = buf.getvalue()
    for text in (
        *tricky,
        "[@click=app.quit] title",
        "[bold]Pub",
        "[/]Ann",
        "[red]role",
        "[@click=app.bell]",
        "[i]noun",
        "[u]Monday",
        "[blink]alleged",
        "[/]path",
    ):
        assert text in out, text
    assert "\x1b" not in out


@pytest.mark.parametrize("bad", ["-5", "0"])
def test_extract_refuses_a_size_cap_that_is_not_positive(bad: str, capsys) -> None:
    """R12: `extract --max-bytes -5` ended in a ValueError traceback (ingest says
    "must be positive", exit 2)."""
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(SAMPLE), "--max-bytes", bad])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "must be positive" in err and "Traceback" not in err
