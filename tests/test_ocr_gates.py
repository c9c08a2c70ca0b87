"""The OCR repair's quick tests before its patterns pass every text a pattern would change:

- ``ocr._may_inner`` is true of every text ``_INNER`` matches, ``ocr._may_split_name`` of every
  text ``_SPLIT_NAME`` matches (a text they are false of is left as it is, as the pattern leaves it);
- the substring tests before ``_INSIDE`` and ``_BACK`` are the searches they replace;
- ``OcrRepair.__call__`` gives what its steps give run without any test first.

Compared on the development set with noise, on generated texts made of the characters the
patterns look at, and on every character below U+3100 in the places where it decides.
"""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, every_character, with_noise

from admin_merge.text import ocr

PLAIN_MAY_INSIDE = re.compile(r"[;|:~`^*\"]|,\.")
PLAIN_MAY_BACK = re.compile(r"[~`^*\"':]")


def _plain_call(repair: ocr.OcrRepair, text: str) -> str:
    """``OcrRepair.__call__`` with every pattern run (and the searches that were its tests)."""
    mixed = text != text.lower() and text != text.upper()
    out = ocr._FRONT.sub("", text) if ocr._MAY_FRONT.search(text) is not None else text
    out = ocr._INSIDE.sub("", out) if PLAIN_MAY_INSIDE.search(out) is not None else out
    out = ocr._BACK.sub("", out) if PLAIN_MAY_BACK.search(out) is not None else out
    out = ocr._SPLIT_NAME.sub(repair._joined_name, out)
    out = ocr.split_camel(out)
    out = ocr._INNER.sub(lambda m: repair._inner(m, mixed), out)
    out, parts = repair._glue_fragments(out, mixed)
    again = ocr._INNER.sub(lambda m: repair._inner(m, mixed), out)
    if again != out or parts is None:
        out, parts = again, ocr._TOKEN_SPLIT.split(again)
    written = parts[1::2]
    fixed = [repair.word(w) for w in written]
    if fixed != written:
        parts[1::2] = fixed
        out = "".join(parts)
        parts = ocr._TOKEN_SPLIT.split(out)
    return repair._type_words(out, parts)


SYLLABLES = frozenset(
    [
        "tinh",
        "huyen",
        "quan",
        "phuong",
        "xa",
        "thi",
        "tran",
        "thanh",
        "pho",
        "ha",
        "noi",
        "lao",
        "cai",
        "son",
        "la",
        "gia",
        "lai",
        "giang",
        "dong",
        "anh",
        "hai",
        "duong",
        "ninh",
        "binh",
        "bac",
        "tan",
        "lap",
        "kim",
        "bang",
        "quy",
        "hop",
        "hoa",
        "an",
        "lo",
    ]
)
NAMES = frozenset({"hai duong", "ninh binh", "son la", "lao cai", "gia lai"})


@cache
def _repair() -> ocr.OcrRepair:
    return ocr.OcrRepair(SYLLABLES, NAMES)


def _same(text: str) -> None:
    if ocr._INNER.search(text) is not None:
        assert ocr._may_inner(text), text
    if ocr._SPLIT_NAME.search(text) is not None:
        assert ocr._may_split_name(text), text
    inside = ocr._has_any(text, ocr._INSIDE_MARKS) or ",." in text
    assert inside == (PLAIN_MAY_INSIDE.search(text) is not None), text
    assert ocr._has_any(text, ocr._BACK_MARKS) == (PLAIN_MAY_BACK.search(text) is not None), text
    assert _repair()(text) == _plain_call(_repair(), text), text


# What the patterns look at: marks between and inside words, words split by OCR.
NOISE = [
    "Hải; Dương, Gia,ng H.uyện Huy-ện ",
    "huyện- Quỳ Hợp, L à,o ",
    "Tỉnh ;Bến Tre ",
    "S;ơn La, Huyện ~Kim Bảng ",
    "T ỉnh Th ành ",
    "Ninh| Bình ",
    "PbúThọ ",
    "x.y a-b c,d ",
    "a:b ~`^*\"' ",
    "Tp.HCM T.Hà ",
    "a, b ; c | d : e - f ",
    "²,³ ٣.٣ x_-y ",
    "\u00a0,\u00a0 ",
]


def test_ocr_quick_tests_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(17), NOISE, seed=11):
        _same(text)


TEXT = st.text(
    alphabet=st.sampled_from([*"aAhHtTxXnNoO015 .,;:|-~`^*\"'_\t", *"ỉàơĐ²٣", "\u00a0", "\u0301"]),
    max_size=14,
)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_ocr_quick_tests_on_generated_texts(text: str) -> None:
    _same(text)


def test_ocr_quick_tests_on_every_character_where_it_decides() -> None:
    for text in every_character(["{}", "a{}b", "a,{}", "{},b", "a{} b", "a; {}", "{}; b", "x {}.y"]):
        _same(text)
