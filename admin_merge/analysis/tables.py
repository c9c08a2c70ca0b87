"""Loading datasets into DuckDB for analysis, with their row numbers and reference columns."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from pathlib import Path

import duckdb
import polars as pl

from admin_merge.errors import InputError
from admin_merge.io.diagnose import encoding_of, read_error
from admin_merge.io.formats import Location, parse_location
from admin_merge.io.migration_report import columns_from_report
from admin_merge.io.reader import opened
from admin_merge.plan.columns import ReferenceColumns, choose_columns
from admin_merge.plan.schema import DEFAULT_PREFIX, output_columns
from admin_merge.runtime.watch import percent_progress, read_progress

ProgressFn = Callable[[str, int, int | None], None]

ROW = "__am_row"


@dataclass(frozen=True)
class Loaded:
    """A dataset registered in a DuckDB connection as ``name`` (with a 0-based ``__am_row``)."""

    name: str
    path: str
    columns: list[str]
    references: ReferenceColumns
    migrated: bool
    prefix: str

    def col(self, suffix: str) -> str:
        return quote(f"{self.prefix}{suffix}")

    @property
    def status(self) -> str:
        return quote(_status_columns(self.prefix)[0])

    @property
    def score(self) -> str:
        return quote(_status_columns(self.prefix)[1])

    @property
    def candidates(self) -> str:
        return quote(_status_columns(self.prefix)[2])


def _status_columns(prefix: str) -> list[str]:
    """match_status, match_score, candidates as migrate names them for ``prefix``."""
    return output_columns(prefix, with_address=False)[-3:]


def load(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    name: str,
    prefix: str = DEFAULT_PREFIX,
    require_migrated: bool = False,
    columns: ReferenceColumns | None = None,
    progress: ProgressFn | None = None,
    phase: str = "reading",
) -> Loaded:
    """Read a dataset (any format migrate reads) into ``con`` as table ``name``. The reference
    columns: ``columns`` when given, else those of the migration report beside the file, else
    the ones found by their usual names."""
    location = parse_location(path)
    frame = _read(location, phase, progress)
    added = set(output_columns(prefix, with_address=True))
    original = [c for c in frame.columns if c != ROW and c not in added]
    migrated = f"{prefix}commune_code" in frame.columns and _status_columns(prefix)[0] in frame.columns
    if require_migrated and not migrated:
        raise InputError(f"{location}: not a migrated file (no {prefix}commune_code / match_status columns)")
    refs = _references(original, str(location), location.path, columns)
    con.register(f"{name}_frame", frame.to_arrow())
    con.execute(f'CREATE OR REPLACE TEMP TABLE "{name}" AS SELECT * FROM "{name}_frame"')
    con.unregister(f"{name}_frame")
    return Loaded(name, str(location), original, refs, migrated, prefix)


def _read(location: Location, phase: str, progress: ProgressFn | None) -> pl.DataFrame:
    """The dataset with its row numbers. An invalid UTF-8 byte past the probed head of a CSV
    makes the whole file decide its encoding (and name damaged lines), as in migrate."""
    encoding: str | None = None
    for _ in range(2):
        with opened(location, encoding=encoding) as dataset, read_progress(location.path, phase, progress):
            try:
                return dataset.frame.with_row_index(ROW).collect(engine="streaming")
            except pl.exceptions.PolarsError as exc:
                late_utf8 = "utf-8" in str(exc).lower() and dataset.encoding in ("utf-8", "utf-8-sig")
                if encoding is not None or not late_utf8:
                    raise read_error(dataset, exc) from None
        encoding = encoding_of(location.path, given=None, on_bad_bytes="fail").name
    raise AssertionError("unreachable")  # pragma: no cover


def _references(original: list[str], source: str, path: Path, given: ReferenceColumns | None) -> ReferenceColumns:
    if given is not None and given.used():
        return choose_columns(original, given, source)[0]
    recorded = columns_from_report(path)
    if recorded:
        roles = {f.name for f in fields(ReferenceColumns)}
        usable = {role: col for role, col in recorded.items() if role in roles and col in original}
        if usable:
            return ReferenceColumns(**usable)
    return _detect(original, source)


def _detect(columns: list[str], source: str) -> ReferenceColumns:
    try:
        refs, _ = choose_columns(columns, ReferenceColumns(), source)
    except InputError:
        return ReferenceColumns()
    return refs


def connect() -> duckdb.DuckDBPyConnection:
    """A connection that tracks query progress (for :func:`query_progress`) but never prints it."""
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = true")
    con.execute("SET enable_progress_bar_print = false")
    return con


def query_progress(
    con: duckdb.DuckDBPyConnection, phase: str, rows: int, progress: ProgressFn | None
) -> AbstractContextManager[None]:
    """Report the queries run inside the block as rows done out of ``rows``."""
    return percent_progress(con.query_progress, phase, rows, progress)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def reference_sql(loaded: Loaded, alias: str = "") -> str:
    """One readable text per row: the reference columns joined with ' / '."""
    prefix = f"{alias}." if alias else ""
    cols = loaded.references.names()
    if not cols:  # no reference column known: the row number stands for the reference
        return f"concat('row ', {prefix}{ROW} + 1)"
    parts = ", ".join(f"coalesce(CAST({prefix}{quote(c)} AS VARCHAR), '')" for c in cols)
    return f"concat_ws(' / ', {parts})"
