"""Type words whose letters a code page lost, read again before an address is read.

A text saved through a code page without Vietnamese (Windows-1252, Latin-1) keeps the letters that
code page holds (``à á â ã è é ê ì í ò ó ô õ ù ú ý``) and writes ``?`` for each of the others
(``ă đ ơ ư`` and most toned letters): ``Thôn 6, ph??ng Xuân Lâm, th? xã Nghi S?n, t?nh Thanh
Hóa``. A name so damaged has many readings (``S?n``: Sơn, Sản, Sẵn...) and is left as it is: the
reader then finds no unit by it rather than a wrong one. The type words and the words of the
street part are few, and each damaged form is one word where it stands:

* at the start of a part (the text's start, after a separator or a house or hamlet number):
  ``ph??ng`` phường, ``qu?n`` quận, ``huy?n`` huyện, ``t?nh`` tỉnh, ``x?`` xã, ``???ng`` đường
  (elsewhere ``Đan Ph??ng`` is Phượng, ``Hà T?nh`` Tĩnh);
* with the word that completes them, anywhere: ``th? xã`` thị xã, ``th? tr?n`` thị trấn, ``thành
  ph?`` thành phố, ``khu ph?`` khu phố, ``t? dân ph?`` tổ dân phố, ``??c khu`` đặc khu, ``ti?u
  khu`` tiểu khu;
* before a number: ``s?`` số, ``t?`` tổ, ``?p`` ấp (also before a name), ``kh?i`` khối, ``??i``
  đội, ``h?m`` hẻm.

Each is written in the case of the damaged word. VIQR writes its ``?`` (the hỏi tone) after a
vowel only; :func:`lost_letters_seen` tells the artefact pass a text whose ``?`` follow
consonants, which is not VIQR.
"""

from __future__ import annotations

import itertools
import re
from typing import Final


def _damaged(word: str) -> str:
    """``word`` as a Windows-1252 file keeps it (letters it lacks as ``?``), in lower case."""
    return word.lower().encode("cp1252", errors="replace").decode("cp1252")


def _table(words: str) -> dict[str, str]:
    return {_damaged(w): w for w in words.split()}


_PART_START: Final = _table("phường quận huyện tỉnh xã đường")
_BEFORE_NUMBER: Final = _table("số tổ ấp khối đội hẻm")
_ANYWHERE: Final = _table("ấp")
# Two or three words: the damaged first words, and the whole reading.
_PHRASES: Final = {
    tuple(_damaged(w) for w in phrase.split()): phrase.split()
    for phrase in ("thị xã", "thị trấn", "thành phố", "khu phố", "tổ dân phố", "đặc khu", "tiểu khu")
}
_PHRASE_FIRST: Final = frozenset(words[0] for words in _PHRASES)

# A ``?`` beside a letter (the search skips to the ``?``); a word of letters and ``?``.
_SIGN: Final = re.compile(r"\?(?:(?<=[^\W\d_]\?)|(?=[^\W\d_]))")
_WORD: Final = re.compile(r"(?:[^\W\d_]|\?)+")
# A ``?`` that no VIQR writes: after a consonant, another ``?``, or before a letter at a word's start.
_NOT_VIQR: Final = re.compile(r"\?(?:(?<=[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZđĐ?]\?)|(?<![^\W\d_]\?)(?=[^\W\d_]))")
_SEPARATORS: Final = frozenset(",;:(/|-–.")


def lost_letters_seen(text: str) -> bool:
    """Whether ``text`` has a ``?`` where a letter was lost (not VIQR's tone)."""
    return "?" in text and _NOT_VIQR.search(text) is not None


def restore_type_words(text: str) -> str:
    """``text`` with its type words and street words whose letters became ``?`` spelled again (see
    the module); ``text`` itself when it has none.

    >>> restore_type_words("Thôn 6, ph??ng Xuân Lâm, th? xã Nghi S?n, t?nh Thanh Hóa")
    'Thôn 6, phường Xuân Lâm, thị xã Nghi S?n, tỉnh Thanh Hóa'
    """
    if "?" not in text or _SIGN.search(text) is None:
        return text
    words = list(_WORD.finditer(text))
    found: list[tuple[int, int, str]] = []
    skip = 0
    for k, match in enumerate(words):
        if k < skip:
            continue
        word = match.group()
        lower = word.lower()
        if "?" not in word and lower not in _PHRASE_FIRST:
            continue
        after = text[match.end() :].lstrip()
        if lower in _PHRASE_FIRST and (phrase := _phrase(text, words, k)) is not None:
            found += phrase
            skip = k + len(phrase)
            continue
        if "?" not in word:
            continue
        reading = ""
        named = after[:1].isalnum() or after[:1] == "?"  # a name or number follows (its first letter lost)
        if lower in _PART_START and _at_part_start(text, match.start()) and named:
            reading = _PART_START[lower]
        elif lower in _BEFORE_NUMBER and after[:1].isdigit():
            reading = _BEFORE_NUMBER[lower]
        elif lower in _ANYWHERE and named:
            reading = _ANYWHERE[lower]
        if reading:
            found.append((match.start(), match.end(), _cased(reading, word)))
    if not found:
        return text
    out: list[str] = []
    at = 0
    for start, end, reading in found:
        out += [text[at:start], reading]
        at = end
    out.append(text[at:])
    return "".join(out)


def _phrase(text: str, words: list[re.Match[str]], k: int) -> list[tuple[int, int, str]] | None:
    """The words from ``words[k]`` on read as one of ``_PHRASES`` (separated by spaces, one of
    them damaged, a word after them), else None."""
    for damaged, reading in _PHRASES.items():
        n = len(damaged)
        if k + n > len(words):
            continue
        group = words[k : k + n]
        if any(m.group().lower() != d for m, d in zip(group, damaged, strict=True)):
            continue
        if not any("?" in m.group() for m in group):
            continue
        if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(group)):
            continue
        following = text[group[-1].end() :].lstrip()[:1]
        if not (following.isalnum() or following == "?"):
            continue
        return [(m.start(), m.end(), _cased(r, m.group())) for m, r in zip(group, reading, strict=True)]
    return None


def _at_part_start(text: str, start: int) -> bool:
    """Whether ``start`` begins a part: the text's start, after a separator, or after a number
    (``Thôn 6 ph??ng ...``)."""
    before = text[:start].rstrip()
    return not before or before[-1] in _SEPARATORS or before[-1].isdigit()


def _cased(reading: str, word: str) -> str:
    """``reading`` in the case of ``word``: all capitals, a capital first (also where the first
    letter was lost: type words are mostly written so), or lower case."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return reading.upper()
    if word[:1].isupper() or word[:1] == "?":
        return reading[:1].upper() + reading[1:]
    return reading
