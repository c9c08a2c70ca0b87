"""Crosswalks composed over the chain, export-crosswalk --from/--to, and predecessors in `mappings show`."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import admin_merge as am
from admin_merge.registry.compose import compose_crosswalk
from admin_merge.registry.crosswalk import Crosswalk

TODAY = "2026-12-01"


@pytest.fixture(scope="module")
def xw() -> Crosswalk:
    return am.load_crosswalk()


def test_composed_from_30_june_2025_has_the_pairs_of_the_crosswalk(xw: Crosswalk) -> None:
    rows = compose_crosswalk(xw, "2025-06-30", TODAY)
    composed = {(r.old_code, r.new_code): (r.relation, r.is_primary) for r in rows}
    direct = {(r.old_commune_code, r.new_commune_code): (r.relation, r.is_primary) for r in xw.rows}
    assert composed == direct
    long_thanh = next(r for r in rows if r.old_code == "26368")
    assert (long_thanh.old_name, long_thanh.new_name) == ("Thị trấn Long Thành", "Phường Long Thành")
    assert long_thanh.new_province_name == "Thành phố Đồng Nai"
    assert "1662/NQ-UBTVQH15" in long_thanh.legal_bases and "2026-04-30 237/NQ-UBTVQH16" in long_thanh.legal_bases


def test_composed_from_2019_covers_every_commune_state_of_the_history(xw: Crosswalk) -> None:
    rows = compose_crosswalk(xw, "2019-01-01", TODAY)
    states = {(s.code, s.name, s.valid_until) for s in xw.chain.history if s.level == "commune"}
    since_2019 = {k for k in states if k[2] > "2019-01-01"}
    covered = {(r.old_code, r.old_name, r.valid_until) for r in rows}
    assert since_2019 <= covered and len(since_2019) > 2000
    today = xw.chain.snapshot(TODAY)
    assert all(r.new_code in today.communes for r in rows)
    # The 2025-06-30 register is part of it too.
    assert set(xw.registers.old_communes) <= {r.old_code for r in rows if r.valid_until == "2025-07-01"}


def test_composition_rules(xw: Crosswalk) -> None:
    rows = compose_crosswalk(xw, "2004-08-31", TODAY)
    by_state: dict[tuple[str, str, str], list[Any]] = {}
    for r in rows:
        by_state.setdefault((r.old_code, r.old_name, r.valid_until), []).append(r)
    for state in xw.chain.history:
        if state.level != "commune":
            continue
        got = by_state[(state.code, state.name, state.valid_until)]
        if any(s.relation == "partial" for s in state.successors):
            assert all(r.relation == "partial" and not r.is_primary for r in got)  # anything with a partial
        elif len(state.successors) == 1 and state.successors[0].level == "commune":
            direct = xw.successors(state.successors[0].code)
            assert {r.new_code for r in got} == {d.new_commune_code for d in direct}
            for r in got:  # whole∘whole = whole; a split later makes it partial; primary through primaries
                d = next(d for d in direct if d.new_commune_code == r.new_code)
                assert (r.relation, r.is_primary) == (d.relation, d.is_primary)


def test_a_rename_step_keeps_codes_and_changes_names_on_its_date(xw: Crosswalk) -> None:
    before = {r.old_code: r for r in compose_crosswalk(xw, "2025-07-01", "2026-04-29")}
    after = {r.old_code: r for r in compose_crosswalk(xw, "2025-07-01", "2026-04-30")}
    assert len(before) == len(after) == 3321
    assert before["26368"].new_name == "Xã Long Thành" and after["26368"].new_name == "Phường Long Thành"
    assert all(r.old_code == r.new_code and r.relation == "whole" for r in after.values())
    assert after["26368"].legal_bases == "2026-04-30 237/NQ-UBTVQH16; 2026-04-30 30/2026/QH16"


def test_export_crosswalk_from_to_writes_the_chain_of_legal_bases(
    cli: Callable[..., Any], tmp_path: Path, xw: Crosswalk
) -> None:
    target = tmp_path / "composed.csv"
    run = cli("mappings", "export-crosswalk", "--from", "2019-01-01", "--to", TODAY, "-o", str(target))
    with target.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(compose_crosswalk(xw, "2019-01-01", TODAY))
    assert f"wrote {len(rows):,} crosswalk rows" in run.stderr
    quan9 = [r for r in rows if r["old_name"] == "Phường Phước Long A" and r["old_district_code"] == "763"]
    assert quan9 and "1111/NQ-UBTVQH14" in quan9[0]["legal_bases"]
    cli("mappings", "export-crosswalk", "--from", "2019-13-01", "-o", str(target), code=2)


def test_show_lists_predecessors_through_every_step(cli: Callable[..., Any]) -> None:
    view = cli("mappings", "show", "26368", "--format", "json").json()
    steps = [(s["date"], [u["name"] for u in s["units"]]) for s in view["predecessors"]]
    assert steps[0] == ("2026-04-30", ["Xã Long Thành"])
    assert steps[1][0] == "2025-07-01" and "Thị trấn Long Thành" in steps[1][1]
    text = cli("mappings", "show", "26368").stdout
    assert "predecessors" in text and "237/NQ-UBTVQH16" in text
    # Quận 2's Thảo Điền: a ward of Thành phố Thủ Đức since 2021; its history is listed.
    hcm = cli("mappings", "show", "27094", "--format", "json").json()
    dates = [s["date"] for s in hcm["predecessors"]]
    assert "2025-07-01" in dates and any(d < "2025-06-30" for d in dates)
