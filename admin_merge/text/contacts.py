"""The contact parts around an address in an order or a delivery note.

A shop's order, a courier's label or a form pasted whole puts the buyer's phone number, name and
wishes before or after the address, each in a part of its own (``sđt 0985.536.721 / 77 Tôn Đức
Thắng, xã Hòa Lộc, h Hậu Lộc, T.Hóa / Ngọc Trâm / để ở bảo vệ giúp em``; ``P. Đông Hưng Thuận -
Q12  sđt 0751487484  giao giờ hành chính  Mr Khoa``). :func:`contacts_trimmed` drops such parts
from both ends: a part holding a phone number, or starting with a contact's label (``sđt``,
``Tên:``, ``Mr``, ``chị``) or a delivery wish (``giao``, ``gọi trước``, ``thu hộ``, ``ko nghe
máy``). A part that names a unit (``Anh Sơn``, ``Cô Tô``, ``Chi Lăng`` are districts) is never a
contact: the caller says which texts are units' names. The reader reads the trimmed text only
when the text as written reads as nothing firm, and takes it only when it reads firmly.

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

# Where a part ends: a comma, semicolon, bar, line break or parenthesis, a dash or slash between
# spaces, two spaces or more.
_PARTS: Final = re.compile(r"(\s*[,;|\n]\s*|\s+[-\u2013/]\s+|\s\s+)")
# A phone number: nine to eleven digits after 0 or +84/84, in groups separated by dots, spaces
# or dashes (``0985.536.721``, ``+84 930394076``, ``0838 359 101``).
_PHONE: Final = re.compile(r"(?<![\w/])(?:\+?84|0)[\s.\-]?\d(?:[\s.\-]?\d){7,9}(?![\w/])")
# A contact's label or a wish, at a part's start, as written (lower case; with its own marks or
# none): ``sđt``, ``đt``, ``tel``, ``tên``, ``người nhận``, ``mr``, ``chị``, ``gọi trước``...
_LABEL: Final = re.compile(
    r"(?:sđt|sdt|đt|dt|đtdđ|tel|phone|mobile|hotline|zalo|liên hệ|lh|tên|ten|người nhận|nguoi nhan"
    r"|mr|ms|mrs|anh|chị|chi|em|cô|bạn|ban|a|c|e"
    r"|gọi|goi|giao|ship|ko|k|không|khong|để|đơn|don|thu hộ|thu ho|cod|nhận hàng|nhan hang|nhắn|nhan)"
    r"(?![\w])"
)
# What a part that starts with a wish may not hold: a unit's type word (``giao về xã ...``).
_TYPE_WORD: Final = re.compile(
    r"(?<!\w)(?:xã|phường|thị trấn|quận|huyện|tỉnh|thành phố|thị xã|xa|phuong|quan|huyen|tinh|tp|tx)(?!\w)"
)


def contacts_trimmed(text: str, is_unit: Callable[[str], bool]) -> str:
    """``text`` without the contact parts at its start and its end (``text`` itself when it has
    none, or when nothing but contacts would be left)."""
    parts = _PARTS.split(text)
    values = parts[::2]
    first, last = 0, len(values)
    while first < last and _contact(values[first], is_unit):
        first += 1
    while last > first and _contact(values[last - 1], is_unit):
        last -= 1
    if first == last or (first == 0 and last == len(values)):
        return text
    return "".join(parts[2 * first : 2 * last - 1]).strip(" ,;|-/")


def _contact(part: str, is_unit: Callable[[str], bool]) -> bool:
    """Whether a part is a phone number, a contact or a wish, not a unit."""
    written = unicodedata.normalize("NFC", part.strip(" ,.;:()[]")).lower()
    if not written or is_unit(written):
        return False
    if _PHONE.search(written) is not None:
        return _TYPE_WORD.search(written) is None
    label = _LABEL.match(written)
    return label is not None and _TYPE_WORD.search(written) is None
