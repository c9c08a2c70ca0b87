"""The DuckDB engine: a DuckDB table or any file DuckDB reads, migrated inside DuckDB.

The data never passes through Python: DuckDB groups the reference columns to their distinct
values (a), only those are resolved in Python (b), the resolution table (c) is handed to
DuckDB as Arrow, and DuckDB adds the columns and writes (d) - into a table of a DuckDB database
(in one transaction, the row count checked before the commit) or into a file (a temporary file
beside the target, renamed once its row count is checked). The join streams, and DuckDB spills
to a temporary directory, so the data may be larger than memory (``memory_limit``).

Row order is kept by construction, not by sorting: a hash join does not keep it, so the added
columns are looked up inside the projection instead. The distinct keys become a DuckDB ENUM
type, each added column a list in the ENUM's order, and every row takes
``list[enum_code(key) + 1]``: a projection over an order-keeping scan, which DuckDB writes in
input order (``preserve_insertion_order``).

Text files go through the same reader as the local engine first (encoding, delimiter, header
names, lines above the header): a file that is not plain UTF-8 is read from its clean UTF-8
copy in the run's scratch directory. Excel sheets (at most 1,048,576 rows) are read and written
through polars in memory.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from admin_merge.engines.common import NULL_SENTINEL, Prepared, ProgressFn, check_rows, quote_ident
from admin_merge.errors import AdminMergeError, InputError, option
from admin_merge.io.dataset import Dataset
from admin_merge.io.diagnose import encoding_of
from admin_merge.io.formats import Format, Location, handler, parse_location
from admin_merge.io.output import OutputPlan, os_error
from admin_merge.io.reader import open_dataset
from admin_merge.io.safe_csv import FORMULA_START
from admin_merge.io.tempfiles import scratch_directory
from admin_merge.plan.report import MigrationReport
from admin_merge.plan.resolution import DistinctReferences, ResolutionTable
from admin_merge.runtime.watch import percent_progress

if TYPE_CHECKING:
    import duckdb

    from admin_merge.engines.local import MigrateOptions
    from admin_merge.matching.session import Session

SOURCE_DB = "am_src"
TARGET_DB = "am_tgt"
KEY_TYPE = "am_key"  # ENUM of the distinct reference keys
VALUE_TYPE = "am_values_"  # ENUM of the values of an added text column (am_values_0, ...)
LISTS = "am_lists"  # one row: each added column as a list in the ENUM's order
POSITION = "__am_i"  # a row's place in those lists
EXCEL_VIEW = "am_excel"
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


def _key_sql(columns: list[str], alias: str) -> str:
    """One text key per reference: each column as text, a missing value as the sentinel; with
    several columns each part is prefixed by its length, so no two references share a key."""
    parts = [f"coalesce(CAST({alias}.{quote_ident(c)} AS VARCHAR), {_literal(NULL_SENTINEL)})" for c in columns]
    if len(parts) == 1:
        return parts[0]
    return "concat(" + ", ".join(f"length({p}), ':', {p}" for p in parts) + ")"


@dataclass
class _Source:
    """A SELECT of every source column, and what reading it taught (text files)."""

    sql: str
    dataset: Dataset | None = None
    notes: list[str] = field(default_factory=list)

    def close(self) -> None:
        if self.dataset is not None:
            self.dataset.close()


def _open_source(
    con: duckdb.DuckDBPyConnection,
    source: Location,
    opts: MigrateOptions,
    encoding: str | None = None,
    on_bad_bytes: str | None = None,
) -> _Source:
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
        return _Source(f"SELECT * FROM {_table_name(SOURCE_DB, source.table)}")
    if not source.path.exists():
        raise InputError(f"{source.path}: file not found")
    if source.format is Format.parquet:
        return _Source(f"SELECT * FROM read_parquet({path})")
    if source.format in (Format.json, Format.ndjson):
        return _Source(f"SELECT * FROM read_json_auto({path})")
    if source.format is Format.xlsx:
        dataset = open_dataset(source)
        con.register(EXCEL_VIEW, dataset.frame.collect().to_arrow())
        return _Source(f"SELECT * FROM {EXCEL_VIEW}", dataset, list(dataset.notes))
    if source.format not in (Format.csv, Format.tsv):
        raise InputError(f"{source.path}: DuckDB cannot read {source.format.value}; use {option('engine', 'local')}")
    dataset = open_dataset(
        source,
        encoding=encoding or opts.encoding,
        delimiter=opts.delimiter,
        on_bad_bytes="replace" if (on_bad_bytes or opts.on_bad_bytes) == "replace" else "fail",
        skip_rows=opts.skip_rows,
    )
    assert dataset.text_path is not None and dataset.delimiter is not None
    names = "[" + ", ".join(_literal(n) for n in dataset.columns) + "]"
    reader = (
        f"read_csv({_literal(str(dataset.text_path))}, header = true, all_varchar = true, "
        f"delim = {_literal(dataset.delimiter)}, quote = '\"', escape = '\"', names = {names})"
    )
    return _Source(f"SELECT * FROM {reader}", dataset, list(dataset.notes))


class _Connection:
    """A DuckDB connection with the source (and target) database attached, spilling into the
    run's scratch directory; closed by the run, or by the output plan's commit when it holds a
    table's transaction."""

    def __init__(self, source: Location, target: Location | None, memory_limit: str | None) -> None:
        import duckdb

        self.spill = scratch_directory()
        config: dict[str, str | bool | int | float | list[str]] = {
            "temp_directory": str(self.spill),
            "preserve_insertion_order": True,
        }
        if memory_limit:
            config["memory_limit"] = memory_limit
        try:
            self.con = duckdb.connect(config=config)
        except Exception as exc:
            shutil.rmtree(self.spill, ignore_errors=True)
            raise InputError(f"{option('memory_limit', memory_limit or '')}: {_first_line(exc)}") from None
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
    """(a): only the reference columns are read (a Parquet file or a table reads no other)."""
    keys = ", ".join(f"CAST({quote_ident(c)} AS VARCHAR)" for c in columns)
    rows = con.execute(f"SELECT {keys}, count(*) FROM ({source_sql}) GROUP BY ALL").fetchall()
    return DistinctReferences.from_rows(roles, rows)


