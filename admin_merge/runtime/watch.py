"""Measuring work that runs inside a library call we cannot instrument (polars, DuckDB).

A daemon thread samples a measure a few times a second and hands it to a callback: the bytes
this process has read so far (``/proc/self/io``: polars' streaming CSV and Parquet readers read
with plain reads) or the lines written so far to a file that grows.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

INTERVAL = 0.25  # seconds between samples
_IO = Path("/proc/self/io")


def _rchar() -> int | None:
    try:
        with _IO.open("rb") as fh:
            for line in fh:
                if line.startswith(b"rchar:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def bytes_read_since_now() -> Callable[[], int] | None:
    """A measure of the bytes read by this process from now on (None: not measurable here)."""
    start = _rchar()
    if start is None:
        return None

    def measure() -> int:
        now = _rchar()
        return max(0, (now or start) - start)

    return measure


class LineCounter:
    """Counts the newlines of a file as it grows, reading only what was appended."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.lines = 0

    def __call__(self) -> int:
        try:
            with self.path.open("rb") as fh:
                fh.seek(self.offset)
                while chunk := fh.read(1 << 22):
                    self.lines += chunk.count(b"\n")
                    self.offset += len(chunk)
        except OSError:
            pass
        return self.lines


@contextlib.contextmanager
def sampling(measure: Callable[[], int], report: Callable[[int], None], interval: float = INTERVAL) -> Iterator[None]:
    """Call ``report(measure())`` every ``interval`` seconds while the block runs, and once after."""
    done = threading.Event()

    def loop() -> None:
        while not done.wait(interval):
            report(measure())

    thread = threading.Thread(target=loop, name="admin-merge-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
    report(measure())


ProgressFn = Callable[[str, int, int | None], None]


def read_progress(
    path: Path | None, phase: str, progress: ProgressFn | None
) -> contextlib.AbstractContextManager[None]:
    """Report ``phase`` as bytes read out of the size of ``path`` (its size unknown: no total)."""
    measure = bytes_read_since_now() if progress is not None else None
    if progress is None or measure is None:
        return contextlib.nullcontext()
    try:
        size: int | None = path.stat().st_size if path is not None and path.is_file() else None
    except OSError:
        size = None
    progress(phase, 0, size)
    return sampling(measure, lambda n: progress(phase, min(n, size) if size else n, size))


def line_progress(
    path: Path, phase: str, total: int, progress: ProgressFn | None, header: int = 1
) -> contextlib.AbstractContextManager[None]:
    """Report ``phase`` as the data lines written so far to ``path`` out of ``total``."""
    if progress is None:
        return contextlib.nullcontext()
    counter = LineCounter(path)
    progress(phase, 0, total)
    return sampling(counter, lambda n: progress(phase, min(max(n - header, 0), total), total))


def file_size_progress(path: Path, phase: str, progress: ProgressFn | None) -> contextlib.AbstractContextManager[None]:
    """Report ``phase`` as the size of ``path`` while it is written (no total known)."""
    if progress is None:
        return contextlib.nullcontext()

    def size() -> int:
        try:
            return path.stat().st_size
        except OSError:
            return 0

    progress(phase, 0, None)
    return sampling(size, lambda n: progress(phase, n, None))


def percent_progress(
    percent: Callable[[], float], phase: str, total: int, progress: ProgressFn | None
) -> contextlib.AbstractContextManager[None]:
    """Report ``phase`` as ``total`` scaled by a percentage (DuckDB's ``query_progress()``)."""
    if progress is None:
        return contextlib.nullcontext()
    progress(phase, 0, total)
    last = [0]

    def done() -> int:
        # Between two queries DuckDB says -1; the figure never goes back.
        last[0] = max(last[0], int(total * min(max(percent(), 0.0), 100.0) / 100))
        return last[0]

    return sampling(done, lambda n: progress(phase, n, total))
