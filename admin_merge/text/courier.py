"""Notes for the courier written among the parts of an address (when to deliver or call,
where to leave the parcel, the order's number): dropped; directions to the house kept in the street."""

from __future__ import annotations

import re

from admin_merge.text.normalize import fold_chars
from admin_merge.text.vocabulary import typed_text

# Notes for the courier written among the parts of an address (a shop's order, a delivery app):
# when to deliver or call, where to leave the parcel, cash on delivery, the order's number, what
# the house looks like. A part that starts so is dropped whole (it names no unit, and is no part
# of the address a new one is written from); directions (``gần chợ``) stay in the street.
# What a part needs to be one of them (a cheap test of the whole address first): ``giao``,
# ``gọi``, ``để ``, ``gửi ``, ``xem``, ``vỡ``, ``nhẹ tay``, ``cod``, ``thu hộ``, ``đơn``, ``#``,
# ``màu``, ``gần``, ``cạnh``, ``đối``, ``sát``, in any case. Searched in the lower-cased text with
# every alternative starting with one letter: the search then skips the positions no alternative
# starts at, where ``(?i)`` and classes first made it try each one at every position. The same
# texts match: ``ı`` and ``ſ`` (which ``(?i)`` takes for ``i`` and ``s``) are in the classes, and
# ``İ`` (which lower-cases to two characters) is replaced first (see ``may_hold_note``).
_NOTE_GATE = re.compile(
    r"g(?:[iı]ao|[ọo][iı]|[ửu][iı]\s|[ầa]n)|đ(?:[ểe]\s|[ơo]n|[ốo][iı])|d(?:[ểe]\s|[ơo]n|[ốo][iı])"
    r"|xem|v[ỡo]|nh[ẹe] tay|c(?:od|[ạa]nh)|thu h[ộo]|#|m[àa]u|s[áa]t|ſ[áa]t"
)
_NOTE_PART = re.compile(
    r"(?:(?:khong|ko|k|dung)\s+)?giao\s+"
    r"(?:gio|trong|ngoai|buoi|vao|truoc|sau|tan noi|nhanh|hoa toc|ca|hang|luc|tu|den)\b"
    # (``Giao hàng tới: Xã Minh Lộc, ...``, ``giao hàng tới xã ...``: a label, the address after it)
    r"(?!\s*:)(?!\s+(?:toi|den|ve|tai)\s*(?::|(?:xa|phuong|thi tran)\b|[xp]\.))"
    r"|(?:khong|ko|k|dung)\s+(?:giao|goi|nhan|cho xem)\b"
    r"|goi\s+(?:truoc|dien|cho|khi|lai|ngay)\b"
    r"|(?:de|gui)\s+(?:hang|o|tai|lai)\b"
    r"|cho\s+xem\s+hang|(?:hang\s+)?de\s+vo|xin\s+nhe\s+tay"
    r"|(?:cod|thu ho)\b"
    r"|(?:ma\s+)?don(?:\s+hang)?\s*(?:#|so\b|:)|ma\s+don\b|#"
    r"|nha\s+mau\b"
)
# Directions to the house (``gần cổng số 2``, ``đối diện UBND``): kept in the street, moved before
# the units they were written among.
_DIRECTION_PART = re.compile(r"(?:gan|canh|ben canh|doi dien|sat|ngay)\s+\w")
_NOTE_SEPARATORS = re.compile(r"(?=[\s,;|])(\s*[,;|]\s*|\s+[-\u2013]\s+)")  # (see ``_CONTACT_SPLIT``)
_DAYS_OFF = frozenset({"cn", "chu nhat", "t7", "thu 7", "thu bay"})  # ``không giao thứ 7, CN``


def may_hold_note(text: str) -> bool:
    """Whether a text may hold a note for the courier (see ``_NOTE_GATE``)."""
    if "\u0130" in text:
        text = text.replace("\u0130", "i")
    return _NOTE_GATE.search(text.lower()) is not None


def notes_dropped(text: str) -> str:
    """The address without the parts that are notes for the courier (see ``_NOTE_PART``), and
    with directions written after a typed unit moved before the units (``_DIRECTION_PART``)."""
    pieces = _NOTE_SEPARATORS.split(text)
    kept: list[str] = []
    moved: list[str] = []
    changed = after_note = typed = False
    for k in range(0, len(pieces), 2):
        folded = fold_chars(pieces[k].strip().strip("()").lower())  # ``(nhà màu xanh)``
        if _NOTE_PART.match(folded) is not None or (after_note and folded in _DAYS_OFF):
            changed = after_note = True
            continue
        after_note = False
        if typed and _DIRECTION_PART.match(folded) is not None:
            moved.append(pieces[k].strip())
            changed = True
            continue
        typed = typed or typed_text(folded)
        if kept:
            kept.append(pieces[k - 1])
        kept.append(pieces[k])
    if not changed or not kept:
        return text
    return ", ".join([*moved, "".join(kept)])
