import subprocess
import sys

from claimdesk.cli.main import main


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert "claimdesk" in capsys.readouterr().out


def test_missing_file_is_one_line_error(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "claimdesk.cli.main", "extract", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "nope.txt" in proc.stderr