def _resolution_arrow(table: ResolutionTable) -> pa.Table:
    """The resolution table with missing keys as the sentinel."""
    import polars as pl

    return table.frame.with_columns(pl.col(table.keys).fill_null(NULL_SENTINEL)).to_arrow()


def _prepare_lookup(con: duckdb.DuckDBPyConnection, table: ResolutionTable) -> list[str]:
    """The ENUM of the keys and the added columns as lists in its order (see the module doc);
    returns the projection of each added column. A text column is listed as an ENUM of its own
    values and cast back to text per row: the cast reads the ENUM's dictionary, where a list of
    text copies every string it extracts (a third more CPU for the whole write on 10 M rows)."""
    import polars as pl

    con.register("am_res", _resolution_arrow(table))
    added = ", ".join(f"r.{quote_ident(c)}" for c in table.columns)
    con.execute(f"CREATE TEMP TABLE am_keyed AS SELECT {_key_sql(table.keys, 'r')} AS k, {added} FROM am_res r")
    con.unregister("am_res")
    con.execute(f"CREATE TYPE {KEY_TYPE} AS ENUM (SELECT k FROM am_keyed)")
    order = f"ORDER BY enum_code(CAST(k AS {KEY_TYPE}))"
    lists, projection = [], []
    for n, c in enumerate(table.columns):
        q = quote_ident(c)
        column = table.frame[c]
        if column.dtype != pl.Utf8:
            lists.append(f"list({q} {order}) AS {q}")
            projection.append(f"l.{q}[s.{POSITION}] AS {q}")
        elif column.null_count() == len(column):  # an ENUM needs a value
            projection.append(f"CAST(NULL AS VARCHAR) AS {q}")
        else:
            values = f"{VALUE_TYPE}{n}"
            con.execute(f"CREATE TYPE {values} AS ENUM (SELECT DISTINCT {q} FROM am_keyed WHERE {q} IS NOT NULL)")
            lists.append(f"list(CAST({q} AS {values}) {order}) AS {q}")
            projection.append(f"CAST(l.{q}[s.{POSITION}] AS VARCHAR) AS {q}")
    if not lists:  # a table of text columns without a value (DuckDB has no empty SELECT list)
        lists.append("0 AS am_none")
    con.execute(f"CREATE TEMP TABLE {LISTS} AS SELECT {', '.join(lists)} FROM am_keyed")
    con.execute("DROP TABLE am_keyed")
    return projection


