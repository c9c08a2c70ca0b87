"""More of the address reader's quick tests before its patterns, which must let through every text
the pattern after them matches:

- ``_SPACE_DIGIT`` finds a text ``_SPOKEN_DIGIT`` finds (``Thủ Dầu 1``);
- ``_LETTER_NUMERAL`` finds exactly the texts ``_NAME_NUMERAL`` finds (``X. A Lưới V``);
- ``_DESCRIBING`` finds a text ``_DESCRIBED`` finds (``xã miền núi Kỳ Thọ``);
- ``named_now``, which looks for ``nay là`` first, answers as its plain definition.

Compared on the development set with noise, on generated texts made of the characters the
patterns look at, and on every character below U+3100 in the places where it decides.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, every_character, with_noise

from admin_merge.matching import address
from admin_merge.text import descriptors, former

UNITS = ["Xã Sam Mứn", "xã B", "Phú Trung", " Cầu Mây ", "", "1"]


def _plain_named_now(text: str, unit: str) -> bool:
    return re.search(rf"(?i)\b{former._NAY}\s+{re.escape(unit.strip())}", text) is not None


def _same(text: str) -> None:
    if address._SPOKEN_DIGIT.search(text) is not None:
        assert address._SPACE_DIGIT.search(text) is not None, text
    named = address._NAME_NUMERAL.search(text) is not None
    assert (address._LETTER_NUMERAL.search(text) is not None) == named, text
    if named:
        assert address._NUMERAL_AT_END.search(text) is not None, text
    if descriptors._DESCRIBED.search(text) is not None:
        assert descriptors._DESCRIBING.search(text) is not None, text
    for unit in UNITS:
        assert former.named_now(text, unit) == _plain_named_now(text, unit), (text, unit)


NOISE = [
    " Thủ Dầu 1 ",
    "huyện 3 Tơ, ",
    "xã 10 ",
    " X. A Lưới V",
    "Xã Đạ Tẻh số 3, ",
    " phường hai - ",
    "xã miền núi Kỳ Thọ ",
    "Thị trấn biển Động ",
    "tỉnh cực Bắc Hà Giang, ",
    " (nay là Xã Sam Mứn) ",
    " - nay thuộc Phú Trung ",
    "sáp nhập vào xã B ",
    "NAY LÀ  cầu mây",
    "\u00a07\n",
]


def test_reader_number_gates_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(29), NOISE, seed=11):
        _same(text)


# Characters and pieces the patterns look at.
PIECES = [*"aAđĐxXvViI0123456789 .,;|-\n\t", "\u00a0", "\u2013", "\u0303", "²", "٣", "\u212a", "ſ", "İ", "ı"]
PIECES += ["10", "số ", "sô ", "IX", "VII", "hai", "Bốn", "chín ", "xã ", "Phường ", "miền núi ", "vùng cao "]
PIECES += ["nay ", "là ", "la ", "thuộc ", "đã ", "sáp ", "nhập ", "vào ", "Sam Mứn", "B", "Phú Trung", "cầu mây"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_reader_number_gates_on_generated_texts(text: str) -> None:
    _same(text)


def test_reader_number_gates_on_every_character_where_it_decides() -> None:
    contexts = ["a {}", "a{}1 b", "a 1{}b", "a 10{}", "a{}10 b", "A Lưới{}V", "A Lưới V{}", "Tẻh số{}3", "Tẻh{}số 3"]
    contexts += ["xã{}miền núi Ab", "xã miền núi{}Ab", "{}xã miền núi Ab", "nay{}là xã B", "nay là{}xã B", "{}nay là B"]
    for text in every_character(contexts):
        _same(text)
