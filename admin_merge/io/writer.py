"""Writing a (lazy) result in the requested format, then checking its row count."""

from __future__ import annotations

import contextlib
from pathlib import Path

import polars as pl

from admin_merge.errors import AdminMergeError, InputError
from admin_merge.io.formats import Format, Location
from admin_merge.io.output import OutputPlan

EXCEL_MAX_ROWS = 1_048_575


def write_lazy(frame: pl.LazyFrame, path: Path, fmt: Format, *, shown: str | None = None) -> None:
    """Stream where the format allows it (CSV, TSV, Parquet, NDJSON), else collect. ``shown``
    names the target in messages (``path`` may be a staged temporary file)."""
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
            raise InputError(
                f"{shown or path}: {df.height:,} rows do not fit in an Excel sheet "
                f"({EXCEL_MAX_ROWS:,} at most); write .csv or .parquet"
            )
        _write_xlsx(df, path)
    else:  # pragma: no cover
        raise InputError(f"{shown or path}: cannot write {fmt.value}")


def _write_xlsx(df: pl.DataFrame, path: Path) -> None:
    """xlsxwriter wraps a failing write (a full disk) in its own exception: the OSError comes out."""
    try:
        df.write_excel(path, autofit=False)
    except Exception as exc:
        cause = next((a for a in (*exc.args, exc.__cause__, exc.__context__) if isinstance(a, OSError)), None)
        if cause is not None:
            raise cause from None
        raise


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


def write_duckdb_table(frame: pl.LazyFrame, target: Location, expected_rows: int, plan: OutputPlan) -> None:
    """Create the table in a transaction and check its row count; the plan commits it with the
    run's other outputs (or rolls it back)."""
    import duckdb

    df = frame.collect(engine="streaming")
    try:
        con = duckdb.connect(str(target.path))
    except duckdb.Error as exc:
        raise InputError(f"{target.path}: cannot open as a DuckDB database: {first_line(exc)}") from None
    table = quote_identifier(target.table or "")
    try:
        con.execute("SET enable_progress_bar = false")
        exists = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [target.table]
        ).fetchone()
        if exists and exists[0] and not plan.force:
            raise InputError(f"{target}: table exists; use --force to replace it")
        con.execute("BEGIN")
        con.register("am_result", df)
        con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM am_result")
        got = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        if not got or got[0] != expected_rows:
            raise AdminMergeError(f"{target}: wrote {got[0] if got else 0:,} rows, expected {expected_rows:,}")
    except BaseException:
        with contextlib.suppress(Exception):
            con.execute("ROLLBACK")
        con.close()
        raise

    def commit() -> None:
        try:
            con.execute("COMMIT")
        finally:
            con.close()

    def abort() -> None:
        try:
            con.execute("ROLLBACK")
        finally:
            con.close()

    plan.on_commit(commit, abort)


def quote_identifier(name: str) -> str:
    """A SQL identifier in double quotes, inner quotes doubled (any column or table name)."""
    return '"' + name.replace('"', '""') + '"'


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else "unknown error"
