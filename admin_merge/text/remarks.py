"""Remarks written after an address, and words written twice in it.

A register or a converter's output often ends an address with the legal basis of the unit or a
remark on the record: ``(theo Nghị quyết số 1659/NQ-UBTVQH15 ngày 16/6/2025)``, ``(NQ 1659)``, ``-
căn cứ NQ 202/2025/QH15``, ``(cập nhật địa giới mới 2025)``, ``(đăng ký thường trú từ 2005)``,
``(theo CCCD cấp ngày 12/3/2021)``. Their numbers and words (a resolution's number, a year, a
date) are no unit's: ``remarks_dropped`` drops such a bracket anywhere, or such a remark after a
separator at the end.

A hurried clerk or a form filled twice writes a unit's name, or the unit, twice in a row:
``Xã Vĩnh Thuận Xã Vĩnh Thuận``, ``Xã Bình Nguyên Bình Nguyên``, ``phường 4 phường 4``.
``repeats_dropped`` keeps one of two equal runs of two to six words that follow each other (case
aside; the first may follow a type word's capital glued to it: ``XNam Đàn Nam Đàn``); a single
word written twice is left (names such as ``Ba Ba`` are not rare enough to tell).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

_REMARK_START = (
    r"(?:theo\s+(?:ngh[ịi]\s+quy[ếe]t|nq|quy[ếe]t\s+[đd][ịi]nh|q[đd]|cccd|cmnd|s[ổo]\s+h[ộo]\s+kh[ẩa]u)"
    r"|c[ăa]n\s+c[ứu]|nq\s*(?:s[ốo]\s*)?\d|ngh[ịi]\s+quy[ếe]t\s+(?:s[ốo]\s*)?\d|c[ậa]p\s+nh[ậa]t|[đd][ăa]ng\s+k[ýy]"
    r"|t[ừu]\s+ng[àa]y\s+\d)"
)
_REMARK_IN_PARENS: Final = re.compile(rf"(?i)\s*[(\[]\s*{_REMARK_START}[^()\[\]]*[)\]]")
_REMARK_AT_END: Final = re.compile(rf"(?i)(?:\s*[;,]\s*|\s+[-\u2013]\s+){_REMARK_START}[^()]*$")
# A remark that a colon or a unit's type word follows is a label before the address, or a note
# with units in it (``cập nhật theo địa chỉ mới: Huyện Lai Vung, Đồng Tháp``): not dropped.
_UNITS_AFTER: Final = re.compile(
    r"(?i):|\b(?:x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+tr[ấa]n|qu[ậa]n|huy[ệe]n|t[ỉi]nh|th[àa]nh\s+ph[ốo]|th[ịi]\s+x[ãa])\s+[^\W\d_]"
)
# Every remark starts with one of these (a cheap test first).
_MAY_REMARK: Final = re.compile(r"(?i)theo|c[ăa]n\s|nq|ngh[ịi]|c[ậa]p|[đd][ăa]ng|t[ừu]\s+ng")


def remarks_dropped(text: str) -> str:
    """``text`` without the remarks on its legal basis or record (see the module's docstring);
    the same string when it holds none."""
    if _MAY_REMARK.search(text) is None:
        return text
    cut = _REMARK_IN_PARENS.sub("", text)
    end = _REMARK_AT_END.search(cut)
    if end is not None and end.start() > 0 and _UNITS_AFTER.search(cut, end.start() + 1) is None:
        cut = cut[: end.start()]  # (not a label before units: ``, đăng ký thường trú: Thôn 5, Xã ...``)
    return cut


_WORD: Final = r"[^\W_]+"
# Two equal runs of words, one space (or spaces) apart: not cells joined by tabs (``An Giang\tChợ
# Mới\tChợ Mới``: a district and its town).
# The repeat ends its part, or a type word follows (``Tỉnh Điện Biên Điện Biên Đông``: a longer name).
_PART_END: Final = r"(?=\s*[,;|()\-\u2013]|\s*$|\s+(?:x|xã|p|phường|h|huyện|q|quận|t|tỉnh|tp|tx|thành|thị)\b)"
_REPEAT: Final = re.compile(rf"(?i)(?<![^\W_])({_WORD}(?: +{_WORD}){{1,5}}) +\1{_PART_END}")
# The first run may follow a type word's capital glued to it (``XNam Đàn Nam Đàn``, ``TXTrảng Bàng``).
_GLUED_TYPE_LETTER: Final = re.compile(r"(?<![^\W_])T?[XPHTQ][A-ZĐ][a-zà-ỹđ]")  # a cheap test first (``XNam``)
_GLUED_REPEAT: Final = re.compile(
    r"(?-i:(?<=(?<![^\W_])[XPHTQ])|(?<=(?<![^\W_])T[XTP]))"
    rf"(?i:({_WORD}(?: +{_WORD}){{1,5}}) +\1{_PART_END})"
)
_TYPE: Final = (
    r"(?:x|p|tt|q|h|t|tp|tx|xã|xa|phường|phuong|thị\s+trấn|thi\s+tran|quận|quan|huyện|huyen|thị\s+xã|thi\s+xa"
    r"|thành\s+phố|thanh\s+pho|tỉnh|tinh)"
)
_TOWN: Final = re.compile(r"(?i)(?:tt|th[ịi]\s+tr[ấa]n)\.?$")  # a town is named like its district
_TYPED_RUN: Final = re.compile(rf"(?i){_TYPE}(?:\.|\s)")  # the run starts with its type word
_TYPE_BEFORE: Final = re.compile(rf"(?i)(?:^|(?<=[\s,;.(]))(?:{_TYPE})\.?\s*$")  # or follows one


def repeats_dropped(text: str) -> str:
    """``text`` with a typed unit's name, or the typed unit, written twice in a row kept once (see
    the module's docstring); the same string when it holds none. A bare name written twice is
    left: it may be a commune and its district of the same name (``Vĩnh Tường Vĩnh Tường``)."""
    low = text.lower().replace(",", " ").replace(".", " ").replace(";", " ").replace("|", " ").replace(":", " ")
    ws = low.replace("-", " ").split()  # words apart, marks aside (``str.translate`` is slower)
    if len(ws) == len(set(ws)):
        return text  # no word twice: no run twice
    if len(set(pairwise(ws))) < len(ws) - 1:  # two words twice in a row
        text = _REPEAT.sub(_typed_once, text)
    if _GLUED_TYPE_LETTER.search(text) is not None:
        text = _GLUED_REPEAT.sub(r"\1", text)
    return text


def _typed_once(m: re.Match[str]) -> str:
    run = m.group(1)
    if _TYPED_RUN.match(run) is not None:
        return run
    before = _TYPE_BEFORE.search(m.string, 0, m.start())
    if before is not None and _TOWN.match(before.group(0).strip()) is None:
        return run
    return m.group(0)  # (after ``Thị trấn``, the name again is its district's: ``Thị trấn Tân Phú Tân Phú``)
