"""The layer contracts of pyproject.toml hold, and a lower layer importing a higher one breaks them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed (pip install '.[test]')")
    return subprocess.run(
        [exe, "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "PATH": str(Path(sys.executable).parent)},
        check=False,
    )


def test_layer_contracts_are_kept() -> None:
    run = _lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_a_lower_layer_importing_a_higher_one_breaks_the_contract(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(
        ROOT / "admin_merge", copy / "admin_merge", ignore=shutil.ignore_patterns("__pycache__", "_mappings")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    text_module = copy / "admin_merge" / "text" / "normalize.py"
    text_module.write_text(text_module.read_text(encoding="utf-8") + "\nfrom admin_merge import api  # noqa\n")
    run = _lint_imports(copy)
    assert run.returncode != 0
    assert "BROKEN" in run.stdout and "admin_merge.text.normalize -> admin_merge.api" in run.stdout
