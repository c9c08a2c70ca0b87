"""Unit codes as written in datasets: ``4``, ``"00004"``, `` 00004 ``, and as Excel writes them:
``4.0`` / ``26743.00`` (a number cell), ``'26737`` (a text cell with its apostrophe), and
``2.6743E+04`` (scientific notation, read only when its digits give the whole code: ``2.67E+04``
could stand for any of 26,700 to 26,799 and is not a code)."""

from __future__ import annotations

import re

WIDTH = {"province": 2, "district": 3, "commune": 5}
_DECIMAL = re.compile(r"^(\d+)\.0*$")
_SCIENTIFIC = re.compile(r"^(\d)(?:\.(\d+))?[eE]\+?(\d+)$")


def _plain(text: str) -> str:
    m = _DECIMAL.match(text)
    if m:
        return m.group(1)
    m = _SCIENTIFIC.match(text)
    if m:
        digits = m.group(1) + (m.group(2) or "")
        exponent = int(m.group(3))
        if exponent == len(digits) - 1:  # every digit of the number is written
            return digits
    return text


def normalize_code(value: object, level: str) -> str | None:
    """The zero-padded code string, or None when the value is not a code of that level."""
    if value is None:
        return None
    text = _plain(str(value).strip().lstrip("'").strip())
    if not text.isdigit() or not text.isascii():
        return None
    width = WIDTH[level]
    text = text.lstrip("0").zfill(width)
    return text if len(text) == width else None
