"""Splitting a free-text address into segments, read later from the right (province first).

Separators are commas, semicolons, newlines, pipes and a dash with spaces around it (not the
dash inside ``Bà Rịa-Vũng Tàu``). A segment is split again before a type word or its
abbreviation, so ``KP5 F.7 Q.Gò Vấp`` gives ``KP5`` / ``F.7`` / ``Q.Gò Vấp``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from admin_merge.memo import memoize
from admin_merge.text.normalize import ascii_key, fold_typography
from admin_merge.text.unit_names import TYPE_WORDS_ACCENTED, TYPE_WORDS_ASCII

# A note after an address on what its unit became at a date (``..., từ 01/01/2020 là xã Nánh
# Nghê``): the address names the unit of its time (the reader and the earlier registers drop it).
LATER_NAME = (
    r"\s*[,;(-]\s*(?:kể\s+)?(?:từ|tu)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d\s+(?:là|la|thành|đổi thành)\b[^;|]*$"
)

# A capitalised word glued to the number or the lower-case letter before it (``Phường 5Quận
# 3Thành phố``, ``Xã Đông ThànhTỉnh Nghệ An``: spreadsheet cells joined). The registers write
# three names so (EaBar, EaBia, EaTrol): they are found with their space too. Not after a single
# letter: ``Long ơSn`` is OCR's swap (Sơn), which its repair reads.
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# A cheap test first, from the capital (rarer than the letter before it: the search skips to it).
MAY_BE_GLUED = re.compile(rf"[{_UPPER}](?<=[\d{_LOWER}].)")
GLUED_CELLS = re.compile(rf"(?:(?<=\d)|(?<=[{_UPPER}{_LOWER}][{_LOWER}]))(?=[{_UPPER}][{_LOWER}])")
# A name's first syllable as its capital initial glued to the next syllable (``BThạnh``: Bình
# Thạnh, ``GVấp``), a letter that is no type word's (``TBình``, ``PThạnh`` are cut at the type).
INITIAL_GLUED = re.compile(rf"(?<![\w.])([ABCDĐGKLMNSVY])(?=[{_UPPER}][{_LOWER}]+(?![\w.]))")
# A dash glued to the word after it only (``08 -P3``): written from the space, which the search
# skips to, and looking back from the dash (the same matches as ``(?<=\w) -(?=[^\W\d_])``).
SPACE_DASH = re.compile(r" -(?<=\w -)(?=[^\W\d_])")
# Before a unit's type word inside a text without separators (``Xã Thanh Long Huyện Thông Nông T
# Cao Bằng``, ``Tt Văn Quan H Văn Quan Tt Lạng Sơn``): a full word in any case (not ``xã`` after
# ``thị``), or a capital abbreviation with a dot or a space before a name (case kept: ``x``, ``h``
# in lower case are often something else).
_AT_TYPE = re.compile(
    r"(?<=\S)(?<![Tt]hị)(?<!THỊ)\s+(?="
    r"(?i:thị\s+trấn|thị\s+xã|thành\s+phố|xã|phường|huyện|quận|tỉnh|đặc\s+khu)\.?\s+[^\W_]"
    r"|(?:TT|Tt|TX|Tx|TP|Tp|X|P|Q|H|T|F)(?:\.\s*|\s+)[^\W\d_])"
)


# ``P.`` after a house number, before a ward typed later, is a street (phố), as Hà Nội and Hải
# Phòng write it: ``số 179 P. Trần Hưng Đạo, P. Hoàn Kiếm``.
_PHO_STREET = re.compile(
    r"^(\s*(?:[Ss]ố\s*)?\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*\s+)[Pp]\.\s*(?=[^\W\d_][^,;]*[,;]\s*(?:[Pp]\.|[Pp]hường\b))"
)


def pho_street(text: str) -> str:
    """``P.`` written for phố (a street) after a house number, where a ward follows.

    >>> pho_street("Số 33B P. Khâm Thiên, P.Đống Đa, Tp Hà Nội")
    'Số 33B phố Khâm Thiên, P.Đống Đa, Tp Hà Nội'
    >>> pho_street("12 P. Bến Nghé, Q.1, TP.HCM")
    '12 P. Bến Nghé, Q.1, TP.HCM'
    """
    return _PHO_STREET.sub(r"\1phố ", text, count=1) if "P." in text or "p." in text else text


def cut_at_types(text: str) -> str:
    """``text`` with a comma before each unit's type word after its first word, when it has no
    separator (``,``, ``;``, ``|``, a line, a spaced dash); as it is otherwise.

    >>> cut_at_types("Xã Thanh Long Huyện Thông Nông T Cao Bằng")
    'Xã Thanh Long, Huyện Thông Nông, T Cao Bằng'
    >>> cut_at_types("THÔN 3 XÃ AN BÌNH THỊ XÃ DĨ AN")
    'THÔN 3, XÃ AN BÌNH, THỊ XÃ DĨ AN'
    """
    if _SEPARATORS.search(text) is not None:
        return text
    return _AT_TYPE.sub(", ", text)


def cut_at_names(text: str, known: Callable[[str], bool]) -> str:
    """``text`` of words alone (no separator, no type word) cut into the names it may hold, read
    from the end: the longest run of up to four words that ``known`` takes for a unit's name
    (folded), else two words (most names have two syllables: a misspelt one stays whole); the
    street in front ends with the last word holding a digit. As it is when nothing is known.

    >>> names = {"hung yen", "thuy nguyen", "hai phong"}.__contains__
    >>> cut_at_names("Thủ Sỹ Thiên Lữ Hưng Yên", names)
    'Thủ Sỹ, Thiên Lữ, Hưng Yên'
    >>> cut_at_names("Tổ 13 Kv5 Phù Ninh Thủy Nguyên Hải Phòng", names)
    'Tổ 13 Kv5, Phù Ninh, Thủy Nguyên, Hải Phòng'
    """
    if _SEPARATORS.search(text) is not None:
        return text
    ws = text.split()
    street = max((i + 1 for i, w in enumerate(ws) if any(ch.isdigit() for ch in w)), default=0)
    keys = [ascii_key(w) for w in ws]
    groups: list[str] = []
    end, found = len(ws), False
    while end > street:
        for size in (4, 3, 2, 1):
            if end - size >= street and known(" ".join(keys[end - size : end])):
                found = True
                break
        else:
            size = min(2, end - street)
        groups.append(" ".join(ws[end - size : end]))
        end -= size
    if not found or len(groups) < 2:
        return text
    if street:
        groups.append(" ".join(ws[:street]))
    return ", ".join(reversed(groups))


_SEPARATORS = re.compile(r"[ \t]*([,;|\n\r]+|\s[-–—]\s)[ \t]*")
DASH = " - "  # how a dash separator is kept between two segments (names such as Bà Rịa - Vũng Tàu)
# Before a full type word, or an abbreviation followed by a dot or a digit. The lookbehind
# keeps the split at a word boundary; case-insensitive, with or without diacritics.
_DOTTED_TYPES = ("p", "f", "ph", "q", "h", "x", "tt", "tx", "tp", "t")
_NUMBERED_TYPES = ("p", "f", "q")
_ABBREVIATED = rf"(?:{'|'.join(_DOTTED_TYPES)})\.\s*\w|(?:{'|'.join(_NUMBERED_TYPES)})\d"


def _boundary(words: str, xa: str) -> re.Pattern[str]:
    """Before a full type word, or an abbreviation followed by a dot or a digit; before ``xã``
    only when it is not the end of ``thị xã``."""
    # Written from the first space, which then looks back at the character before it, so that
    # the search skips to the spaces; the same splits as ``(?<=\S)\s+(?=...)`` and
    # ``(?<!thị)(?<!thi)(?<=\S)\s+(?=xã\s)``. After the spaces comes the first letter of a type
    # word or an abbreviation: one test of that letter passes the spaces before any other word,
    # which the type words, each in turn and case-insensitive, would cost far more.
    first = {w[0] for w in words.split("|")} | {a[0] for a in _DOTTED_TYPES + _NUMBERED_TYPES} | {xa[0]}
    return re.compile(
        rf"\s(?=\s*+[{''.join(sorted(first))}])"
        rf"(?:(?<=\S\s)\s*(?=(?:{words})\s|{_ABBREVIATED})|(?<!thị\s)(?<!thi\s)(?<=\S\s)\s*(?={xa}\s))",
        re.IGNORECASE,
    )


def _alternatives(words: frozenset[str], leave_out: str = "") -> str:
    return "|".join(sorted((w for w in words if w != leave_out), key=len, reverse=True))


# Text written with diacritics is split only at type words written with diacritics
# ("Văn Quan" and "Ân Thi" are names there).
_TYPE_BOUNDARY = _boundary(_alternatives(TYPE_WORDS_ACCENTED, "xã"), "xã")
_TYPE_BOUNDARY_ASCII = _boundary(_alternatives(TYPE_WORDS_ASCII, "xa"), "xa")
# A part that starts with a type word: a spaced dash before it separates two units
# ("Xã Tả Van - Huyện Sa Pa"); no unit name has a dash followed by a type word.
_TYPE_START = re.compile(rf"(?:{_alternatives(TYPE_WORDS_ACCENTED)})(?:\s|\.|\d)|{_ABBREVIATED}", re.IGNORECASE)
_TYPE_START_ASCII = re.compile(rf"(?:{_alternatives(TYPE_WORDS_ASCII)})(?:\s|\.|\d)|{_ABBREVIATED}", re.IGNORECASE)
# Words that start a street-level part, never a unit of the register.
STREET_WORDS = re.compile(
    r"^(?:số|so|sn|thôn|thon|ấp|ap|bản|ban|xóm|xom|tổ|to|khu phố|khu pho|kp|khóm|khom|đường|duong|hẻm|hem|"
    r"ngõ|ngo|ngách|ngach|kiệt|kiet|lô|lo|phòng|phong|căn hộ|can ho|tầng|tang|tòa|toa)\b",
    re.IGNORECASE,
)


def split_address(text: str) -> list[str]:
    """Segments of an address, left to right, cleaned (NFC, spacing) but not otherwise changed.

    Two segments separated by a spaced dash are returned joined by :data:`DASH` in one
    segment *and* may be read apart (see :func:`dash_parts`), unless the second starts with
    a type word: ``Tổ 4 - Phường 3 - Bà Rịa - Vũng Tàu`` -> ``Tổ 4`` / ``Phường 3 - Bà Rịa - Vũng Tàu``.
    Cutting there keeps the street out of the unit part, which is what the reader caches.
    """
    plain = text.isascii()
    if not plain:
        text = fold_typography(text)
        plain = text.isascii()
    return _split_commas(text, plain) if commas_only(text) else _split_general(text, plain)


def commas_only(text: str) -> bool:
    """No separator but commas, no dash (a spaced one separates, an unspaced one is part of a
    name), and no whitespace but plain spaces (str.isprintable() is False for tabs, newlines,
    no-break spaces): the separator regex is not needed."""
    return text.isprintable() and not (
        "-" in text or ";" in text or "|" in text or "\u2013" in text or "\u2014" in text
    )


def _split_commas(text: str, plain: bool) -> list[str]:
    """Commas only (most registers): no separator regex, and no dash to glue."""
    pieces = _pieces_ascii if plain else _pieces_accented
    parts: list[str] = []
    for chunk in text.split(","):
        parts.extend(_comma_part(chunk, pieces))
    return parts


def _comma_part(chunk: str, pieces: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The segments of one comma-separated chunk (none for a blank one)."""
    if "  " in chunk:
        chunk = " ".join(chunk.split())
    chunk = chunk.strip(" .-")
    return pieces(chunk) if chunk else ()


