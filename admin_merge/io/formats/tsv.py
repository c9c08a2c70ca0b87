"""TSV: read like CSV (the delimiter defaults to a tab), written with tabs."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from admin_merge.io.formats import delimited
from admin_merge.io.formats.delimited import read as read

__all__ = ["count", "read", "write"]


def write(frame: pl.LazyFrame, path: Path, shown: str) -> None:
    delimited.write(frame, path, shown, separator="\t")


def count(path: Path) -> int:
    return delimited.count(path, separator="\t")
