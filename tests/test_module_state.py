"""No module of the store or the dashboard keeps mutable state: what a session holds
belongs to an object that the App (or whoever opened the store) owns, so that nothing
outlives it or leaks from one store, app or test into the next.

Module level may bind constants only: numbers, strings, tuples, frozensets, mappings
wrapped in MappingProxyType. This test reads the source (ast) and fails on a module-level
binding of a mutable container, a lock or a cache, on a function cached for the whole
process (functools.cache / lru_cache), and on `global` rebinding a module name. A
mutable-typed constant table may stay only if it is named in ALLOWED with its reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.paths import REPO

ROOMS = {"store": "claimdesk.store", "tui": "claimdesk.tui"}

MUTABLE_NODES = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
MUTABLE_CALLS = frozenset(
    {
        # containers
        "list", "dict", "set", "bytearray", "defaultdict", "OrderedDict", "deque",
        "Counter", "ChainMap", "SimpleNamespace", "Queue", "SimpleQueue",
        # caches
        "WeakKeyDictionary", "WeakValueDictionary", "WeakSet", "LRUCache",
        # locks and other thread state
        "Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore", "Event", "local",
    }
)  # fmt: skip
CACHE_DECORATORS = frozenset({"cache", "lru_cache", "cached_property"})

ALLOWED: dict[str, str] = {
    # "claimdesk.tui.module.NAME": "why this mutable-typed table is a constant",
    "claimdesk.store.features._prefetch": (
        "the helper decoding a features file, started by `claimdesk compare` before the desk"
        " is opened (no store yet to hang it on); one slot per file, emptied by the verb's"
        " finally (store/comparison_prefetch.py)"
    ),
}
"""Module-level names allowed to hold a mutable-typed constant table, each with why."""


def _modules() -> Iterator[tuple[str, Path]]:
    for folder, package in ROOMS.items():
        for path in sorted((REPO / folder).rglob("*.py")):
            parts = [p for p in path.relative_to(REPO / folder).with_suffix("").parts]
            yield ".".join([package, *(p for p in parts if p != "__init__")]), path


def _call_name(node: ast.expr) -> str | None:
    """`Lock` for threading.Lock(), `dict` for dict(...), else None."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    if isinstance(func, ast.Subscript):  # defaultdict[str, int]()
        func = func.value
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_mutable(value: ast.expr | None) -> bool:
    if value is None:
        return False
    if isinstance(value, MUTABLE_NODES):
        return True
    return _call_name(value) in MUTABLE_CALLS


def _module_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements run at import: the body, and inside module-level if/try/with."""
    for node in body:
        yield node
        if isinstance(node, ast.If):
            yield from _module_level(node.body)
            yield from _module_level(node.orelse)
        elif isinstance(node, ast.Try):
            yield from _module_level(node.body)
            for handler in node.handlers:
                yield from _module_level(handler.body)
            yield from _module_level(node.orelse)
            yield from _module_level(node.finalbody)
        elif isinstance(node, ast.With):
            yield from _module_level(node.body)


def _names(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple | ast.List):
        return [n for t in target.elts for n in _names(t)]
    return []


def _decorator_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def offenders(module: str, source: str) -> list[str]:
    """What `module` (its source) keeps as module-level mutable state, one line each."""
    tree = ast.parse(source)
    found: list[str] = []
    for node in _module_level(tree.body):
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value = [node.target], node.value
        else:
            targets, value = [], None
        if _is_mutable(value):
            for target in targets:
                for name in _names(target):
                    if name != "__all__" and f"{module}.{name}" not in ALLOWED:
                        found.append(f"{module}.{name} (line {node.lineno}): a mutable value")
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for deco in node.decorator_list:
                if _decorator_name(deco) in CACHE_DECORATORS:
                    found.append(f"{module}.{node.name} (line {node.lineno}): a process-wide cache")
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            for name in node.names:
                found.append(f"{module}.{name} (line {node.lineno}): rebound with `global`")
    return found


@pytest.mark.parametrize("module", [m for m, _ in _modules()])
def test_no_module_level_mutable_state(module: str) -> None:
    path = dict(_modules())[module]
    assert offenders(module, path.read_text(encoding="utf-8")) == []


def test_allowed_names_exist_and_say_why() -> None:
    known = dict(_modules())
    for name, reason in ALLOWED.items():
        module, _, attr = name.rpartition(".")
        assert module in known, name
        assert reason.strip(), f"{name}: say why it is a constant"
        assert attr in known[module].read_text(encoding="utf-8"), name


@pytest.mark.parametrize(
    "source",
    [
        "_CACHE = {}",
        "_CHILDREN: set[int] = set()",
        "_LOCK = threading.Lock()",
        "_SEEN = weakref.WeakKeyDictionary()",
        "EXTRA: list[int] = []",
        "BY = collections.defaultdict(list)",
        "if True:\n    _X = [1, 2]",
        "@functools.lru_cache(maxsize=None)\ndef f():\n    pass",
        "def f():\n    global _N\n    _N = 1",
    ],
)
def test_the_check_catches_module_state(source: str) -> None:
    assert offenders("m", source)


@pytest.mark.parametrize(
    "source",
    [
        "LIMIT = 20_000",
        "STATUSES = ('a', 'b')",
        "KINDS = frozenset({'a'})",
        "STYLE = MappingProxyType({'a': 'b'})",
        "__all__ = ['x']",
        "def f():\n    seen = {}\n    return seen",
        "class C:\n    BINDINGS = [1]",
    ],
)
def test_the_check_lets_constants_through(source: str) -> None:
    assert offenders("m", source) == []
