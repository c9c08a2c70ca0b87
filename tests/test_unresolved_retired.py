"""Communes retired before 30 June 2025 whose successor could not be established
(``../shared/reference/history/unresolved_retired_codes.csv``, shipped as
``mappings/history/unresolved.yaml``): shipped whole and checked by the validator."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from admin_merge.registry.chain import Chain
from admin_merge.registry.registers import Registers, load_registers
from admin_merge.registry.steps import UnresolvedRetired, load_steps, load_unresolved
from admin_merge.registry.validate_chain import validate_chain
from tests.conftest import MAPPINGS, reference_or_skip

SHIPPED = MAPPINGS / "history" / "unresolved.yaml"


@pytest.fixture(scope="module")
def registers() -> Registers:
    return load_registers(MAPPINGS / "registers")


@pytest.fixture(scope="module")
def shipped() -> list[UnresolvedRetired]:
    return load_unresolved(MAPPINGS)


def reference_rows() -> list[dict[str, str]]:
    with (reference_or_skip() / "history" / "unresolved_retired_codes.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ----- shipped and checked ---------------------------------------------------------------------
def test_every_unresolved_retired_code_of_the_reference_is_shipped(shipped: list[UnresolvedRetired]) -> None:
    rows = reference_rows()
    assert len(shipped) == len(rows) == 40
    assert {(e.code, e.name, e.district_code, e.province_code, e.valid_until) for e in shipped} == {
        (r["code"], r["name"], r["district_code"], r["province_code"], r["valid_until"]) for r in rows
    }
    by_key = {(r["code"], r["valid_until"]): r for r in rows}
    for entry in shipped:
        row = by_key[(entry.code, entry.valid_until)]
        # Candidates from the units of the district that changed with it exactly when the reference lists some.
        assert (entry.candidates_from == "changed") == bool(row["changed_units_in_district"] or row["alias_candidates"])


def test_the_shipped_chain_with_the_unresolved_codes_is_clean(
    registers: Registers, shipped: list[UnresolvedRetired]
) -> None:
    reforms, history, problems = load_steps(MAPPINGS)
    summary, found = validate_chain(Chain(registers, reforms, history, shipped))
    assert problems == [] and found == []
    assert summary.unresolved_retired == 40
    for entry in shipped:
        assert entry.districts and all(d in registers.old_districts for d in entry.districts)
        assert all(c.code in registers.old_communes for c in entry.candidates)


def test_a_candidate_outside_the_register_a_wrong_name_and_a_wrong_count_are_reported(
    registers: Registers, tmp_path: Path
) -> None:
    folder = tmp_path / "mappings"
    (folder / "history").mkdir(parents=True)
    path = folder / "history" / "unresolved.yaml"
    shutil.copy(SHIPPED, path)
    text = path.read_text(encoding="utf-8")
    unknown = '{code: "01363", name: "Thị trấn Thông Nông"}'
    renamed = '{code: "10756", name: "Xã Lai Khê"}'
    assert unknown in text and renamed in text
    text = text.replace(unknown, '{code: "01364", name: "Thị trấn Thông Nông"}', 1)
    text = text.replace(renamed, '{code: "10756", name: "Xã Lai Khe Mới"}', 1)
    text = text.replace("  unresolved: 40\n", "  unresolved: 41\n")
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    line_of = {
        key: next(i for i, line in enumerate(lines, 1) if needle in line)
        for key, needle in (("unknown", '"01364"'), ("renamed", "Lai Khe Mới"), ("count", "unresolved: 41"))
    }
    _, _, problems = load_steps(folder)
    _, found = validate_chain(Chain(registers, [], [], load_unresolved(folder)))
    codes = {(p.code, p.line) for p in [*problems, *found]}
    assert ("AM611", line_of["unknown"]) in codes
    assert ("AM614", line_of["renamed"]) in codes
    assert ("AM615", line_of["count"]) in codes
