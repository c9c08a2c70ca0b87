"""Type words of administrative units ("Phường", "Xã", "Thị trấn"...) and their abbreviations.

A unit name is read as ``(type, core)``: ``P.5`` -> ``("phường", "5")``,
``Xã Tả Van`` -> ``("xã", "Tả Van")``, ``Tả Van`` -> ``(None, "Tả Van")``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from admin_merge.memo import memoize
from admin_merge.text.normalize import clean, fold_chars


class Level(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


# Canonical type words per level, as written in the registers.
TYPE_WORDS: dict[Level, tuple[str, ...]] = {
    Level.PROVINCE: ("thành phố", "tỉnh"),
    Level.DISTRICT: ("thành phố", "thị xã", "quận", "huyện"),
    Level.COMMUNE: ("thị trấn", "phường", "xã", "đặc khu"),
}

# Written forms (compared without diacritics, lower case) -> canonical type word.
# Full words may be followed by a space; abbreviations by a dot, a space or a digit.
_FULL_WORDS: dict[str, str] = {
    "thanh pho": "thành phố",
    "tinh": "tỉnh",
    "thi xa": "thị xã",
    "quan": "quận",
    "huyen": "huyện",
    "thi tran": "thị trấn",
    "phuong": "phường",
    "xa": "xã",
    "dac khu": "đặc khu",
}
# Type words as written without diacritics, and with them (the canonical forms).
TYPE_WORDS_ASCII = frozenset(_FULL_WORDS)
TYPE_WORDS_ACCENTED = frozenset(_FULL_WORDS.values())
_ABBREVIATIONS: dict[str, str] = {
    "tp": "thành phố",
    "t": "tỉnh",
    "tx": "thị xã",
    "q": "quận",
    "h": "huyện",
    "tt": "thị trấn",
    "p": "phường",
    "ph": "phường",
    "f": "phường",
    "x": "xã",
    "dk": "đặc khu",
}

# The type word and what separates it from the name; the name is what follows the match.
_FULL_RE = re.compile(r"(" + "|".join(sorted(_FULL_WORDS, key=len, reverse=True)) + r")(?:\s+|\.\s*|(?=\d))")
_ABBR_RE = re.compile(r"(" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?:\.\s*|\s+|(?=\d))")
_PREFIX = 16  # longer than any type word with its separator ("thanh pho " is 10)
# The first letter of every type word and abbreviation: a text that starts with none of them
# holds no type word, and neither pattern is tried (most names start with another letter).
_TYPE_INITIALS = frozenset(w[0] for w in (*_FULL_WORDS, *_ABBREVIATIONS))
# Memo sizes: the readings of a written name, per level and once for every level.
SPLIT_TYPES = 100_000
TYPE_READINGS = 100_000


@dataclass(frozen=True, slots=True)
class UnitName:
    """A unit name split into its type word (canonical, or None) and its core name."""

    type: str | None
    core: str

    # Written out: compiled with mypyc, the generated ``__init__`` stays interpreted (frozen: set
    # through ``object.__setattr__``, as the generated one does); a name read makes one.
    def __init__(self, type: str | None, core: str) -> None:
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "core", core)


_ALLOWED: dict[Level | None, frozenset[str]] = {
    None: frozenset(w for words in TYPE_WORDS.values() for w in words),
    **{level: frozenset(words) for level, words in TYPE_WORDS.items()},
}


@memoize(SPLIT_TYPES)
def split_type(text: str, level: Level | None = None) -> UnitName:
    """Split a leading type word or abbreviation off a unit name.

    The type word is recognised only when it is a type of ``level`` (any level when None),
    and never when nothing would be left of the name.
    """
    allowed = _ALLOWED[level]
    for found, core in _type_candidates(text):
        if found in allowed:
            return UnitName(found, core)
    return UnitName(None, _cleaned(text))


@memoize(TYPE_READINGS)
def _type_candidates(text: str) -> tuple[tuple[str, str], ...]:
    """Every reading of a leading type word (full word first, then abbreviation), whatever
    the level: split_type keeps the first its level allows. Cached once per text."""
    text = _cleaned(text)
    # One folded character per original character, so match offsets apply to both; only the
    # beginning can hold a type word.
    folded = fold_chars(text[:_PREFIX])
    if folded[:1] not in _TYPE_INITIALS:
        return ()
    found: list[tuple[str, str]] = []
    # Two calls, not a loop over a tuple of pairs (compiled with mypyc, made anew at each call).
    _add_reading(found, text, _FULL_RE.match(folded), _FULL_WORDS)
    _add_reading(found, text, _ABBR_RE.match(folded), _ABBREVIATIONS)
    return tuple(found)


def _add_reading(found: list[tuple[str, str]], text: str, match: re.Match[str] | None, table: dict[str, str]) -> None:
    """The type word ``match`` found at the start of ``text`` (folded) and the core after it."""
    if match:
        core = text[match.end() :].strip(" ,.;-")
        if core:
            found.append((table[match.group(1)], core))


def _cleaned(text: str) -> str:
    return clean(text).strip(" ,.;-")
