"""The dashboard's launch does not import the extraction pipeline (issue 18: importing it
cost the first frame about 0.2 s, for an ingest from the palette that most sessions never
start). Counted in a fresh interpreter: which modules `import claimdesk.tui.app` loads."""

from __future__ import annotations

import subprocess
import sys

PIPELINE = ("claimdesk.store.ingest", "claimdesk.extract.speech", "claimdesk.extract.numbers")


def test_the_dashboard_imports_no_extraction_pipeline() -> None:
    code = "import sys, claimdesk.tui.app; print('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "claimdesk.tui.app" in loaded
    assert sorted(loaded.intersection(PIPELINE)) == []
