"""The cheap tests for type words and glued cells (``TYPED``, ``TYPED_ABOVE``,
``MAY_BE_GLUED``) and the splits before type words (``_TYPE_BOUNDARY``), written so that a
search skips to the characters their alternatives start with, match where their plain
definitions match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from admin_merge.text.address import (
    _ABBREVIATED,
    _LOWER,
    _TYPE_BOUNDARY,
    _TYPE_BOUNDARY_ASCII,
    _UPPER,
    MAY_BE_GLUED,
    _alternatives,
)
from admin_merge.text.unit_names import TYPE_WORDS_ACCENTED, TYPE_WORDS_ASCII
from admin_merge.text.vocabulary import TYPED, TYPED_ABOVE

PLAIN = {
    "typed": (TYPED, re.compile(r"(?:^|[^\w])(?:xa|phu?o?ng|thi tran|[xpf]\.|tt)")),
    "typed_above": (
        TYPED_ABOVE,
        re.compile(r"(?:^|[^\w])(?:huyen|quan|tinh|thanh pho|thi xa|tp\b|tx\b|[hq]\.)"),
    ),
    "glued": (MAY_BE_GLUED, re.compile(rf"[\d{_LOWER}][{_UPPER}]")),
}

# The letters of the type words, word characters of other kinds, marks and spaces.
TEXT = st.text(
    alphabet=st.sampled_from([*"xaphuongtirnqyefd.XTPHĐđẠạ5_ -,\n\t", "\u0300", "\u00e0", "\u212a", "\u00b2"]),
    max_size=12,
)


@settings(max_examples=4000, deadline=None)
@given(TEXT)
def test_type_gates_as_their_plain_definitions(text: str) -> None:
    for name, (fast, plain) in PLAIN.items():
        assert (fast.search(text) is None) == (plain.search(text) is None), name


def test_type_gates_on_every_character_before_and_inside_their_words() -> None:
    for code in range(0x3100):
        ch = chr(code)
        texts = (f"{ch}xa", f"{ch}tp", f"a{ch}q.", f"{ch}thi tran", f"{ch}Xa", f"5{ch}", f"{ch}a")
        for text in texts:
            for name, (fast, plain) in PLAIN.items():
                assert (fast.search(text) is None) == (plain.search(text) is None), (name, hex(code))


def plain_boundary(words: str, xa: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<=\S)\s+(?=(?:{words})\s|{_ABBREVIATED})|(?<!thị)(?<!thi)(?<=\S)\s+(?={xa}\s)",
        re.IGNORECASE,
    )


BOUNDARIES = (
    (_TYPE_BOUNDARY, plain_boundary(_alternatives(TYPE_WORDS_ACCENTED, "xã"), "xã")),
    (_TYPE_BOUNDARY_ASCII, plain_boundary(_alternatives(TYPE_WORDS_ASCII, "xa"), "xa")),
)
CHUNK = st.text(alphabet=st.sampled_from([*"thịxãXÃ phuongPHUONGhuyện.q1\t\n", "\u00a0"]), max_size=16)


@settings(max_examples=4000, deadline=None)
@given(CHUNK)
def test_type_boundaries_split_as_their_plain_definitions(text: str) -> None:
    for fast, plain in BOUNDARIES:
        assert fast.split(text) == plain.split(text)
