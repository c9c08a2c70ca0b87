"""`migrate`: read a dataset, resolve each distinct reference once, join back, write atomically.

Order of work, and why:
1. the reference columns are grouped to their distinct values (streaming, bounded memory);
2. only those distinct references are resolved in Python;
3. the resolutions are joined back with polars' order-keeping streaming join and written to a
   temporary file beside the target, whose row count is checked before it is renamed.

DuckDB's hash join does not keep the input row order, and sorting back by a row number costs
more than the join itself, so the join-back runs in polars, which keeps order by construction
(figures in benchmarks/README.md).
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from functools import partial
from pathlib import Path
from typing import Any, Literal

import polars as pl

from admin_merge.engines.common import Prepared, check_rows, session_for
from admin_merge.engines.common import ProgressFn as ProgressFn
from admin_merge.errors import InputError, option
from admin_merge.io.diagnose import encoding_of, read_error
from admin_merge.io.formats import Format, Location, parse_location
from admin_merge.io.output import OutputPlan, os_error
from admin_merge.io.reader import Dataset, drop_blank_lines, opened
from admin_merge.io.safe_csv import neutralise
from admin_merge.io.tempfiles import scratch_directory
from admin_merge.io.writer import count_rows, write_duckdb_table, write_lazy
from admin_merge.matching.session import Session
from admin_merge.plan.columns import ReferenceColumns
from admin_merge.plan.report import MigrationReport as MigrationReport
from admin_merge.plan.resolution import COUNT, DistinctReferences
from admin_merge.plan.schema import DEFAULT_PREFIX
from admin_merge.registry.chain import as_of_date
from admin_merge.runtime.watch import file_size_progress, line_progress, read_progress

NULL_KEY = "\x00"
ROW_KEY = "__am_row"  # the resolution table's row number, carried by the join
HASH_KEY = "__am_hash"  # what the join is on: the keys' hash (or the keys)


@dataclass
class MigrateOptions:
    columns: ReferenceColumns = field(default_factory=ReferenceColumns)
    on_split: Literal["flag", "primary"] = "flag"
    prefix: str = DEFAULT_PREFIX
    encoding: str | None = None
    on_bad_bytes: Literal["fail", "replace"] = "fail"  # invalid bytes in a UTF-8 file
    skip_rows: int = 0  # lines above the header (a title)
    safe_csv: bool = False  # CSV/TSV output: cells a spreadsheet would run as formulas get a leading '
    delimiter: str | None = None
    output_format: Format | None = None
    force: bool = False
    dry_run: bool = False
    mappings: Path | None = None
    decisions: Path | None = None
    rules: Path | None = None  # rules for split communes (see admin_merge.matching.rules)
    # Processes resolving distinct references (more than one forks workers); default: the
    # runtime policy's (admin_merge.runtime.policy), one unless the caller chose otherwise.
    workers: int | None = None
    as_of: str | None = None  # the date whose names and types are written (default: today)
    codes_from: str | None = None  # the snapshot of the commune codes (default: detected per column)
    memory_limit: str | None = None  # duckdb engine: memory it may hold before spilling ("2GB")

    def describe(self) -> dict[str, Any]:
        return {
            "on_split": self.on_split,
            "prefix": self.prefix,
            "encoding": self.encoding,
            "on_bad_bytes": self.on_bad_bytes,
            "skip_rows": self.skip_rows,
            "safe_csv": self.safe_csv,
            "delimiter": self.delimiter,
            "output_format": self.output_format.value if self.output_format else None,
            "force": self.force,
            "dry_run": self.dry_run,
            "decisions": str(self.decisions) if self.decisions else None,
            "rules": str(self.rules) if self.rules else None,
            "workers": self.workers,
            "as_of": self.as_of,
            "codes_from": self.codes_from,
            "memory_limit": self.memory_limit,
        }


def parse_options(options: MigrateOptions | None, kwargs: dict[str, Any]) -> MigrateOptions:
    opts = options or MigrateOptions()
    column_fields = {f"{f.name}_col": f.name for f in fields(ReferenceColumns)}
    cols = {column_fields[k]: kwargs.pop(k) for k in list(kwargs) if k in column_fields}
    if cols:
        opts = replace(opts, columns=replace(opts.columns, **cols))
    if kwargs:
        valid = {f.name for f in fields(MigrateOptions)}
        unknown = set(kwargs) - valid
        if unknown:
            raise TypeError(f"unknown migrate option(s): {', '.join(sorted(unknown))}")
        opts = replace(opts, **kwargs)
    if opts.as_of is not None:
        opts = replace(opts, as_of=as_of_date(opts.as_of))
    if opts.codes_from is not None:
        opts = replace(opts, codes_from=as_of_date(opts.codes_from, "codes_from"))
    if opts.on_split not in ("flag", "primary"):
        raise InputError(f"{option('on_split')} must be 'flag' or 'primary', not '{opts.on_split}'")
    return opts


def migrate(
    input: str | Path,
    output: str | Path | None = None,
    options: MigrateOptions | None = None,
    *,
    progress: ProgressFn | None = None,
    outputs: OutputPlan | None = None,
    session: Session | None = None,
    **kwargs: Any,
) -> MigrationReport:
    """Migrate a dataset; returns the report. ``output`` ``"-"`` writes CSV to stdout.

    Keyword shortcuts: ``commune_code_col=``, ``commune_col=``, ``address_col=``... and any
    field of :class:`MigrateOptions` (``on_split="primary"``, ``force=True``...).
    ``outputs``: a caller's plan holding the run's other outputs (the CLI's ``--report``); the
    dataset is then staged in it and appears when the caller commits the plan.
    ``session``: the loaded mappings to resolve with (default: a new session on ``mappings``).
    """
    opts = parse_options(options, kwargs)
    source = parse_location(input)
    to_stdout = output is not None and str(output) == "-"
    if output is None and not opts.dry_run:
        raise InputError(f"no output given: pass {option('output', 'OUTPUT')} (or {option('dry_run')})")
    target: Location | None = None
    plan = outputs if outputs is not None else OutputPlan(force=opts.force)
    plan.add_input(source.path, source.table)
    if opts.decisions is not None:
        plan.add_input(opts.decisions)
    if opts.rules is not None:
        plan.add_input(opts.rules)
    if output is not None and not to_stdout:
        target = parse_location(output, opts.output_format)
        if not opts.dry_run:
            plan.claim(target.path, "output", table=target.table)
    prepared = Prepared(
        str(source),
        "-" if to_stdout else (str(target) if target else None),
        Format.csv.value if to_stdout else target.format.value if target else None,
        opts,
        session_for(session, opts.mappings),
    )
    opts = prepared.opts
    run = partial(_run, source, target, to_stdout, prepared, progress, plan)
    try:
        try:
            result = run(opts.encoding, opts.on_bad_bytes)
        except _NotUtf8:
            # An invalid byte past the probed head: the whole file decides (see io.encoding).
            found = encoding_of(source.path, given=opts.encoding, on_bad_bytes=opts.on_bad_bytes)
            result = run(found.name, "replace" if found.replace else "fail")
        if outputs is None:
            plan.commit()
    except BaseException:
        if outputs is None:
            plan.abort()
        raise
    return result


class _NotUtf8(Exception):
    """Invalid UTF-8 found past the sniffed head of a CSV file."""


def _run(
    source: Location,
    target: Location | None,
    to_stdout: bool,
    prepared: Prepared,
    progress: ProgressFn | None,
    plan: OutputPlan,
    encoding: str | None,
    on_bad_bytes: Literal["fail", "replace"],
) -> MigrationReport:
    opts, report = prepared.opts, prepared.report
    with opened(
        source,
        encoding=encoding,
        delimiter=opts.delimiter,
        on_bad_bytes=on_bad_bytes,
        skip_rows=opts.skip_rows,
        check_blank_lines=False,
    ) as dataset:
        report.encoding = dataset.encoding
        report.warnings = list(dataset.notes)
        cols = prepared.choose(dataset.columns, str(source))
        roles = list(cols.used())
        keys = [f"__am_{role}" for role in roles]
        # Nulls become a sentinel so the join needs no null-matching, which is slower.
        key_exprs = [
            pl.col(getattr(cols, role)).cast(pl.Utf8).fill_null(NULL_KEY).alias(k)
            for role, k in zip(roles, keys, strict=True)
        ]

        if progress:
            progress("reading", 0, None)
        try:
            with read_progress(source.path, "reading", progress):
                distinct = _distinct(dataset, key_exprs, keys, meanwhile=prepared.warm_up)
            # Blank lines of a CSV read as rows of nulls; the file is searched for them only
            # when such a row appears (a search of every file would cost a pass over it).
            null_rows = distinct.filter(pl.all_horizontal(pl.col(keys) == NULL_KEY)).height
            if dataset.blank_lines_unchecked and null_rows and drop_blank_lines(dataset):
                with read_progress(source.path, "reading", progress):
                    distinct = _distinct(dataset, key_exprs, keys)
        except pl.exceptions.PolarsError as exc:
            if "utf-8" in str(exc).lower() and dataset.encoding in ("utf-8", "utf-8-sig"):
                raise _NotUtf8 from None
            raise read_error(dataset, exc) from None
        columns = distinct.select(
            *(pl.when(pl.col(k) != NULL_KEY).then(pl.col(k)).alias(role) for role, k in zip(roles, keys, strict=True)),
            pl.col("__am_n").cast(pl.Int64).alias(COUNT),
        )
        references = DistinctReferences(
            roles,
            {role: columns[role].to_list() for role in roles},
            columns[COUNT].to_list(),
            frame=columns,
        )
        plan_result = prepared.resolve(references, progress)

        if opts.dry_run:
            return prepared.finish(0)

        # The join carries one integer per row, the resolution table's row number, and the
        # added columns are gathered by it from the table: a join that carried the added
        # columns themselves (even as categoricals) cost about twice as much per row. The
        # table's rows are the distinct references' in their order.
        table = plan_result.table
        row_key = _free_name(ROW_KEY, dataset.columns)
        index, on = _join_index(distinct.select(keys), row_key, dataset.columns)
        data = dataset.frame.with_columns(key_exprs)
        if on != keys:
            data = data.with_columns(_key_hash(keys, on[0]))
        row = pl.col(row_key)
        joined = (
            data.join(index.lazy(), on=on, how="left", maintain_order="left")
            .drop(dict.fromkeys([*keys, *on]))
            .with_columns(pl.lit(table.frame[c]).gather(row).alias(c) for c in table.columns)
            .drop(row_key)
        )
        if opts.safe_csv and (to_stdout or (target is not None and target.format in (Format.csv, Format.tsv))):
            joined = neutralise(joined)
        rows_out = _write(joined, target, to_stdout, report.rows_in, plan, dataset, progress)
    return prepared.finish(rows_out)


def _join_index(keys: pl.DataFrame, row_key: str, taken: list[str]) -> tuple[pl.DataFrame, list[str]]:
    """The resolution table's row numbers by what the data joins it on, and the names of the
    columns joined on: the keys, or one column that the data's rows get from :func:`_key_hash`.

    Every key of the data is one of the table's (the table holds the distinct keys of the same
    data), so when the table's keys have 64-bit hashes that are all different, a row's hash
    names its key: the join compares one integer per row instead of hashing and comparing
    text (figures in benchmarks/README.md). Should two keys share a hash, the join is on the
    keys themselves."""
    numbers = pl.int_range(pl.len(), dtype=pl.UInt32).alias(row_key)
    hash_key = _free_name(HASH_KEY, taken)
    index = keys.select(_key_hash(keys.columns, hash_key), numbers)
    if index[hash_key].n_unique() == index.height:
        return index, [hash_key]
    return keys.with_columns(numbers), keys.columns


def _key_hash(keys: list[str], name: str) -> pl.Expr:
    return (pl.col(keys[0]) if len(keys) == 1 else pl.struct(keys)).hash().alias(name)


def _free_name(name: str, taken: list[str]) -> str:
    while name in taken:  # never an input column's name
        name += "_"
    return name


def _distinct(
    dataset: Dataset, key_exprs: list[pl.Expr], keys: list[str], meanwhile: Callable[[], object] | None = None
) -> pl.DataFrame:
    """The distinct references and their row counts. ``meanwhile`` runs in a thread while
    polars reads (it holds no GIL), so that Python work resolving needs anyway (building
    look-ups) does not wait for the read. The read stays in this thread: a polars query run in
    the background aborts the process on Ctrl-C, where this one raises KeyboardInterrupt."""
    query = dataset.frame.select(key_exprs).group_by(keys).agg(pl.len().alias("__am_n"))
    if meanwhile is None:
        return query.collect(engine="streaming")
    failed: list[BaseException] = []

    def run() -> None:
        try:
            meanwhile()
        except BaseException as exc:  # raised in the caller's thread below
            failed.append(exc)

    helper = threading.Thread(target=run, name="admin-merge warm-up", daemon=True)
    helper.start()
    try:
        frame = query.collect(engine="streaming")
    finally:
        helper.join()  # a fraction of a second; nothing is left building behind a failed read
    if failed:
        raise failed[0]
    return frame


def _write(
    frame: pl.LazyFrame,
    target: Location | None,
    to_stdout: bool,
    rows_in: int,
    plan: OutputPlan,
    dataset: Dataset,
    progress: ProgressFn | None = None,
) -> int:
    """Write into a staged file of ``plan``; it appears when the plan commits. Progress: the
    lines written (CSV/TSV) or bytes written (other formats), then the bytes read back to count."""
    if to_stdout:
        scratch = scratch_directory()
        path = scratch / "out.csv"

        def copy_out() -> None:
            try:
                with path.open("rb") as fh:
                    shutil.copyfileobj(fh, sys.stdout.buffer)
                sys.stdout.flush()
            finally:
                shutil.rmtree(scratch, ignore_errors=True)

        plan.on_commit(copy_out, lambda: shutil.rmtree(scratch, ignore_errors=True))
        with _write_progress(path, Format.csv, rows_in, progress):
            _write_file(frame, path, Format.csv, "-", dataset)
        with read_progress(path, "checking", progress):
            rows = count_rows(path, Format.csv)
        check_rows(rows, rows_in, "-")
        return rows
    assert target is not None
    if target.format is Format.duckdb:
        write_duckdb_table(frame, target, rows_in, plan)
        return rows_in
    staged = plan.stage(target.path)
    with _write_progress(staged, target.format, rows_in, progress):
        _write_file(frame, staged, target.format, str(target), dataset)
    with read_progress(staged, "checking", progress):
        rows = count_rows(staged, target.format)
    check_rows(rows, rows_in, str(target))
    return rows


def _write_progress(
    path: Path, fmt: Format, rows: int, progress: ProgressFn | None
) -> contextlib.AbstractContextManager[None]:
    if progress is None:
        return contextlib.nullcontext()
    if fmt in (Format.csv, Format.tsv):
        return line_progress(path, "writing", rows, progress)
    return file_size_progress(path, "writing_bytes", progress)


def _write_file(frame: pl.LazyFrame, path: Path, fmt: Format, shown: str, dataset: Dataset) -> None:
    try:
        write_lazy(frame, path, fmt, shown=shown)
    except pl.exceptions.PolarsError as exc:  # the input is read while the output is written
        raise read_error(dataset, exc, writing=shown) from None
    except OSError as exc:
        raise os_error(shown, exc) from None


def run(
    input: str | Path,
    output: str | Path | None,
    opts: MigrateOptions,
    *,
    table: str | None = None,
    progress: ProgressFn | None = None,
    outputs: OutputPlan | None = None,
    session: Session | None = None,
) -> MigrationReport:
    """The engine interface (see ``admin_merge.engines``): ``table`` names a DuckDB table."""
    if table is not None:
        input = f"{input}:{table}"
    return migrate(input, output, opts, progress=progress, outputs=outputs, session=session)
