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
    assert "units cut at their type words" in res.note


def test_a_text_read_as_something_is_not_cut() -> None:
    res = am.get_resolver().resolve(Reference(address="thôn 5 xã Nghi Phong huyện Nghi Lộc tỉnh Nghệ An"))
    assert "units cut at their type words" not in res.note
