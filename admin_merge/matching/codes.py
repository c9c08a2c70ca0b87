"""Unit codes as written in datasets: ``4``, ``"00004"``, ``4.0`` (Excel), `` 00004 ``."""

from __future__ import annotations

WIDTH = {"province": 2, "district": 3, "commune": 5}


def normalize_code(value: object, level: str) -> str | None:
    """The zero-padded code string, or None when the value is not a code of that level."""
    if value is None:
        return None
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    if not text.isdigit() or not text.isascii():
        return None
    width = WIDTH[level]
    text = text.lstrip("0").zfill(width)
    return text if len(text) == width else None
