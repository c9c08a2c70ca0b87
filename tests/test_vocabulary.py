"""Why a reference did not resolve is a value code can branch on (``Resolution.reason``)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import admin_merge as am
from admin_merge.matching.model import Reason, Reference, Resolution, Status


@pytest.mark.parametrize(
    ("reference", "status", "reason"),
    [
        # 26737 lies in province 79 (Hồ Chí Minh): the province code column contradicts it.
        (Reference(province_code="01", commune_code="26737"), Status.AMBIGUOUS, Reason.CONFLICT),
        # The address says Phúc Xá (Hà Nội), the code column 26737 (Hồ Chí Minh).
        (
            Reference(commune_code="26737", address="Phường Phúc Xá, Quận Ba Đình, Hà Nội"),
            Status.AMBIGUOUS,
            Reason.CONFLICT,
        ),
        (Reference(province="Hà Nội", district="Quận Ba Đình"), Status.AMBIGUOUS, Reason.NO_COMMUNE_WRITTEN),
        ("Phường Xyzabc, Quận Ba Đình, Hà Nội", Status.AMBIGUOUS, Reason.NOT_IN_DISTRICT),
        ("abc def", Status.UNMATCHED, Reason.NO_UNIT_FOUND),
        (Reference(commune_code="x1"), Status.UNMATCHED, Reason.NOT_A_CODE),
        (Reference(commune_code="26740"), Status.EXACT, Reason.NONE),
    ],
)
def test_reason_of_a_resolution(reference: Reference | str, status: Status, reason: Reason) -> None:
    res = am.resolve(reference)
    assert (res.status, res.reason) == (status, reason), res.note
    assert res.to_dict()["reason"] == reason.value
    assert Resolution.from_tuple(res.as_tuple()) == res


def test_conflicts_are_counted_by_reason(tmp_path: Path) -> None:
    """Two rows whose columns contradict each other, one row that does not."""
    source = tmp_path / "in.csv"
    pl.DataFrame(
        {
            "ma_tinh": ["01", "01", "79"],
            "ma_xa": ["26737", "26737", "26740"],
        }
    ).write_csv(source)
    report = am.migrate(source, tmp_path / "out.csv", province_code_col="ma_tinh", commune_code_col="ma_xa")
    assert report.conflicts == 2
    assert report.statuses == {"ambiguous": 2, "exact": 1}


def test_resolution_is_built_with_keywords() -> None:
    with pytest.raises(TypeError):
        Resolution(Status.EXACT, 100.0)  # type: ignore[misc]
    assert Resolution(Status.EXACT, score=100.0).score == 100.0
