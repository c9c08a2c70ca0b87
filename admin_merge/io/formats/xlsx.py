"""Excel .xlsx: read through fastexcel (every cell as text), written with xlsxwriter."""

from __future__ import annotations

import io
from pathlib import Path

import polars as pl

from admin_merge.errors import InputError
from admin_merge.io.dataset import Dataset, ReadOptions
from admin_merge.io.formats import Location

MAX_ROWS = 1_048_575  # an Excel sheet holds 1,048,576 rows, the header included


def read(location: Location, options: ReadOptions) -> Dataset:
    # Every cell as text: codes keep leading zeros, nothing is reinterpreted.
    frame = pl.read_excel(location.path, infer_schema_length=0).lazy()
    return Dataset(location, frame, frame.collect_schema().names())


def write(frame: pl.LazyFrame, path: Path, shown: str) -> None:
    df = frame.collect(engine="streaming")
    if df.height > MAX_ROWS:
        raise InputError(
            f"{shown}: {df.height:,} rows do not fit in an Excel sheet ({MAX_ROWS:,} at most); write .csv or .parquet"
        )
    # Built in memory, then written in one go: a full disk fails our write, cleanly (xlsxwriter
    # writing the file itself leaves a half-closed zip file behind that complains at exit).
    buffer = io.BytesIO()
    df.write_excel(buffer, autofit=False)
    path.write_bytes(buffer.getvalue())


def count(path: Path) -> int:
    return pl.read_excel(path, infer_schema_length=0).height
