"""The address reader's quick tests before its patterns, and its patterns written so that a search
skips to the characters they start with, match what their plain definitions match:

- ``DIGIT_Q`` finds the texts ``\\d/?[qQ]`` finds;
- ``CROSSROADS_NUMBER`` makes the same replacements as its ``\\b`` form, and a text without the
  digits 5, 6 or 7 has none;
- ``MAY_NAME_CODE`` is true of every text the code's label (``CODE_NAMED``) is found in;
- ``_trailing_note``, ``last_initials`` and ``end_district_initials``, which search from the
  earliest place a match can start, find what their patterns' searches from the text's start find;
- the separators of parts (``_PARTS``, ``_FIRST_PART``, ``_CONTACT_SPLIT``, ``_NOTE_SEPARATORS``),
  tested at a whitespace or a mark first, split and find as their plain patterns;
- ``damaged`` (its patterns searched from the marks and spaces, its runs of letters taken from
  the words) answers as its plain definition.

Compared on the development set with noise, on generated texts made of the characters the
patterns look at, and on every character below U+3100 in the places where it decides.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, every_character, with_noise

from admin_merge.matching import address
from admin_merge.text import courier, damage, endings, fields, numerals

PLAIN_DIGIT_Q = re.compile(r"\d/?[qQ]")
PLAIN_CROSSROADS_NUMBER = re.compile(r"\b([Nn][Gg][AaÃã])\s*([567])(?![\w/.-])")
PLAIN_SEPARATORS = [
    (address._PARTS, re.compile(r"\s*[,;|>]\s*|\s+[-\u2013\u2014/]\s+")),
    (address._FIRST_PART, re.compile(r"\s*[,;|\n\t]\s*")),
    (address._CONTACT_SPLIT, re.compile(r"(\s*[,;|\n(]\s*|\s+[-\u2013/]\s+|\)\s*|\s\s+)")),
    (courier._NOTE_SEPARATORS, re.compile(r"(\s*[,;|]\s*|\s+[-\u2013]\s+)")),
]
PLAIN_STRAY = re.compile(r"[~`^*\"]|[;|](?!\s)|(?<=\s)[,.:;|\-](?=[^\W\d_])")
PLAIN_IN_WORD = re.compile(r"[^\W\d_][,.:\-]([^\W\d_])")
PLAIN_FRAGMENT = re.compile(r"[^\W\d_] ([^\W\d_]{1,2})(?![^\W_])")
PLAIN_LETTER_RUN = re.compile(r"[^\W\d_]{3,}")


def _plain_damaged(text: str) -> bool:
    if PLAIN_STRAY.search(text) is not None:
        return True
    if any(m.group(1).islower() for m in PLAIN_IN_WORD.finditer(text)):
        return True
    for m in PLAIN_FRAGMENT.finditer(text):
        frag = m.group(1)
        if frag.islower() and (len(frag) == 1 or frag in ("ng", "nh", "ch") or frag[0] in damage._TONED_VOWELS):
            return True
    return any(not w.isupper() and not w[1:].islower() for w in PLAIN_LETTER_RUN.findall(text))


def _span(found: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return None if found is None else (found.span(), found.groups())


def _same(text: str) -> None:
    for quick, plain in PLAIN_SEPARATORS:
        assert quick.split(text) == plain.split(text), text
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert damage.damaged(text) == _plain_damaged(text), text
    assert _span(endings._trailing_note(text)) == _span(endings._TRAILING_NOTE.search(text)), text
    assert _span(endings.last_initials(text)) == _span(endings._LAST_INITIALS.search(text)), text
    assert _span(endings.end_district_initials(text)) == _span(endings._END_DISTRICT_INITIALS.search(text)), text
    assert (numerals.DIGIT_Q.search(text) is not None) == (PLAIN_DIGIT_Q.search(text) is not None), text
    plain = PLAIN_CROSSROADS_NUMBER.sub(numerals.crossroads_named, text)
    assert numerals.CROSSROADS_NUMBER.sub(numerals.crossroads_named, text) == plain, text
    if plain != text:
        assert "5" in text or "6" in text or "7" in text, text
    if fields.CODE_NAMED.search(text) is not None:
        assert fields.MAY_NAME_CODE.search(text) is not None, text


NOISE = [
    "Ngã 7 ",
    "TP Ngã5, ",
    "xNgã 6 ",
    "NGÃ 7/ ",
    "ngA  5x ",
    "p10Q6 ",
    "P.7/q.6 ",
    "12/ Q ",
    "Mã xã 14776 ",
    "MÃ PHƯỜNG: 00001 ",
    "mA dvhc 12345 ",
    "٣q ²Q ",
    " (gần chợ) ",
    "[ cạnh UBND ] , ",
    " *chưa cập nhật* .",
    " - nhà có cổng xanh - ",
    " \u2013 hết",
    "(x) - gọi trước ( y ",
    " quận HM ",
    ", Q LB. ",
    "TP.TĐ",
    " QPN",
    " thành phố  . ab ;",
    " B.D ",
    ", QN\n",
    "-x.y.\t",
    "Th ị xã ",
    "a b c ",
    "Sơ n Hư ng ",
    "Gia,ng H.uyện ",
    "XãXuân ",
    "x ~ y ; z ",
    "Ab Cd e ",
    "a.B.c ",
    "ỉa ǅab ",
    " , ; | > - \u2013 \u2014 / ( ) ",
    "\t\n\r  ,\u00a0",
]


def test_reader_quick_tests_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(23), NOISE, seed=5):
        _same(text)


# Characters and pieces the patterns look at.
PIECES = [*"nNgGaAãÃmMqQxX567123 /.-_:()[]*,;|\n\u2013", "\u00a0", "\u0303", "²", "٣", "\u212a", "đ", "ư", "ờ"]
PIECES += ["h", "v", "c", "gần ", "hết", "chưa ", "quận ", "tp", "Q.", "HM", "ab", "\u3000"]
PIECES += [">", "\u2014", "\t", "\r", "ị", "Ư", "ng", "~", "`", "ǅ", "ª", "_", "²", "\u0301", " ", " "]
TEXT = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_reader_quick_tests_on_generated_texts(text: str) -> None:
    _same(text)


def test_reader_quick_tests_on_every_character_where_it_decides() -> None:
    contexts = ["{}", "{}Ngã 7", "{}ngA5", "Ng{} 6", "Ngã{}7", "Ngã 7{}", "1{}q", "1/{}Q", "{}/q", "m{} xã 12345"]
    contexts += ["a{}(gần chợ)", "a (gần chợ){}", "a -{}hết", "a{}- hết{}", "*a*{}", "quận{}HM", "Q{}LB{}", "x{}Q.N{}"]
    contexts += ["a {}", "a {}b c", "Ab{}c", "a{},b", "a,{}", "{} a", "a b{} c", "X{}xã"]
    for text in every_character(contexts):
        _same(text)
