"""Type words written after the name, in brackets: put back in front before the address is read.

Some registers and forms write a unit's type after its name, as a bracketed note or an
abbreviation: ``Ấp 2, Lang Minh (X), Xuân Lộc (H), Đồng Nai (T)``, ``Cam Đường (xã); Lào Cai
(thành phố); Lào Cai (tỉnh)``, ``Thanh Phu (xa) - Vinh Cuu (huyen) - Dong Nai (tinh)``. Read as
written, the brackets are noise and every name an untyped one, so a province's name is taken for
the commune named like it. ``types_in_front`` writes each such name with its type word in front,
as the reader knows it: ``Ấp 2, Xã Lang Minh, Huyện Xuân Lộc, Tỉnh Đồng Nai``.

Only a bracket that holds a type word alone (a full one, with or without marks, or its usual
abbreviation: ``X``, ``P``, ``TT``, ``H``, ``Q``, ``TX``, ``TP``, ``T``) right after a name is
moved; any other bracket (``(cũ)``, ``(thuộc quận 4)``, ``(trước đây)``, a code) is left as it is.
The name runs back to the separator or bracket before it; a house, hamlet or group number that
opens it (``Bản 1 Gia Phu (X)``, no separator) stays in front of the type word, as its street.
A text without such a bracket is returned as given (the same string).

``belongs_cut`` does the same for the word that ties a unit to the higher one written after it:
``xã Hoàng Vân thuộc tỉnh Bắc Ninh``, ``Phường Thị Cầu thuộc Thành phố Bắc Ninh``, ``xã Tam
Nông (trực thuộc tỉnh Đồng Tháp)``, ``phường 2 (thuộc quận 4)``: ``thuộc`` (of, belonging to) is
read as a comma when a district's or province's type word follows it (in a bracket, when the
bracket holds that unit alone). ``(thuộc phường 15 trước sáp nhập)``, a ward's part before a
merger, is no higher unit and is left as it is.

``slashed_types`` reads a type word abbreviated with a slash as one with a dot, as clerks write it
by hand: ``X/Phú Xuân, H/Thọ Xuân, T/Thanh Hóa``, ``P/12, Q/3`` -> ``X. Phú Xuân, H. Thọ Xuân,
T. Thanh Hóa``, ``P. 12, Q. 3``. Only a one- or two-letter type abbreviation that starts a word
and is followed by a name (or, for a ward or district, a number) is read so; ``12/5``, ``Hòa
Bình/P.12`` and a house's ``5/T`` are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from admin_merge.text.normalize import ascii_key
from admin_merge.text.vocabulary import LANDMARKS

# The type word in a bracket, folded (marks and case aside), and the type word written in front.
_TYPES: Final[dict[str, str]] = {
    "x": "Xã",
    "xa": "Xã",
    "p": "Phường",
    "phuong": "Phường",
    "tt": "Thị trấn",
    "thi tran": "Thị trấn",
    "h": "Huyện",
    "huyen": "Huyện",
    "q": "Quận",
    "quan": "Quận",
    "tx": "Thị xã",
    "thi xa": "Thị xã",
    "tp": "Thành phố",
    "thanh pho": "Thành phố",
    "t": "Tỉnh",
    "tinh": "Tỉnh",
}
# What may be in such a bracket (a quick test first: most addresses hold none).
_MAY: Final = re.compile(
    r"\(\s*(?:x|xã|xa|p|phường|phuong|tt|thị\s+trấn|thi\s+tran|h|huyện|huyen|q|quận|quan|tx|thị\s+xã|thi\s+xa"
    r"|tp|thành\s+phố|thanh\s+pho|t|tỉnh|tinh)\s*\)",
    re.IGNORECASE,
)
# A name (letters, digits, spaces, dots, apostrophes and hyphens inside; no separator, no bracket,
# no dash between spaces but in Bà Rịa - Vũng Tàu) and its bracket; the name starts after a
# separator, a bracket or the start of the text.
_NAMED: Final = re.compile(
    r"(?P<name>(?i:b[àa]\s*r[ịi]a\s*-\s*v[ũu]ng\s*t[àa]u)|[^\W_](?:(?!\s-\s)[^,;|/()\[\]\t\n–—])*?)"
    r"\s*\(\s*(?P<type>[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+)?)\s*\)(?P<after>\s*)",
)
# A "name" made of type words only is a form's label (``Tỉnh (thành phố)``, ``Xã/Phường (thị trấn)``);
# a name may end with one (``Hà Tĩnh (tỉnh)``, ``Phùng Xá (xã)``).
_TYPE_ONLY = r"(?:tinh|huyen|quan|phuong|xa|thi xa|thanh pho|thi tran|tp|tx|tt)"
_LABEL: Final = re.compile(rf"{_TYPE_ONLY}(?:(?:\s*/\s*|\s+){_TYPE_ONLY})*")
# Words that make a name a landmark's, not a unit's: the offices, schools, markets and buildings
# named after a unit, and the words that place something beside one.
_NOT_UNITS: Final = LANDMARKS | {"gan", "doi dien", "trung tam", "canh", "sau", "truoc", "ngay", "khu vuc"}
# A house, hamlet or group number that opens a name written without a separator after it.
_STREET_HEAD: Final = re.compile(
    r"(?i)^(?:số\s+nhà|số|sn|thôn|xóm|ấp|bản|buôn|tổ\s+dân\s+phố|tổ|khu\s+phố|kp|khu|khối|cụm|đội|làng)"
    r"\s*\.?\s*\d+[A-Za-z]?(?:/\d+)?\s+(?=[^\W\d_])"
)


def types_in_front(address: str, is_name: Callable[[str], bool] | None = None) -> str:
    """``address`` with each name whose type word is written after it in a bracket written with
    that type word in front (see the module's docstring); the same string when none is.
    ``is_name``: whether a folded name is a unit's (a landmark's words in it do not make it a
    landmark then: ``Trường Thi (phường)``, ``Cảnh Thụy (phường)``); none: every name with a
    landmark's words is a landmark's."""
    if "(" not in address or _MAY.search(address) is None:
        return address
    return _NAMED.sub(lambda m: _in_front(m, is_name), address)


def _in_front(m: re.Match[str], is_name: Callable[[str], bool] | None) -> str:
    typed = _TYPES.get(ascii_key(m.group("type")))
    name = m.group("name").strip()
    folded = ascii_key(name)
    if typed is None or _LABEL.fullmatch(folded) is not None or m.string[m.end() : m.end() + 1] == ":":
        # Another bracket, or a form's label (``Tỉnh (thành phố): Huế``): left as it is.
        return m.group(0)
    if any(f" {word} " in f" {folded} " for word in _NOT_UNITS) and (is_name is None or not is_name(folded)):
        # A landmark before the address (``Chợ Tân Phong (P), Phường Quang Vinh``, ``Trung tâm Y tế
        # (TT)``): no unit's name, whatever its bracket says.
        return m.group(0)
    head = ""
    street = _STREET_HEAD.match(name)
    if street is not None:
        head, name = f"{street.group(0).strip()}, ", name[street.end() :]
    after = m.group("after")
    end = m.end()
    rest = m.string[end : end + 1]
    # A name glued to the next by a space only (``Gia Phu (X) Gia Vien (H)``): a comma between.
    sep = ", " if after and rest and (rest[0].isalnum()) else after
    return f"{head}{typed} {name}{sep}"


# ``thuộc`` (or ``trực thuộc``) between two words, before a higher unit's type word and a name.
_HIGHER_TYPE: Final = (
    r"(?=(?i:tỉnh|tinh|huyện|huyen|quận|quan|thị\s+xã|thi\s+xa|thành\s+phố|thanh\s+pho|tp|tx)\b\.?\s*[^\W_]"
    r"|(?:T|H|Q|TP|TX)\.\s*[^\W_])"
)
_BELONGS: Final = re.compile(
    r"(?<=[^\W_])\s+(?<!(?i:trực) )(?<!(?i:truc) )(?:(?i:trực|truc)\s+)?(?i:thuộc|thuoc)\s+" + _HIGHER_TYPE
)
_BELONGS_BRACKET: Final = re.compile(
    r"\s*\(\s*(?:(?i:trực|truc)\s+)?(?i:thuộc|thuoc)\s+" + _HIGHER_TYPE + r"(?P<unit>[^()]{1,60}?)\s*\)"
)
_MAY_BELONG: Final = re.compile(r"(?i:thuộc|thuoc)")  # a quick test first: most addresses hold none
_AFTER_MERGER: Final = re.compile(r"(?i:trước|truoc|sáp|sap|nhập|nhap|cũ)")


def belongs_cut(address: str) -> str:
    """``address`` with ``thuộc`` before a higher unit read as a comma (see the module's
    docstring); the same string when it holds none."""
    if _MAY_BELONG.search(address) is None:
        return address
    out = _BELONGS_BRACKET.sub(_bracket_cut, address)
    return _BELONGS.sub(", ", out)


def _bracket_cut(m: re.Match[str]) -> str:
    if _AFTER_MERGER.search(m.group("unit")) is not None:
        return m.group(0)  # ``(thuộc quận 4 cũ)``, ``(thuộc phường 15 trước sáp nhập)``: a note
    return f", {m.group('unit')}"


# A type word abbreviated with a slash: not after a letter, a digit or a slash (``12/5``, ``5/T``).
_SLASHED: Final = re.compile(
    r"(?<![\w/.])(?:(?P<name>(?i:tp|tt|tx|x|h|t))|(?P<numbered>(?i:p|q|f)))\s*/\s*"
    r"(?=(?(numbered)[^\W_]|[^\W\d_]))"
)


def slashed_types(address: str) -> str:
    """``address`` with type words abbreviated with a slash written with a dot (see the module's
    docstring); the same string when it holds none."""
    if "/" not in address:
        return address
    return _SLASHED.sub(_dotted, address)


def _dotted(m: re.Match[str]) -> str:
    return f"{m.group('name') or m.group('numbered')}. "


# A type word's abbreviation, or the word itself, written again before the type word in full:
# ``P. Phường 16``, ``X. Xã An Hiệp``, ``TT Thị trấn Phú Lộc``, ``Xã xã Tân Phú``. Folded pairs.
_ABBREVIATED: Final = {
    "phuong": ("p", "phuong"),
    "xa": ("x", "xa"),
    "thi tran": ("tt", "thi tran"),
    "quan": ("q", "quan"),
    "huyen": ("h", "huyen"),
    "tinh": ("t", "tinh"),
    "thanh pho": ("tp", "thanh pho"),
    "thi xa": ("tx", "thi xa"),
}
_TWICE: Final = re.compile(
    r"(?<![\w.])(?P<first>(?i:p|x|tt|q|h|t|tp|tx|phường|phuong|xã|xa|thị trấn|thi tran|quận|quan|huyện|huyen"
    r"|tỉnh|tinh|thành phố|thanh pho|thị xã|thi xa))(?:\s*\.\s*|\s+)"
    r"(?P<full>(?i:phường|phuong|xã|xa|thị trấn|thi tran|quận|quan|huyện|huyen|tỉnh|tinh|thành phố|thanh pho"
    r"|thị xã|thi xa))(?=\s+\w|\s*\.\s*\w)"
)


def types_once(address: str) -> str:
    """``address`` with a type word written twice in a row kept once, the second (``P. Phường
    16`` -> ``Phường 16``, ``X. Xã An Hiệp``, ``Xã xã Tân Phú``): the abbreviation of a type word, or
    the word itself, right before the same word in full. The same string when it holds none."""
    if _TWICE.search(address) is None:
        return address
    return _TWICE.sub(_once_typed, address)


def _once_typed(m: re.Match[str]) -> str:
    if ascii_key(m.group("first")) in _ABBREVIATED[ascii_key(m.group("full"))]:
        return m.group("full")
    return m.group(0)


# Type words written after their names without brackets, as a translated form or a foreign
# clerk orders them: ``Hải Phòng Thành phố, An Dương Quận, An Đồng Phường``, ``Long An tỉnh Đức
# Hòa huyện Tân Phú xã``. Read so only when the whole text is such names and type words (each name
# a unit's, the last word a type word), after a country at the end is set aside.
_POSTFIX_TYPE = (
    r"(?:t[ỉi]nh|th[àa]nh\s+ph[ốo]|huy[ệe]n|qu[ậa]n|th[ịi]\s+x[ãa]|th[ịi]\s+tr[ấa]n|x[ãa]|ph[ưu][ờo]ng|[đd][ặa]c\s+khu)"
)
_ENDS_TYPED: Final = re.compile(rf"(?i)[^\W\d_]\s+{_POSTFIX_TYPE}\s*(?:[,;.]?\s*(?:vi[ệe]t\s*nam|vietnam|vn))?[\s.]*$")
_NAME_THEN_TYPE: Final = re.compile(
    rf"(?i)\s*([^\W\d_][^,;|]*?)\s+({_POSTFIX_TYPE})\s*(?:(?:[,;|]|\s[-\u2013](?=\s))\s*|(?=\s)|$)"
)
_COUNTRY_END: Final = re.compile(r"(?i)[\s,;.]*(?:vi[ệe]t\s*nam|vietnam|vn)?[\s.]*$")
# A hamlet's or a house's part ending such a text, a country after it aside (``, Ấp 4 Việt Nam``,
# ``Châu Tiến xã Thôn 1``).
_TAIL_WORDS: Final = frozenset({"ấp", "ap", "thôn", "thon", "xóm", "xom", "tổ", "bản", "buôn", "khóm", "khu", "số"})
_STREET_TAIL: Final = re.compile(
    r"(?i)(?:[,;|]\s*|\s[-\u2013]\s*|\s+)((?:ấp|ap|thôn|thon|xóm|xom|tổ|bản|buôn|khóm|khu phố|số)\s+[^,;|]*?)"
    r"(?:[\s,;.]*(?:vi[ệe]t\s*nam|vietnam|vn))?[\s.]*$"
)
# Where a part of the text may end: the street before the names starts after one of them.
_PART_CUT: Final = re.compile(r"[,;|]\s*|\s[-\u2013]\s+")


def types_after_names(address: str, is_name: Callable[[str], bool]) -> str:
    """``address`` with type words written after their names, brackets aside, put in front (see
    above); the same string when it is not written so. A street or hamlet part may start the text
    (``Xóm 12, Nhân Huệ xã, Chí Linh thành phố, Hải Dương tỉnh``: it stays first) or end it (``Tây
    Ninh tỉnh, Hưng Điền xã, Ấp 4 Việt Nam``: it stays at the end); parts may be cut by commas or
    dashes."""
    end = len(address)
    street = ""
    if _ENDS_TYPED.search(address, max(0, end - 40)) is None:  # (the end only: a cheap test)
        if not any(w in _TAIL_WORDS for w in address[-40:].lower().split()):  # (a cheap test of the last words)
            return address
        tail = _STREET_TAIL.search(address, max(0, end - 40))
        while tail is not None and _ENDS_TYPED.search(address, max(0, tail.start() - 40), tail.start()) is None:
            tail = _STREET_TAIL.search(address, tail.start() + 1)  # (a later hamlet word: ``..., Thôn Ấp 3``)
        if tail is None:
            return address
        street, end = tail.group(1), tail.start()
    text = address[: _COUNTRY_END.search(address, 0, end).start()]  # type: ignore[union-attr]  # it matches any text
    starts = [0, *(m.end() for m in _PART_CUT.finditer(text))]
    for first in starts:
        out = _names_typed(text, first, is_name)
        if out is not None:
            head = text[:first].rstrip(" ,;|-\u2013")
            return ", ".join([x for x in (head, *out, street) if x])
    return address


def _names_typed(text: str, at: int, is_name: Callable[[str], bool]) -> list[str] | None:
    """The parts of ``text`` from ``at`` to its end as names with their type words in front, when
    they are all names of units followed by type words (two at least); else None."""
    out: list[str] = []
    while at < len(text):
        m = _NAME_THEN_TYPE.match(text, at)
        if m is None or m.end() == at or not is_name(ascii_key(m.group(1))):
            return None
        out.append(f"{m.group(2)[:1].upper()}{m.group(2)[1:]} {m.group(1)}")
        at = m.end()
    return out if len(out) >= 2 else None


# A full type word glued to the name after it, as all-capital or lower-case texts write it (the
# mixed case is cut by the capitals: ``HuyệnNgọc Lặc``): ``HUYỆNNGỌC LẶC``, ``huyệnthạchan``,
# ``THỊXÃTRẢNGBÀNG``, ``XÃĐỨCLONG``; and ``T.P`` glued so (``T.PPHU LY``, not ``T.Phú``).
_GLUED_TYPE: Final = re.compile(
    r"(?i)(?<![^\W\d_])(thành\s?phố|thanh\s?pho|thị\s?trấn|thi\s?tran|thị\s?xã|thi\s?xa|phường|phuong|huyện|huyen"
    r"|quận|quan|tỉnh|tinh|xã|xa)([^\W\d_]{2,})"
)
_GLUED_CITY: Final = re.compile(r"(?<![^\W\d_])([Tt]\.)([Pp])([^\W\d_]{2,})")
_LONGEST_SYLLABLE = 7  # ``nghiêng``: letters of the longest Vietnamese syllable


def types_unglued(address: str, syllables: frozenset[str]) -> str:
    """``address`` with a full type word glued to the name after it set apart (see
    ``_GLUED_TYPE``), where the word is no syllable itself (``Quang``, ``Xanh``) and the letters
    after the type word are syllables of unit names (``ngoc``, ``trangbang``); the same string
    when it holds none."""
    if _GLUED_CITY.search(address) is not None:
        address = _GLUED_CITY.sub(lambda m: _city_unglued(m, syllables), address)

    def unglued(m: re.Match[str]) -> str:
        whole = ascii_key(m.group(0)).replace(" ", "")
        rest = ascii_key(m.group(2))
        if whole in syllables or " " in rest or not _syllables_only(rest, syllables):
            return m.group(0)
        return f"{m.group(1)} {m.group(2)}"

    return _GLUED_TYPE.sub(unglued, address)


def _city_unglued(m: re.Match[str], syllables: frozenset[str]) -> str:
    """``T.PPHU LY``: ``T.P PHU LY``, where the letters after ``T.P`` are syllables and those after
    ``T.`` start with no syllable (no word starts with ``pp``; ``T.Phú``, ``T.Phan Thiết`` are left
    as they are)."""
    after_p = ascii_key(m.group(3))
    if after_p[:1] != "p" or not _syllables_only(after_p, syllables):
        return m.group(0)
    return f"{m.group(1)}{m.group(2)} {m.group(3)}"


def _syllables_only(letters: str, syllables: frozenset[str]) -> bool:
    """Whether ``letters`` (folded, no space) is a run of ``syllables`` glued together."""
    ends = [True] + [False] * len(letters)
    for i in range(len(letters)):
        if ends[i]:
            for j in range(i + 1, min(len(letters), i + _LONGEST_SYLLABLE) + 1):
                if letters[i:j] in syllables:
                    ends[j] = True
    return ends[-1]
