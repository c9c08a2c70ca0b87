"""Commune-code columns whose snapshot is unknown: detected per column, --codes-from, disagreements."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import admin_merge as am
from admin_merge.registry.registers import Registers
from admin_merge.text.normalize import name_key
from admin_merge.text.unit_names import Level, split_type
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def reg() -> Registers:
    return am.load_crosswalk().registers


def write(path: Path, rows: list[tuple[str, ...]], header: tuple[str, ...]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def core(name: str) -> str:
    return name_key(split_type(name, Level.COMMUNE).core)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_a_column_of_new_codes_is_detected_and_migrated_as_already_new(
    cli: Callable[..., Any], reg: Registers, tmp_path: Path
) -> None:
    units = [reg.new_communes["26740"], *[u for u in reg.new_communes.values() if u.province_code == "75"][:119]]
    source = write(tmp_path / "new.csv", [(str(i), u.code) for i, u in enumerate(units)], ("id", "ma_xa_moi"))
    out, report = tmp_path / "out.csv", tmp_path / "report.json"
    run = cli("migrate", source, "-o", out, "--commune-code-col", "ma_xa_moi", "--report", report)
    rows = read(out)
    assert {r["match_status"] for r in rows} == {"already_new"}
    assert [r["new_commune_code"] for r in rows] == [u.code for u in units]
    # 26740 (Phường Bến Nghé until 30 June 2025) is Phường Sài Gòn here.
    assert any(r["new_commune_code"] == "26740" and r["new_commune_name"] == "Phường Sài Gòn" for r in rows)
    column = json.loads(report.read_text(encoding="utf-8"))["code_columns"][0]
    assert (column["column"], column["snapshot"], column["chosen_by"]) == ("ma_xa_moi", "2025-07-01", "detected")
    assert "column ma_xa_moi: codes of the register of 1 July 2025" in " ".join(run.stderr.split())


def test_a_column_of_old_codes_is_read_in_the_old_register(tmp_path: Path) -> None:
    report = am.migrate(SAMPLE / "households.csv", tmp_path / "out.csv")
    assert [c["snapshot"] for c in report.code_columns] == ["2025-06-30"]
    assert report.statuses.get("already_new", 0) == 0


def test_codes_from_overrides_the_detection(tmp_path: Path) -> None:
    report = am.migrate(SAMPLE / "households.csv", tmp_path / "out.csv", codes_from="2026-01-01")
    assert report.code_columns[0]["chosen_by"] == "--codes-from"
    rows = read(tmp_path / "out.csv")
    kept = [r for r in rows if r["ma_xa"] == "26740"]
    assert kept and {(r["match_status"], r["new_commune_name"]) for r in kept} == {("already_new", "Phường Sài Gòn")}


def test_a_mixed_column_is_reported_and_disagreements_are_flagged(reg: Registers, tmp_path: Path) -> None:
    old = [u for u in reg.old_communes.values() if u.province_code == "01"][:100]
    # New codes of HCMC whose old unit had another name (Bến Nghé -> Sài Gòn ...), type words aside.
    new = [
        u
        for u in reg.new_communes.values()
        if u.province_code == "79"
        and u.code in reg.old_communes
        and core(u.name) != core(reg.old_communes[u.code].name)
    ]
    rows = [(u.code, u.name) for u in old] + [(u.code, u.name) for u in new[:40]]
    source = write(tmp_path / "mixed.csv", rows, ("ma_xa", "ten_xa"))
    report = am.migrate(source, tmp_path / "out.csv", commune_code_col="ma_xa", commune_col="ten_xa")
    assert report.code_columns[0]["snapshot"] == "mixed"
    assert "MIX of old and new codes" in report.code_columns[0]["message"]
    # Rows whose name is the new unit's (and not the old one's) are read as new; the others old.
    out = read(tmp_path / "out.csv")
    assert {r["match_status"] for r in out[100:]} == {"already_new"}
    assert [r["new_commune_code"] for r in out[100:]] == [u.code for u in new[:40]]
    assert "already_new" not in {r["match_status"] for r in out[:100]}

    named = write(tmp_path / "named.csv", [(new[0].code, "Phường Không Có")], ("ma_xa", "ten_xa"))
    report = am.migrate(
        named, tmp_path / "o.csv", commune_code_col="ma_xa", commune_col="ten_xa", codes_from="2025-07-01"
    )
    assert report.statuses == {"ambiguous": 1} and report.code_columns[0]["disagreeing_rows"] == 1
