"""Target date (--as-of) and source vintage: names in force on a date, references of any snapshot."""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import admin_merge as am
from admin_merge.matching.history import HISTORY_NOTE
from admin_merge.matching.model import RESOLVED, Reference, Status
from admin_merge.registry.compose import compose_crosswalk
from admin_merge.registry.crosswalk import Crosswalk
from admin_merge.registry.steps import HistoryState
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def xw() -> Crosswalk:
    return am.load_crosswalk()


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_migrate_writes_the_names_in_force_today_and_on_an_earlier_date(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    today, report = tmp_path / "today.csv", tmp_path / "today.json"
    cli("migrate", SAMPLE / "households.csv", "-o", today, "--report", report, "-q")
    rows = read(today)
    dong_nai = [r for r in rows if r["new_province_code"] == "75"]
    assert dong_nai and {r["new_province_name"] for r in dong_nai} == {"Thành phố Đồng Nai"}
    dau_giay = [r for r in rows if r["new_commune_code"] == "26326"]  # a xã that became a phường on 2026-04-30
    assert dau_giay and {r["new_commune_name"] for r in dau_giay} == {"Phường Dầu Giây"}
    assert json.loads(report.read_text(encoding="utf-8"))["options"]["as_of"] >= "2026-09-20"

    then = tmp_path / "then.csv"
    cli("migrate", SAMPLE / "households.csv", "-o", then, "--as-of", "2025-07-01", "-q")
    old_rows = read(then)
    assert {r["new_province_name"] for r in old_rows if r["new_province_code"] == "75"} == {"Tỉnh Đồng Nai"}
    assert {r["new_commune_name"] for r in old_rows if r["new_commune_code"] == "26326"} == {"Xã Dầu Giây"}
    # Only names differ: the same codes and statuses on both dates.
    keys = ("new_province_code", "new_commune_code", "match_status")
    assert [tuple(r[k] for k in keys) for r in rows] == [tuple(r[k] for k in keys) for r in old_rows]
    cli("migrate", SAMPLE / "households.csv", "-o", tmp_path / "x.csv", "--as-of", "2025-02-30", code=2)


def test_long_thanh_in_any_form_is_already_new_and_written_as_of_the_date(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    source = tmp_path / "long_thanh.csv"
    source.write_text(
        "id,dia_chi\n"
        '1,"Phường Long Thành, Thành phố Đồng Nai"\n'
        '2,"Xã Long Thành, Tỉnh Đồng Nai"\n'
        '3,"12 Lê Lợi, Thị trấn Long Thành, Huyện Long Thành, Tỉnh Đồng Nai"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    cli("migrate", source, "-o", out, "--address-col", "dia_chi", "-q")
    rows = read(out)
    assert [r["new_commune_code"] for r in rows] == ["26368"] * 3
    assert [r["match_status"] for r in rows] == ["already_new", "already_new", "exact"]
    assert {r["new_address"].split(", ")[-2:] == ["Phường Long Thành", "Thành phố Đồng Nai"] for r in rows} == {True}
    cli("migrate", source, "-o", out, "--address-col", "dia_chi", "-q", "--force", "--as-of", "2025-07-01")
    assert {r["new_address"].split(", ")[-2:] == ["Xã Long Thành", "Tỉnh Đồng Nai"] for r in read(out)} == {True}


def test_resolve_takes_as_of(cli: Callable[..., Any]) -> None:
    view = cli("resolve", "Xã Long Thành, Tỉnh Đồng Nai", "--as-of", "2026-04-29", "-f", "json").json()
    assert (view["status"], view["new"]["commune"]["name"], view["as_of"]) == (
        "already_new",
        "Xã Long Thành",
        "2026-04-29",
    )
    assert cli("resolve", "Xã Long Thành, Tỉnh Đồng Nai", "-f", "json").json()["new_address"] == (
        "Phường Long Thành, Thành phố Đồng Nai"
    )


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("Phường Thảo Điền, Quận 2, TP.HCM", {"27094"}),  # Quận 2 is Thành phố Thủ Đức since 2021
        ("Xã Yên Nghĩa, Huyện Hoài Đức, Tỉnh Hà Tây", {"09562", "09886"}),  # Hà Tây 2008; split in 2025
        ("Phường Phú Hội, Thành phố Huế, Tỉnh Thừa Thiên Huế", {"19789"}),  # district-level Huế until 2025
        ("Phường 13, Quận Gò Vấp", {"26878"}),  # renamed Phường 15 on 2025-01-01
        ("Phường Long Thành, Thành phố Đồng Nai", {"26368"}),
        ("Xã Long Thành, Tỉnh Đồng Nai", {"26368"}),
    ],
)
def test_examples_of_every_vintage_resolve(address: str, expected: set[str]) -> None:
    res = am.resolve(address)
    got = {res.new_commune_code} if res.new_commune_code else set(res.candidates)
    assert got == expected, res
    assert res.status in (RESOLVED | {Status.SPLIT}), res
    if res.status is not Status.ALREADY_NEW:
        assert HISTORY_NOTE in res.note or "26368" in expected


@pytest.mark.parametrize(
    "address",
    [
        "Số 4 Trần Phú - P. Văn Miếu - Q.Đ.Đa - Hà Nội",  # dashes, initials of the district
        "Phường Văn Miếu - Quận Đống Đa - Hà Nội",
        "Số 4 Trần Phú, P. Văn Miếu, Q.Đống Đa, Hà Nội",
    ],
)
def test_an_earlier_name_separated_by_dashes_is_read_not_left_in_the_street(address: str) -> None:
    # Phường Văn Miếu became Phường Văn Miếu - Quốc Tử Giám on 2025-01-01, then split in July.
    res = am.resolve(address)
    assert res.status is Status.SPLIT and set(res.candidates) == {"00190", "00226"}, res
    assert HISTORY_NOTE in res.note
    assert res.street in (None, "Số 4 Trần Phú") and "Văn Miếu" not in (res.street or "")


def test_traps_of_names_that_changed_level() -> None:
    # Thành phố Bắc Ninh: province 24 since 2026-09-20, and the old district-level city 256.
    province = am.resolve(Reference(province="Thành phố Bắc Ninh"))
    assert province.status in RESOLVED and province.new_province_code == "24"
    old_city = am.resolve("Phường Kinh Bắc, Thành phố Bắc Ninh, Tỉnh Bắc Ninh")
    assert (old_city.status, old_city.old.district_code, old_city.new_commune_code) == (Status.EXACT, "256", "09187")
    # Huyện Long Thành is the old district; Phường Long Thành the commune of today.
    district = am.resolve(Reference(province="Tỉnh Đồng Nai", district="Huyện Long Thành"))
    assert district.status is Status.AMBIGUOUS and "26368" in district.candidates
    # Thành phố Huế: a district before 2025 (to two quận), the province after.
    assert am.resolve(Reference(province="Thành phố Huế")).new_province_code == "46"


def test_a_retired_code_resolves_through_the_history(xw: Crosswalk) -> None:
    retired = next(
        s
        for s in xw.chain.history
        if s.level == "commune" and s.code not in xw.registers.old_communes and s.change == "merged"
    )
    res = am.resolve(Reference(commune_code=retired.code))
    expected = {r.new_commune_code for s in retired.successors for r in xw.successors(s.code)}
    assert res.status in RESOLVED | {Status.SPLIT} and HISTORY_NOTE in res.note
    assert ({res.new_commune_code} if res.new_commune_code else set(res.candidates)) <= expected


def _rounds() -> list[str]:
    return sorted({p.stem for p in Path(__file__).parents[1].joinpath("mappings", "history").glob("*.yaml")})


@pytest.fixture(scope="module")
def expected_by_state(xw: Crosswalk) -> dict[tuple[str, str, str], set[str]]:
    expected: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in compose_crosswalk(xw, "2004-08-31", "2026-12-01"):
        expected[(row.old_code, row.old_name, row.valid_until)].add(row.new_code)
    return expected


@pytest.mark.parametrize("year", _rounds())
def test_each_round_of_the_history_resolves_by_name(
    year: str, xw: Crosswalk, expected_by_state: dict[tuple[str, str, str], set[str]]
) -> None:
    """Every commune state whose state ended that year, written with its district and province of
    the time: resolved to its successors or flagged for a person (split/ambiguous, with the
    successors among the candidates in most cases); never a wrong unit with confidence."""
    states: list[HistoryState] = [s for s in xw.chain.history if s.level == "commune" and s.valid_until[:4] == year]
    outcome: Counter[str] = Counter()
    for state in states:
        res = am.resolve(Reference(province=state.province_name, district=state.district_name, commune=state.name))
        expected = expected_by_state[(state.code, state.name, state.valid_until)]
        got = {res.new_commune_code} if res.new_commune_code else set(res.candidates)
        if res.status in RESOLVED:
            assert got <= expected, (state, res)
            outcome["resolved"] += 1
        elif res.status is Status.SPLIT and got == expected:
            outcome["resolved"] += 1  # split after 2025: all successors listed
        else:
            assert res.status in (Status.SPLIT, Status.AMBIGUOUS), (state, res)
            outcome["flagged with the successor" if expected & got else "flagged"] += 1
    if states:
        assert outcome["resolved"] >= 0.85 * len(states), outcome
        assert outcome["flagged"] <= 0.05 * len(states) + 1, outcome


def test_a_retired_code_is_not_read_against_the_province_and_district_of_the_record() -> None:
    """26935 was Phường 14 of Quận Bình Thạnh (HCMC) until 2025: read as its successor alone or in
    HCMC, never when the record puts it in Cao Bằng (a conflict, left unresolved)."""
    alone = am.resolve(Reference(commune_code="26935"))
    assert (alone.new_commune_code, alone.reason.value) == ("26929", "earlier_register")
    assert am.resolve(Reference(province_code="79", commune_code="26935")).new_commune_code == "26929"
    elsewhere = am.resolve(Reference(province_code="04", district_code="043", commune_code="26935"))
    assert elsewhere.status is Status.UNMATCHED and elsewhere.new_commune_code is None
