"""The DuckDB engine: a DuckDB table or any file DuckDB reads, migrated inside DuckDB.

The data never passes through Python: DuckDB groups the reference columns to their distinct
values (a), only those are resolved in Python (b), the resolution table (c) is handed to
DuckDB as Arrow, and DuckDB joins and writes (d) - into a table of a DuckDB database (in one
transaction, the row count checked before the commit) or into a file (a temporary file beside
the target, renamed once its row count is checked). DuckDB spills to disk, so the data may be
larger than memory.

Row order: a hash join does not keep it, so each row carries its position (``rowid`` of a
table, ``file_row_number`` of a Parquet file, a streaming ``row_number()`` of other files) and
the result is ordered by it; see benchmarks/bench_engines.py for its cost.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from admin_merge.engines.common import NULL_SENTINEL, Prepared, ProgressFn, check_rows, quote_ident
from admin_merge.errors import AdminMergeError, InputError, option
from admin_merge.io.encoding import canonical, detect
from admin_merge.io.formats import Format, Location, parse_location
from admin_merge.io.output import OutputPlan
from admin_merge.plan.report import MigrationReport
from admin_merge.plan.resolution import DistinctReferences, ResolutionTable

if TYPE_CHECKING:
    import duckdb

    from admin_merge.engines.local import MigrateOptions
    from admin_merge.matching.session import Session

ROW_NUMBER = "__am_row"
SOURCE_DB = "am_src"
TARGET_DB = "am_tgt"
# COPY options per output format.
COPY_OPTIONS = {
    Format.csv: "FORMAT csv, HEADER true",
    Format.tsv: "FORMAT csv, HEADER true, DELIMITER '\t'",
    Format.parquet: "FORMAT parquet",
    Format.ndjson: "FORMAT json",
    Format.json: "FORMAT json, ARRAY true",
}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _table_name(database: str, table: str) -> str:
    return ".".join([quote_ident(database), *(quote_ident(p) for p in table.split("."))]) if table else ""


def _source_sql(con: duckdb.DuckDBPyConnection, source: Location, opts: MigrateOptions) -> str:
    """A SELECT of every source column plus its position as ``__am_row``."""
    path = _literal(str(source.path))
    if source.format is Format.duckdb:
        assert source.table is not None
        parts = source.table.split(".")
        found = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = ? AND table_name = ? AND schema_name = ?",
            [SOURCE_DB, parts[-1], parts[0] if len(parts) > 1 else "main"],
        ).fetchone()
        if not found or not found[0]:
            raise InputError(f"{source}: no table '{source.table}' in {source.path}")
        return f"SELECT *, rowid AS {ROW_NUMBER} FROM {_table_name(SOURCE_DB, source.table)}"
    if not source.path.exists():
        raise InputError(f"{source.path}: file not found")
    if source.format is Format.parquet:
        return (
            f"SELECT * EXCLUDE (file_row_number), file_row_number AS {ROW_NUMBER} "
            f"FROM read_parquet({path}, file_row_number = true)"
        )
    if source.format in (Format.csv, Format.tsv):
        encoding = canonical(opts.encoding) if opts.encoding else detect(source.path).name
        if encoding not in ("utf-8", "utf-8-sig"):
            raise InputError(
                f"{source.path}: {encoding} text; DuckDB reads UTF-8 only: use {option('engine', 'local')}"
            )
        delim = f", delim = {_literal(opts.delimiter)}" if opts.delimiter else ""
        if not opts.delimiter and source.format is Format.tsv:
            delim = ", delim = '\t'"
        reader = f"read_csv({path}, all_varchar = true, header = true{delim})"
    elif source.format in (Format.json, Format.ndjson):
        reader = f"read_json_auto({path})"
    else:
        raise InputError(f"{source.path}: DuckDB cannot read {source.format.value}; use {option('engine', 'local')}")
    return f"SELECT *, row_number() OVER () AS {ROW_NUMBER} FROM {reader}"


class _Connection:
    """A DuckDB connection with the source (and target) database attached, spilling into a
    temporary directory; closed by the run, or by the output plan's commit when it holds a
    table's transaction."""

    def __init__(self, source: Location, target: Location | None) -> None:
        import duckdb

        self.spill = tempfile.mkdtemp(prefix="admin-merge-duckdb-")
        self.con = duckdb.connect(config={"temp_directory": self.spill})
        self.handed_over = False
        try:
            self.con.execute("SET enable_progress_bar = false")
            self.con.execute("SET enable_progress_bar_print = false")
            same = target is not None and target.format is Format.duckdb and _same(source.path, target.path)
            if source.format is Format.duckdb:
                if not source.path.exists():
                    raise InputError(f"{source.path}: file not found")
                mode = "" if same else " (READ_ONLY)"
                self._attach(source.path, SOURCE_DB, mode)
            if target is not None and target.format is Format.duckdb and not (same and source.format is Format.duckdb):
                self._attach(target.path, TARGET_DB, "")
        except BaseException:
            self.close()
            raise

    def _attach(self, path: Path, name: str, mode: str) -> None:
        try:
            self.con.execute(f"ATTACH {_literal(str(path))} AS {name}{mode}")
        except Exception as exc:
            raise InputError(f"{path}: cannot open as a DuckDB database: {_first_line(exc)}") from None

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            shutil.rmtree(self.spill, ignore_errors=True)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _distinct(
    con: duckdb.DuckDBPyConnection, source_sql: str, columns: list[str], roles: list[str]
) -> DistinctReferences:
    keys = ", ".join(f"CAST({quote_ident(c)} AS VARCHAR)" for c in columns)
    rows = con.execute(f"SELECT {keys}, count(*) FROM ({source_sql}) GROUP BY ALL").fetchall()
    return DistinctReferences.from_rows(roles, rows)


