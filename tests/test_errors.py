"""Errors are worded for their reader: keyword arguments for a Python caller, flags on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

import admin_merge as am
from admin_merge.errors import InputError, for_cli, for_python, option

ROOT = Path(__file__).resolve().parents[1]
HOUSEHOLDS = ROOT / "sample_data" / "households.csv"


def test_a_marked_option_reads_as_a_keyword_or_as_a_flag() -> None:
    message = f"in.csv:1: looks like a title; pass {option('skip_rows', 1)} or {option('force')} or {option('table')}"
    assert for_python(message) == "in.csv:1: looks like a title; pass skip_rows=1 or force=True or table=..."
    assert for_cli(message) == "in.csv:1: looks like a title; pass --skip-rows 1 or --force or --table"
    assert (
        for_cli(option("output", "OUTPUT")) == "-o OUTPUT" and for_cli(option("directory", "DIR")) == "--mappings DIR"
    )


def test_the_library_names_keyword_arguments_not_flags(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        am.migrate(HOUSEHOLDS, out)
    assert "force=True" in str(raised.value) and "--" not in str(raised.value)
    assert "--force" in raised.value.for_cli()
    assert out.read_text(encoding="utf-8") == "keep me"
    with pytest.raises(InputError, match="on_split=") as raised:
        am.migrate(HOUSEHOLDS, tmp_path / "new.csv", on_split="maybe")
    assert "--on-split" in raised.value.for_cli()


def test_the_command_line_names_flags(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    run = cli("migrate", HOUSEHOLDS, "-o", out, code=2)
    assert "use --force to overwrite it" in run.stderr and "force=True" not in run.stderr
    run = cli("migrate", HOUSEHOLDS, "-o", tmp_path / "x.csv", "--as-of", "2025-13-01", code=2)
    assert "--as-of '2025-13-01': not a date" in run.stderr
