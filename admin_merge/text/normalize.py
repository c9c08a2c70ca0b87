"""Normalization keys for Vietnamese names.

Two keys are used everywhere:

* :func:`name_key` keeps the diacritics (so ``Hoằng Phú`` and ``Hoằng Phụ`` stay different)
  but ignores case, spacing, punctuation, leading zeros of numbers and *where* the tone mark
  sits (old ``hòa``/``thủy`` and new ``hoà``/``thuỷ`` placement give the same key), and the
  ``i``/``y`` spelling of one-vowel syllables (``Quí``/``Quý``, ``Kì``/``Kỳ``).
* :func:`ascii_key` additionally drops every diacritic and maps ``đ`` to ``d``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from admin_merge.memo import memoize

# Combining marks that carry the tone (grave, acute, tilde, hook above, dot below).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})
# Full-width punctuation of East Asian input methods, and invisible characters (zero-width
# spaces and joiners, the byte-order mark, soft hyphens) that copying from web pages leaves.
_WIDE = str.maketrans(
    {"\uff0c": ",", "\uff1b": ";", "\uff0e": ".", "\u3001": ",", "\uff1a": ":", "\uff08": "(", "\uff09": ")"}
)
_INVISIBLE = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad"))
APOSTROPHES_AND_DASHES: dict[int, str | None] = {**_APOSTROPHES, **_DASHES, **_WIDE, **_INVISIBLE}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    """What ``_WORD.findall(text)`` gives: the runs of letters and digits (``str.isalnum`` is the
    pattern's own test of such a character). A text of such runs and spaces alone (nearly every
    name and address part) is split at its spaces, without the pattern."""
    if text.isalnum():
        return [text]
    if text.replace(" ", "").isalnum():
        return text.split()
    return _WORD.findall(text)


# One-vowel syllables spelled with a final y or i (Kỳ/Kì, Quý/Quí, Mỹ/Mĩ, Lý/Lí).
_Y_I = re.compile(r"^(b|c|d|đ|g|h|k|l|m|n|p|qu|r|s|t|v|x|ph|th|tr|ch|nh|kh|gh|ng)y$")

# Memo sizes. Vietnamese has a few thousand syllables: the syllable memo is nearly always a hit.
SYLLABLE_KEYS = 50_000
NAME_KEYS = 200_000
ASCII_KEYS = 200_000


def nfc(text: str) -> str:
    """Unicode NFC, the form the registers use."""
    return unicodedata.normalize("NFC", text)


_TYPOGRAPHIC = re.compile("[" + "".join(chr(c) for c in APOSTROPHES_AND_DASHES) + "]")


# Texts with letters beyond ASCII folded lately: the reader folds one text several times (an
# address is cut into segments and read again, a word is given to both keys). A few entries,
# emptied when full: distinct addresses never come back.
TYPOGRAPHY: Final = 8
_TYPOGRAPHY: Final[dict[str, str]] = {}


def fold_typography(text: str) -> str:
    """NFC, typographic apostrophes and dashes folded; spacing left as it is."""
    if text.isascii():
        return text.replace("`", "'") if "`" in text else text
    found = _TYPOGRAPHY.get(text)
    if found is None:
        if len(_TYPOGRAPHY) >= TYPOGRAPHY:
            _TYPOGRAPHY.clear()
        composed = nfc(text)
        found = _TYPOGRAPHY[text] = (
            composed.translate(APOSTROPHES_AND_DASHES) if _TYPOGRAPHIC.search(composed) else composed
        )
    return found


def clean(text: str) -> str:
    """NFC, typographic apostrophes and dashes folded, whitespace collapsed."""
    text = fold_typography(text)
    # A printable text has no whitespace but the plain space (every other is a separator or a
    # control character): one with single spaces inside only is collapsed already, and most
    # texts (a name, a word) are; splitting and joining them makes two copies for nothing.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


@memoize(SYLLABLE_KEYS)
def _syllable_key(word: str) -> str:
    if word.isdigit():
        return word.lstrip("0") or "0"
    decomposed = unicodedata.normalize("NFD", word)
    tone = ""
    kept = []
    for ch in decomposed:
        if ch in TONE_MARKS:
            tone = tone or ch
        else:
            kept.append(ch)
    base = unicodedata.normalize("NFC", "".join(kept))
    if base[-1:] == "y" and len(base) <= 3:  # the only words ``_Y_I`` matches (no line break in a word)
        base = _Y_I.sub(lambda m: m.group(1) + "i", base)
    # The tone is written after the syllable: its position inside no longer matters.
    return base + ("~" + str("\u0300\u0301\u0303\u0309\u0323".index(tone)) if tone else "")


@memoize(NAME_KEYS)
def name_key(text: str) -> str:
    """Diacritic-keeping comparison key, independent of tone placement, case and punctuation."""
    lowered = clean(text).casefold().replace("'", "")
    return " ".join(_syllable_key(w) for w in _words(lowered))


def strip_diacritics(text: str) -> str:
    """Remove every diacritic; ``đ``/``Đ`` become ``d``/``D``."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@memoize(ASCII_KEYS)