def _join_sql(source_sql: str, columns: list[str], table: ResolutionTable, ordered: bool = True) -> str:
    added = ", ".join(f"r.{quote_ident(c)}" for c in table.columns)
    on = " AND ".join(
        f"coalesce(CAST(s.{quote_ident(c)} AS VARCHAR), {_literal(NULL_SENTINEL)}) = r.{quote_ident(k)}"
        for c, k in zip(columns, table.keys, strict=True)
    )
    order = f" ORDER BY s.{ROW_NUMBER}" if ordered else ""
    return f"SELECT s.* EXCLUDE ({ROW_NUMBER}), {added} FROM ({source_sql}) s LEFT JOIN am_res r ON {on}{order}"


def _resolution_arrow(table: ResolutionTable) -> pa.Table:
    """The resolution table with missing keys as the sentinel (a plain equality join)."""
    import polars as pl

    return table.frame.with_columns(pl.col(table.keys).fill_null(NULL_SENTINEL)).to_arrow()


def migrate(
    input: str | Path,
    output: str | Path | None,
    opts: MigrateOptions,
    *,
    table: str | None = None,
    progress: ProgressFn | None = None,
    outputs: OutputPlan | None = None,
    session: Session | None = None,
) -> MigrationReport:
    """Migrate ``input`` (``file.duckdb:TABLE`` or a CSV/TSV/Parquet/JSON file) into ``output``
    (``file.duckdb:TABLE`` or a CSV/TSV/Parquet/JSON/NDJSON file), inside DuckDB."""
    if table is not None:
        if Path(str(input)).suffix.lower() not in (".duckdb", ".db"):
            raise InputError(f"{input}: {option('table')} names a table of a DuckDB database (file.duckdb)")
        source = Location(Path(str(input)), Format.duckdb, table)
    else:
        source = parse_location(input)
    if output is None and not opts.dry_run:
        raise InputError(f"no output given: pass {option('output', 'OUTPUT')} (or {option('dry_run')})")
    if output is not None and str(output) == "-":
        raise InputError(
            f"the duckdb engine writes to a file or a table, not to stdout: use {option('engine', 'local')}"
        )
    target = parse_location(output, opts.output_format) if output is not None else None
    if target is not None and target.format is Format.xlsx:
        raise InputError(f"{target}: DuckDB cannot write Excel; use {option('engine', 'local')}")
    plan = outputs if outputs is not None else OutputPlan(force=opts.force)
    plan.add_input(source.path, source.table)
    if opts.decisions is not None:
        plan.add_input(opts.decisions)
    if opts.rules is not None:
        plan.add_input(opts.rules)
    if target is not None and not opts.dry_run:
        plan.claim(target.path, "output", table=target.table)
    prepared = Prepared(
        str(source), str(target) if target else None, target.format.value if target else None, opts, session
    )
    connection = _Connection(source, target)
    try:
        _run(connection, source, target, prepared, plan, progress)
        if outputs is None:
            plan.commit()
    except BaseException:
        if outputs is None:
            plan.abort()
        raise
    finally:
        if not connection.handed_over:
            connection.close()
    return prepared.finish(prepared.report.rows_out)


