"""The contact parts around an address (admin_merge/text/contacts.py): dropped from both ends,
never a unit's name, never the whole text."""

from __future__ import annotations

import doctest

import admin_merge as am
from admin_merge.text import contacts
from admin_merge.text.contacts import contacts_trimmed
from admin_merge.text.normalize import ascii_key


def _names_unit(text: str) -> bool:
    return ascii_key(text) in am.get_resolver().addresses.g.known


def test_doctests() -> None:
    assert doctest.testmod(contacts).failed == 0


def test_phone_name_and_wishes_at_both_ends_are_dropped() -> None:
    text = "sdt 0985.536.721 / 77 Tôn Đức Thắng, xã Hòa Lộc, h Hậu Lộc, Thanh Hóa / chị Trâm / để ở bảo vệ giúp em"
    assert contacts_trimmed(text, _names_unit) == "77 Tôn Đức Thắng, xã Hòa Lộc, h Hậu Lộc, Thanh Hóa"
    text = "hẻm 328/30 Võ Văn Tần, P. Cầu Ông Lãnh, Q.1 HCMC  a Hùng  để ở bảo vệ giúp em  sđt 0918 765 900"
    assert contacts_trimmed(text, _names_unit) == "hẻm 328/30 Võ Văn Tần, P. Cầu Ông Lãnh, Q.1 HCMC"


def test_units_named_like_a_contact_stay() -> None:
    # Anh Sơn (Nghệ An), Cô Tô (Quảng Ninh), Chi Lăng (Lạng Sơn) are districts, not 'anh', 'cô', 'chị'.
    for text in ("Xã Hội Sơn, Anh Sơn", "Thị trấn Cô Tô, Cô Tô", "Xã Chi Lăng, Chi Lăng"):
        assert contacts_trimmed(text, _names_unit) == text


def test_a_part_with_a_type_word_is_no_contact() -> None:
    text = "12 Lê Lợi, giao về xã Tân Đức, Huyện Đầm Dơi"
    assert contacts_trimmed(text, _names_unit) == text


def test_nothing_but_contacts_is_left_as_written() -> None:
    text = "sđt 0985 536 721 - chị Lan"
    assert contacts_trimmed(text, _names_unit) == text


def test_house_numbers_are_no_phone_numbers() -> None:
    text = "Số 0123, Xã Tân Đức, Huyện Đầm Dơi, Cà Mau"
    assert contacts_trimmed(text, _names_unit) == text
