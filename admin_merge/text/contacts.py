"""The contact parts around an address in an order or a delivery note.

A shop's order, a courier's label or a form pasted whole puts the buyer's phone number, name and
wishes before or after the address, each in a part of its own (``sđt 0985.536.721 / 77 Tôn Đức
Thắng, xã Hòa Lộc, h Hậu Lộc, T.Hóa / Ngọc Trâm / để ở bảo vệ giúp em``; ``P. Đông Hưng Thuận -
Q12  sđt 0751487484  giao giờ hành chính  Mr Khoa``). :func:`contacts_trimmed` drops such parts
from both ends, and the unmistakable ones between the units: a part holding a phone number, or
starting with a contact's label (``sđt``,
``Tên:``, ``Mr``, ``chị``) or a delivery wish (``giao``, ``gọi trước``, ``thu hộ``, ``ko nghe
máy``). A part that names a unit (``Anh Sơn``, ``Cô Tô``, ``Chi Lăng`` are districts) is never a
contact: the caller says which texts are units' names. The reader reads the trimmed text only
when the text as written reads as nothing firm, and takes it when it reads firmly (or near, where
the whole read as nothing; or flagged, where the whole read near).

    >>> contacts_trimmed("P. Đông Hưng Thuận - Q12  sđt 0751487484  giao giờ hành chính  Mr Khoa", lambda s: False)
    'P. Đông Hưng Thuận - Q12'
    >>> contacts_trimmed("0825667505 / 153/21 Võ Văn Tần, Huyện Vũng Liêm / Em Thảo", lambda s: False)
    '153/21 Võ Văn Tần, Huyện Vũng Liêm'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

# Where a part ends: a comma, semicolon, bar or line break, a dash or slash between spaces, two
# spaces or more. Each starts with a space or one of those marks: one test of that character
# first passes every other place, where the three would each be tried (the same splits).
_PARTS: Final = re.compile(r"(?=[\s,;|])(\s*[,;|\n]\s*|\s+[-\u2013/]\s+|\s\s+)")
# A phone number: nine to eleven digits after 0 or +84/84, in groups separated by dots, spaces
# or dashes (``0985.536.721``, ``+84 930394076``, ``0838 359 101``).
_PHONE: Final = re.compile(r"(?<![\w/])(?:\+?84|0)[\s.\-]?\d(?:[\s.\-]?\d){7,9}(?![\w/])")
# A contact's label or a wish, at a part's start, as written (lower case; with its own marks or
# none where no name starts so: not ``chi``, ``nhan``, ``ban``, ``ten``, ``don``, which start Chi Minh,
# Nhân Khang, Bản ...): ``sđt``, ``đt``, ``tel``, ``tên``, ``người nhận``, ``mr``, ``chị``, ``gọi trước``...
_LABEL: Final = re.compile(
    r"(?:sđt|sdt|đt|dt|đtdđ|tel|phone|mobile|hotline|zalo|liên hệ|lh|tên|người nhận|nguoi nhan"
    r"|mr|ms|mrs|anh|chị|em|cô|bạn|a|c|e"
    r"|gọi|giao|ship|ko|k|không|khong|để|đơn|thu hộ|thu ho|cod|nhận hàng|nhan hang|nhắn)"
    r"(?![\w])"
)
# Between the units, only a field's label or a wish says a part is none of the address: a
# person's name is said by the phone number after it (``_person``).
_FIELD: Final = re.compile(
    r"(?:sđt|sdt|đt|tel|người nhận|nguoi nhan|tên|mã đơn|ma don|mã vận đơn|#|để hàng|de hang|không giao|ko giao"
    r"|hàng dễ vỡ|hang de vo|gọi trước|goi truoc|nhà màu|gần cổng|giao giờ|giao hàng giờ)(?!\w)"
)
# What a part that starts with a wish may not hold: a unit's type word (``giao về xã ...``).
_TYPE_WORD: Final = re.compile(
    r"(?<!\w)(?:xã|phường|thị trấn|quận|huyện|tỉnh|thành phố|thị xã|xa|phuong|quan|huyen|tinh|tp|tx"
    r"|commune|ward|district|town|township|province|prov|city|county|village)(?!\w)"
)


def contacts_trimmed(text: str, is_unit: Callable[[str], bool]) -> str:
    """``text`` without its contact parts: at its start and its end any contact, a phone number, a
    label, a wish; between the units only what cannot be a unit's part: a phone number with the
    name written before it (``Lê Minh Tuấn - 0939 022 243``), a labelled field (``Người nhận:
    ...``, ``Mã đơn: ...``) or a wish (``không giao thứ 7``). ``text`` itself when it has none, or
    when nothing but contacts would be left."""
    parts = _PARTS.split(text)
    values = parts[::2]
    n = len(values)
    dropped = [False] * n
    first, last = 0, n
    while first < last and _contact(values[first], is_unit):
        dropped[first] = True
        first += 1
    while last > first and _contact(values[last - 1], is_unit):
        dropped[last - 1] = True
        last -= 1
    for k in range(first, last):
        if _phone_part(values[k]):
            dropped[k] = True
            if k > first and _person(values[k - 1]) and not is_unit(values[k - 1]):
                dropped[k - 1] = True  # ``Lê Minh Tuấn - 0939 022 243``
        elif _FIELD.match(written := _written(values[k])) is not None and _TYPE_WORD.search(written) is None:
            dropped[k] = True
    if all(dropped) or not any(dropped):
        return text
    out: list[str] = []
    for k in range(n):
        if not dropped[k]:
            if out:
                out.append(parts[2 * k - 1])
            out.append(values[k])
    return "".join(out).strip(" ,;|-/")


def _phone_part(part: str) -> bool:
    """Whether a part is a phone number with at most a label or a name around it (``sđt
    0985.536.721``, ``Lê Minh Tuấn 0939 022 243``), not an address with a phone glued to it
    (``ap 5 x my thanh dong h duc hue sdt 0732349490``)."""
    # Every match of ``_PHONE`` starts with ``0`` or ``84``: a part with neither digit (most parts:
    # ``Xã Hòa Lộc``) holds none, and is not searched (the search tries every place of it).
    if "0" not in part and "8" not in part:
        return False
    phone = _PHONE.search(part)
    if phone is None or _TYPE_WORD.search(part.lower()) is not None:
        return False
    return len(part[: phone.start()].split()) <= 3 and len(part[phone.end() :].split()) <= 3


def _person(part: str) -> bool:
    """Whether a part is a person's name: two to four capitalised words, no type word."""
    words = part.split()
    return (
        1 < len(words) <= 4
        and all(w[0].isupper() and w.isalpha() for w in words)
        and _TYPE_WORD.search(part.lower()) is None
    )


def _written(part: str) -> str:
    return unicodedata.normalize("NFC", part.strip(" ,.;:()[]")).lower()


def _contact(part: str, is_unit: Callable[[str], bool]) -> bool:
    """Whether a part at either end is a phone number, a contact or a wish, not a unit."""
    written = _written(part)
    if not written or is_unit(written):
        return False
    if _FIELD.match(written) is not None:
        return _TYPE_WORD.search(written) is None
    if _phone_part(written):
        return True
    label = _LABEL.match(written)
    return label is not None and _TYPE_WORD.search(written) is None
