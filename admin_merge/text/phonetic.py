"""A key under which two folded names sound alike in one of Vietnam's dialects.

People write a name as they hear it: the North merges ``l`` and ``n``, ``ch`` and ``tr``, ``s``
and ``x``, and ``d``, ``gi`` and ``r``; the South merges ``v`` with ``d``/``gi``, and the finals
``n``/``ng``, ``t``/``c`` (``Phú Diễng`` for Phú Diễn, ``Xã Da Lâm`` for Gia Lâm, ``Nạc Vệ`` for
Lạc Vệ, ``Chực Thanh`` for Trực Thanh). Two folded names (no diacritics, lower case, one space
between syllables) with the same key may be one name misspelt.

    >>> heard("gia lam") == heard("da lam")
    True
    >>> heard("truc thanh") == heard("chuc thanh")
    True
    >>> heard("nhi chau") == heard("nhi trau")
    True
    >>> heard("nghia") == heard("lghia")
    False
    >>> heard("khanh yen") == heard("tran yen")
    False
"""

from __future__ import annotations

from typing import Final

# Initials, longest first: each maps to the one written for its group (the others stay as they are).
# Typed as tuples of any length: compiled with mypyc, a Final tuple of a fixed length is kept
# unboxed and made again (each pair too) at every loop over it.
_INITIALS: Final[tuple[tuple[str, str], ...]] = (
    ("ngh", "ng"),
    ("ng", "ng"),
    ("nh", "nh"),
    ("gh", "g"),
    ("kh", "kh"),  # (not ``k``: ``Khánh`` sounds as no ``Chánh``)
    ("gi", "d"),
    ("tr", "ch"),
    ("r", "d"),
    ("z", "d"),
    ("v", "d"),
    ("x", "s"),
    ("n", "l"),
    ("k", "c"),
    ("q", "c"),
)
_FINALS: Final[tuple[tuple[str, str], ...]] = (("nh", "n"), ("ng", "n"), ("ch", "t"), ("c", "t"))


def heard(folded: str) -> str:
    """The key of a folded name: each syllable's initial and final by their dialect groups, ``y``
    as ``i``."""
    out: list[str] = []
    for syllable in folded.split():
        for written, key in _INITIALS:
            if syllable.startswith(written):
                syllable = key + syllable[len(written) :]
                break
        for written, key in _FINALS:
            if syllable.endswith(written) and len(syllable) > len(written):
                syllable = syllable[: -len(written)] + key
                break
        out.append(syllable.replace("y", "i"))
    return " ".join(out)


def d_agrees(written: str, name: str) -> bool:
    """Whether a name as written (folded, or its name keys with marks: ``đăng~0 giang``) and a
    unit's name (its name keys) agree on ``đ``, syllable by syllable: a dialect merges ``d``,
    ``gi``, ``r`` and ``v``, never ``đ`` (``Văn Giang`` sounds as no ``Đằng Giang``). Only a ``d``
    written in a name without marks may stand for ``đ``."""
    mine, theirs = written.split(), name.split()
    if len(mine) != len(theirs):
        return True
    marked = any(not syllable.isascii() for syllable in mine)
    for a, b in zip(mine, theirs, strict=True):
        if b.startswith("đ"):
            if not a.startswith("đ") and (marked or not a.startswith("d")):
                return False  # (``gi``, ``r``, ``v``; ``d`` beside marks: the writer had ``đ``)
        elif a.startswith("đ"):
            return False
    return True
