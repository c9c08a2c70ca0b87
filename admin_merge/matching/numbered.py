"""Addresses that differ only in their house or hamlet number share one reading.

A register repeats each unit part with another number in front: ``Thôn 3, Xã Yên Lập, ...``,
``Thôn 4, Xã Yên Lập, ...``, ``Số 12 Lê Lợi, Phường 2, ...``, ``Số 14 Lê Lợi, Phường 2, ...``.
Every address is distinct, but what the reader makes of it does not depend on that number: the
reading of the first is kept, keyed by the address with its number taken out, and handed to the
others with their own number put back where it was quoted (the street, and a note that quotes
the address as read). So a million rows cost little more than their distinct unit parts.

Only a number the reader cannot take for a unit is taken out: the first number of the address,
right after a street word at its start (``Thôn 3``, ``Tổ 12``, ``Số 45``, ``Khu phố 2``), or a
bare number of three digits or more opening it (``124 Lê Lợi``). A bare number of one or two
digits may be a numbered ward or district (``5, Quận 3``) and is left in the key, as is any
number elsewhere. A number that was not quoted back where it was written (the street does not
start with the address's words up to it, or the note holds it elsewhere) keeps its reading to
itself. ``tests/test_numbered.py`` checks on real and generated addresses that a reading shared
is the one the reader gives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from admin_merge.matching.address import AddressReader, Interpretation

NUMBERED_LIMIT = 500_000  # readings kept per reader; all are dropped when it is full

# Street words as clerks write them, with their marks (the reader's own list holds the folded
# forms); a number right after one names a house, a group or a hamlet, never a unit.
_STREET_WORD = (
    r"(?:số\s+nhà|số|sn|thôn|xóm|ấp|bản|buôn|bon|plei|làng|khu\s+phố|kp|khóm|tổ\s+dân\s+phố|tổ|tdp"
    r"|khu|khối|ngõ|ngách|hẻm|kiệt|lô|đội|cụm|group|hamlet)"
)
_NUMBERED = re.compile(
    r"[ \t]*(?:" + _STREET_WORD + r"(?:[ \t]*\.[ \t]*|[ \t]+)(?P<after>\d{1,5})(?!\d)(?![.,/]\d)"
    r"|(?P<bare>[1-9]\d{2,4})(?=[A-Za-z]?[.,]?[ \t]+[^\W\d_]))",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


class NumberedReadings:
    """``located`` of an address reader, shared by addresses that differ only in their number."""

    def __init__(self, reader: AddressReader, limit: int = NUMBERED_LIMIT) -> None:
        self._reader = reader
        self._limit = limit
        # Numbers that are, or are in, the name of a unit (``Phường 3``, ``Đội 61``, ``Đạ Huoai
        # 2``): such a number may be read as a unit, or weigh in a reading, and is never taken out.
        self._named = frozenset(number for name in reader.g.known for number in _DIGITS.findall(name))
        # Address with its number taken out -> the reading, and the street and note around the
        # words up to the number (None: the text had none; a one-item tuple: no number in it).
        self._readings: dict[str, tuple[Interpretation, tuple[str, ...] | None, tuple[str, ...] | None]] = {}

    def located(self, address: str) -> tuple[Interpretation, str | None] | None:
        """What ``AddressReader.located`` gives for ``address``."""
        m = _NUMBERED.match(address)
        if m is None:
            return self._reader.located(address)
        group = "after" if m.start("after") >= 0 else "bare"
        start, end = m.start(group), m.end(group)
        number = address[start:end]
        if number in self._named or number[0] == "0":  # ``Tổ 03``: perhaps read as 3
            return self._reader.located(address)
        # The number's length stays in the key: ``Thôn 5`` and ``Thôn 15`` are read apart.
        key = f"{address[:start]}\x00{len(number)}\x00{address[end:]}"
        head = address[:end].strip()
        if head in address[end:]:
            return self._reader.located(address)  # ``Thôn 3, ... (tạm trú tại Thôn 3, ...)``: written twice
        kept = self._readings.get(key)
        if kept is not None:
            interp, street, note = kept
            if note is not None and len(note) > 1:
                interp = replace(interp, resolution=replace(interp.resolution, note=head.join(note)))
            return interp, None if street is None else head.join(street)
        found = self._reader.located(address)
        if found is not None:
            street_parts = _around(found[1], head, number)
            note_parts = _around(found[0].resolution.note, head, number)
            if (
                street_parts is not None
                and len(street_parts) == 2
                and not street_parts[0]  # the street starts with the words up to the number
                and (note_parts is not None or not found[0].resolution.note)
            ):
                if len(self._readings) >= self._limit:
                    self._readings.clear()
                self._readings[key] = (found[0], street_parts, note_parts)
        return found


def _around(text: str | None, head: str, number: str) -> tuple[str, ...] | None:
    """``text`` cut around ``head`` (the address's words up to its number), which it must hold at
    most once; None when it holds the number anywhere else (it cannot be put back)."""
    if not text:
        return None
    parts = tuple(text.split(head))
    if len(parts) > 2 or any(number in part for part in parts):
        return None
    return parts
