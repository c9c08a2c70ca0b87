"""Writing a (lazy) result in the requested format, and reading back its row count."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from admin_merge.io.formats import Format, Location, handler
from admin_merge.io.formats.duckdb_table import quote_identifier as quote_identifier

if TYPE_CHECKING:
    import polars as pl

    from admin_merge.io.output import OutputPlan


def write_lazy(frame: pl.LazyFrame, path: Path, fmt: Format, *, shown: str | None = None) -> None:
    """Stream where the format allows it (CSV, TSV, Parquet, NDJSON), else collect. ``shown``
    names the target in messages (``path`` may be a staged temporary file)."""
    handler(fmt).write(frame, path, shown or str(path))


def count_rows(path: Path, fmt: Format) -> int:
    """Rows in a file just written (read back, so a short write cannot pass unnoticed)."""
    return handler(fmt).count(path)


def write_duckdb_table(frame: pl.LazyFrame, target: Location, expected_rows: int, plan: OutputPlan) -> None:
    from admin_merge.io.formats.duckdb_table import write_table

    write_table(frame, target, expected_rows, plan)
