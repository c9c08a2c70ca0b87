"""What a writer crossed out or took back in an address: the unit meant is the one kept.

A clerk who corrects a record in an editor strikes the wrong unit through (``xã ~~Hải Nam~~ Hải
Hòa``, Markdown; ``xã S̶o̶n̶g̶ ̶A̶n̶ Hòa Bình``, the combining stroke of chat apps; ``<del>``,
``<s>``, ``<strike>`` of HTML); one who types or speaks takes it back in words (``xã Lạc Hòa à nhầm
xã Lai Hòa``, ``xã Tiên Lương (không phải Tân Hòa đâu ạ)``, ``... Sửa lại: xã Thạnh Hóa, T. Tây
Ninh``, ``Ghi nhầm xã Linh Sơn, đúng là ...``, ``... *xin lỗi, phường Hòa Lợi chứ ko phải Bình
Thới``). Read as written, both units are there and the wrong one may win: the wrong one goes.

    >>> corrected("Tổ 16, xã ~~Hải Nam~~ Hải Hòa, huyện Hải Hậu, Tỉnh Nam Định")
    'Tổ 16, xã Hải Hòa, huyện Hải Hậu, Tỉnh Nam Định'
    >>> corrected("xã Lạc Hòa à nhầm xã Lai Hòa, thị xã Vĩnh Châu, Sóc Trăng")
    'xã Lai Hòa, thị xã Vĩnh Châu, Sóc Trăng'
    >>> corrected("Số 29, phường Bình Thới, TP. Hồ Chí Minh *xin lỗi, phường Hòa Lợi chứ ko phải Bình Thới")
    'Số 29, phường Hòa Lợi, TP. Hồ Chí Minh'
    >>> corrected("Thôn 5, xã Tiên Lương, T. Phú Thọ")  # nothing taken back: the text as it was
    'Thôn 5, xã Tiên Lương, T. Phú Thọ'

``corrected`` leaves a text with none of these words or marks as it is (``may_correct`` is the
cheap test run on every address first).
"""

from __future__ import annotations

import re
from typing import Final

from admin_merge.text.normalize import ascii_key

# Struck through: Markdown, HTML, and letters each followed by a combining stroke (U+0335, U+0336).
_MARKDOWN: Final = re.compile(r"\s*~~[^~\n]{1,80}~~")
_HTML: Final = re.compile(r"(?i)\s*<(del|s|strike)\b[^>]*>[^<]{0,80}</\1\s*>")
_STROKED: Final = re.compile(r"(?:[^\u0335\u0336][\u0300-\u0334]*[\u0335\u0336][\u0300-\u036f]*)+")

_TYPE: Final = (
    r"(?:x[ãa]|ph[ưu][ờo]ng|th[ịi]\s+tr[ấa]n|th[ịi]\s+x[ãa]|huy[ệe]n|qu[ậa]n|t[ỉi]nh|th[àa]nh\s+ph[ốo]|tp"
    r"|[đd][ặa]c\s+khu|[xpqht]t?\.)"
)
_TYPE_WORD: Final = re.compile(rf"(?i)(?<![^\W\d_]){_TYPE}(?![^\W\d_])")
_STARTS_TYPED: Final = re.compile(rf"(?i)\s*{_TYPE}(?![^\W\d_])")

