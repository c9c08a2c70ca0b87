"""``fold_chars`` folds a text word by word, each word remembered: it gives what the whole text
folded at once gives (``text.translate(_FOLD).lower()``), on the development set with noise, on
generated texts of the characters lower case reads in context (sigma, dotted capital I, marks,
spaces of other kinds), and on every character below U+3100 in a few contexts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses, every_character, with_noise

from admin_merge.text import normalize


def _same(text: str) -> None:
    normalize._FOLDED.clear()
    assert normalize.fold_chars(text) == text.translate(normalize._FOLD).lower(), text


NOISE = ["ΑΣ Β ", "ΟΔΟΣ. ", "İstanbul ", "Đà  Nẵng ", "a\u0301 b ", "ǅ ǈ ", "\u00a0Σ\u2009Σ "]


def test_fold_words_on_the_devset_with_noise() -> None:
    for text in with_noise(devset_addresses(13), NOISE, seed=3):
        _same(text)


PIECES = [*"ΑΣσςΒİIiıaĐđ .,'\u0301\u0345\u00a0\u2009\u3000-", "Đà", "Nẵng", "ǅ", "ẞ", "ﬀ"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXT)
def test_fold_words_on_generated_texts(text: str) -> None:
    _same(text)


def test_fold_words_on_every_character() -> None:
    for text in every_character(["Đ{}", "ΑΣ{}Β", "a {} b", "Σ{} Σ", "{}Σ"]):
        _same(text)
