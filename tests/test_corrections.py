"""What a writer struck through or took back is not read (``admin_merge/text/corrections.py``)."""

from __future__ import annotations

import csv
import doctest
from pathlib import Path

import pytest

import admin_merge as am
from admin_merge.matching.model import Reference, Status
from admin_merge.text import corrections
from admin_merge.text.corrections import corrected, may_correct

CASES = Path(__file__).parent / "cases"


def test_doctests() -> None:
    assert doctest.testmod(corrections).failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổ 8, xã S̶o̶n̶g̶ ̶A̶n̶ Hòa Bình, huyện Vũ Thư, T. Thái Bình", "Tổ 8, xã Hòa Bình, huyện Vũ Thư, T. Thái Bình"),
        ("phường <del>Bình Thới</del> Hòa Lợi, TP. Hồ Chí Minh", "phường Hòa Lợi, TP. Hồ Chí Minh"),
        (
            "Tổ dân phố 12, phường Thái Hòa (không phải Nghi Lộc đâu ạ), T. Nghệ An",
            "Tổ dân phố 12, phường Thái Hòa, T. Nghệ An",
        ),
        ("Tổ 10, xã Nam Hồng, Ninh Bình. Sửa lại: xã Hiển Khánh, Ninh Bình", "Tổ 10, xã Hiển Khánh, Ninh Bình"),
        (
            "Thôn 6, xã Đông Yên, huyện Quốc Oai, Thành phố Hà Nội. Sửa lại: xã Sài Sơn",
            "Thôn 6, xã Sài Sơn, huyện Quốc Oai, Thành phố Hà Nội",
        ),
        (
            "Ghi nhầm xã Linh Sơn, đúng là Tổ dân phố 15, phường Tĩnh Gia, Thanh Hóa",
            "Tổ dân phố 15, phường Tĩnh Gia, Thanh Hóa",
        ),
        (
            "xã Phi Tô à nhầm thị trấn Đinh Văn, huyện Lâm Hà, T. Lâm Đồng",
            "thị trấn Đinh Văn, huyện Lâm Hà, T. Lâm Đồng",
        ),
        ("xã Hải Nam à nhầm Hải Hòa, huyện Hải Hậu", "xã Hải Hòa, huyện Hải Hậu"),
        (
            "Tổ 13, đặc khu Kiên Hải, T. An Giang *xin lỗi, xã Phú Hữu chứ ko phải Kiên Hải",
            "Tổ 13, xã Phú Hữu, T. An Giang",
        ),
        # Words that only look like a correction stay: a street's name, a name not in the text.
        ("Số 5 đường Không Phải, Hà Nội", "Số 5 đường Không Phải, Hà Nội"),
        (
            "xã Tân Lợi, Đồng Nai *xin lỗi, xã Thọ Sơn chứ ko phải Phú Lộc",
            "xã Tân Lợi, Đồng Nai *xin lỗi, xã Thọ Sơn chứ ko phải Phú Lộc",
        ),
    ],
)
def test_what_is_taken_back(text: str, expected: str) -> None:
    assert corrected(text) == expected


def test_the_real_addresses_are_left_as_written() -> None:
    """No real address of the six batches is changed (none holds a correction)."""
    seen = 0
    for path in sorted(CASES.glob("real_addresses*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                seen += 1
                assert corrected(row["address"]) == row["address"], (path.name, row["address"])
    assert seen > 2500


def test_the_cheap_test_lets_plain_addresses_through() -> None:
    assert not may_correct("12 Nguyễn Trãi, P. Bến Thành, Q.1, TP.HCM")
    assert may_correct("xã ~~Hải Nam~~ Hải Hòa")


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("Thôn 13, xã ~~Cẩm Đông~~ Cao An, huyện Cẩm Giàng, Hải Dương", "10543"),
        ("Tổ 16, xã ~~Hải Nam~~ Hải Hòa, huyện Hải Hậu, Tỉnh Nam Định", "14308"),
        ("Tổ 8, xã S̶o̶n̶g̶ ̶A̶n̶ Hòa Bình, huyện Vũ Thư, T. Thái Bình", "13192"),
        ("Tổ 10, xã Nam Hồng, Ninh Bình. Sửa lại: xã Hiển Khánh, Ninh Bình", "13753"),
        ("xã Lạc Hòa à nhầm xã Lai Hòa, thị xã Vĩnh Châu, Sóc Trăng", "31810"),
    ],
)
def test_the_unit_kept_is_read(address: str, code: str) -> None:
    """Read as written, the struck unit was given with confidence (set w)."""
    res = am.get_resolver().resolve(Reference(address=address))
    assert res.status in (Status.EXACT, Status.ALREADY_NEW, Status.FUZZY), res
    assert res.new_commune_code == code