# Taken back while writing: ``A à nhầm B``, ``A, ờ nhầm, B``, ``A nhầm rồi, B``.
_SLIP: Final = re.compile(r"(?i)\s*,?\s*(?:(?:à|ờ|ơ|á|ấy)\s*,?\s*nhầm(?:\s+rồi)?|nhầm\s+rồi)\s*[,:.]?\s*")
# A remark that names the wrong unit: ``(không phải Tân Hòa đâu ạ)``, ``(chứ ko phải X)``; the
# right one may be written in it too: ``(không phải A mà là B)``, ``(không phải đâu, B mới đúng)``,
# ``(không phải, là B)``, ``(ko phải, đúng là B)``.
_NOT_THIS: Final = re.compile(r"(?i)\s*\((?:chứ\s+)?(?:không|ko|k|hông|khong)\s+ph[ảa]i\b([^()]{0,80})\)")
_RIGHT_ONE: Final = re.compile(
    r"(?i)(?:\bmà\s+là|(?:^|,)\s*(?:đúng\s+)?là|đúng\s+ra\s+là)\s+(?P<after>[^,()]+?)\s*(?:mới\s+đúng)?\s*(?:ạ|nhé|nha)?\s*$"
    r"|(?:^|,)\s*(?P<before>[^,()]+?)\s+mới\s+đúng\s*(?:ạ|nhé|nha)?\s*$"
)
# The whole address written again: ``... Sửa lại: <address>``, ``Ghi nhầm X, đúng là <address>``.
_AGAIN: Final = re.compile(r"(?i)(?:^|[\s.,;]+)(?:xin\s+)?(?:sửa\s+lại|đính\s+chính)\s*(?:là|thành)?\s*:?\s*")
_WRONG_THEN_RIGHT: Final = re.compile(r"(?i)(?:^|[\s.,;]+)ghi\s+nhầm\b[^;]{0,60}?,?\s*đúng\s+(?:ra\s+)?là\s*:?\s*")
# What a house, a floor or a block is numbered or named by: a correction of it is no unit's.
_STREETISH: Final = re.compile(
    r"(?i)^(?:số|so|lầu|lau|tầng|tang|block|nhà|nha|căn|can|phòng|phong|lô|lo|kiot|ngõ|ngo|hẻm|hem|ngách"
    r"|ngach|tổ|to|thôn|thon|xóm|xom|ấp|ap|khu|khóm|khom)(?![^\W_])|^\d"
)
_TYPE_BEFORE: Final = re.compile(rf"(?i)(?<![^\W\d_]){_TYPE}\s*$")
# An apology after the address: ``*xin lỗi, phường B chứ ko phải A``.
_SORRY: Final = re.compile(
    r"(?i)\s*[*]?\s*xin\s+lỗi\s*[,:]?\s*(?P<right>[^,;]{2,60}?)\s+chứ\s+(?:không|ko|k|hông|khong)\s+ph[ảa]i\s+"
    r"(?P<wrong>[^,;.]{1,60}?)\s*[.!]?\s*$"
)


def may_correct(text: str) -> bool:
    """Whether ``text`` may hold a correction (one look per mark, on every address)."""
    return (
        "~~" in text
        or "\u0336" in text
        or "\u0335" in text
        or "nhầm" in text
        or "phải" in text
        or "phai)" in text
        or "</" in text
        or "ửa lại" in text
        or "ính chính" in text
    )


def corrected(text: str) -> str:
    """``text`` without what its writer struck through or took back."""
    if not may_correct(text):
        return text
    out = _MARKDOWN.sub("", text)
    out = _HTML.sub("", out)
    if "\u0336" in out or "\u0335" in out:
        out = _STROKED.sub(" ", out)
    out = _not_this(out)
    out = _apology(out)
    out = _written_again(out)
    out = _slip(out)
    out = re.sub(r"[ \t]{2,}", " ", out).strip()
    return re.sub(r"\s+,", ",", out) if out != text else text


_SHORT_TYPES: Final = {"p": "phuong", "x": "xa", "q": "quan", "h": "huyen", "t": "tinh", "tt": "thi tran"}


def _canonical(word: str) -> str:
    """A type word as one key however written (``P.``, ``phường``, ``Phuong``: ``phuong``)."""
    key = " ".join(ascii_key(word).replace(".", " ").split())
    return _SHORT_TYPES.get(key, key)