def ascii_key(text: str) -> str:
    """Diacritic-free comparison key: ``Đà Nẵng`` -> ``da nang``."""
    text = clean(text)
    folded = fold_chars(text)  # one table lookup per character; exact for precomposed letters
    if not folded.isascii():  # a combining mark NFC could not compose, or another script
        folded = strip_diacritics(text).casefold()
    plain = folded.replace("'", "")
    # Letters with single spaces between them (nearly every name): the words joined again are the
    # text itself, each word as it is (no digit, and no y that ``_Y_I`` may take).
    if (
        "y" not in plain
        and "Y" not in plain
        and (
            plain.isalpha()
            or (plain.replace(" ", "").isalpha() and "  " not in plain and plain[:1] != " " and plain[-1:] != " ")
        )
    ):
        return plain
    return " ".join(_ascii_word(w) for w in _words(plain))


def _ascii_word(word: str) -> str:
    if word.isdigit():
        return word.lstrip("0") or "0"
    if word[-1] in "yY" and len(word) <= 3:
        return _Y_I.sub(r"\1i", word)
    return word


def _build_fold_table() -> list[str]:
    """Every character below U+2000 by its code: itself, or its base letter when that is one
    ASCII letter. A list, and every character in it, because ``str.translate`` looks each
    character up: a list index is quicker than a dict, and a miss (an exception caught inside
    ``translate``) costs more than a hit; characters above it are rare and kept as they are."""
    table = [chr(code) for code in range(0x2000)]
    for code in range(0xC0, 0x1FFF):
        ch = chr(code)
        base = strip_diacritics(ch)
        if len(base) == 1 and base != ch and base.isascii():
            table[code] = base
    return table


_FOLD: Final = _build_fold_table()


# Texts folded lately: the reader folds one text several times (the street left of an address
# is looked at by each check); ``str.translate`` costs a look-up per character. A few entries,
# emptied when full.
FOLDED: Final = 16
_FOLDED: Final[dict[str, str]] = {}
# Words (between single spaces) folded, remembered: the words of addresses repeat even when the
# addresses do not, and a look-up per word costs less than ``str.translate``'s per character.
# Emptied when full.
FOLDED_WORDS: Final = 50_000
_FOLDED_WORDS: Final[dict[str, str]] = {}


def fold_chars(text: str) -> str:
    """Lower-case, diacritic-free, one output character per input character (NFC input)."""
    if text.isascii():
        return text.lower()
    found = _FOLDED.get(text)
    if found is None:
        if len(_FOLDED) >= FOLDED:
            _FOLDED.clear()
        found = _FOLDED[text] = _folded_words(text)
    return found


def _folded_words(text: str) -> str:
    """``text.translate(_FOLD).lower()``, word by word: the table maps each character alone, and
    lower case reads no character across a space (a final sigma is final before a space, and
    after one no sigma is)."""
    known = _FOLDED_WORDS
    out: list[str] = []
    for word in text.split(" "):
        folded = known.get(word)
        if folded is None:
            if len(known) >= FOLDED_WORDS:
                known.clear()
            folded = known[word] = word.translate(_FOLD).lower()
        out.append(folded)
    return " ".join(out)


def has_diacritics(text: str) -> bool:
    """True when the text carries any Vietnamese diacritic (or đ)."""
    return not text.isascii() and fold_chars(text) != text.lower()
