"""benchmarks.extract_cachegrind reads cachegrind's files right: each file:function's
events summed over its lines (a line may leave its trailing zeros out), sorted into kinds
of code, and a side's figures are the counted run minus the empty run. No valgrind here:
the files are written by hand."""

from __future__ import annotations

from pathlib import Path

from benchmarks import extract_cachegrind as cg

EVENTS_LINE = "events: Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw Bc Bcm Bi Bim\n"


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("desc: I1 cache: 32768 B\ncmd: python\n" + EVENTS_LINE + "".join(lines))
    return path


def _file(path: Path, scale: int) -> Path:
    """Events in the file's order: Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw Bc Bcm Bi Bim."""
    return _write(
        path,
        [
            "fl=/py/Modules/_sre/sre_lib.h\n",
            "fn=sre_ucs1_match\n",
            f"10 {100 * scale} {2 * scale} 0 0 {3 * scale} 0 0 0 0 {7 * scale} 1 {5 * scale} 4\n",
            f"11 {50 * scale} 0\n",  # the trailing zeros left out
            "fl=/py/Python/ceval.c\n",
            "fn=_PyEval_EvalFrameDefault\n",
            f"5 {40 * scale} {4 * scale} 0 0 {1 * scale}\n",
            "fl=???\n",
            "fn=xmlXPathValuePush\n",
            f"0 {30 * scale} {3 * scale} 0 0 0 0 0 0 0 0 0 0 {6 * scale}\n",
            "fn=???\n",
            f"0 {20 * scale}\n",
            "fl=/py/Objects/obmalloc.c\n",
            "fn=_PyObject_Free\n",
            f"1 {9 * scale} 0 0 0 0 0 0 {2 * scale}\n",
        ],
    )


def test_counts_are_summed_per_function_and_sorted_into_kinds(tmp_path):
    counts = cg.read_counts(_file(tmp_path / "cg.out", 1))
    ir = cg.EVENTS.index("Ir")
    assert counts[("/py/Modules/_sre/sre_lib.h", "sre_ucs1_match")][ir] == 150
    kinds = cg.by_kind(counts)
    row = dict(zip(cg.EVENTS, kinds["regex"], strict=True))
    assert row == {
        "Ir": 150,
        "I1mr": 2,
        "D1mr": 3,
        "D1mw": 0,
        "Bc": 7,
        "Bcm": 1,
        "Bi": 5,
        "Bim": 4,
    }
    assert dict(zip(cg.EVENTS, kinds["interpreter"], strict=True))["I1mr"] == 4
    libxml = dict(zip(cg.EVENTS, kinds["libxml2"], strict=True))
    assert (libxml["Ir"], libxml["Bim"]) == (50, 6)  # xml* and the unnamed code
    alloc = dict(zip(cg.EVENTS, kinds["allocation"], strict=True))
    assert (alloc["Ir"], alloc["D1mw"]) == (9, 2)
    assert sum(kinds["other"]) == 0


def test_a_side_is_the_counted_run_minus_the_empty_run(tmp_path, monkeypatch):
    files = {150: _file(tmp_path / "full", 3), 0: _file(tmp_path / "empty", 1)}
    monkeypatch.setattr(cg, "_cachegrind", lambda side, n, dest: cg.read_counts(files[n]))
    rows = cg.side_counts(None, 150, tmp_path, "now")
    assert dict(zip(cg.EVENTS, rows["regex"], strict=True))["Ir"] == 300
    assert dict(zip(cg.EVENTS, rows["libxml2"], strict=True))["Bim"] == 12
    model = cg.cycles_model(rows["regex"])
    assert model == 300 / 3 + 12 * (4 + 6)  # the unscaled mispredicts cancel
