"""The wheel compiles the address reader's hot modules with mypyc; the checkout stays pure Python.

`pip install .` builds them through the build hook of ``hatch_build.py``, configured under
``[tool.hatch.build.targets.wheel.hooks.custom]`` in ``pyproject.toml``. The suite imports the
checkout, so here every compiled module is its ``.py`` file. ``.ci/run`` runs this file again,
with the address and matching tests, from a copy of ``tests/`` against the installed wheel and
with ``ADMIN_MERGE_EXPECT_COMPILED=1``: there every compiled module must be an extension module.
The suite also runs mypyc's front end on them, so a change mypyc rejects fails before it lands.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
HOOK: dict[str, Any] = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
COMPILED = [p.strip("/").removesuffix(".py").replace("/", ".") for p in HOOK["include"]]
EXPECT_COMPILED = os.environ.get("ADMIN_MERGE_EXPECT_COMPILED") == "1"


def test_the_compiled_modules_are_modules_of_the_package() -> None:
    """Each pattern names one module file of the package (a renamed module would otherwise be
    left out of the compile without a word)."""
    assert COMPILED, "no module is compiled"
    for pattern in HOOK["include"]:
        assert re.fullmatch(r"/admin_merge/[a-z_/]+\.py", pattern), pattern
    for module in COMPILED:
        spec = importlib.util.find_spec(module)
        assert spec is not None and spec.origin is not None, module


def test_imported_build_is_the_expected_one() -> None:
    """From the checkout: the source of every compiled module (no stale extension module beside
    it); from the installed wheel in CI: the extension module of every one."""
    for module in COMPILED:
        origin = str(importlib.import_module(module).__file__)
        if EXPECT_COMPILED:
            assert origin.endswith(".so") and REPO not in Path(origin).parents, (module, origin)
        else:
            assert origin.endswith(".py"), (module, origin)


def test_the_mypy_that_compiles_is_the_mypy_that_checks() -> None:
    """The build hook and the `test` extra pin one mypy version: what `mypy --strict` accepts in
    CI is what mypyc compiles."""
    hook_mypy = [d for d in HOOK["dependencies"] if d.startswith("mypy==")]
    test_mypy = [d for d in PYPROJECT["project"]["optional-dependencies"]["test"] if d.startswith("mypy")]
    assert len(hook_mypy) == 1 and test_mypy == hook_mypy


def test_the_build_hook_travels_in_the_sdist() -> None:
    include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert HOOK["path"] in include


def test_mypyc_accepts_the_compiled_modules(tmp_path: Path) -> None:
    """mypyc's analysis and code generation of the compiled modules, without the C compiler (about
    30 s): a change that mypyc rejects (say ``if x is None: return x``, "inferred type None") fails
    here, not in the next `pip install .`. The options are the build hook's: its `mypy-args`, and no
    [tool.mypy] (hatch-mypyc hides pyproject.toml while it compiles)."""
    if EXPECT_COMPILED:
        pytest.skip("the installed wheel was compiled: its build ran this check")
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    files = [pattern.strip("/") for pattern in HOOK["include"]]
    script = "import sys; from mypyc.build import mypycify; mypycify(sys.argv[2:], target_dir=sys.argv[1])"
    args = ["--config-file", str(config), "--cache-dir", str(tmp_path / "cache"), *HOOK["mypy-args"], *files]
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "build"), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, f"{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
