"""The units an address's words name, found inside other text: a typed commune and the higher units
written after it.

A listing, a news item, a letterhead or a notice holds its address among words that are no part of
it (a shop's name, prices, opening hours, a name, what happened). Where the reader finds nothing in
the whole text, the place is still plain to a person: a commune written with its type word
(``xã``, ``phường``, ``thị trấn``, ``đặc khu``, or ``X.``, ``P.``, ``TT.`` with their dot) and the
district and province after it, in parentheses or not:

    >>> unit_chains("Mì Quảng Bà Mua - Quán cà phê - 164 Phan Đình Phùng, xã Nghi Xá, H.Nghi Lộc, "
    ...     "Nghệ An | Giá: 35.000đ - 105.000đ | 6h - 10h30")
    [Chain(text='xã Nghi Xá, H.Nghi Lộc, Nghệ An', units=3, start=53, before='164 Phan Đình Phùng', other=False)]
    >>> unit_chains("(VnExpress) - Ngày 11/9, UBND xã Long Chữ (huyện Bến Cầu, tỉnh Tây Ninh) hoàn thành xây "
    ...     "dựng 90 căn nhà")
    [Chain(text='xã Long Chữ, huyện Bến Cầu, tỉnh Tây Ninh', units=3, start=30, before='', other=False)]

Each chain is a commune and the parts after it that start with a higher unit's type word, or
that are a short name in capitals (a province written alone: ``Nghệ An``, ``SƠN LA``); a chain
ends at anything else. A chain after words that say its place is another's (a birthplace, an
origin, a cemetery, an office or a school named after the commune, a letter's addressee, one of
several communes: ``các xã A, B và C``) is marked ``other``: such a text does not say which place
is the address.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from admin_merge.text.normalize import fold_chars


class Chain(NamedTuple):
    text: str  # the units, joined by ", "
    units: int  # how many: the commune, and the higher units written after it
    start: int  # where the commune's type word starts in the text
    before: str  # the street part right before the commune, in its own part (a house and street)
    other: bool  # the words before it say it is another place than the address


# A commune's type word: in full (any case, with or without marks), or abbreviated with its dot.
_COMMUNE: Final = re.compile(
    r"(?<![^\W\d_])(?<!(?i:thị) )(?<!(?i:thi) )"  # not ``Thị xã`` (a district)
    r"(?:(?i:xã|xa|phường|phuong|thị\s+trấn|thi\s+tran|đặc\s+khu|dac\s+khu)\s+|(?:X|P|TT|Tt)\.\s*|TT\s+)"
    r"(?=[^\W\d_]|\d{1,2}(?!\d))"
)
# A higher unit's type word at the start of a part.
_HIGHER: Final = re.compile(
    r"(?:(?i:huyện|huyen|quận|quan|thị\s+xã|thi\s+xa|thành\s+phố|thanh\s+pho|tỉnh|tinh)\s+|(?i:tp|tx)\.?\s*"
    r"|(?:H|Q|T)\.\s*|H\s+)(?=[^\W\d_]|\d)"
)
# Where a part ends: a comma, a semicolon, a bar, a line break, a bracket, a dash between spaces,
# two spaces (a letterhead's columns), a full stop after a word (not ``TP.``).
_PART_END: Final = re.compile(r"\s*(?:[,;|()\n\[\]{}]|\s[-\u2013\u2014]\s)\s*|\s{2,}|(?<=[^\W\d_]{3})\.(?:\s+|$)")
_WORDS: Final = 4  # a part of more words than this is no unit's name (nor a province written alone)
# Words before a commune that make it another place than the address (folded, lower case).
_OTHER: Final = re.compile(
    r"(?<![a-z])(?:sinh|que quan|nguyen quan|nghia trang|ntls|an tang|cong an|y te|kinh gui|chi nhanh|benh vien"
    r"|truong (?:th|thcs|thpt|mn|mam non|tieu hoc|trung hoc|dai hoc|cao dang)|doi dien|gan|cac|nhung)"
    r"(?![a-z])[^,;|\n]{0,30}$"
)


# A higher unit's type word in full anywhere (``địa bàn huyện Ea Kar``), folded.
_HIGHER_WORD: Final = re.compile(r"(?<![a-z])(?:huyen|quan|thi xa|thanh pho|tinh)\s+[^\W\d_]")


def higher_before(text: str, at: int) -> bool:
    """Whether a higher unit's type word, written in full, comes before ``at`` in ``text``."""
    return _HIGHER_WORD.search(fold_chars(text[:at]).lower()) is not None


