"""Real addresses, a third batch, collected on 4 December 2026 by a tester who had not read the reader.

`tests/cases/real_addresses_3.csv`: 407 addresses from 4 public files no earlier batch used, written
before the reform, 38 old provinces: Hà Nội's clinics and commune health stations (307; the file
gives the station's address and groups the stations by district, joined here as "address,
district, Hà Nội"; the file also lists stations under a district they are not in, and those rows
were left out), Hoàng Hà Mobile's shops as copied into a student's shop site (76, only those whose
text names a commune), MobiFone's shops in Hồ Chí Minh City in 2016 (15, ``P9, Q.3`` and the like)
and the pharmacies of one product in Lạng Giang (9, ``Đào Mỹ - Lạng Giang - BG``: communes without
a type word). The `source` column names the repository, the commit and the file. The tester set each
truth from the registers in `../shared/reference` (the old unit, through the register's history
when the name was an earlier unit's, then every new unit it went to) with a name matcher of their
own, and checked every doubt by hand; `undecided` in the note marks an address whose text decides
no one commune (the truth lists the candidates).

Measured when collected, on the reader of d5bfd8b that had not seen them: of the 406 addresses
with one truth or a split, 262 right and 135 splits flagged with every successor (97.8 %); 8
flagged: 3 with the truth as the only candidate, 4 with it among several, 1 without it (``Xã Lưu
Hoàng, Ứng Hòa, Huyện Ứng Hòa, Hà Nội``: 10402 offered; Lưu Hoàng became Bình Lưu Quang, now Hòa
Xá 10417); 1 unmatched (``150 Nguyễn Huệ, P.2, TP, Vĩnh Long``); none confidently wrong. The one
undecided address (``Phường Mỹ Đình``, never a ward: Mỹ Đình 1 or 2) is flagged with both. After
the fix they led to (a bare name read as a commune not in its district gives way to a typed
commune before it read in an earlier register): 263 right, 135 right flags (98.0 %), 7 flagged,
1 unmatched, none confidently wrong.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from tests.test_real_addresses import classes_of

CASES = Path(__file__).parent / "cases" / "real_addresses_3.csv"
FLOOR = 97.7


@pytest.fixture(scope="module")
def classes() -> Counter[str]:
    """The third batch: ``undecided`` in the note marks an address whose text decides no one
    commune (its truth lists the candidates)."""
    return classes_of(CASES, lambda row: "undecided" in row["note"])


def test_the_third_file_holds_real_sources() -> None:
    with CASES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 407
    assert len({r["address"] for r in rows}) == len(rows)
    assert all(r["source"].startswith("github:") for r in rows), "every address names its public source"
    assert all(r["truth_new_codes"] for r in rows), "every truth set (the candidates where undecided)"


def test_no_confidently_wrong_answer_on_the_third_batch(classes: Counter[str]) -> None:
    assert classes["WRONG"] == 0, classes
    assert classes["undecided_confident"] == 0, classes


def test_third_batch_read_right_or_rightly_flagged(classes: Counter[str]) -> None:
    decided = sum(n for c, n in classes.items() if not c.startswith("undecided"))
    share = 100 * (classes["right"] + classes["right_flag"]) / decided
    assert share >= FLOOR, (share, classes)
