"""JSON: one array of objects (read and written whole)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from admin_merge.io.dataset import Dataset, ReadOptions
from admin_merge.io.formats import Location


def read(location: Location, options: ReadOptions) -> Dataset:
    frame = pl.read_json(location.path).lazy()
    return Dataset(location, frame, frame.collect_schema().names())


def write(frame: pl.LazyFrame, path: Path, shown: str) -> None:
    frame.collect(engine="streaming").write_json(path)


def count(path: Path) -> int:
    return pl.read_json(path).height
