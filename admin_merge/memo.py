"""The one memo type of the package, with one policy.

Registers repeat the same few thousand unit names and addresses millions of times, so the
text, matching and address layers remember what they computed. Every such memo is a
``functools.lru_cache`` made here, sized by a named constant at its place of use: when it
is full, the least recently used entry goes. Memos of a resolver belong to that resolver
(and so to its :class:`~admin_merge.matching.session.Session`); memos of pure text
functions are shared by the process, since no mapping file changes what they return.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

R = TypeVar("R")

Memoized = functools._lru_cache_wrapper


def memoize(limit: int) -> Callable[[Callable[..., R]], Memoized[R]]:
    """Decorator: ``@memoize(NAME_KEYS)`` remembers up to ``limit`` results of a function of
    hashable arguments."""
    if limit < 1:
        raise ValueError("a memo holds at least one entry")
    return functools.lru_cache(maxsize=limit)


def memo(function: Callable[..., R], limit: int) -> Memoized[R]:
    """``function`` (often a bound method, for a memo per object) remembering ``limit`` results."""
    return memoize(limit)(function)
