"""Artefacts that systems leave in an address before anyone reads it (web pages, spreadsheets,
map exports, input methods): undone before the address is read.

``clean_artefacts`` is called once per distinct address by the address reader, first of all.
"""

from __future__ import annotations


def clean_artefacts(text: str) -> str:
    """The address without the artefacts of the system that exported it."""
    return text