def _run(
    connection: _Connection,
    source: Location,
    target: Location | None,
    prepared: Prepared,
    plan: OutputPlan,
    progress: ProgressFn | None,
) -> None:
    con, opts = connection.con, prepared.opts
    source_sql = _source_sql(con, source, opts)
    try:
        available = [d[0] for d in con.execute(f"SELECT * FROM ({source_sql}) LIMIT 0").description]
    except Exception as exc:  # duckdb raises many kinds of errors for unreadable input
        raise InputError(f"{source}: cannot read: {_first_line(exc)}") from None
    available.remove(ROW_NUMBER)
    cols = prepared.choose(available, str(source))
    roles, columns = list(cols.used()), list(cols.used().values())
    if progress:
        progress("reading", 0, None)
    try:
        distinct = _distinct(con, source_sql, columns, roles)
    except Exception as exc:
        raise InputError(f"{source}: cannot read: {_first_line(exc)}") from None
    result = prepared.resolve(distinct, progress)
    if opts.dry_run or target is None:
        return
    con.register("am_res", _resolution_arrow(result.table))
    query = _join_sql(source_sql, columns, result.table)
    if progress:
        progress("writing", 0, None)
    rows_in = prepared.report.rows_in
    if target.format is Format.duckdb:
        _write_table(connection, query, source, target, rows_in, plan)
    else:
        _write_file(con, query, target, rows_in, plan)
    prepared.report.rows_out = rows_in


def _write_table(
    connection: _Connection, query: str, source: Location, target: Location, rows_in: int, plan: OutputPlan
) -> None:
    """CREATE TABLE in a transaction, row count checked; the plan commits it with the run's
    other outputs (or rolls it back)."""
    assert target.table is not None
    con = connection.con
    database = SOURCE_DB if source.format is Format.duckdb and _same(source.path, target.path) else TARGET_DB
    parts = target.table.split(".")
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = ? AND table_name = ? AND schema_name = ?",
        [database, parts[-1], parts[0] if len(parts) > 1 else "main"],
    ).fetchone()
    if exists and exists[0] and not plan.force:
        raise InputError(f"{target}: table exists; use {option('force')} to replace it")
    name = _table_name(database, target.table)
    con.execute("BEGIN")
    try:
        con.execute(f"CREATE OR REPLACE TABLE {name} AS {query}")
        got = con.execute(f"SELECT count(*) FROM {name}").fetchone()
        check_rows(got[0] if got else 0, rows_in, str(target))
    except BaseException:
        with contextlib.suppress(Exception):
            con.execute("ROLLBACK")
        raise

    def finish(statement: str) -> Callable[[], None]:
        def run() -> None:
            try:
                con.execute(statement)
            finally:
                connection.close()

        return run

    plan.on_commit(finish("COMMIT"), finish("ROLLBACK"))
    connection.handed_over = True


def _write_file(con: duckdb.DuckDBPyConnection, query: str, target: Location, rows_in: int, plan: OutputPlan) -> None:
    options = COPY_OPTIONS.get(target.format)
    if options is None:
        raise InputError(f"{target}: DuckDB cannot write {target.format.value}; use {option('engine', 'local')}")
    staged = plan.stage(target.path)
    try:
        con.execute(f"COPY ({query}) TO {_literal(str(staged))} ({options})")
    except Exception as exc:
        raise AdminMergeError(f"{target}: cannot write: {_first_line(exc)}") from None
    reader = {
        Format.csv: "read_csv({}, all_varchar = true, header = true)",
        Format.tsv: "read_csv({}, all_varchar = true, header = true, delim = '\t')",
        Format.parquet: "read_parquet({})",
    }.get(target.format, "read_json_auto({})")
    got = con.execute(f"SELECT count(*) FROM {reader.format(_literal(str(staged)))}").fetchone()
    check_rows(got[0] if got else 0, rows_in, str(target))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


__all__: list[Any] = ["migrate"]
