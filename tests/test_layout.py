"""The layout the next engineer relies on: one `claimdesk` package, imports one way
(tui, cli -> store -> extract), no import circles, modules short enough to hold in one's
head, and no file that cites a path outside the repository (docs/README.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO

ROOMS = {"extract": "claimdesk.extract", "store": "claimdesk.store", "tui": "claimdesk.tui"}
ROOMS["cli"] = "claimdesk.cli"
MAX_LINES = 900


def _modules() -> dict[str, Path]:
    mods: dict[str, Path] = {}
    for folder, package in ROOMS.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            parts = [p for p in path.relative_to(REPO / folder).with_suffix("").parts]
            name = ".".join([package, *(p for p in parts if p != "__init__")])
            mods[name] = path
    return mods


def _imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every claimdesk module `name` imports, at the top or inside a function."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            targets = [base, *(f"{base}.{a.name}" for a in node.names)]
        found.update(t for t in targets if t in known and t != name)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_circles() -> None:
    mods = _modules()
    graph = {name: _imports(name, path, mods) for name, path in mods.items()}
    assert _cycles(graph) == []


@pytest.mark.parametrize(
    ("room", "forbidden"),
    [
        ("extract", ("claimdesk.store", "claimdesk.tui", "claimdesk.cli", "textual")),
        ("store", ("claimdesk.tui", "claimdesk.cli", "textual")),
        ("tui", ("claimdesk.cli",)),
    ],
)
def test_imports_go_one_way(room: str, forbidden: tuple[str, ...]) -> None:
    bad = []
    for path in sorted((REPO / room).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            bad += [
                f"{path.relative_to(REPO)}:{node.lineno} {n}"
                for n in names
                if any(n == f or n.startswith(f + ".") for f in forbidden)
            ]
    assert bad == []


def test_no_module_of_the_product_is_too_long_to_read() -> None:
    long = {
        str(path.relative_to(REPO)): n
        for path in _modules().values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_nothing_cites_a_path_outside_the_repository() -> None:
    files = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    patterns = ["/" + "work/", "/tmp/" + "claimdesk", "notes" + "/"]
    hits = []
    for name in files:
        path = REPO / name
        if path.suffix not in {".py", ".md", ".toml", ".tcss", ".cfg", ""} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        hits += [f"{name}: {p}" for p in patterns if p in text]
    assert hits == []


def test_python_dash_m_claimdesk_runs_the_command_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "claimdesk", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("claimdesk ")
