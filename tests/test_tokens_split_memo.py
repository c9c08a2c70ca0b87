"""``tokens._split`` remembers the pattern's split of the written words that need it, and
``tokens._words`` reads a space and a comma with a space without a look-up. Both give what they
gave before: ``_split`` what the pattern gives (on a word's first split and again from the memo,
with the memo emptied when full), ``_words`` what its former loop gives (kept here), on the
development set with noise, on the clerk set, and on generated texts of the characters the split
and the separators look at."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, with_noise

from admin_merge.text import tokens
from admin_merge.text.tokens import GLUED, STRONG, Word


def former_words(text: str) -> list[Word]:
    """``tokens._words`` as it was: every separator read from ``_SEPARATORS``."""
    parts = tokens._split(text)
    out: list[Word] = []
    at = len(parts[0])
    sep = STRONG
    for k in range(1, len(parts) - 1, 2):
        written = parts[k]
        between = parts[k + 1]
        end = at + len(written)
        pieces, folded, key, marks = tokens._token(written)
        found = tokens._SEPARATORS.get(between)
        if found is None:
            found = tokens._SEPARATORS[between] = (tokens._strength(between), between.startswith("."))
        strength, dot = found
        if between == "-" and folded in tokens._HYPHENATED and k + 2 < len(parts) - 1:
            dot = True
        if pieces is None:
            out.append(Word(written, at, end, sep, folded, key, marks, dot))
        else:
            for piece, offset, folded, key, marks, first, final in pieces:
                start = at + offset
                out.append(
                    Word(piece, start, start + len(piece), sep if first else GLUED, folded, key, marks, dot and final)
                )
        sep = strength if out else STRONG
        at = end + len(between)
    return out


def _same(text: str) -> None:
    expected = tokens._SPLIT.split(text)
    assert tokens._split(text) == expected, text  # the words split afresh or remembered
    assert tokens._split(text) == expected, text  # every word remembered
    assert tokens._words(text) == former_words(text), text


NOISE = [" - ", " , ", ",, ", ". ", " ,", "  ", "-", " / ", "T.P ", "X.An ", "19/15 ", "H'Mông ", "_", "\u00a0", "ʼ "]


def test_split_memo_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(17), NOISE, seed=7):
        _same(text)


@cache
def _clerk_addresses() -> list[str]:
    from admin_merge.testing.clerk import generate

    return [case.address for case in generate(40, seed=11)]


def test_split_memo_on_the_clerk_set() -> None:
    for text in with_noise(_clerk_addresses(), NOISE, seed=8):
        _same(text)


def test_split_memo_emptied_when_full() -> None:
    texts = devset_addresses(17)[:200]
    tokens._SPLITS.clear()
    tokens._SPLITS.update((f"#{i}", ("",)) for i in range(tokens.SPLITS))  # full: emptied at the next word
    for text in texts:
        _same(text)
    assert len(tokens._SPLITS) < tokens.SPLITS


# Spaces, commas and dots around and between words, marks the pattern joins words with, digits
# of other scripts, an underscore, a word that folds to nothing.
SEPARATED = st.lists(
    st.sampled_from(
        ["Xã", "A", "t", "H", "12", "٣", "ʼ", " ", " ", ", ", ",", ".", ". ", "-", " - ", "/", "+", "'", "_", "\u00a0"]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(SEPARATED)
def test_split_memo_on_generated_texts(text: str) -> None:
    _same(text)