def last_segments(text: str, count: int) -> list[str] | None:
    """The last ``count`` non-blank segments of ``split_address(text)`` (all of them when there
    are fewer), cut without cutting the chunks before them (a street part is the longest and
    most varied); None for a text that takes more than commas to cut."""
    if not text.isascii():
        text = fold_typography(text)
    if not commas_only(text):
        return None
    pieces = _pieces_ascii if text.isascii() else _pieces_accented
    tail: list[str] = []
    chunks = text.split(",")
    for k in range(len(chunks) - 1, -1, -1):
        tail[:0] = [s for s in _comma_part(chunks[k], pieces) if s.strip()]
        if len(tail) >= count:
            return tail[-count:]
    return tail


def _split_general(text: str, plain: bool) -> list[str]:
    type_start = _TYPE_START_ASCII if plain else _TYPE_START
    parts: list[str] = []
    glue = False
    for i, chunk in enumerate(_SEPARATORS.split(text)):
        if i % 2:  # a separator
            glue = chunk.strip() in ("-", "–", "—")
            continue
        if "  " in chunk or "\t" in chunk:
            chunk = " ".join(chunk.split())
        chunk = chunk.strip(" .-")
        if not chunk:
            continue
        merged = _pieces_ascii(chunk) if plain else _pieces_accented(chunk)
        if glue and parts and not type_start.match(merged[0]):
            parts[-1] = f"{parts[-1]}{DASH}{merged[0]}"
            parts.extend(merged[1:])
        else:
            parts.extend(merged)
        glue = False
    return parts


