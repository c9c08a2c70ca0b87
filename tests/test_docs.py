"""The README's commands are true, and every command has help with an example."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    section = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_readme_shows_exactly_two_setup_commands_and_ci_runs_them() -> None:
    commands = setup_commands()
    assert len(commands) == 2
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert command in ci
    assert "pytest" in commands[1]


def test_every_command_has_help_with_an_example(cli) -> None:
    for command in (
        ["migrate"],
        ["mappings", "validate"],
        ["mappings", "show"],
        ["mappings", "stats"],
        ["mappings", "export-crosswalk"],
    ):
        run = cli(*command, "--help")
        assert "Example:" in run.stdout, command


def test_readme_transcripts_run_on_sample_data(tmp_path: Path) -> None:
    """Each `$ admin-merge ...` line of the README runs, from a directory with sample_data/."""
    shutil.copytree(REPO / "sample_data", tmp_path / "sample_data")
    # The reform walk-through runs on a copy of the mappings: tests/test_chain_docs.py replays it.
    general = (
        README.split("### Registers through time", 1)[0]
        + README.split("### Registers through time", 1)[1].split("\n## ", 1)[1]
    )
    lines = re.findall(r"^\$ admin-merge (.+)$", general, flags=re.M)
    assert len(lines) >= 3
    for line in lines:
        run = subprocess.run(
            [sys.executable, "-m", "admin_merge", *shlex.split(line)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode in (0, 1), f"{line}: {run.stderr}"


def test_version_and_module_entry_point() -> None:
    run = subprocess.run([sys.executable, "-m", "admin_merge", "--version"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("admin-merge ")


def test_installed_tool_finds_its_mappings_outside_the_checkout(tmp_path: Path) -> None:
    exe = shutil.which("admin-merge", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("admin-merge is not installed in this environment")
    run = subprocess.run(
        [exe, "mappings", "export-crosswalk", "-o", "xw.csv"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert len((tmp_path / "xw.csv").read_text(encoding="utf-8").splitlines()) == 10567


def test_readme_analyst_path_runs_end_to_end(tmp_path: Path) -> None:
    """The analysts' block of the README, line by line, with a decision filled in between."""
    import csv

    shutil.copytree(REPO / "sample_data", tmp_path / "sample_data")
    block = README.split("## Analysts", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line.split("  #")[0].split()[1:] for line in block.splitlines() if line.startswith("admin-merge")]
    assert [c[0] for c in commands] == ["migrate", "report", "review", "migrate", "diff"]
    for args in commands:
        if args[0] == "migrate" and "--decisions" in args:
            review = tmp_path / "review.csv"
            with review.open(encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
            rows[0]["quyet_dinh"] = rows[0]["phuong_an"].split("|")[0]  # Vietnamese headers by default
            with review.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
        run = subprocess.run(
            [sys.executable, "-m", "admin_merge", *args], cwd=tmp_path, capture_output=True, text=True, timeout=180
        )
        assert run.returncode == (1 if args[0] == "diff" else 0), f"{args}: {run.stderr}"
    assert (tmp_path / "report.html").stat().st_size > 1000 and (tmp_path / "diff.html").exists()
    with (tmp_path / "addresses.v2.csv").open(encoding="utf-8") as fh:
        assert sum(r["match_status"] == "decided" for r in csv.DictReader(fh)) >= 1