def _not_this(text: str) -> str:
    """The remarks that say a unit is not the one written dropped; where one names the right unit,
    that unit in place of the one before it (``Phường 5 (không phải phường 5 mà là phường 9)``)."""
    m = _NOT_THIS.search(text)
    if m is None:
        return text
    right = _RIGHT_ONE.search(m.group(1))
    if right is None:
        return _NOT_THIS.sub("", text)
    unit = (right.group("after") or right.group("before") or "").strip()
    before, after = text[: m.start()], text[m.end() :]
    if not unit or not before.strip():
        return text
    typed = _STARTS_TYPED.match(unit)
    if typed is None and _STREETISH.match(unit) is not None:
        return _NOT_THIS.sub("", text)  # (``(không phải số 5 mà là số 12)``: the house, not the ward)
    if typed is not None:
        # The unit of its type word written last before the remark (``xã A, huyện B, tỉnh C (không
        # phải đâu, xã D mới đúng)``: xã A), up to its part's end.
        word = _canonical(typed.group(0))
        starts = [t for t in _TYPE_WORD.finditer(before) if _canonical(t.group(0)) == word]
        if starts:
            start = starts[-1].start()
            end = min((i for i in (before.find(",", start), before.find(";", start)) if i >= 0), default=len(before))
            return f"{before[:start]}{unit}{before[end:]}{after}"
        return _NOT_THIS.sub("", text)  # (no unit of that type before it: ``Phường 5 (không phải Quận 5, là Quận 3)``)
    return _slip(f"{before} à nhầm {unit}{after}")


def _apology(text: str) -> str:
    """``..., phường Bình Thới, ... *xin lỗi, phường Hòa Lợi chứ ko phải Bình Thới``: the unit
    named wrong replaced where it was written; as it was when the wrong name is not there."""
    m = _SORRY.search(text)
    if m is None:
        return text
    before, right, wrong = text[: m.start()], m.group("right").strip(), m.group("wrong").strip()
    bare = _STARTS_TYPED.sub("", wrong, count=1).strip().lower()
    if not bare:
        return text
    whole = list(re.finditer(rf"(?<![^\W_]){re.escape(bare)}(?![^\W_])", before.lower()))
    if _STARTS_TYPED.match(right) is None and (_STREETISH.match(right) is not None or bare.isdigit()):
        # A house's number taken back (``Số 2, Phường 2, ... *xin lỗi, số 12 chứ ko phải 2``): never
        # the number of a unit's name.
        whole = [w for w in whole if _TYPE_BEFORE.search(before[: w.start()]) is None]
        if not whole:
            return before.rstrip(" ,;*")
    if not whole:
        return text  # (the wrong name only inside another: ``1`` in ``Quận 11``)
    at = whole[-1].start()
    start = max(before.rfind(",", 0, at), before.rfind(";", 0, at)) + 1
    end = at + len(bare)
    lead = before[start:at]
    if _STARTS_TYPED.match(right) is None and _TYPE_WORD.search(lead) is not None:
        right = f"{lead.strip()} {right}"  # (``xã B chứ ko phải A`` without its type word: the one written)
    return f"{before[:start]}{' ' if start else ''}{right}{before[end:]}"


def _written_again(text: str) -> str:
    """The address after ``Sửa lại:`` or ``Ghi nhầm ..., đúng là``: the one meant, written in
    full; a unit alone there replaces the unit of its type word in the text before it."""
    for pattern in (_WRONG_THEN_RIGHT, _AGAIN):
        m = pattern.search(text)
        if m is None:
            continue
        before, after = text[: m.start()].strip(" ,.;"), text[m.end() :].strip(" ,.;")
        if not after:
            return text
        typed = _STARTS_TYPED.match(after)
        if typed is None or not before:
            return after
        word = typed.group(0).strip().lower()
        parts = before.split(",")
        whole = "," in after  # (the address again from its commune: the street before it stays)
        for i in range(len(parts) - 1, -1, -1):
            if parts[i].strip().lower().startswith(word):
                kept = parts[:i] + [after] + ([] if whole else parts[i + 1 :])
                return ", ".join(p.strip() for p in kept)
        return after
    return text


def _slip(text: str) -> str:
    """``xã Lạc Hòa à nhầm xã Lai Hòa, ...``: the unit written last before the slip goes."""
    m = _SLIP.search(text)
    if m is None or m.start() == 0:
        return text
    before, after = text[: m.start()], text[m.end() :]
    if not after.strip():
        return text
    typed = list(_TYPE_WORD.finditer(before))
    if typed:
        last = typed[-1]
        cut = last.start() if _STARTS_TYPED.match(after) is not None else last.end()
        return f"{before[:cut].rstrip()} {after.lstrip()}".strip()
    start = max(before.rfind(","), before.rfind(";")) + 1
    return f"{before[:start]} {after.lstrip()}".strip()
