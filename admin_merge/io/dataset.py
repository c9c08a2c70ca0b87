"""A dataset opened for reading: a polars LazyFrame over the unchanged input, and what was
learnt while opening it (encoding, delimiter, notes for the user)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import polars as pl

    from admin_merge.io.formats import Location

OnBadBytes = Literal["fail", "replace"]


@dataclass(frozen=True)
class ReadOptions:
    """How to read a text dataset. ``encoding``: None to detect; ``skip_rows``: lines above the header."""

    encoding: str | None = None
    delimiter: str | None = None
    on_bad_bytes: OnBadBytes = "fail"
    skip_rows: int = 0
    check_blank_lines: bool = True  # False: the caller calls reader.drop_blank_lines when it sees null rows


@dataclass
class Dataset:
    location: Location
    frame: pl.LazyFrame
    columns: list[str]
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)  # things the user should know (renamed columns ...)
    blank_lines_unchecked: bool = False  # a CSV read as it is, not yet searched for blank lines
    options: ReadOptions = field(default_factory=ReadOptions)
    scratch: list[Path] = field(default_factory=list)  # directories removed by close()
    # A text file: the file the frame reads (the input itself, or its clean UTF-8 copy).
    text_path: Path | None = None

    def close(self) -> None:
        for path in self.scratch:
            shutil.rmtree(path, ignore_errors=True)
        self.scratch.clear()
