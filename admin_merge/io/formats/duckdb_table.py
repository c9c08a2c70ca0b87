"""A table in a DuckDB database file (``file.duckdb:TABLE``): read in stored order, written in
one transaction committed with the run's other outputs."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from admin_merge.errors import AdminMergeError, InputError, option
from admin_merge.io.dataset import Dataset, ReadOptions
from admin_merge.io.formats import Location

if TYPE_CHECKING:
    from admin_merge.io.output import OutputPlan


def quote_identifier(name: str) -> str:
    """A SQL identifier in double quotes, inner quotes doubled (any column or table name)."""
    return '"' + name.replace('"', '""') + '"'


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else "unknown error"


def read(location: Location, options: ReadOptions) -> Dataset:
    import duckdb

    try:
        con = duckdb.connect(str(location.path), read_only=True)
    except duckdb.Error as exc:
        raise InputError(f"{location.path}: cannot open as a DuckDB database: {_first_line(exc)}") from None
    try:
        con.execute("SET enable_progress_bar = false")
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if location.table not in tables:
            shown = ", ".join(sorted(tables)[:20]) + (f" and {len(tables) - 20} more" if len(tables) > 20 else "")
            raise InputError(f"{location}: no table '{location.table}' in {location.path} (tables: {shown or 'none'})")
        # rowid keeps the stored order explicit: a plain scan makes no promise about it.
        df: pl.DataFrame = con.sql(f"SELECT * FROM {quote_identifier(location.table or '')} ORDER BY rowid").pl()
    finally:
        con.close()
    return Dataset(location, df.lazy(), df.columns)


def write(frame: pl.LazyFrame, path: Path, shown: str) -> None:
    raise InputError(f"{shown}: name a table to write into a DuckDB file ({shown}:TABLE)")


def count(path: Path) -> int:  # pragma: no cover - tables are counted inside their transaction
    raise InputError(f"{path}: a DuckDB file is counted per table")


def write_table(frame: pl.LazyFrame, target: Location, expected_rows: int, plan: OutputPlan) -> None:
    """Create the table in a transaction and check its row count; ``plan`` commits it with the
    run's other outputs (or rolls it back)."""
    import duckdb

    df = frame.collect(engine="streaming")
    try:
        con = duckdb.connect(str(target.path))
    except duckdb.Error as exc:
        raise InputError(f"{target.path}: cannot open as a DuckDB database: {_first_line(exc)}") from None
    table = quote_identifier(target.table or "")
    try:
        con.execute("SET enable_progress_bar = false")
        exists = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [target.table]
        ).fetchone()
        if exists and exists[0] and not plan.force:
            raise InputError(f"{target}: table exists; use {option('force')} to replace it")
        con.execute("BEGIN")
        con.register("am_result", df)
        con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM am_result")
        got = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        if not got or got[0] != expected_rows:
            raise AdminMergeError(f"{target}: wrote {got[0] if got else 0:,} rows, expected {expected_rows:,}")
    except BaseException as exc:
        with contextlib.suppress(Exception):
            con.execute("ROLLBACK")
        con.close()
        if isinstance(exc, duckdb.Error):
            raise InputError(f"{target}: cannot write: {_first_line(exc)}") from None
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