# Memo sizes: unit names and hamlets repeat across addresses.
PIECES = 500_000
STREET_PARTS = 500_000


@memoize(PIECES)
def _pieces_ascii(chunk: str) -> tuple[str, ...]:
    """An ASCII chunk split before its type words (one memo per alphabet: a one-string key)."""
    return _pieces(chunk, _TYPE_BOUNDARY_ASCII)


@memoize(PIECES)
def _pieces_accented(chunk: str) -> tuple[str, ...]:
    return _pieces(chunk, _TYPE_BOUNDARY)


def _pieces(chunk: str, boundary: re.Pattern[str]) -> tuple[str, ...]:
    """A chunk split before its type words."""
    merged: list[str] = []
    for piece in boundary.split(chunk) if " " in chunk else [chunk]:
        piece = piece.strip(" .-")
        if not piece:
            continue
        # A type word left alone belongs to the name after it ("Huyen Quan Son").
        if merged and is_type_word(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return tuple(merged) or (chunk,)


def dash_parts(segment: str) -> list[str]:
    """``Tổ 4 - Phường 3 - Bà Rịa - Vũng Tàu`` -> its dash-separated parts (one part: no dash)."""
    return segment.split(DASH)


def is_type_word(text: str) -> bool:
    """A bare type word (``Thành phố``, ``Xa``): no name in it."""
    return ascii_key(text) in TYPE_WORDS_ASCII


def is_street_part(segment: str) -> bool:
    """True for parts such as ``Thôn 3``, ``Số 12``, ``KP5``, ``Tổ 7``: never a unit."""
    return segment[:1].isdigit() or _starts_with_street_word(segment)


@memoize(STREET_PARTS)
def _starts_with_street_word(segment: str) -> bool:
    return STREET_WORDS.match(segment) is not None
