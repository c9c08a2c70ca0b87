"""Texts written from the province down (cascading drop-down lists, forms filled top first) that
were left unread or flagged without the truth on 5956fef, built from the registers: province,
district and commune in that order, with or without separators, marks or a hamlet at the end.

Three shapes: a commune named like a province at the end (``Hà Nội Ba Đình Vĩnh Phúc``: read as
the province Vĩnh Phúc and nothing else), a one-word type that is the last word of a name (``Hà
Tĩnh``, ``Văn Quan``, ``Liêu Xá``, ``Đông Tỉnh``: cut there as if ``tỉnh``, ``quận`` or ``xã``
started a part), and names run together that read exactly from the province down but near or
elsewhere as written (``Quảng Ninh Hạ Long Hà Trung``, ``Nghệ An Vinh Trường Thi``). Every unit is
real (old register, new register and crosswalk).
"""

from __future__ import annotations

import pytest

import admin_merge as am
from admin_merge.matching.model import Reference, Status
from tests.probes import CONFIDENT, right


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # A commune named like a province, last: the province first read as written, nothing else.
        ("Yên Bái Lục Yên Khánh Hoà", "04342"),
        ("Bắc Ninh Gia Bình Bình Dương", "09475"),
        ("An Giang Chợ Mới Hòa Bình", "30673"),
        ("Hà Nội Ba Đình Vĩnh Phúc", "00008"),
        ("Hà Nội, Ba Đình, Vĩnh Phúc", "00008"),
        ("Lâm Đồng Đạ Huoai Quảng Trị", "25138"),
        ("Thái Bình Vũ Thư Hòa Bình", "13192"),  # was flagged with Phường Thái Bình alone
        ("Ninh Bình, Yên Khánh, Khánh Hòa", "14566"),  # was flagged with Khánh Hòa's communes
        ("Đồng Nai Long Thành Long An", "26368"),
        # A one-word type ending a name: ``Hà Tĩnh``, ``Văn Quan``, ``Liêu Xá``, ``Hớn Quản``.
        ("ha tinh can loc thanh loc to 5", "18466"),
        ("Lạng Sơn Văn Quan Tràng Phái Ấp 2", "06316"),
        ("binh phuoc hon quan minh tam to 5", "25349"),
        ("hung yen yen my lieu xa thon 3", "12064"),
        ("vinh long mang thit hoa tinh to 5", "29638"),
        ("Phú Thọ Phù Ninh Trị Quận Ấp 2", "08254"),
        ("phu tho doan hung ngoc quan so 12", "07969"),  # was flagged with Quận 12's wards
        # Names run together, exact from the province down.
        ("Quảng Ninh Hạ Long Hà Trung", "06676"),  # was flagged: a near name in Thanh Hóa's Hà Trung
        ("Nghệ An Vinh Trường Thi", "16690"),  # was read as Xã Thịnh Trường (a near name), ``Thi`` left over
    ],
)
def test_from_the_province_down(address: str, code: str) -> None:
    right(address, code)


def test_a_split_commune_named_like_a_province_is_flagged_with_its_successors() -> None:
    res = am.get_resolver().resolve(Reference(address="Hà Nội Ba Đình Điện Biên"))
    assert res.status is Status.SPLIT, res
    assert set(res.candidates) == {"00004", "00070", "00190", "00226"}, res


@pytest.mark.parametrize(
    ("address", "code"),
    [
        # A type word after a name it does not end, or before a name of its level, still cuts.
        ("Nam Định Thành phố Nam Định Phường Vị Xuyên", "13669"),
        ("nam dinh thanh pho nam dinh phuong vi xuyen", "13669"),
        ("Hà Tĩnh Thành phố Hà Tĩnh Phường Bắc Hà", "18073"),
        ("Tỉnh Hà Tĩnh Huyện Can Lộc Xã Thanh Lộc", "18466"),
    ],
)
def test_type_words_still_start_parts(address: str, code: str) -> None:
    right(address, code)


def test_a_near_name_with_a_word_left_is_no_answer_when_it_reads_exactly_another_way() -> None:
    res = am.get_resolver().resolve(Reference(address="Nghệ An Vinh Trường Thi"))
    assert res.status in CONFIDENT and res.street is None, res
