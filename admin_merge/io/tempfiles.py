"""Temporary files of a run in one place, removed by the next run when their owner is gone.

Each run that needs scratch space (a transcoded input, the output of ``-o -`` before it is
copied to stdout) gets a directory ``$TMPDIR/admin-merge-UID/run-PID-XXXX``; it is removed
when the run ends, and a directory left by a killed run (its process no longer exists) is
removed by the next run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by somebody else
        return True
    return True


def _base() -> Path:
    uid = os.getuid() if hasattr(os, "getuid") else 0
    base = Path(tempfile.gettempdir()) / f"admin-merge-{uid}"
    base.mkdir(mode=0o700, exist_ok=True)
    return base


def remove_stale_runs(base: Path) -> None:
    for entry in base.glob("run-*"):
        parts = entry.name.split("-")
        if len(parts) >= 3 and parts[1].isdigit() and not pid_alive(int(parts[1])):
            shutil.rmtree(entry, ignore_errors=True)


@contextlib.contextmanager
def run_directory() -> Iterator[Path]:
    """A private scratch directory for this run, removed at the end."""
    base = _base()
    remove_stale_runs(base)
    path = Path(tempfile.mkdtemp(prefix=f"run-{os.getpid()}-", dir=base))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def scratch_directory() -> Path:
    """Like :func:`run_directory` for callers that remove it themselves (``shutil.rmtree``)."""
    base = _base()
    remove_stale_runs(base)
    return Path(tempfile.mkdtemp(prefix=f"run-{os.getpid()}-", dir=base))