def _lookup_sql(source_sql: str, columns: list[str], projection: list[str]) -> str:
    """Every source row with the added columns, in input order."""
    keyed = (
        f"SELECT *, enum_code(CAST({_key_sql(columns, 's')} AS {KEY_TYPE}))::BIGINT + 1 AS {POSITION} "
        f"FROM ({source_sql}) s"
    )
    return f"SELECT s.* EXCLUDE ({POSITION}), {', '.join(projection)} FROM ({keyed}) s, {LISTS} l"


def _empty_sql(source_sql: str, table: ResolutionTable) -> str:
    """No rows (an empty ENUM cannot be made): the added columns, typed, and no row."""
    con_types = {table.score_column: "SMALLINT"}
    added = ", ".join(f"CAST(NULL AS {con_types.get(c, 'VARCHAR')}) AS {quote_ident(c)}" for c in table.columns)
    return f"SELECT s.*, {added} FROM ({source_sql}) s"


def _safe_csv_sql(con: duckdb.DuckDBPyConnection, query: str) -> str:
    """Text cells a spreadsheet would run as formulas get a leading ``'`` (see io.safe_csv)."""
    described = con.execute(f"DESCRIBE {query}").fetchall()
    cols = []
    for name, dtype, *_ in described:
        q = quote_ident(name)
        if dtype == "VARCHAR":
            cols.append(
                f"CASE WHEN regexp_matches({q}, {_literal(FORMULA_START)}) THEN '''' || {q} ELSE {q} END AS {q}"
            )
        else:
            cols.append(q)
    return f"SELECT {', '.join(cols)} FROM ({query})"


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
    """Migrate ``input`` (``file.duckdb:TABLE`` or a CSV/TSV/Parquet/JSON/NDJSON/Excel file)
    into ``output`` (``file.duckdb:TABLE``, a file of those formats, or ``-``: CSV on stdout),
    inside DuckDB; ``opts.memory_limit``: what DuckDB may hold before it spills (``"2GB"``)."""
    if table is not None:
        if Path(str(input)).suffix.lower() not in (".duckdb", ".db"):
            raise InputError(f"{input}: {option('table')} names a table of a DuckDB database (file.duckdb)")
        source = Location(Path(str(input)), Format.duckdb, table)
    else:
        source = parse_location(input)
    if output is None and not opts.dry_run:
        raise InputError(f"no output given: pass {option('output', 'OUTPUT')} (or {option('dry_run')})")
    to_stdout = output is not None and str(output) == "-"
    target = parse_location(output, opts.output_format) if output is not None and not to_stdout else None
    plan = outputs if outputs is not None else OutputPlan(force=opts.force)
    plan.add_input(source.path, source.table)
    if opts.decisions is not None:
        plan.add_input(opts.decisions)
    if opts.rules is not None:
        plan.add_input(opts.rules)
    if target is not None and not opts.dry_run:
        plan.claim(target.path, "output", table=target.table)
    shown_format = Format.csv.value if to_stdout else target.format.value if target else None
    prepared = Prepared(str(source), "-" if to_stdout else str(target) if target else None, shown_format, opts, session)
    connection = _Connection(source, target, opts.memory_limit)
    try:
        _run(connection, source, target, to_stdout, prepared, plan, progress)
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


class _NotUtf8(Exception):
    """Invalid UTF-8 found past the probed head of a text file."""


def _read_distinct(
    connection: _Connection, source: Location, prepared: Prepared
) -> tuple[_Source, list[str], DistinctReferences]:
    """Open the source, choose its reference columns and take their distinct values; a text
    file with an invalid UTF-8 byte past its probed head is read again in the encoding of the
    whole file (as the local engine does)."""
    con, opts = connection.con, prepared.opts
    src = _open_source(con, source, opts)
    try:
        try:
            return src, *_take_distinct(con, src, source, prepared)
        except _NotUtf8:
            src.close()
            found = encoding_of(source.path, given=opts.encoding, on_bad_bytes=opts.on_bad_bytes)
            src = _open_source(con, source, opts, found.name, "replace" if found.replace else "fail")
            try:
                return src, *_take_distinct(con, src, source, prepared)
            except _NotUtf8:
                raise InputError(f"{source}: cannot read: invalid UTF-8 text") from None
    except BaseException:
        src.close()
        raise


