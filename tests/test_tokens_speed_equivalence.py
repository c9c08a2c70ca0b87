"""The fast paths of :mod:`admin_merge.text.tokens` give what the plain patterns give.

``strip_noise`` runs its phone and trailer patterns only when cheap tests on the digits and the
last characters say they can match, and ``words`` reads its words from one split of the text, with
possessive repeats. Each is compared here with the plain reading (every pattern applied, one
match at a time) on the development set, on the same addresses with noise added, and on
generated texts made of the characters the tests look at.
"""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from noisy_texts import devset_addresses

from admin_merge.text import tokens
from admin_merge.text.normalize import ascii_key, name_key
from admin_merge.text.tokens import GLUED, STRONG, Word, prepare, strip_noise, words


def plain_strip_noise(text: str) -> str:
    """Every pattern applied, whatever the text."""
    if re.search(r"\d", text) is not None:
        text = tokens._PHONE.sub(tokens._phone, text)
    while (found := tokens._TRAILER.search(text)) is not None:
        text = text[: found.start()]
    return text.strip(" ,;.-()|")


# The words of tokens._SPLIT with plain (backtracking) repeats.
WORD = re.compile(r"\d[^\W_]*(?:[/+](?:\d[^\W_]*|[^\W\d_](?![^\W_])))+|[^\W_]+(?:'[^\W_]+)*")


def plain_words(text: str) -> list[Word]:
    """The words one match at a time, each separator read from the text between two words, each
    piece folded afresh."""
    out: list[Word] = []
    last = 0
    for m in WORD.finditer(text):
        start, end = m.span()
        sep = tokens._strength(text[last:start]) if out else STRONG
        last = end
        dot = text[end : end + 1] == "."
        pieces = tokens._pieces(m.group())
        if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalnum() and len(pieces) == 1:
            dot = ascii_key(m.group()) in tokens._HYPHENATED  # ``H-Tân Kỳ``: a hyphen ends it like a dot
        at = start
        for k, piece in enumerate(pieces):
            folded = ascii_key(piece)
            if folded:
                marks = folded != piece.lower() and not piece.isascii()  # (``My`` folds to ``mi``)
                final = dot and k == len(pieces) - 1
                out.append(Word(piece, at, at + len(piece), GLUED if k else sep, folded, name_key(piece), marks, final))
            at += len(piece)
    return out


# What ends an address in the wild: countries, postal codes, phone numbers, closing marks.
ENDINGS = [
    ", Việt Nam",
    " VIỆT NAM.",
    ", Vietnam",
    " VN",
    "\u00a0vn",
    ",vN )",
    " Hà Nam",
    " 700000",
    " 7000",
    ", Mã bưu chính: 70000",
    " zip 10000 |",
    "\u2003",
    " Tel: (+84) 234 5678 123",
    " ĐT 0912.345.678",
    " 09123456789012",
    " ٠٩١٢٣٤٥٦٧٨",
    " 0912 34 56",
    " 0912 345 67",
]


def test_strip_noise_as_the_plain_patterns_on_the_devset_with_noise() -> None:
    rng = random.Random(5)
    texts = []
    for address in devset_addresses(11):
        texts.append(address)
        texts.append(address + rng.choice(ENDINGS) + rng.choice(["", *ENDINGS]))
        texts.append(rng.choice(ENDINGS).strip() + "; " + address)
    changed = 0
    for text in texts:
        assert strip_noise(text) == plain_strip_noise(text), text
        changed += strip_noise(text) != text.strip(" ,;.-()|")
    assert changed > len(texts) // 4, "the noise added is dropped on many of the texts"


def test_words_as_one_match_at_a_time_on_the_devset() -> None:
    for address in devset_addresses(11):
        for text in (address, prepare(address)):
            assert words(text) == plain_words(text), text


# Texts at the edges of the fast paths: the shortest phone number, a postal code of four digits,
# a country after a no-break space, a first word that folds to nothing (``ʼ``).
EDGES = [
    "Xã A, 0912 345 67",
    "Xã A 0912 345 6",
    "ĐT (028) 3829 123, Xã A",
    "Xã A, 7000",
    "Xã A,\u00a0VN\u2003",
    "Xã A, Quảng Nam",
    "ʼ Xã A",
    "ʼ, Xã A",
    "ʼ-ʼ Xã A.",
    "Xã A, VN\n",
]


def test_strip_noise_and_words_at_the_edges() -> None:
    for text in EDGES:
        assert strip_noise(text) == plain_strip_noise(text), text
        assert words(text) == plain_words(text), text


# The characters the fast paths look at: digits (also of other scripts), closing marks, spaces,
# the letters of ``nam`` and ``vn``, marks that glue or split words, a word that folds to nothing.
NOISY = st.text(
    alphabet=st.sampled_from(list("0123456789٣ ,;.()-|+/:'_\t\n\u00a0\u2003namNAMvVtTiệỆPQXđĐʼ`\u0301KſİǅHà")),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(NOISY)
def test_strip_noise_and_words_on_generated_texts(text: str) -> None:
    assert strip_noise(text) == plain_strip_noise(text)
    assert words(text) == plain_words(text)


# What the split of ``words`` looks at: spaces (one, several, at either end), the marks it strips
# after a word, marks the pattern joins a word with (``12/3``, ``H'Mông``), digits of other
# scripts, an underscore, a combining mark.
SPLIT_TEXT = st.text(alphabet=st.sampled_from(list("aĐẫX19٣  ,,.;;/+'_-()\t\u00a0\u0301ʼ")), max_size=30)


@settings(max_examples=1000, deadline=None)
@given(SPLIT_TEXT)
def test_split_as_the_pattern_on_generated_texts(text: str) -> None:
    assert tokens._split(text) == tokens._SPLIT.split(text)


def test_split_as_the_pattern_on_the_devset() -> None:
    for address in devset_addresses(11):
        for text in (address, prepare(address), f"  {address} ,; ", address.replace(", ", " ,")):
            assert tokens._split(text) == tokens._SPLIT.split(text), text