def unit_chains(text: str) -> list[Chain]:
    """Every typed commune of ``text`` with the higher units written after it (see the module)."""
    out: list[Chain] = []
    at = 0
    while (found := _COMMUNE.search(text, at)) is not None:
        at = found.end()
        end = _PART_END.search(text, found.end())
        stop = end.start() if end is not None else len(text)
        name = _name(text[found.end() : stop].split())
        if not name or len(name) < len(text[found.end() : stop].split()):
            continue  # not a name (lower-case words, numbers of a price...)
        parts = [text[found.start() : stop].strip()]
        while end is not None:
            start = end.end()
            nxt = _PART_END.search(text, start)
            stop = nxt.start() if nxt is not None else len(text)
            part = text[start:stop].strip()
            if not part:
                if nxt is None or nxt.end() == start:
                    break
                end = nxt  # two marks in a row (``Tây Ninh),``)
                continue
            typed = _HIGHER.match(part)
            words = part[typed.end() :].split() if typed else part.split()
            name = _name(words)
            if not name or (typed is None and (len(name) < len(words) or not all(map(_bare_word, name)))):
                break  # a name alone is letters only, not an abbreviation (``DT 4``, ``LH``, a rating)
            parts.append(part[: typed.end()] + " ".join(name) if typed else part)
            if len(name) < len(words):
                break  # ``tỉnh Nam Định vừa hỗ trợ ...``: the name, then the sentence goes on
            end = nxt
        before = _street_before(text, found.start())
        window = fold_chars(text[max(0, found.start() - 40) : found.start()]).lower()
        out.append(Chain(", ".join(parts), len(parts), found.start(), before, _OTHER.search(window) is not None))
    return out


def _name(words: list[str]) -> list[str]:
    """The first words of ``words`` that can be a unit's name (at most four): each starts with a
    capital letter, or is a number of one or two digits (a numbered ward)."""
    out: list[str] = []
    for w in words[:_WORDS]:
        if not (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()) and not (
            w.isdigit() and len(w) <= 2
        ):
            break
        out.append(w)
    return out


def _bare_word(word: str) -> bool:
    """A word of a province or district written alone: letters, not two capitals (``DT``, ``LH``)."""
    return word.isalpha() and not (len(word) <= 2 and word.isupper())


def _street_before(text: str, start: int) -> str:
    """The part right before a commune at ``start``, when it is a house number and a street."""
    head = text[:start].rstrip(" ,")
    cut = max(head.rfind(","), head.rfind("|"), head.rfind("\n"), head.rfind(" - "), head.rfind(" — "), head.rfind(":"))
    part = head[cut + 1 :].strip(" -—:")
    return part if part[:1].isdigit() else ""


# ``các xã: A, B và thị trấn C`` (a list of communes), folded: where its names start.
_PLURAL: Final = re.compile(r"(?<![a-z])cac (xa|phuong|thi tran)\s*:?\s*")
# Between two names of a list, and where the list gives way to the higher units.
_LIST_SEP: Final = re.compile(r"\s*,\s*|\s+(?:và|va)\s+")
_TAIL: Final = re.compile(
    r"\s*(?:\(|,?\s*(?:thuộc|thuoc)\s+|,\s*(?=(?i:huyện|huyen|quận|quan|thị\s+xã|thành\s+phố|tỉnh|tp|tx)\b))"
)


def listed_places(text: str) -> list[str]:
    """The communes of a list (``các xã Kiên Thọ, Phùng Giáo và thị trấn Ngọc Lặc, huyện Ngọc
    Lặc, tỉnh Thanh Hóa``), each written as an address with the higher units after the list; none
    when ``text`` holds no such list:

    >>> listed_places("Lịch cắt điện tại các xã: Thạch Đạn, Xuất Lễ và thị trấn Đồng Đăng (huyện Cao Lộc, "
    ...     "tỉnh Lạng Sơn).")
    ['xã Thạch Đạn, huyện Cao Lộc, tỉnh Lạng Sơn', 'xã Xuất Lễ, huyện Cao Lộc, tỉnh Lạng Sơn', \
'thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn']
    """
    folded = fold_chars(text).lower()
    found = _PLURAL.search(folded)
    if found is None:
        return []
    plural = {"xa": "xã", "phuong": "phường", "thi tran": "thị trấn"}[found.group(1)]
    tail = _TAIL.search(text, found.end())
    if tail is None:
        return []
    higher = [p.strip(" .") for p in re.split(r"[,;]", re.split(r"[)]", text[tail.end() :])[0])]
    higher = [p for p in higher if p and _HIGHER.match(p)]
    if not higher:
        return []
    places: list[str] = []
    for item in _LIST_SEP.split(text[found.end() : tail.start()]):
        item = item.strip(" .:")
        typed = _COMMUNE.match(item)
        name = item[typed.end() :] if typed else item
        words = name.split()
        if not words or len(words) > _WORDS or _name(words) != words:
            return []  # not a list of names
        places.append(f"{item if typed else f'{plural} {item}'}, {', '.join(higher)}")
    return places if len(places) > 1 else []
