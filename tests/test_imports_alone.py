"""Every module of the package imports on its own, not only in the order the pipeline
happens to import them. A script or a plug-in that starts with `import
claimdesk.extract.sources` must work; an import cycle hidden by the usual order is a crash
waiting for the first caller who starts elsewhere.

One fresh interpreter walks every module; before each import it forgets every claimdesk
module it has loaded, so each module is imported as the first of the package. `__main__`
modules are left out: importing one runs the command.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support.paths import REPO

WALK = r"""
import importlib, json, pkgutil, sys
failed = {}
count = 0
for package in ("claimdesk.extract", "claimdesk.store", "claimdesk.cli", "claimdesk.tui"):
    root = importlib.import_module(package)
    names = [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
    for name in [package, *names]:
        if name.rpartition(".")[2] == "__main__":
            continue
        for loaded in [k for k in sys.modules if k == "claimdesk" or k.startswith("claimdesk.")]:
            del sys.modules[loaded]
        count += 1
        try:
            importlib.import_module(name)
        except Exception as error:  # the test reports every failure, not the first
            failed[name] = f"{type(error).__name__}: {error}"
print(json.dumps({"count": count, "failed": failed}))
"""


def test_every_module_imports_first() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WALK], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["count"] > 200, result  # the walk found the package, not an empty path
    assert result["failed"] == {}
