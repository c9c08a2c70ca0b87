"""Communes retired before 30 June 2025 whose successor could not be established
(``../shared/reference/history/unresolved_retired_codes.csv``, shipped as
``mappings/history/unresolved.yaml``): shipped whole, checked by the validator, and never
answered as one unit when a record names one as the registers of its time wrote it."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

import admin_merge as am
from admin_merge.matching.model import RESOLVED, Reason, Reference, Resolution, Status
from admin_merge.registry.chain import Chain
from admin_merge.registry.crosswalk import Crosswalk
from admin_merge.registry.registers import Registers, load_registers
from admin_merge.registry.steps import UnresolvedRetired, load_steps, load_unresolved
from admin_merge.registry.validate_chain import validate_chain
from tests.conftest import MAPPINGS, reference_or_skip

SHIPPED = MAPPINGS / "history" / "unresolved.yaml"
ABBREVIATIONS = {"Xã": "X.", "Phường": "P.", "Thị trấn": "TT.", "Huyện": "H.", "Thị xã": "TX.", "Thành phố": "TP."}
# Units of 30 June 2025 that carry, letter for letter and in the same district, the name of a
# commune retired there before with no successor established (Lao Chải became Phường Cầu Mây in
# 2020, Tái Sơn became Xã Kỳ Sơn in 2025): a record naming them is read as that unit, with a note.
NAMESAKES = {"03002": "03028", "11080": "11098"}


@pytest.fixture(scope="module")
def registers() -> Registers:
    return load_registers(MAPPINGS / "registers")


@pytest.fixture(scope="module")
def xw() -> Crosswalk:
    return am.load_crosswalk()


@pytest.fixture(scope="module")
def shipped() -> list[UnresolvedRetired]:
    return load_unresolved(MAPPINGS)


def reference_rows() -> list[dict[str, str]]:
    with (reference_or_skip() / "history" / "unresolved_retired_codes.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def candidates_now(xw: Crosswalk, entry: UnresolvedRetired) -> set[str]:
    """The new units a record naming ``entry`` may mean: those of its candidates, or of its districts."""
    if entry.candidates:
        return {r.new_commune_code for c in entry.candidates for r in xw.successors(c.code)}
    return {code for d in entry.districts for code in xw.district_successors(d)}


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


# ----- never one unit --------------------------------------------------------------------------
def written_forms(entry: UnresolvedRetired) -> list[str]:
    """The commune as old records write it: its name, district and province of then, typed in
    full or abbreviated, with a hamlet before it, without the province, in capitals."""
    commune, district, province = entry.name, entry.district_name, entry.province_name
    short = [commune, district]
    for full, abbreviation in ABBREVIATIONS.items():
        short = [f"{abbreviation} {p[len(full) + 1 :]}" if p.startswith(full + " ") else p for p in short]
    return [
        f"{commune}, {district}, {province}",
        f"Thôn 2, {commune}, {district}, {province}",
        f"{short[0]}, {short[1]}, {province.removeprefix('Tỉnh ')}",
        f"{commune} - {district} - {province}",
        f"{commune}, {district}".upper(),
    ]


def test_none_of_the_unresolved_retired_communes_is_answered_as_one_unit(
    xw: Crosswalk, shipped: list[UnresolvedRetired]
) -> None:
    resolver = am.get_resolver()
    for entry in shipped:
        expected = candidates_now(xw, entry)
        assert expected, entry
        for address in written_forms(entry):
            res = resolver.resolve(Reference(address=address))
            if entry.code in NAMESAKES:
                # Named letter for letter as a unit of 30 June 2025 in that district: that unit,
                # with the retired one in the note.
                living = [r.new_commune_code for r in xw.successors(NAMESAKES[entry.code])]
                assert (res.status, [res.new_commune_code]) == (Status.EXACT, living), address
                assert f"abolished in {entry.valid_until[:4]}" in res.note, address
                continue
            assert res.status not in RESOLVED, (address, res)
            assert res.status in (Status.SPLIT, Status.AMBIGUOUS), (address, res)
            assert expected <= set(res.candidates), (address, res)


def test_the_reason_names_the_retired_commune_and_the_year(xw: Crosswalk) -> None:
    res = am.resolve(Reference(address="Thôn Nà Sác, Xã Nà Sác, Huyện Hà Quảng, Tỉnh Cao Bằng"))
    assert res.status is Status.AMBIGUOUS and res.reason is Reason.EARLIER_REGISTER
    assert "Xã Nà Sác, Huyện Hà Quảng" in res.note and "abolished in 2020" in res.note
    assert res.street == "Thôn Nà Sác"
    explained = am.explain(Reference(address="X. Xuân Liên, H. Thường Xuân, T. Thanh Hóa"))
    assert explained["status"] == "ambiguous" and "Xã Xuân Liên" in explained["note"] and "2008" in explained["note"]
    assert {c["code"] for c in explained["candidates"]} == set(xw.district_successors("396"))


@pytest.mark.parametrize(
    ("reference", "flagged"),
    [
        (Reference(commune_code="01408"), True),  # retired in 2020, never re-used
        (Reference(commune_code="01408", province_code="04", district_code="045"), True),
        (Reference(commune_code="01408", province_code="01"), False),  # another province: a conflict, unmatched
        (Reference(commune_code="03002"), False),  # re-used: Phường Sa Pả on 30 June 2025
        (Reference(commune_code="03002", commune="Phường Cầu Mây"), True),  # the retired unit, by its name
        (Reference(province="Tỉnh Nghệ An", district="Huyện Tương Dương", commune="Xã Hữu Dương"), True),
        (Reference(province="Tỉnh Cao Bằng", district="Huyện Hà Quảng", commune="Xã Hồng Sĩ"), True),
        (Reference(province="Tỉnh Cao Bằng", district="Huyện Hà Quảng", commune="Xã Hồng Sỹ"), False),
    ],
)
def test_codes_and_name_columns(reference: Reference, flagged: bool) -> None:
    res: Resolution = am.resolve(reference)
    if flagged:
        assert res.status is Status.AMBIGUOUS and "successor not established" in res.note, res
    else:
        assert "successor not established" not in res.note or res.status in RESOLVED, res


def test_a_unit_of_that_name_today_or_elsewhere_is_not_flagged() -> None:
    # Typed as today's new unit with today's province: the new Xã Giao Hưng, not the one of 2006.
    assert am.resolve(Reference(address="Xã Giao Hưng, Tỉnh Ninh Bình")).status is Status.ALREADY_NEW
    # Only the province, and a unit of that name in it on 30 June 2025 (in Huyện Phong Thổ).
    assert am.resolve(Reference(address="Thị trấn Phong Thổ, Tỉnh Lai Châu")).status is Status.EXACT
    # ``nay là``: the name of the present unit, not of the one retired in 2019.
    res = am.resolve(Reference(address="Xã Lao Chải (nay là phường Cầu Mây), Huyện Sa Pa, Tỉnh Lào Cai"))
    assert res.status in RESOLVED and "successor not established" not in res.note
