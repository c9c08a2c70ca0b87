"""Atomic writing: a temporary file in the target directory, renamed at the end."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from admin_merge.errors import InputError
from admin_merge.io.formats import Format, format_for_path

if TYPE_CHECKING:
    import polars as pl

__all__ = ["atomic_target", "format_for_path", "write_frame"]


@contextlib.contextmanager
def atomic_target(path: Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, else it is removed."""
    path = Path(path)
    if path.exists() and not force:
        raise InputError(f"{path}: output exists; use --force to overwrite it")
    directory = path.parent if str(path.parent) else Path()
    if not directory.is_dir():
        raise InputError(f"{path}: directory {directory} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".part{path.suffix}", dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # writers create the file themselves
    try:
        yield tmp
        tmp.replace(path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_frame(df: pl.DataFrame, path: Path, fmt: Format) -> None:
    """Write a small in-memory frame (crosswalks, reports, review files)."""
    from admin_merge.io.writer import write_lazy

    write_lazy(df.lazy(), path, fmt)
