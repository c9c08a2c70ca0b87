"""Letters of other scripts that look like Latin ones, put back to the Latin letter before an
address is read.

Text copied from a web page, an OCR engine or a keyboard set to Russian or Greek carries letters
that look like the Latin ones but are other characters: Cyrillic ``х`` ``о`` ``с`` ``р`` ``Н``
``Т`` (``хã Bảо Lâm``), Greek ``Ο`` ``Α`` ``Ι``, and ``Ð ð`` (the Icelandic eth, U+00D0/U+00F0)
or ``Ɖ ɖ`` (the African D) for Vietnamese ``Đ đ``. No unit name matches a word holding one of
them, and a near-name match then reads the rest of the text alone (``P. Hòa Сường`` is no
``Hòa Cường`` to an exact match).

A word is put back when all its letters of another script have a Latin look-alike and it holds
a Latin letter, or the text's Latin letters outnumber those of the other scripts (``Х. Phù
Ðổng``: the lone ``Х`` is Xã's). A word with a letter that looks like no Latin one (``Москва``)
is left as it is, and so is the text of a language written in those scripts. ``Ð ð`` in a text
that shows the tone-mark bytes of a Windows-1258 file read as Windows-1252 (``HoaÌ``, ``XaÞ``,
``ÐôÌng``: Hoà, Xã, Đồng) are left to :func:`admin_merge.text.keyboard.repair_typing`, which
decodes those words again (``Ð`` is that code page's ``Đ``).

:func:`undo_lookalikes` costs one regular-expression search on text with none of these letters
(that text is returned as it is, the same object).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Cyrillic and Greek letters that look like a Latin letter in the fonts addresses are shown in.
_CYRILLIC: Final = {
    "А": "A",
    "В": "B",
    "С": "C",
    "Е": "E",
    "Н": "H",
    "І": "I",
    "Ј": "J",
    "К": "K",
    "М": "M",
    "О": "O",
    "Р": "P",
    "Ѕ": "S",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "Ү": "Y",
    "Ԛ": "Q",
    "Ԝ": "W",
    "а": "a",
    "с": "c",
    "е": "e",
    "һ": "h",
    "і": "i",
    "ј": "j",
    "к": "k",
    "о": "o",
    "р": "p",
    "ԛ": "q",
    "ѕ": "s",
    "ԝ": "w",
    "х": "x",
    "у": "y",
    "ү": "y",
    "ԁ": "d",
    "ѐ": "è",
    "ё": "ë",
    "ї": "ï",
}
_GREEK: Final = {
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    "ο": "o",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ρ": "p",
    "υ": "u",
    "ϲ": "c",
    "ά": "á",
    "έ": "é",
    "ί": "í",
    "ό": "ó",
}
_D_BAR: Final = {"Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ"}
_LATIN: Final = str.maketrans({**_CYRILLIC, **_GREEK, **_D_BAR})

# Any letter of the Greek or Cyrillic blocks, or a D that stands for Đ: where none is, nothing to do.
_SIGN: Final = re.compile("[\u0370-\u052f\u00d0\u00f0\u0189\u0256]")
_OTHER_SCRIPT: Final = re.compile("[\u0370-\u052f]")
_WORD: Final = re.compile(r"[^\W\d_]+")
# The tone-mark bytes of a Windows-1258 file read as Windows-1252 (after a vowel), its ư ơ (``ýõ``).
_CP1258_FILE: Final = re.compile("Þ|ýõ|[aeiouyAEIOUYâêôÂÊÔãõýÕÝ][ÌìÒòÞ]")


def undo_lookalikes(text: str) -> str:
    """``text`` with the Cyrillic and Greek look-alikes of Latin letters in its Latin words
    replaced by those letters, and ``Ð ð`` by ``Đ đ``; ``text`` itself when it has none.

    >>> undo_lookalikes("Xóm 11, хã Bảо Lâm 5, tỉnh Lâm Ðồng")
    'Xóm 11, xã Bảo Lâm 5, tỉnh Lâm Đồng'
    >>> undo_lookalikes("Москва, ул. Тверская")
    'Москва, ул. Тверская'
    """
    if text.isascii() or _SIGN.search(text) is None:
        return text
    latin = other = 0
    for c in text:
        if c.isalpha():
            if _OTHER_SCRIPT.match(c) is not None:
                other += 1
            else:
                latin += 1
    mostly_latin = latin > other
    eth = _CP1258_FILE.search(text) is None  # else Ð ð are a Windows-1258 file's Đ đ, left to it
    parts: list[str] = []
    at = 0
    for match in _WORD.finditer(text):
        word = match.group()
        replaced = _word_in_latin(word, mostly_latin, eth)
        if replaced != word:
            parts.append(text[at : match.start()])
            parts.append(replaced)
            at = match.end()
    if not parts:
        return text
    parts.append(text[at:])
    return unicodedata.normalize("NFC", "".join(parts))


def _word_in_latin(word: str, mostly_latin: bool, eth: bool) -> str:
    """``word`` in Latin letters where its other letters are look-alikes (see the module); with
    ``eth``, ``Ð ð`` in it as ``Đ đ``."""
    foreign = [c for c in word if _OTHER_SCRIPT.match(c) is not None]
    if foreign:
        if any(c not in _CYRILLIC and c not in _GREEK for c in foreign):
            return word  # a letter that looks like no Latin one: the word is Cyrillic or Greek
        if len(foreign) == len(word) and not mostly_latin:
            return word
    elif not eth or not any(c in _D_BAR for c in word):
        return word
    return word.translate(_LATIN)