def _take_distinct(
    con: duckdb.DuckDBPyConnection, src: _Source, source: Location, prepared: Prepared
) -> tuple[list[str], DistinctReferences]:
    try:
        available = [d[0] for d in con.execute(f"SELECT * FROM ({src.sql}) LIMIT 0").description]
    except Exception as exc:  # duckdb raises many kinds of errors for unreadable input
        raise InputError(f"{source}: cannot read: {_first_line(exc)}") from None
    cols = prepared.choose(available, str(source))
    roles, columns = list(cols.used()), list(cols.used().values())
    try:
        return columns, _distinct(con, src.sql, columns, roles)
    except Exception as exc:
        native = src.dataset is not None and src.dataset.encoding in ("utf-8", "utf-8-sig")
        if native and "unicode" in str(exc).lower():
            raise _NotUtf8 from None
        raise InputError(f"{source}: cannot read: {_first_line(exc)}") from None


def _run(
    connection: _Connection,
    source: Location,
    target: Location | None,
    to_stdout: bool,
    prepared: Prepared,
    plan: OutputPlan,
    progress: ProgressFn | None,
) -> None:
    con, opts = connection.con, prepared.opts
    if progress:
        progress("reading", 0, None)
    src, columns, distinct = _read_distinct(connection, source, prepared)
    try:
        if src.dataset is not None:
            prepared.report.encoding = src.dataset.encoding
        prepared.report.warnings = list(src.notes)
        result = prepared.resolve(distinct, progress)
        if opts.dry_run or (target is None and not to_stdout):
            return
        if len(result.table.frame):
            query = _lookup_sql(src.sql, columns, _prepare_lookup(con, result.table))
        else:
            query = _empty_sql(src.sql, result.table)
        if opts.safe_csv and (to_stdout or (target is not None and target.format in (Format.csv, Format.tsv))):
            query = _safe_csv_sql(con, query)
        rows_in = prepared.report.rows_in
        if progress:
            con.execute("SET enable_progress_bar = true")  # tracked for query_progress(), never printed
        with percent_progress(con.query_progress, "writing", rows_in, progress):
            if to_stdout:
                _write_stdout(con, query, rows_in, plan)
            elif target is not None and target.format is Format.duckdb:
                _write_table(connection, query, source, target, rows_in, plan)
            elif target is not None:
                _write_file(con, query, target, rows_in, plan)
        prepared.report.rows_out = rows_in
    finally:
        src.close()


def _write_table(
    connection: _Connection, query: str, source: Location, target: Location, rows_in: int, plan: OutputPlan
) -> None:
    """CREATE TABLE in a transaction, row count checked; the plan commits it with the run's
    other outputs (or rolls it back). A killed run never commits, so it leaves no table."""
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
        try:
            con.execute(f"CREATE OR REPLACE TABLE {name} AS {query}")
        except Exception as exc:
            raise AdminMergeError(f"{target}: cannot write: {_first_line(exc)}") from None
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


def _copy(con: duckdb.DuckDBPyConnection, query: str, path: Path, fmt: Format, shown: str) -> int:
    """COPY into ``path``; the rows DuckDB wrote."""
    try:
        got = con.execute(f"COPY ({query}) TO {_literal(str(path))} ({COPY_OPTIONS[fmt]})").fetchone()
    except Exception as exc:
        raise AdminMergeError(f"{shown}: cannot write: {_first_line(exc)}") from None
    return int(got[0]) if got else 0


def _write_file(con: duckdb.DuckDBPyConnection, query: str, target: Location, rows_in: int, plan: OutputPlan) -> None:
    if target.format is not Format.xlsx and target.format not in COPY_OPTIONS:
        raise InputError(f"{target}: DuckDB cannot write {target.format.value}; use {option('engine', 'local')}")
    staged = plan.stage(target.path)
    if target.format is Format.xlsx:
        frame = con.sql(query).pl()
        try:
            handler(Format.xlsx).write(frame.lazy(), staged, str(target))
        except OSError as exc:
            raise os_error(str(target), exc) from None
        check_rows(frame.height, rows_in, str(target))
        return
    check_rows(_copy(con, query, staged, target.format, str(target)), rows_in, str(target))


def _write_stdout(con: duckdb.DuckDBPyConnection, query: str, rows_in: int, plan: OutputPlan) -> None:
    """CSV into a scratch directory, copied to stdout when the plan commits (nothing is printed
    when the run fails)."""
    scratch = scratch_directory()
    path = scratch / "out.csv"
    try:
        check_rows(_copy(con, query, path, Format.csv, "-"), rows_in, "-")
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise

    def copy_out() -> None:
        try:
            with path.open("rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.flush()
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    plan.on_commit(copy_out, lambda: shutil.rmtree(scratch, ignore_errors=True))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


__all__: list[Any] = ["migrate"]
