"""Parquet: typed columns as stored."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from admin_merge.io.dataset import Dataset, ReadOptions
from admin_merge.io.formats import Location


def read(location: Location, options: ReadOptions) -> Dataset:
    frame = pl.scan_parquet(location.path)
    return Dataset(location, frame, frame.collect_schema().names())


def write(frame: pl.LazyFrame, path: Path, shown: str) -> None:
    frame.sink_parquet(path)


def count(path: Path) -> int:
    return int(pl.scan_parquet(path).select(pl.len()).collect().item())
