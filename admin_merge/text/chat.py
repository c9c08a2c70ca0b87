"""An address as people write it in chat to a shop: the words around it and teen spelling.

Orders taken on Facebook, Zalo or a shop's chat wrap the address in what the buyer says to the
seller (``e ở ... nha shop``, ``ship về ... đc ko ạ``, ``cho e về ...``, ``..., j cũng đc miễn giao
nhanh 🙏``, ``nhà e ... 🏠``) and spell it as they type: ``f`` for ph (``Fường``, ``thành fố``),
``w`` for qu (``Wận``, ``Wảng Trị``), ``z`` for gi or d (``Hà Zang``, ``Hải Zương``), a letter held
(``ạaaa``, ``nhaaa``). :func:`unchatted` drops the words around the address and undoes the
spelling where the word then is a syllable of a unit's name (``names``), so that English words
(``Floor``, ``Ward``, ``Zone``) stay as they are.

    >>> unchatted("e ở x Hòa Bình huyện Chi Lăng Lạng Sơn nha shop", frozenset())
    'x Hòa Bình huyện Chi Lăng Lạng Sơn'
    >>> unchatted("Fường Trần Phú tp Hà Zang T. Hà Giang ạaaa", frozenset({"giang"}))
    'Phường Trần Phú tp Hà Giang T. Hà Giang'
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Final

from admin_merge.text.normalize import ascii_key

# The cheap test's: a word starting with a letter Vietnamese does not start words with (looked for
# from that letter), or an emoji. One class of first characters, then what follows each: a search skips to the
# characters of that class (two alternatives, each starting with a class, make it try both at
# every position).
_TEEN_OR_EMOJI: Final = re.compile(
    r"[fwzFWZ\u2600-\U0010ffff](?:(?<=[fwzFWZ])(?<![\w'].)[^\W\d_]|(?<=[\u2600-\U0010ffff]))"
)
_EMOJI: Final = re.compile(r"\s*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+")
# What the buyer says before the address.
_OPENING: Final = re.compile(
    r"(?i)^\s*(?:(?:ship|giao|gửi|gui|đc giao|dc giao|được giao)\s+(?:về|ve|tới|toi|đến|den)"
    r"|(?:cho|gửi|gui)\s+(?:e|em|mình|minh|chị|chi|anh)\s+(?:về|ve|tới|toi|đến|den)"
    r"|(?:nhà|nha)\s+(?:e|em|mình|minh)"
    r"|(?:e|em|mình|minh)\s+(?:ở|o|ở tại)"
    r"|đc giao|dc giao)\s+"
)
# The characters the opening can start with after the spaces before it (``(?i)`` takes ``ſ`` for
# ``s``): a text starting with another is not tried.
_OPENING_FIRST: Final = frozenset("sSſgGđĐdDcCnNeEmM")
# What the buyer says after it (the last words, repeated: ``..., hn nhaaa, ko có ai thì gửi bảo vệ``).
# ``nha``, ``nhé``, ``nhe`` alone end names too (Mường Nhé): dropped only after another sign of chat.
_CLOSING: Final = re.compile(
    r"(?i)[\s,.;\-]*(?:"
    r"(?:nha+|nhé|nhe|ạ+)?\s*(?:ko|k|z|nha|hả)?\s*shop(?:\s+ơi)?"
    r"|(?:đc|dc|được)\s+(?:ko|k|không|khong)\s*(?:ạ+|a+)?"
    r"|j\s+cũng\s+đc.*|ko\s+có\s+ai\s+thì.*|miễn\s+giao\s+nhanh.*"
    r"|nha{2,}|ạ+a*|a{3,}"
    r")[\s,.!?]*$"
)
# ``_CLOSING``'s alternatives that take the rest of the line (``.*``): a match of one can start
# anywhere. A match of any other is made of the characters of ``_CLOSING_END`` alone (its marks
# and spaces, the letters of its words, as its ``(?i)`` takes them) and ends the text.
_CLOSING_ANYWHERE: Final = re.compile(r"(?i)j\s+cũng\s+đc|ko\s+có\s+ai\s+thì|miễn\s+giao\s+nhanh")
_CLOSING_END: Final = re.compile(r"(?i)[\s,.;\-!?acdeghiknopszéạảôơượđ]*")
_SOFT_CLOSING: Final = re.compile(r"[\s,.;\-]+(?:nha|nhé|nhe)[\s,.!?]*$")
# Teen spelling at a word's start, undone where the word then is a syllable of a name.
_TEEN: Final = re.compile(r"(?<![\w'])([fwzFWZ])([^\W\d_]+)")
_SPELT: Final = {"f": ("ph",), "w": ("qu",), "z": ("gi", "d")}  # ``Zang``: Giang; ``Zương``: Dương


def unchatted(text: str, names: AbstractSet[str]) -> str:
    """``text`` without a buyer's words around the address and with chat spelling undone
    (``names``: folded syllables of unit names); ``text`` itself when it shows none."""
    if not _may_be_chat(text):
        return text
    out = _EMOJI.sub("", text)
    out = _OPENING.sub("", out)
    for _ in range(3):
        cut = _closing_cut(out)
        if cut == out or not cut.strip():
            break
        out = cut
    said = out != text  # a buyer's words were there
    if said and (cut := _SOFT_CLOSING.sub("", out)).strip():
        out = cut
    respelt = [(m, word) for m in _TEEN.finditer(out) if (word := _respelt(m, names)) is not None]
    # A word with Vietnamese letters cannot start with f, w or z; an ASCII one (``Wi``, ``Fong``) is
    # taken for teen spelling only beside other signs of chat.
    marked = [(m, w) for m, w in respelt if not m.group(2).isascii()]
    if said or marked or len(respelt) >= 2:
        for m, word in reversed(respelt):
            out = out[: m.start()] + word + out[m.end() :]
    out = out.strip(" ,;-")
    return out if out and out != text else text


def _closing_cut(text: str) -> str:
    """``_CLOSING.sub("", text)``, searched for only from where a match can start: where the text's
    last run of ``_CLOSING_END``'s characters starts (found in the text reversed), unless an
    alternative that can start anywhere is there. The search from the text's start tries every
    place of it (its first item, the marks before the buyer's words, may be empty)."""
    if _CLOSING_ANYWHERE.search(text) is None:
        end = _CLOSING_END.match(text[::-1])  # (matches every text, possibly empty)
        if _CLOSING.search(text, len(text) - (end.end() if end is not None else 0)) is None:
            return text
    return _CLOSING.sub("", text)


def _may_be_chat(text: str) -> bool:
    """A cheap test first (every address goes through it): a chat word, the buyer's opening, an
    emoji, or a word starting with f, w or z. Substring tests, not one search with many
    alternatives: those start with common letters, and the search would stop at each. A longer
    substring is looked for after a letter of its own that addresses seldom hold (``s``, ``d``,
    ``k``, ``ạ``, ``j``): in a text with Vietnamese letters, each test of an ASCII substring copies
    it to the text's width first, where a test of one character copies nothing."""
    return (
        ("s" in text and ("shop" in text or "ship" in text))
        or "đc" in text
        or ("d" in text and "dc " in text)
        or ("k" in text and " ko" in text)
        or "nhaa" in text
        or ("ạ" in text and (" ạ" in text or "ạa" in text))
        or ("j" in text and "j cũng" in text)
        or _may_open(text)
        or _TEEN_OR_EMOJI.search(text) is not None
    )


def _may_open(text: str) -> bool:
    """Whether the buyer's opening starts ``text``, looked for only when its first character after
    the spaces is one the opening starts with."""
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]
    return first in _OPENING_FIRST and _OPENING.match(text) is not None


def _respelt(match: re.Match[str], names: AbstractSet[str]) -> str | None:
    """The word of ``match`` with its teen initial undone, when that makes a syllable of a name
    (and the word as written is none); else None."""
    first, rest = match.group(1), match.group(2)
    # The written word a syllable of a name as it is (``Wang`` of Ngok Wang): kept, unless written
    # with marks that name has not (``Wảng``: Quảng).
    if ascii_key(match.group(0)) in names and match.group(0).isascii():
        return None
    for spelt in _SPELT[first.lower()]:
        word = (spelt.capitalize() if first.isupper() else spelt) + rest
        folded = ascii_key(word)
        if folded in names or folded in _TYPE_SYLLABLES:
            return word
    return None


# Type and street words spelt so (``Fường``, ``thành fố``, ``Wận``).
_TYPE_SYLLABLES: Final = frozenset({"phuong", "pho", "quan", "quoc"})
