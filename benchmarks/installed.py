"""Which admin_merge the benchmarks' timed processes import: the installed one.

The timed processes start in a temporary directory, never with the checkout on ``sys.path``, so
they import the package that ``pip install`` put in the environment: the wheel with the hot
modules compiled by mypyc (``pip install .``) or pure Python (``pip install -e .``, or a wheel
built with ``HATCH_BUILD_NO_HOOKS=true``). :func:`installed_build` says which, once per run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile

# Run from a temporary directory, as the timed processes are.
_PROBE = """
import importlib, pathlib, admin_merge
root = pathlib.Path(admin_merge.__file__).parent
compiled = []
for path in sorted(root.rglob("*.so")):
    rel = path.relative_to(root)
    name = ".".join(["admin_merge", *rel.parent.parts, rel.name.split(".")[0]])
    if getattr(importlib.import_module(name), "__file__", None) == str(path):
        compiled.append(name.removeprefix("admin_merge."))
build = "compiled with mypyc: " + ", ".join(compiled) if compiled else "pure Python"
print(f"admin_merge {admin_merge.__version__} from {root} ({build})")
"""


def installed_build() -> str:
    """One line: the version, the place and the build (compiled modules or pure Python)."""
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        run = subprocess.run([sys.executable, "-c", _PROBE], cwd=tmp, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(
            "admin_merge is not installed in this environment; the benchmarks time the installed package:\n"
            "pip install . (hot modules compiled) or pip install -e . (pure Python)\n" + run.stderr[-2000:]
        )
    return run.stdout.strip()
