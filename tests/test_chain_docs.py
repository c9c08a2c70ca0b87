"""The README's walk-through of adding a reform, replayed: the file it shows, the findings it prints."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MAPPINGS, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README.split("### Registers through time", 1)[1].split("\n## ", 1)[0]
BLOCK = SECTION.split("```text\n", 1)[1].split("\n```", 1)[0]


def _outputs_after(command: str) -> list[list[str]]:
    """The printed lines after each occurrence of ``$ command`` in the transcript."""
    found = []
    for part in BLOCK.split(f"$ {command}\n")[1:]:
        found.append([line for line in part.split("\n$ ", 1)[0].splitlines() if line])
    return found


def test_the_reform_walk_through_of_the_readme_is_true(
    cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(MAPPINGS, tmp_path / "next")
    target = tmp_path / "next" / "reforms" / "2026-09-20-bac-ninh.yaml"
    target.unlink()
    expected = _outputs_after("admin-merge mappings validate next")
    assert len(expected) == 3

    run = cli("mappings", "validate", "next")
    assert " ".join(run.stderr.split()) == expected[0][0]

    written = re.search(r"<<'EOF'\n(.*?)\nEOF\n", BLOCK, flags=re.S)
    assert written is not None
    target.write_text(written.group(1) + "\n", encoding="utf-8")
    run = cli("mappings", "validate", "next", code=1)
    assert run.stdout.splitlines() == expected[1][:2]
    assert " ".join(run.stderr.split()) == expected[1][2]

    # The two fixes the transcript names, then the file equals the shipped one but for its layout.
    fixed = written.group(1).replace('"09469"', '"09496"')
    fixed = fixed.replace('type: "xã"}}', 'type: "xã"}, legal_basis: "388/NQ-UBTVQH16"}', 1)
    target.write_text(fixed + "\n", encoding="utf-8")
    run = cli("mappings", "validate", "next")
    assert " ".join(run.stderr.split()) == expected[2][0]

    view = cli("resolve", "Xã Bố Hạ, Tỉnh Bắc Ninh", "--mappings", "next", "-f", "json").json()
    assert (view["status"], view["new_address"]) == ("already_new", "Phường Bố Hạ, Thành phố Bắc Ninh")
