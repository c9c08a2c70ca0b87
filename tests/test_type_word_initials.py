"""``unit_names._type_candidates`` tries its two patterns only on a text whose first letter
(folded) starts a type word or an abbreviation; it gives what the patterns alone give.

Compared on the development set with noise, on generated texts, and on every character below
U+3100 before a type word's letters and before a name.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, every_character, with_noise

from admin_merge.text import unit_names
from admin_merge.text.normalize import fold_chars


def _plain(text: str) -> tuple[tuple[str, str], ...]:
    """``_type_candidates`` with both patterns tried on every text."""
    text = unit_names._cleaned(text)
    folded = fold_chars(text[: unit_names._PREFIX])
    found = []
    for pattern, table in (
        (unit_names._FULL_RE, unit_names._FULL_WORDS),
        (unit_names._ABBR_RE, unit_names._ABBREVIATIONS),
    ):
        match = pattern.match(folded)
        if match:
            core = text[match.end() :].strip(" ,.;-")
            if core:
                found.append((table[match.group(1)], core))
    return tuple(found)


def _same(text: str) -> None:
    assert unit_names._type_candidates.__wrapped__(text) == _plain(text), text


NOISE = ["Xã ", "P.", "P5 ", "Q.", "TT.", "TP.", "ĐK ", "Đặc khu ", "thi xa ", "Phường ", "H.", "F7 ", " , ", "İ", "ß"]


def test_type_candidates_on_the_devset_with_noise() -> None:
    for address in with_noise(devset_addresses(31), NOISE, seed=7):
        for text in (address, *address.split(",")):
            _same(text)


TEXT = st.text(alphabet=st.sampled_from([*"tTpPxXqQhHfFdDđĐkKaA ., -0123", *"ịãườ", "\u0301", "İ", "ß"]), max_size=14)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_type_candidates_on_generated_texts(text: str) -> None:
    _same(text)


def test_type_candidates_on_every_character_where_it_decides() -> None:
    contexts = ["{}", "{}. An", "{}x An", "{}hường 5", "{}5", " {} An", "{}inh An", "{}ặc khu An"]
    for text in every_character(contexts):
        _same(text)
