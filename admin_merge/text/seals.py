"""The text of a round seal (``★ T. NGHỆ AN ★ UBND ★ XÃ THANH SƠN ★``), read as an address before
the reader reads it.

A seal's ring names the office (``ỦY BAN NHÂN DÂN``, ``UBND``, ``CÔNG AN``, ``TRẠM Y TẾ``,
``HỘI ĐỒNG NHÂN DÂN``) and its units, between stars or other marks (``★ ☆ ✱ * -``); a clerk
copying it (``Đóng dấu: ...``, ``[Dấu đỏ: ...]``, ``(Dấu) ...``) starts anywhere on the ring, so
the province may come first, last or between the commune and the office. The office names no
place and its words (``NHÂN DÂN``, ``Y TẾ``) read as names of nothing, or of some other unit.

A text is a seal when it is cut into parts by such marks and one part is an office's name. Its
office parts are dropped, and when every other part starts with a unit's type word, the parts
are put in the order of an address, the commune first (``XÃ THANH SƠN, H. THANH CHƯƠNG, T. NGHỆ
AN``). The ring is read from the commune, one way round or the other, when the levels rise
along it (a city, ``THÀNH PHỐ`` or ``TP.``, may be a district's level or a province's:
``PHƯỜNG THUỶ ĐƯỜNG ★ THÀNH PHỐ THUỶ NGUYÊN ★ THÀNH PHỐ HẢI PHÒNG``); else the parts are sorted
by level: communes, wards and towns; districts, district towns and urban districts; cities; and
provinces, a city being a province's city when a province is also written, else a province of
its own (``THÀNH PHỐ HỒ CHÍ MINH``). Parts without a type word stay in their order.

:func:`seal_address` costs a few ``str`` searches on text without the marks (that text is
returned as it is, the same object).
"""

from __future__ import annotations

import re
from typing import Final

from admin_merge.text.normalize import ascii_key

# The marks between the parts of a ring.
_MARKS: Final = re.compile(r"\s*(?:[★☆✱✦✪✧❋✶✷✸✹⭐●•◆◇]+|(?<!\S)[*\-–](?!\S))\s*")
# What a clerk writes before or around the seal's text.
_WRAPPER: Final = re.compile(r"^[^\w\[(]*[\[(]?\s*(?:đóng dấu|dấu đỏ|dấu|dong dau|dau do|dau)\s*[:)]\s*", re.IGNORECASE)
_LETTER: Final = re.compile("[a-z]")
# The offices whose seals carry the units' names (folded).
_OFFICES: Final = frozenset(
    {
        "uy ban nhan dan",
        "ubnd",
        "cong an",
        "tram y te",
        "hoi dong nhan dan",
        "hdnd",
        "dang uy",
        "mat tran to quoc",
        "ban chi huy quan su",
    }
)
# Type words at the start of a part (folded), and the level they give it: 0 commune, 1 district,
# 2 city, 3 province.
_LEVELS: Final = (
    (re.compile(r"(?:xa|phuong|thi tran|dac khu|p|x|tt)\b"), 0),
    (re.compile(r"(?:huyen|quan|thi xa|h|q|tx)\b"), 1),
    (re.compile(r"(?:thanh pho|tp)\b"), 2),
    (re.compile(r"(?:tinh|t)\b"), 3),
)


def seal_address(text: str) -> str:
    """The address a seal's text names (see the module); ``text`` itself when it is no seal.

    >>> seal_address("Đóng dấu: ★ T. NGHỆ AN ★ UBND ★ XÃ THANH SƠN ★ H. THANH CHƯƠNG ★")
    'XÃ THANH SƠN, H. THANH CHƯƠNG, T. NGHỆ AN'
    >>> seal_address("* THÀNH PHỐ HỒ CHÍ MINH * UỶ BAN NHÂN DÂN * PHƯỜNG CHỢ QUÁN *")
    'PHƯỜNG CHỢ QUÁN, THÀNH PHỐ HỒ CHÍ MINH'
    >>> seal_address("Số 5 - Ngõ 12, Xã Thanh Sơn - Huyện Thanh Chương - Nghệ An")
    'Số 5 - Ngõ 12, Xã Thanh Sơn - Huyện Thanh Chương - Nghệ An'
    """
    if (
        " - " not in text
        and "*" not in text
        and "★" not in text
        and "☆" not in text
        and "✱" not in text
        and "✦" not in text
        and "●" not in text
    ):
        return text
    body = _WRAPPER.sub("", text).strip().strip("[]()").strip()
    parts = [p.strip(" ,.;:") for p in _MARKS.split(body)]
    parts = [p for p in parts if p]
    places = [p for p in parts if not _office(ascii_key(p))]
    if len(places) == len(parts) or not places:
        return text
    levels = [_level(ascii_key(p)) for p in places]
    if any(level is None for level in levels):
        return ", ".join(places)
    if 0 in levels:
        first = levels.index(0)
        n = len(places)
        for step in (1, -1):  # round the ring one way, then the other, from the commune
            order = [(first + step * k) % n for k in range(n)]
            if _ascending([levels[i] for i in order]):
                return ", ".join(places[i] for i in order)
    province = 3 in levels
    order = sorted(range(len(places)), key=lambda i: _rank(levels[i], province))
    return ", ".join(places[i] for i in order)


def _ascending(levels: list[int | None]) -> bool:
    """Whether parts of ``levels`` go from the commune up, one level after another (a city
    stands for a district or a province: the level after the one before it)."""
    at = -1
    for level in levels:
        if level == 2:
            level = max(at + 1, 1)
        if level is None or level <= at:
            return False
        at = level
    return True


def _office(folded: str) -> bool:
    """Whether a part (folded) is an office's name, alone or with a phone or a mark after it
    (``tram y te ☎️ 0773629010``), not with a unit after it (``ubnd xa tan phu``)."""
    if folded in _OFFICES:
        return True
    return any(folded.startswith(office) and not _LETTER.search(folded, len(office)) for office in _OFFICES)


def _level(folded: str) -> int | None:
    """The level a part's type word gives it (see ``_LEVELS``); ``None`` without one."""
    for pattern, level in _LEVELS:
        if pattern.match(folded) is not None:
            return level
    return None


def _rank(level: int | None, province: bool) -> int:
    """Where a part of ``level`` goes in the address: a city goes with the districts when a
    province is written, else with the provinces."""
    if level == 2:
        return 1 if province else 3
    return 0 if level is None else level
