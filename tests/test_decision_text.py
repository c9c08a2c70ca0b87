"""The `decision` line of `admin-merge resolve --format json` tells what happened to the answer:
it says "flagged" only when the answer is flagged, and a reading within the margin that was set
aside is said to be (the marks written, the words a district-only reading leaves unread)."""

from __future__ import annotations

import csv
from pathlib import Path

import yaml

import admin_merge as am
from admin_merge.matching.model import Status

CASES = Path(__file__).parent / "cases"
FLAGGED = {Status.AMBIGUOUS.value, Status.SPLIT.value}


def _addresses() -> list[str]:
    cases = yaml.safe_load((CASES / "addresses.yaml").read_text(encoding="utf-8"))
    out = [c["address"] for c in cases if c.get("address")]
    with (CASES / "real_addresses.csv").open(encoding="utf-8", newline="") as f:
        out += [row["address"] for row in csv.DictReader(f)]
    return out


def test_the_decision_says_flagged_only_of_a_flagged_answer() -> None:
    session = am.default_session()
    checked = flagged_said = 0
    for address in _addresses():
        shown = am.explain(address, session=session)
        said = shown["decision"]
        if not said:
            continue
        checked += 1
        if "flagged" in said:
            flagged_said += 1
            assert shown["status"] in FLAGGED, (address, shown["status"], said)
    assert checked > 1000 and flagged_said > 50, (checked, flagged_said)


def test_a_reading_set_aside_by_its_marks_is_said_so() -> None:
    shown = am.explain("Xã Liên Hòa, Tỉnh Phú Thọ")  # the new Xã Liên Hòa, not the old Liên Hoa
    assert shown["status"] == "already_new"
    assert "taken: the marks written tell them apart" in shown["decision"]
