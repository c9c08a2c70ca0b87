"""Texts with noise put around and inside them, for the tests that compare a quick form of a text
pass with its plain definition (tests/test_text_gates.py, tests/test_text_speed_equivalence.py)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator


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
