"""Writing a (lazy) result in the requested format, then checking its row count."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from admin_merge.errors import AdminMergeError, InputError
from admin_merge.io.formats import Format, Location

EXCEL_MAX_ROWS = 1_048_575


def write_lazy(frame: pl.LazyFrame, path: Path, fmt: Format) -> None:
    """Stream where the format allows it (CSV, TSV, Parquet, NDJSON), else collect."""
    if fmt is Format.csv:
        frame.sink_csv(path)
    elif fmt is Format.tsv:
        frame.sink_csv(path, separator="\t")
    elif fmt is Format.parquet:
        frame.sink_parquet(path)
    elif fmt is Format.ndjson:
        frame.sink_ndjson(path)
    elif fmt is Format.json:
        frame.collect(engine="streaming").write_json(path)
    elif fmt is Format.xlsx:
        df = frame.collect(engine="streaming")
        if df.height > EXCEL_MAX_ROWS:
            raise InputError(f"{path}: {df.height:,} rows do not fit in an Excel sheet; write .csv or .parquet")
        df.write_excel(path, autofit=False)
    else:  # pragma: no cover
        raise InputError(f"{path}: cannot write {fmt.value}")


def count_rows(path: Path, fmt: Format) -> int:
    """Rows in a file just written (read back, so a short write cannot pass unnoticed)."""
    if fmt is Format.csv:
        frame = pl.scan_csv(path, infer_schema=False)
    elif fmt is Format.tsv:
        frame = pl.scan_csv(path, separator="\t", infer_schema=False)
    elif fmt is Format.parquet:
        frame = pl.scan_parquet(path)
    elif fmt is Format.ndjson:
        frame = pl.scan_ndjson(path)
    elif fmt is Format.json:
        frame = pl.read_json(path).lazy()
    else:
        frame = pl.read_excel(path, infer_schema_length=0).lazy()
    return int(frame.select(pl.len()).collect().item())


def write_duckdb_table(frame: pl.LazyFrame, target: Location, expected_rows: int, force: bool) -> None:
    """Create the table in one transaction; the row count is checked before the commit."""
    import duckdb

    df = frame.collect(engine="streaming")
    con = duckdb.connect(str(target.path))
    try:
        con.execute("SET enable_progress_bar = false")
        exists = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [target.table]
        ).fetchone()
        if exists and exists[0] and not force:
            raise InputError(f"{target}: table exists; use --force to replace it")
        con.execute("BEGIN")
        con.register("am_result", df)
        con.execute(f'CREATE OR REPLACE TABLE "{target.table}" AS SELECT * FROM am_result')
        got = con.execute(f'SELECT count(*) FROM "{target.table}"').fetchone()
        if not got or got[0] != expected_rows:
            con.execute("ROLLBACK")
            raise AdminMergeError(f"{target}: wrote {got[0] if got else 0:,} rows, expected {expected_rows:,}")
        con.execute("COMMIT")
    finally:
        con.close()
