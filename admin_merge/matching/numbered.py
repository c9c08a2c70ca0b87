"""Addresses that differ only in their house or hamlet number share one reading.

A register repeats each unit part with another number in front: ``Số 124 Lê Lợi, Phường 2,
...``, ``Số 126 Lê Lợi, Phường 2, ...``, ``Tổ 35, Xã Yên Lập, ...``, ``Tổ 36, Xã Yên Lập, ...``.
Every address is distinct, but what the reader makes of it does not depend on that number: the
reading of the first (and the resolver's whole answer) is kept, keyed by the address with its
number taken out, and handed to the others with their own number put back where it was quoted
(the street, and a note that quotes the address as read). So a million such rows cost little
more than their distinct unit parts.

Only a number the reader cannot weigh is taken out: the first number of the address, of four
digits at most, right after a street word at its start (``Tổ 35``, ``Số 124``, ``Khu phố 21``),
or a bare one of three or four digits opening it (``124 Lê Lợi``). Never a number that is, or is
in, a unit's name (1-19, 22, 25-28, 61: ``Phường 3``, ``Đội 61``): such a number changes the
scores of readings, and even what is read (``Ấp 3, Xã T`` is read apart from ``Ấp 30, Xã T``);
nor one with a leading zero, nor one written twice in the address, nor a bare one of one or two
digits (``5, Quận 3``). A reading whose street does not start with the address's words up to the
number, or whose note holds the number elsewhere, is not shared. ``tests/test_numbered.py``
checks on real and generated addresses that what is shared is what the reader and the resolver
give.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from admin_merge.matching.address import AddressReader, Interpretation
from admin_merge.matching.model import Resolution

NUMBERED_LIMIT = 500_000  # readings kept per reader; all are dropped when it is full

# Street words as clerks write them, with their marks (the reader's own list holds the folded
# forms); a number right after one names a house, a group or a hamlet, never a unit.
_STREET_WORD = (
    r"(?:số\s+nhà|số|sn|thôn|xóm|ấp|bản|buôn|bon|plei|làng|khu\s+phố|kp|khóm|tổ\s+dân\s+phố|tổ|tdp"
    r"|khu|khối|ngõ|ngách|hẻm|kiệt|lô|đội|cụm|group|hamlet)"
)
_NUMBERED = re.compile(
    r"[ \t]*(?:" + _STREET_WORD + r"(?:[ \t]*\.[ \t]*|[ \t]+)(?P<after>[0-9]{1,4})(?!\d)(?![.,/]\d)"
    r"|(?P<bare>[1-9][0-9]{2,3})(?=[A-Za-z]?[.,]?[ \t]+[^\W\d_]))",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


class NumberedReadings:
    """``located`` of an address reader, and the resolver's answers for an address alone, shared
    by addresses that differ only in their number."""

    def __init__(self, reader: AddressReader, limit: int = NUMBERED_LIMIT) -> None:
        self._reader = reader
        self._limit = limit
        # Numbers that are, or are in, the name of a unit (``Phường 3``, ``Đội 61``, ``Đạ Huoai
        # 2``): such a number may be read as a unit, or weigh in a reading, and is never taken out.
        self._named = frozenset(number for name in reader.g.known for number in _DIGITS.findall(name))
        # Address with its number taken out -> the reading (or the answer), and the street and
        # note around the words up to the number (the note: None when there is none; a one-item
        # tuple when it does not quote them).
        self._readings: dict[str, tuple[Interpretation, tuple[str, ...], tuple[str, ...] | None]] = {}
        self._answers: dict[str, tuple[Resolution, tuple[str, ...], tuple[str, ...] | None]] = {}
        # The last address cut (``located``, ``answer`` and ``keep`` cut the same one in turn).
        self._last: str | None = None
        self._last_cut: tuple[str, str, str] | None = None

    def located(self, address: str) -> tuple[Interpretation, str | None] | None:
        """What ``AddressReader.located_whole`` gives for ``address``."""
        cut = self._cut(address)
        if cut is None:
            return self._reader.located_whole(address)
        key, head, number = cut
        kept = self._readings.get(key)
        if kept is not None:
            interp, street, note = kept
            if note is not None and len(note) > 1:
                interp = replace(interp, resolution=_with_note(interp.resolution, head, note))
            return interp, head.join(street)
        found = self._reader.located_whole(address)
        if found is not None and (parts := _parts(found[0].resolution, found[1], head, number)) is not None:
            self._keep(self._readings, key, (found[0], *parts))
        return found

    def answer(self, address: str) -> Resolution | None:
        """The answer kept (by ``keep``) for an address that differs from ``address`` only in its
        number, with its number; None: none kept."""
        cut = self._cut(address)
        kept = self._answers.get(cut[0]) if cut is not None else None
        if cut is None or kept is None:
            return None
        res, street, note = kept
        head = cut[1]
        res = res.with_street(head.join(street))
        return res if note is None or len(note) < 2 else _with_note(res, head, note)

    def keep(self, address: str, res: Resolution) -> None:
        """Keep the resolver's answer for ``address`` alone, for ``answer``."""
        cut = self._cut(address)
        if cut is not None and (parts := _parts(res, res.street, cut[1], cut[2])) is not None:
            self._keep(self._answers, cut[0], (res, *parts))

    def _keep(self, memo: dict[str, Any], key: str, value: Any) -> None:
        if len(memo) >= self._limit:
            memo.clear()
        memo[key] = value

    def _cut(self, address: str) -> tuple[str, str, str] | None:
        """The key of ``address`` (its number taken out, its length kept), its words up to the
        number, and the number; None: no number to take out."""
        if address is self._last:
            return self._last_cut
        cut = self._cut_anew(address)
        self._last, self._last_cut = address, cut
        return cut

    def _cut_anew(self, address: str) -> tuple[str, str, str] | None:
        m = _NUMBERED.match(address)
        if m is None:
            return None
        group = "after" if m.start("after") >= 0 else "bare"
        start, end = m.start(group), m.end(group)
        number = address[start:end]
        if number in self._named or number[0] == "0":  # ``Tổ 03``: perhaps read as 3
            return None
        head = address[:end].strip()
        if head in address[end:]:
            return None  # ``Thôn 30, ... (tạm trú tại Thôn 30, ...)``: written twice
        # The number's length stays in the key: the reader weighs it (``Bản 35 mới``: a number of
        # two digits before ``mới`` is a hamlet's; a text of 90 characters or more may be prose).
        return f"{address[:start]}\x00{len(number)}\x00{address[end:]}", head, number


def _parts(
    res: Resolution, street: str | None, head: str, number: str
) -> tuple[tuple[str, ...], tuple[str, ...] | None] | None:
    """The street and the note of ``res`` cut around ``head`` (the address's words up to its
    number), or None when the reading is not shared: a unit read holds the number, the street
    does not start with ``head``, or the street or the note holds the number anywhere else."""
    if any(part is not None and number in part for part in res.parsed):
        return None
    street_parts = _around(street, head, number)
    if street_parts is None or len(street_parts) != 2 or street_parts[0]:
        return None
    if not res.note:
        return street_parts, None
    note_parts = _around(res.note, head, number)
    return None if note_parts is None else (street_parts, note_parts)


def _with_note(res: Resolution, head: str, note: tuple[str, ...]) -> Resolution:
    """``res`` with its note quoting ``head`` where the kept one quoted its own."""
    return replace(res, note=head.join(note))


def _around(text: str | None, head: str, number: str) -> tuple[str, ...] | None:
    """``text`` cut around ``head``, which it must hold at most once; None when it holds the
    number anywhere else."""
    if not text:
        return None
    parts = tuple(text.split(head))
    if len(parts) > 2 or any(number in part for part in parts):
        return None
    return parts
