"""Quicker forms of text-layer steps give what their plain definitions give:

- ``normalize._words`` (``str.isalnum`` and a split) against ``_WORD.findall``;
- ``normalize.ascii_key``, which gives a text of letters and single spaces back as it is, against
  its words keyed one by one;
- ``normalize._syllable_key``'s test before ``_Y_I`` against the pattern alone;
- ``spoken._MAY_WRITE_NUMBER``, the cheap search before ``_WRITTEN_NUMBER``: it finds every text
  that pattern finds, so ``numbers_in_digits`` is what ``_WRITTEN_NUMBER.sub`` alone gives;
- ``address._TYPE_BOUNDARY`` and ``_TYPE_BOUNDARY_ASCII``, which test the first letter after the
  spaces first, against the same patterns without that test;
- ``address.SPACE_DASH``, written from its space, against the pattern written from its lookbehind;
- ``tokens.words``, which remembers the texts it cut lately, against the words cut afresh;
- ``exports._has_sign``, its longer substrings looked for after a character of their own, against
  the plain chain of substring tests;
- ``chat._may_be_chat``, likewise, against its plain chain;
- ``contacts._PARTS``, which tests the first character of a separator first, against the
  pattern without that test;
- ``tokens._PHONE``, which tests the first character of a match first, against the pattern
  without that test;
- ``ocr._SPLIT_NAME``, ``ocr._INNER`` and ``ocr._TOKEN_SPLIT`` (a match from a run's start,
  possessive repeats) against their plain forms, groups included.

Each is compared on the development set, on the same addresses with the marks and words the
patterns look at put in, on generated texts made of those characters, and on every character of
Unicode in the places where it decides.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, with_noise

from admin_merge.text import address, chat, contacts, exports, normalize, ocr, spoken, tokens
from admin_merge.text.unit_names import TYPE_WORDS_ACCENTED, TYPE_WORDS_ASCII


def _plain_boundary(words: str, xa: str) -> re.Pattern[str]:
    return re.compile(
        rf"\s(?:(?<=\S\s)\s*(?=(?:{words})\s|{address._ABBREVIATED})|(?<!thị\s)(?<!thi\s)(?<=\S\s)\s*(?={xa}\s))",
        re.IGNORECASE,
    )


PLAIN_BOUNDARY = _plain_boundary(address._alternatives(TYPE_WORDS_ACCENTED, "xã"), "xã")
PLAIN_BOUNDARY_ASCII = _plain_boundary(address._alternatives(TYPE_WORDS_ASCII, "xa"), "xa")
PLAIN_PHONE = re.compile(
    rf"(?:\b{tokens._PHONE_WORD}\s*[:.]?\s*)?(?<![\w/+]){tokens._PHONE_NUMBER}(?![\w/+])", re.IGNORECASE
)
PLAIN_PARTS = re.compile(r"(\s*[,;|\n]\s*|\s+[-\u2013/]\s+|\s\s+)")
PLAIN_SPACE_DASH = re.compile(r"(?<=\w) -(?=[^\W\d_])")
PLAIN_SPLIT_NAME = re.compile(r"([^\W\d_]+)([;|:,\-]) (?=([^\W\d_]+))")
PLAIN_INNER = re.compile(r"(?<![^\W_])([^\W\d_]+)([,.\-])([^\W\d_]+)(?![^\W_])")
PLAIN_TOKEN_SPLIT = re.compile(r"([^\W_]+)")


_SIGNS = ["%", "\\u", "=", "{", '["', "_", "ull", "ULL", "one", "ONE", "nan", "NaN", "NAN", "ndefined", "N/A", "n/a"]
_SIGNS += ["-,", ", -", ",-", "-;", "-|", ",,", ", ,"]


def _plain_has_sign(text: str) -> bool:
    return any(sign in text for sign in _SIGNS) or ("+" in text and " " not in text)


_CHAT = ["shop", "ship", "đc", "dc ", " ko", "nhaa", " ạ", "ạa", "j cũng"]


def _plain_may_be_chat(text: str) -> bool:
    return any(said in text for said in _CHAT) or chat._may_open(text) or chat._TEEN_OR_EMOJI.search(text) is not None


def _groups(match: re.Match[str]) -> str:
    return repr((match.span(), match.groups()))


def _plain_numbers_in_digits(text: str) -> str:
    if spoken._WRITTEN_NUMBER.search(text) is None:
        return text
    return spoken._WRITTEN_NUMBER.sub(spoken._numbered, text)


def _plain_y_i(base: str) -> str:
    return normalize._Y_I.sub(lambda m: m.group(1) + "i", base)


def _quick_y_i(base: str) -> str:
    if base[-1:] == "y" and len(base) <= 3:
        return _plain_y_i(base)
    return base


def _plain_ascii_key(text: str) -> str:
    text = normalize.clean(text)
    folded = normalize.fold_chars(text)
    if not folded.isascii():
        folded = normalize.strip_diacritics(text).casefold()
    words = normalize._WORD.findall(folded.replace("'", ""))
    return " ".join(normalize._ascii_word(w) for w in words)


def _same(text: str) -> None:
    assert normalize.ascii_key.__wrapped__(text) == _plain_ascii_key(text), text
    assert normalize._words(text) == normalize._WORD.findall(text), text
    lowered = text.casefold()
    assert normalize._words(lowered) == normalize._WORD.findall(lowered), text
    if spoken._WRITTEN_NUMBER.search(text) is not None:
        assert spoken._MAY_WRITE_NUMBER.search(text) is not None, text
    assert spoken.numbers_in_digits(text) == _plain_numbers_in_digits(text), text
    assert address._TYPE_BOUNDARY.split(text) == PLAIN_BOUNDARY.split(text), text
    assert address._TYPE_BOUNDARY_ASCII.split(text) == PLAIN_BOUNDARY_ASCII.split(text), text
    assert address.SPACE_DASH.sub(" - ", text) == PLAIN_SPACE_DASH.sub(" - ", text), text
    assert ocr._SPLIT_NAME.sub(_groups, text) == PLAIN_SPLIT_NAME.sub(_groups, text), text
    assert ocr._INNER.sub(_groups, text) == PLAIN_INNER.sub(_groups, text), text
    assert exports._has_sign(text) == _plain_has_sign(text), text
    assert chat._may_be_chat(text) == _plain_may_be_chat(text), text
    assert tokens._PHONE.sub(_groups, text) == PLAIN_PHONE.sub(_groups, text), text
    assert contacts._PARTS.split(text) == PLAIN_PARTS.split(text), text
    assert ocr._TOKEN_SPLIT.split(text) == PLAIN_TOKEN_SPLIT.split(text), text
    for word in normalize._WORD.findall(lowered):
        assert _quick_y_i(word) == _plain_y_i(word), word
    cleaned = normalize.clean(text)
    first = tokens.words(cleaned)
    again = tokens.words(cleaned)
    fresh = tokens._words(cleaned)
    assert first == again == fresh, text
    assert first is not again  # each caller gets a list of its own


# What the patterns look at: type words and number words in words and Roman numerals, dashes
# after spaces, apostrophes and marks inside words, one-vowel syllables with y, machine residue.
NOISE = [
    "Phường Chín - ",
    "phường XI, Quận V ",
    "QUẬN MƯỜI MỘT, ",
    "P. hai mươi mốt, ",
    "q.Năm tp ",
    "F Bảy, ",
    "Quận Hai Bà Trưng, Hà Nội ",
    "Phường III, TP. Cần Thơ ",
    "08 -P3 ",
    " -Huyện ",
    "Ea H'Leo ",
    "Tổ ' Ấp ",
    "ship về đc ko ạ nhaa shop j cũng đc ",
    "SĐT: 0985.536.721 Tel 028 3829 1234 ſđt +84 930394076 (028) 38291234 điện thoại 0912345678 ",
    "Di Động 84-912-345-678, fax.0283829123 hotline: 1900 ",
    " / 77 Tôn Đức Thắng \u2013 Q12  sđt | x;\n y ,\n",
    "NULL, ",
    '{"ward": ',
    "Xã+Kỳ+Hà",
    "undefined ",
    ",, - ",
    '\\u1ec7 ["x N/A n/a -| -; ULL ONE ',
    "thị xã Sơn Tây  huyện\tBa Vì Thành Phố HCM P.5 q3 tt. Đặc khu Côn Đảo ",
    "Thi xa Son Tay Huyen Ba Vi TP. HCM Dac Khu ",
    "'Ấp' ",
    "Kỳ Quý Mỹ Lý ",
    "THỦY TY ",
    "a_b ",
    "Hải; Dương, Gia,ng H.uyện Huy-ện ",
    "huyện- Quỳ Hợp, L à,o ",
    "H\u0301a ",
    "\u00a0 ",
]


def test_quick_forms_as_their_plain_definitions_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(17), NOISE, seed=5):
        _same(text)


TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"pPqQfFhHuUIVXyYtTxXdDđĐ .,;:|-–/|'_\t\n0123456789%=+{[\"\\lLeEaAdNnuUoOfsSkKjJ",
            *"ỉìịâăếệạũ",
            *"ườậẬƯỜmộtMỘThaibốntưnămsáubảytámchínmườimươimốtlăm",
            *"\u0301\u0300\u00a0ıİſKŉ²٣",
        ]
    ),
    max_size=16,
)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_quick_forms_as_their_plain_definitions(text: str) -> None:
    _same(text)


CODES = [*range(0x3100), 0xFE0F, 0xFFFF, 0x10000, 0x1D7CE, 0x1F300, 0x10FFFF]


def test_quick_forms_on_every_character_where_it_decides() -> None:
    for code in CODES:
        ch = chr(code)
        for text in (
            ch,
            f"a{ch}b",
            f"{ch} -x",
            f"a {ch}x",
            f"{ch}hường năm, ",
            f"x {ch}uận mười, ",
            f"{ch}. XI ",
            f"phường {ch}ai, ",
            f"q {ch}ột, ",
            f"{ch}y",
            f"x {ch}hành phố ",
            f"x {ch}ã ",
            f"x {ch}. 5",
            f"x{ch}huyện x",
            f"{ch}đt 0912345678",
            f"{ch}0912345678",
            f"x {ch}el: 0912345678",
            f"a{ch}b{ch}{ch}c",
            f"a {ch} b",
        ):
            _same(text)
