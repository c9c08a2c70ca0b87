"""Pausing Python's cyclic garbage collector around bulk work that creates no cycles.

These change the whole process: only the runtime policy (:mod:`admin_merge.runtime.policy`),
chosen by the CLI or a program that owns its process, applies them around library work.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Resolving hundreds of thousands of references creates millions of small acyclic objects,
    and every collection on the way would rescan the whole long-lived heap.

    What the work leaves behind (results, memos) is long-lived: on the way out it is moved to
    the oldest generation at once (``freeze`` + ``unfreeze``) instead of being scanned by the
    next young collections. That step is skipped when the program froze objects itself:
    ``unfreeze`` would undo its freeze.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def frozen_for_fork() -> Iterator[None]:
    """Keep the heap shared with forked children out of their collector (and so out of their
    copy-on-write pages); undone afterwards unless the program had frozen objects itself."""
    ours = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()
