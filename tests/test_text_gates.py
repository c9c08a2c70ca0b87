"""The cheap tests that every address goes through in the text layer, written so that a search
skips to the characters a match can start with, find what their plain definitions find:

- ``keyboard._SIGNS`` (the signs of Telex, VNI, mojibake or a legacy font) with one alternative per
  legacy-font character, against the same alternatives with those characters as one class;
- ``chat._TEEN_OR_EMOJI`` with one class of first characters, against its two alternatives;
- ``chat._may_open``, which tries the opening only after a first character it can start with,
  against the opening's pattern alone.

Each is compared on the development set, on the same addresses with damage and chat added, on
generated texts made of the characters the patterns look at, and on every character of Unicode
in the places where it decides.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, with_noise

from admin_merge.text import chat, keyboard

_FONT_ALTERNATIVES = "|".join(re.escape(c) for c in keyboard._FONT_CHARS[1:-1])
assert keyboard._SIGNS.pattern.endswith("|" + _FONT_ALTERNATIVES)
# The signs with the legacy-font characters as one class (the last alternative).
PLAIN_SIGNS = re.compile(keyboard._SIGNS.pattern[: -len(_FONT_ALTERNATIVES)] + keyboard._FONT_CHARS)
PLAIN_TEEN_OR_EMOJI = re.compile(r"[fwzFWZ](?<![\w'].)[^\W\d_]|[\u2600-\U0010ffff]")


def _span(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    found = pattern.search(text)
    return None if found is None else found.span()


def _same(text: str) -> None:
    assert _span(keyboard._SIGNS, text) == _span(PLAIN_SIGNS, text), text
    assert _span(chat._TEEN_OR_EMOJI, text) == _span(PLAIN_TEEN_OR_EMOJI, text), text
    assert chat._may_open(text) == (chat._OPENING.match(text) is not None), text


# Damage and chat put into addresses: Telex and VNI keys, mojibake, legacy fonts, teen spelling,
# emoji, the buyer's words.
NOISE = [
    "Phuwowngf ",
    "Qua65n 1 ",
    "PhÆ°á»ng ",
    "Th«n 3, X· §«ng ",
    "Xaõ Ñoâng ",
    "Fường ",
    "Hà Zang ",
    "Wảng ",
    " 🙏",
    " 🏠",
    "e ở ",
    " Em ở ",
    "\u00a0ship về ",
    "cho e về ",
    "Nhà mình ",
    "ĐC GIAO ",
    "ſhip tới ",
    "Street 5 ",
    "Floor 2 ",
    "Tower ",
]


def test_gates_as_their_plain_definitions_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(13), NOISE, seed=3):
        _same(text)


# The characters the patterns look at: vowels and the keys after them, digits, the legacy-font
# and mojibake characters, the letters of the opening, emoji, spaces, apostrophes.
TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"aeoyAEOYdDwWfjFJcmnpthgCMNPTGHqQuUzZsSiIkK6789 '\t\n",
            *keyboard._FONT_CHARS[1:-1],
            *"ÃÄÅÆÐðÞºõýâÂÌÒìò€",
            *"ởđĐạmìnhgửiſ🙏\u2600\ufe0f_",
        ]
    ),
    max_size=12,
)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_gates_as_their_plain_definitions(text: str) -> None:
    _same(text)


# Every character below U+3100 (the Latin letters, the cases ``(?i)`` adds, the emoji class's
# start at U+2600), and the ends of the higher ranges.
CODES = [*range(0x3100), 0xFE0F, 0xFFFF, 0x10000, 0x1F300, 0x1F64F, 0x1FAFF, 0x10FFFF]


def test_gates_on_every_character_where_it_decides() -> None:
    for code in CODES:
        ch = chr(code)
        for text in (ch, f"a{ch}", f"{ch}a", f" {ch}", f"{ch}em ở x", f" {ch}hip về x", f"x {ch}ường"):
            _same(text)
