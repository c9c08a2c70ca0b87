"""An address read as nothing, without separators, is read again cut at its type words."""

from __future__ import annotations

import doctest

import admin_merge as am
from admin_merge.matching.model import Reference, Status
from admin_merge.text import address
from admin_merge.text.address import cut_at_types


def test_doctests() -> None:
    assert doctest.testmod(address).failed == 0


def test_cut_only_where_nothing_separates() -> None:
    assert cut_at_types("Tt Văn Quan H Văn Quan Tt Lạng Sơn") == "Tt Văn Quan, H Văn Quan, Tt Lạng Sơn"
    assert cut_at_types("Số 4, Thị Xã Sơn Tây Hà Nội") == "Số 4, Thị Xã Sơn Tây Hà Nội"  # a comma: as written
    assert cut_at_types("Thôn Thanh Hà Xã Thanh Long") == "Thôn Thanh Hà, Xã Thanh Long"  # ``Thanh``: no ``T``


def test_read_again_is_a_near_name_at_most() -> None:
    res = am.get_resolver().resolve(Reference(address="Xã Thanh Long Huyện Thông Nông T Cao Bằng"))
    assert res.status is Status.FUZZY and res.score <= 90
    assert res.new_commune_code == "01387"
    assert "units cut where nothing separated them" in res.note


def test_a_text_read_as_something_is_not_cut() -> None:
    res = am.get_resolver().resolve(Reference(address="thôn 5 xã Nghi Phong huyện Nghi Lộc tỉnh Nghệ An"))
    assert "units cut where nothing separated them" not in res.note


def test_words_alone_are_cut_at_names() -> None:
    """No type word: cut at the names the registers know (two words where a name is misspelt),
    taken only when every part but the street in front is a unit read."""
    resolver = am.get_resolver()
    res = resolver.resolve(Reference(address="Thủ Sỹ Thiên Lữ Hưng Yên"))  # Tiên Lữ misspelt
    assert (res.status, res.new_commune_code) == (Status.FUZZY, "11977")
    res = resolver.resolve(Reference(address="Tổ 13 Kv5 Hương Sơ Huế Thừa Thiên Huế"))
    assert (res.new_commune_code, res.street) == ("19804", "Tổ 13 Kv5")
    memo = "CK HOC PHI LOP 9A2 TRUONG TH XA TRUNG HOA HUYEN MINH HOA TINH QUANG BINH CON DANG THU HANH"
    assert resolver.resolve(Reference(address=memo)).status is Status.UNMATCHED  # a transfer's memo
