"""The crosswalk as a table: a polars frame, and files written atomically."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from admin_merge.io.output import atomic_target, format_for_path, write_frame
from admin_merge.registry.crosswalk import COLUMNS, Crosswalk


def crosswalk_frame(crosswalk: Crosswalk) -> pl.DataFrame:
    """One row per (old commune, new commune) pair, in the order of :data:`COLUMNS`."""
    data = {c: [getattr(r, c) for r in crosswalk.rows] for c in COLUMNS}
    schema = {c: (pl.Boolean if c == "is_primary" else pl.Int32 if c == "n_successors" else pl.Utf8) for c in COLUMNS}
    return pl.DataFrame(data, schema=schema)


def write_crosswalk(crosswalk: Crosswalk, path: Path, *, force: bool = True) -> int:
    """Write the crosswalk as CSV, Parquet, JSON or NDJSON (by extension), atomically."""
    with atomic_target(path, force=force) as tmp:
        write_frame(crosswalk_frame(crosswalk), tmp, format_for_path(path))
    return len(crosswalk)
