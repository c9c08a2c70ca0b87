"""Numbers as written in an address: a ward's as a Roman numeral or in words, a crossroads' in
digits, a ward's glued to its district's, a house's or a part's number."""

from __future__ import annotations

import re

# A ward's number glued to its district's (``p10Q6``, ``F5Q11``, ``P.6Q.10``, ``P15quận 10``,
# ``P.7/q.6``): cut before the district.
NUMBER_THEN_DISTRICT = re.compile(r"(?<=\d)/?(?=[qQ](?:uận|uan|UẬN|UAN)?\.?\s?\d)")
# A digit, a slash perhaps, then ``q``: the same texts as ``\d/?[qQ]``, searched from the ``q``
# and looking back (the search skips to the letter, where ``\d`` was tried at every character).
DIGIT_Q = re.compile(r"[qQ](?:(?<=\d[qQ])|(?<=\d/[qQ]))")


# A house's number (``66/21``, ``12-14``, ``5A/3``) at the end of a text.
PART_NUMBER = re.compile(r"(?:^|[,;|]\s*)\d+(?:\s?[A-Za-z])?\s+$")  # a number that starts its part (``258 ``)
HOUSE_NUMBER = re.compile(r"(?<![\w/-])\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)+\s*$")
BARE_NUMBER = re.compile(r"(?i)[0-9]+|[ivx]{1,4}")  # a ward's number or Roman numeral, without its type word


# Units named after a crossroads of five, six or seven ways (Ngã Năm, Ngã Sáu, Ngã Bảy), written
# with the number in digits as often as in words (``TP Ngã 7``, ``NGÃ 7``). ``Ngã 3``, ``Ngã 4``
# are crossroads, not units: left as they are.
# Written from the ``N`` and looking back from it for the word boundary (``\b`` first made the
# search try every character); the same matches. Searched only in texts with one of the digits.
CROSSROADS_NUMBER = re.compile(r"([Nn](?<!\w[Nn])[Gg][AaÃã])\s*([567])(?![\w/.-])")
_CROSSROADS_WORDS = {"5": "Năm", "6": "Sáu", "7": "Bảy"}


def crossroads_named(match: re.Match[str]) -> str:
    return f"{match.group(1)} {_CROSSROADS_WORDS[match.group(2)]}"


_WARD_NUMBERS = {
    "i": 1, "iii": 3, "iv": 4, "v": 5, "vii": 7, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
# A ward typed, then its number as a Roman numeral (in capitals) or in words.
WARD_NUMBER_WRITTEN = re.compile(
    r"(?<![\w.])((?i:phường|p)(?:\.\s*|\s+))((?:I|III|IV|V|VII)(?![\w.])|(?i:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)(?!\w))"
)


def ward_number(match: re.Match[str]) -> str:
    return f"{match.group(1)}{_WARD_NUMBERS[match.group(2).lower()]}"


# A name's number glued to its last word (``Đam Rông1``, ``BaoLam4``): where it is cut off, as the
# registers write it (``Đam Rông 1``), when the words before it and the number are a unit's name
# (the reader checks): glued, the word is a near name of another (Đạ M'Rông). After three letters
# at least, one or two digits at the end of a word. (VNI typing, ``Tinh3``, and OCR, ``Yêr1``,
# glue digits to words too: only a unit's name is cut.)
# (From the digit, looking back at the letters: a pattern that starts with a lookbehind is tried at
# every character, one that starts with ``\d`` only at the digits.)
GLUED_NUMBER = re.compile(r"\d(?<=[^\W\d_]{3}\d)(?=\d?(?:[\s,;.|)\-–]|$))")
