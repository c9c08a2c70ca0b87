"""Words of a free-text address, with the separators between them and what each word may be.

The address reader works on words, not on comma-separated segments: units are often written
without commas (``thôn 5 xã Nghi Phong huyện Nghi Lộc``), glued to their type word
(``TỉnhQuảng Ngãi``, ``P5``), or cut by dots (``340.nhạc sơn.kim tân.lào cai``). Each word keeps
its place in the text, so the street part is returned verbatim.

Noise that never belongs to a unit is dropped first: a country at the end (``Việt Nam``,
``Vietnam``, ``VN``), postal codes, phone numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from admin_merge.memo import memoize
from admin_merge.text.normalize import ascii_key, fold_typography, name_key

# Separator strength before a word: glued (split inside one written word), a space, a weak mark
# (a dash, dot, underscore or slash: names may contain a dash), a strong one (comma, semicolon...).
GLUED, SPACE, WEAK, STRONG = 0, 1, 2, 3
TOKENS = 100_000  # written words remembered with their pieces and keys

_PHONE_WORD = r"(?:s[đd]t|[đd]t|tel|phone|mobile|hotline|fax|đi[ệe]n\s*tho[ạa]i|di\s*[đd][ộo]ng)"
_PHONE_NUMBER = r"\(?(?:\+?84|0)\d{0,3}\)?(?:[\s.\-]?\d{2,4}){2,4}"
_PHONE = re.compile(rf"(?:\b{_PHONE_WORD}\s*[:.]?\s*)?(?<![\w/+]){_PHONE_NUMBER}(?![\w/+])", re.IGNORECASE)
# What can close an address: a country name, a postal code (with or without its label).
_TRAILER = re.compile(
    r"(?:[\s,;.\-(|]+|^)(?:vi[eệ]t\s*nam|vietnam|vn|(?:m[ãa]\s*b[ưu]u\s*(?:ch[íi]nh|[đd]i[ệe]n)|postal\s*code|"
    r"zip(?:\s*code)?)?\s*[:.]?\s*\d{5,6})[\s,;.()\-|]*$",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def _phone(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group(0))
    return " " if 9 <= digits <= 12 else match.group(0)


def strip_noise(text: str) -> str:
    """The address without phone numbers, and without a country or postal code at its end."""
    if _DIGIT.search(text) is not None:
        text = _PHONE.sub(_phone, text)
    while (found := _TRAILER.search(text)) is not None:
        text = text[: found.start()]
    return text.strip(" ,;.-()|")


@dataclass(slots=True)
class Word:
    """One word of an address: where it is, how it is compared, what comes before it."""

    text: str
    start: int
    end: int
    sep: int  # separator strength before the word (GLUED, SPACE, WEAK or STRONG)
    ascii: str  # diacritic-free, lower case (``Quận`` -> ``quan``; ``05`` -> ``5``)
    key: str  # diacritic-keeping name key
    marks: bool  # written with diacritics
    dot: bool  # followed directly by a dot (``P.``, ``TX.``)


_WORD = re.compile(r"\d[^\W_]*(?:[/+]\w+)+|[^\W_]+(?:'[^\W_]+)*")
_STRONG = frozenset(",;|\n\r()[]")
_WEAK = frozenset("-._/:\\+~")
# Abbreviations that are glued to a number (``P5``, ``Q11``, ``KP5``, ``QL1A``, ``Km12``).
_NUMBER_PREFIXES = frozenset({"p", "f", "q", "ph", "x", "h", "tt", "tx", "kp", "ql", "km", "tl", "dt", "k", "to"})
# Type words that may be glued to a capitalised name (``TỉnhQuảng Ngãi``, ``TGia Lai``).
_NAME_PREFIXES = frozenset(
    {"tinh", "huyen", "quan", "phuong", "xa", "tran", "pho", "tp", "tx", "tt", "t", "h", "q", "p", "x", "f"}
)


def _separator(between: str) -> int:
    found = _SEPARATORS.get(between)
    if found is None:
        if len(_SEPARATORS) > 10_000:
            _SEPARATORS.clear()
        found = _SEPARATORS[between] = _strength(between)
    return found


_SEPARATORS: dict[str, int] = {}


def _strength(between: str) -> int:
    if between == " ":
        return SPACE
    if between == ", " or between == ",":
        return STRONG
    if not between:
        return GLUED
    if any(ch in _STRONG for ch in between):
        return STRONG
    if any(ch in _WEAK or ch == "\u2013" or ch == "\u2014" for ch in between):
        return WEAK
    return SPACE


def _pieces(word: str) -> list[str]:
    """A written word cut where a type word is glued to what follows it."""
    if word.isalpha() and (len(word) < 3 or word[1:].islower() or word.isupper()):
        return [word]  # the common case: a plain word
    i = 0
    while i < len(word) and not word[i].isdigit():
        i += 1
    if 0 < i < len(word) and ascii_key(word[:i]) in _NUMBER_PREFIXES:
        return [word[:i], word[i:]]
    for j in range(1, min(len(word) - 1, 7)):
        if (
            (word[0].isupper() or j > 1)  # ``hTái`` is a typo, ``tỉnhLai`` a glued type word
            and word[j].isupper()
            and word[j + 1].islower()
            and word[:j].isalpha()
            and ascii_key(word[:j]) in _NAME_PREFIXES
        ):
            return [word[:j], word[j:]]
    return [word]


# A written word cut into its pieces: (text, offset in the word, ascii, key, marks, first, last).
Token = tuple[tuple[str, int, str, str, bool, bool, bool], ...]


@memoize(TOKENS)
def _token(written: str) -> Token:
    """The pieces of one written word with their keys; memoised, since the words of addresses
    repeat (the same few thousand names and type words) even when the addresses do not."""
    # A plain word (the common case) is not cut: no glued type word in it.
    pieces = (
        [written]
        if written.isalpha() and (len(written) < 3 or written[1:].islower() or written.isupper())
        else _pieces(written)
    )
    out = []
    offset = 0
    last = len(pieces) - 1
    for k, piece in enumerate(pieces):
        folded = ascii_key(piece)
        if folded:
            out.append((piece, offset, folded, name_key(piece), folded != piece.lower(), k == 0, k == last))
        offset += len(piece)
    return tuple(out)


def words(text: str) -> list[Word]:
    """The words of an (already cleaned) address, in order."""
    out: list[Word] = []
    last = 0
    size = len(text)
    for m in _WORD.finditer(text):
        start, end = m.span()
        sep = _separator(text[last:start]) if out else STRONG
        last = end
        dot = end < size and text[end] == "."
        for piece, offset, folded, key, marks, first, final in _token(m.group()):
            at = start + offset
            out.append(Word(piece, at, at + len(piece), sep if first else GLUED, folded, key, marks, dot and final))
    return out


def prepare(address: str) -> str:
    """NFC, typographic marks folded, noise dropped."""
    return strip_noise(fold_typography(address))
