"""Process-wide means of bulk work, chosen by the caller: worker processes and the collector.

A library call changes nothing of the process it runs in unless its caller asked: by default
references are resolved in the calling process and the garbage collector is left alone. The
CLI (or a program that owns its process) opts in for a block::

    from admin_merge.runtime.policy import policy

    with policy(workers=2, pause_gc=True):
        am.migrate("in.csv", "out.csv")

``am.migrate(..., workers=N)`` chooses the worker count for one call.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace

from admin_merge.runtime.gc import gc_paused


@dataclass(frozen=True, slots=True)
class Policy:
    """``workers``: processes resolving distinct references (more than one forks children,
    which die with the process that forked them). ``pause_gc``: the cyclic collector is off
    during bulk resolving, and what the work leaves is moved to the oldest generation."""

    workers: int = 1
    pause_gc: bool = False


_current: ContextVar[Policy] = ContextVar("admin_merge_runtime_policy", default=Policy())  # noqa: B039 - frozen


def current() -> Policy:
    return _current.get()


@contextlib.contextmanager
def policy(*, workers: int | None = None, pause_gc: bool | None = None) -> Iterator[Policy]:
    """Within the block (and the calls made in it, in this thread or task), bulk work uses
    ``workers`` processes and pauses the collector when ``pause_gc``; unset values are kept."""
    changes = {k: v for k, v in (("workers", workers), ("pause_gc", pause_gc)) if v is not None}
    if workers is not None and workers < 1:
        raise ValueError("workers must be at least 1")
    token = _current.set(replace(current(), **changes))  # type: ignore[arg-type]
    try:
        yield _current.get()
    finally:
        _current.reset(token)


@contextlib.contextmanager
def bulk_work() -> Iterator[Policy]:
    """Around bulk resolving: pauses the collector when the current policy says so."""
    chosen = current()
    if not chosen.pause_gc:
        yield chosen
        return
    with gc_paused():
        yield chosen


def default_workers() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
