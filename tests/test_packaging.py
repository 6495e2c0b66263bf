"""The wheel installs one import package, `claimdesk`, and none of the folders' bare
names (`store`, `tui`, ... are names other distributions and a user's own files use)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.support.paths import REPO

BARE = ["extract", "store", "tui", "cli", "sample_data"]


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A fresh venv holding only the built wheel; dependencies come from the test venv's
    site-packages through PYTHONPATH (which runs no .pth file, so not the editable hook)."""
    tmp = tmp_path_factory.mktemp("wheel")
    files = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    src = tmp / "src"
    for name in files:
        if (REPO / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, src / name)
    dist = tmp / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(src)]
    subprocess.run(build, check=True, capture_output=True)
    (wheel,) = dist.glob("claimdesk-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run([*pip, "install", "--no-deps", "--target", site, str(wheel)], check=True)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    return python, env


def _run(wheel_env, code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    python, env = wheel_env
    return subprocess.run([python, "-c", code], cwd=cwd, env=env, capture_output=True, text=True)


def test_the_wheel_imports_as_claimdesk(wheel_env, tmp_path: Path) -> None:
    code = (
        "import claimdesk.store, claimdesk.extract, claimdesk.tui.app, claimdesk.cli.main\n"
        "from importlib import resources\n"
        "print(claimdesk.store.__file__)\n"
        "print(sum(1 for _ in resources.files('claimdesk.sample_data').iterdir()))\n"
        "print(resources.files('claimdesk.tui').joinpath('app.tcss').is_file())"
    )
    out = _run(wheel_env, code, tmp_path)
    assert out.returncode == 0, out.stderr
    where, samples, tcss = out.stdout.split()
    assert str(REPO) not in where  # the wheel's copy, not the checkout
    assert int(samples) > 10 and tcss == "True"


@pytest.mark.parametrize("name", BARE)
def test_the_wheel_installs_no_bare_folder_names(wheel_env, tmp_path: Path, name: str) -> None:
    out = _run(wheel_env, f"import {name}", tmp_path)
    assert out.returncode != 0
    assert f"No module named '{name}'" in out.stderr
