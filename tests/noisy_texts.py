"""Texts for the tests that compare a quick form of a text pass with its plain definition
(tests/test_text_gates.py, tests/test_text_speed_equivalence.py, tests/test_ocr_gates.py,
tests/test_type_word_initials.py, tests/test_tokens_speed_equivalence.py): development-set
addresses, those with noise put around and inside them, and every character in a few contexts."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from functools import cache

from admin_merge.testing.devset import generate


@cache
def devset_addresses(seed: int) -> list[str]:
    """1,200 addresses of the development set generated with ``seed``."""
    return [case.address for case in generate(1200, seed=seed)]


def every_character(contexts: Iterable[str], below: int = 0x3100) -> Iterator[str]:
    """Every character below ``below`` put in each of ``contexts`` (``{}`` marks its place)."""
    forms = list(contexts)
    for code in range(below):
        ch = chr(code)
        for form in forms:
            yield form.replace("{}", ch)


def with_noise(texts: Iterable[str], noise: list[str], seed: int) -> Iterator[str]:
    """Each text as it is, then with one piece of ``noise`` before it, after it and inside it."""
    rng = random.Random(seed)
    for text in texts:
        yield text
        piece = rng.choice(noise)
        yield piece + text
        yield text + piece
        cut = rng.randrange(len(text) + 1)
        yield text[:cut] + piece + text[cut:]
