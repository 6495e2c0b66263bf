"""The docs tell the truth: a short README that opens with the two commands (the test
command being the one CI runs), every verdict state, export format, verb, option and key
documented, and no relative link that leads nowhere."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tests.support.paths import REPO

README = REPO / "README.md"
DOCS = REPO / "docs"
MAX_README_LINES = 250
OPENING_LINES = 25

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$", re.MULTILINE)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _doc_files() -> list[Path]:
    return sorted(DOCS.glob("*.md"))


def _all_docs_text() -> str:
    return "\n".join(_read(p) for p in _doc_files())


def _code_spans(text: str) -> set[str]:
    """Every inline code span of a Markdown text, and every line of its fenced blocks."""
    spans = {m.group(1).strip() for m in _CODE_SPAN.finditer(_FENCE.sub("", text))}
    for block in _FENCE.finditer(text):
        spans.update(line.strip() for line in block.group(0).splitlines()[1:-1])
    return spans


def _names(registry: object) -> list[str]:
    """The names in a registry: a mapping's keys, or a sequence of names or of objects
    with a `name` (or `key`) attribute."""
    items: Iterable[object] = registry.keys() if hasattr(registry, "keys") else registry  # type: ignore[union-attr,assignment]
    out = []
    for item in items:
        name = item if isinstance(item, str) else getattr(item, "name", getattr(item, "key", None))
        assert isinstance(name, str), f"cannot read a name from {item!r}"
        out.append(name)
    return out


def _registry(*places: tuple[str, str]) -> object:
    """The first of these public names that exists (module, attribute)."""
    for module, name in places:
        found = getattr(importlib.import_module(module), name, None)
        if found is not None:
            return found
    raise AssertionError(f"none of {places} exists: where do the names live now?")


# -- the README ----------------------------------------------------------------------


def _ci_test_command() -> str:
    """The line of .ci/run that installs the test dependencies and runs pytest."""
    lines = [
        line.strip()
        for line in _read(REPO / ".ci" / "run").splitlines()
        if line.strip().startswith("python3 -m venv") and "pytest" in line
    ]
    assert len(lines) == 1, f".ci/run should run the tests in one command line: {lines}"
    return lines[0]


def _opening_commands() -> list[str]:
    opening = "\n".join(_read(README).splitlines()[:OPENING_LINES])
    return [
        line.strip()
        for block in _FENCE.finditer(opening)
        for line in block.group(0).splitlines()[1:-1]
        if line.strip()
    ]


def test_the_readme_is_short() -> None:
    n = len(_read(README).splitlines())
    assert n <= MAX_README_LINES, f"README.md has {n} lines; move reference material to docs/"


def test_the_readme_opens_with_the_test_command_that_ci_runs() -> None:
    assert _ci_test_command() in _opening_commands()


def test_the_readme_opens_with_a_command_that_installs_and_runs_the_demo() -> None:
    demo = [
        c
        for c in _opening_commands()
        if c.startswith("python3 -m venv .venv")
        and ".venv/bin/pip install" in c
        and c.endswith(".venv/bin/claimdesk demo")
    ]
    assert demo, "the README should open with: make a venv, install, run `claimdesk demo`"


# -- the vocabulary ------------------------------------------------------------------


def test_every_verdict_state_is_documented() -> None:
    states = _registry(("claimdesk.store", "STATUSES"), ("claimdesk.store.records", "STATUSES"))
    spans = _code_spans(_all_docs_text())
    missing = [s for s in _names(states) if s not in spans]
    assert missing == [], f"verdict states not documented (as `name`) in docs/: {missing}"


def test_every_export_format_is_documented() -> None:
    formats = _registry(("claimdesk.store.export", "FORMATS"), ("claimdesk.store", "FORMATS"))
    spans = _code_spans(_all_docs_text())
    missing = [f for f in _names(formats) if f not in spans]
    assert missing == [], f"export formats not documented (as `name`) in docs/: {missing}"


# -- the command line ----------------------------------------------------------------


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from claimdesk.cli.main import main

    with pytest.raises(SystemExit) as stop:
        main([*argv, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def _verbs(capsys: pytest.CaptureFixture[str]) -> list[str]:
    text = _help([], capsys)
    found = re.findall(r"^ {4}([a-z][a-z-]*) {2,}\S", text, re.MULTILINE)
    assert len(found) >= 10, f"could not read the verbs from `claimdesk --help`:\n{text}"
    return found


def _cli_sections() -> dict[str, str]:
    """docs/cli.md cut at its `### verb` headings."""
    parts = re.split(r"^### +(\S+)[ \t]*$", _read(DOCS / "cli.md"), flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _mentions(text: str, option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def test_every_verb_and_option_is_in_the_cli_reference(capsys: pytest.CaptureFixture[str]) -> None:
    sections = _cli_sections()
    missing = []
    for verb in _verbs(capsys):
        if verb not in sections:
            missing.append(verb)
            continue
        options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", _help([verb], capsys)))
        missing += [
            f"{verb} {o}" for o in sorted(options - {"--help"}) if not _mentions(sections[verb], o)
        ]
    top = _read(DOCS / "cli.md").split("\n### ", 1)[0]
    top_options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", _help([], capsys)))
    missing += [f"claimdesk {o}" for o in sorted(top_options - {"--help"}) if not _mentions(top, o)]
    assert missing == [], f"not in docs/cli.md (a `### verb` section each): {missing}"


# -- links ---------------------------------------------------------------------------


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"`|\*\*|__", "", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out = set()
    for m in _HEADING.finditer(_FENCE.sub("", _read(path))):
        slug = _slug(m.group(2))
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        out.add(slug if n == 0 else f"{slug}-{n}")
    return out


def _links(path: Path) -> Iterator[str]:
    text = _CODE_SPAN.sub("", _FENCE.sub("", _read(path)))
    for m in _LINK.finditer(text):
        yield m.group(1)


def _linked_files() -> list[Path]:
    extra = [REPO / "CONTRIBUTING.md", REPO / "benchmarks" / "RESULTS.md"]
    return [README, *_doc_files(), *(p for p in extra if p.exists())]


def test_every_relative_link_leads_somewhere() -> None:
    broken = []
    checked = 0
    for path in _linked_files():
        for target in _links(path):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
                continue
            file_part, _, anchor = target.partition("#")
            dest = (path.parent / file_part).resolve() if file_part else path
            where = f"{path.relative_to(REPO)}: {target}"
            checked += 1
            if not dest.exists():
                broken.append(f"{where} (no such file)")
            elif not dest.is_relative_to(REPO):
                broken.append(f"{where} (outside the repository)")
            elif anchor and dest.suffix == ".md" and anchor not in _anchors(dest):
                broken.append(f"{where} (no heading #{anchor})")
    assert checked >= 10, "found too few links: is the link pattern still right?"
    assert broken == []


def test_the_docs_folder_holds_the_references() -> None:
    for name in ("README.md", "extraction.md", "store.md", "cli.md", "comparison.md", "keys.md"):
        assert (DOCS / name).is_file(), name
    index = _read(DOCS / "README.md")
    unlisted = [p.name for p in _doc_files() if p.name != "README.md" and p.name not in index]
    assert unlisted == [], f"docs/README.md should list every page: {unlisted}"


# -- keys ----------------------------------------------------------------------------

# Textual key names and how people write them; a doc may use either.
_SPELLINGS = {
    "question_mark": "?",
    "slash": "/",
    "equals_sign": "=",
    "plus": "+",
    "minus": "-",
    "escape": "esc",
    "pageup": "pgup",
    "pagedown": "pgdn",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


def _spellings(key: str) -> set[str]:
    from textual.keys import key_to_character

    out = {key}
    if key in _SPELLINGS:
        out.add(_SPELLINGS[key])
    char = key_to_character(key)
    if char and char.isprintable() and not char.isspace():
        out.add(char)
    return out


def _bound_keys() -> dict[str, set[str]]:
    """Every key bound by the dashboard's App, Screen and Widget classes (and the mixins
    of this project they inherit), with where it is bound."""
    from textual.binding import Binding
    from textual.dom import DOMNode

    import claimdesk.tui

    keys: dict[str, set[str]] = {}
    for info in pkgutil.walk_packages(claimdesk.tui.__path__, "claimdesk.tui."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not (
                inspect.isclass(cls) and issubclass(cls, DOMNode) and cls.__module__ == info.name
            ):
                continue
            for base in cls.__mro__:
                if not base.__module__.startswith("claimdesk."):
                    continue
                for b in vars(base).get("BINDINGS", []):
                    b = b if isinstance(b, Binding) else Binding(*b)
                    for key in b.key.split(","):
                        keys.setdefault(key.strip(), set()).add(f"{base.__name__}: {b.action}")
    return keys


def test_the_key_collector_finds_the_dashboards_keys() -> None:
    # the design's keys: if these are not found, the collector (not the docs) is broken
    design = {"v", "d", "x", "u", "n", "z", "slash", "f", "s", "a", "c", "e", "q", "ctrl+p"}
    assert design <= set(_bound_keys())


def test_every_bound_key_is_in_the_key_reference() -> None:
    documented = _code_spans(_read(DOCS / "keys.md"))
    missing = {
        key: sorted(where)
        for key, where in sorted(_bound_keys().items())
        if not _spellings(key) & documented
    }
    assert missing == {}, f"keys bound in claimdesk.tui but not in docs/keys.md: {missing}"
