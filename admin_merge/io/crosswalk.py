"""The crosswalk as a table: a polars frame, and files written atomically."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polars as pl

from admin_merge.errors import InputError
from admin_merge.io.formats import Format
from admin_merge.io.output import atomic_target, format_for_path, write_frame
from admin_merge.registry.compose import COMPOSED_COLUMNS, ComposedRow
from admin_merge.registry.crosswalk import COLUMNS, Crosswalk


def crosswalk_frame(crosswalk: Crosswalk) -> pl.DataFrame:
    """One row per (old commune, new commune) pair, in the order of :data:`COLUMNS`."""
    data = {c: [getattr(r, c) for r in crosswalk.rows] for c in COLUMNS}
    schema = {c: (pl.Boolean if c == "is_primary" else pl.Int32 if c == "n_successors" else pl.Utf8) for c in COLUMNS}
    return pl.DataFrame(data, schema=schema)


def write_crosswalk(crosswalk: Crosswalk, path: Path, *, force: bool = False, inputs: Iterable[Path] = ()) -> int:
    """Write the crosswalk as CSV, Parquet, JSON or NDJSON (by extension), atomically."""
    fmt = format_for_path(path)
    if fmt not in (Format.csv, Format.tsv, Format.parquet, Format.json, Format.ndjson):
        raise InputError(f"{path}: the crosswalk is written as .csv, .tsv, .parquet, .json or .ndjson")
    with atomic_target(path, force=force, inputs=inputs, what="crosswalk") as tmp:
        write_frame(crosswalk_frame(crosswalk), tmp, fmt)
    return len(crosswalk)


def write_composed(rows: list[ComposedRow], path: Path, *, force: bool = False, inputs: Iterable[Path] = ()) -> int:
    """Write a composed crosswalk (one row per unit of one snapshot and unit of a later one)."""
    fmt = format_for_path(path)
    if fmt not in (Format.csv, Format.tsv, Format.parquet, Format.json, Format.ndjson):
        raise InputError(f"{path}: the crosswalk is written as .csv, .tsv, .parquet, .json or .ndjson")
    data = {c: [getattr(r, c) for r in rows] for c in COMPOSED_COLUMNS}
    types = {"is_primary": pl.Boolean, "n_successors": pl.Int32}
    frame = pl.DataFrame(data, schema={c: types.get(c, pl.Utf8) for c in COMPOSED_COLUMNS})
    with atomic_target(path, force=force, inputs=inputs, what="crosswalk") as tmp:
        write_frame(frame, tmp, fmt)
    return len(rows)
