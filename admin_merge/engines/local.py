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
import heapq
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from functools import partial
from pathlib import Path
from typing import Any, Literal

import polars as pl

from admin_merge._version import __version__
from admin_merge.errors import AdminMergeError, InputError
from admin_merge.io.decisions import load_decisions
from admin_merge.io.diagnose import encoding_of, read_error
from admin_merge.io.formats import Format, Location, parse_location
from admin_merge.io.output import OutputPlan, os_error
from admin_merge.io.reader import Dataset, drop_blank_lines, opened
from admin_merge.io.rules import load_rules
from admin_merge.io.safe_csv import neutralise
from admin_merge.io.tempfiles import scratch_directory
from admin_merge.io.writer import count_rows, write_duckdb_table, write_lazy
from admin_merge.matching import vintage as code_vintage
from admin_merge.matching.decisions import Decisions
from admin_merge.matching.model import UNRESOLVED, Reason, Reference, Resolution, Status
from admin_merge.matching.resolver import Resolver
from admin_merge.matching.rules import SplitRules
from admin_merge.matching.session import Session
from admin_merge.plan.columns import ReferenceColumns, choose_columns
from admin_merge.plan.report import MigrationReport as MigrationReport
from admin_merge.plan.schema import DEFAULT_PREFIX, output_columns
from admin_merge.registry.chain import as_of_date
from admin_merge.runtime.parallel import resolve_all
from admin_merge.runtime.policy import bulk_work
from admin_merge.runtime.watch import file_size_progress, line_progress, read_progress

ProgressFn = Callable[[str, int, int | None], None]
TOP_UNRESOLVED = 20
NULL_KEY = "\x00"


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
        }


def _session_for(session: Session | None, mappings: Path | None) -> Session:
    """The session a run resolves with: the one given, or a new one on ``mappings``."""
    if session is None:
        return Session(mappings)
    if mappings is not None and Path(mappings).resolve() != session.directory:
        raise InputError(f"mappings {mappings} differ from the session's ({session.directory}); give one of them")
    return session


def _options(options: MigrateOptions | None, kwargs: dict[str, Any]) -> MigrateOptions:
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
        opts = replace(opts, codes_from=as_of_date(opts.codes_from, "--codes-from"))
    if opts.on_split not in ("flag", "primary"):
        raise InputError(f"--on-split must be 'flag' or 'primary', not '{opts.on_split}'")
    return opts


class _Resolved:
    """The resolution table of the distinct references, gathered as plain columns; names and
    the new address are filled in afterwards, vectorised (a per-reference Python join of
    names cost more than resolving a cached address)."""

    def __init__(self, prefix: str, with_address: bool, on_split: str) -> None:
        self.prefix = prefix
        self.with_address = with_address
        self.primary = on_split == "primary"
        self.columns = output_columns(prefix, with_address)
        self.status_col, self.score_col, self.candidates_col = self.columns[-3:]
        self.province: list[str | None] = []
        self.commune: list[str | None] = []
        self.street: list[str | None] = []
        self.status: list[str] = []
        self.score: list[int | None] = []
        self.candidates: list[str | None] = []

    def extend(self, resolutions: list[Resolution]) -> None:
        """Column by column: a comprehension per column is cheaper than appending per row."""
        split, empty = Status.SPLIT, Status.EMPTY
        self.province += [r.new_province_code for r in resolutions]
        if self.primary:
            self.commune += [r.primary if r.status is split else r.new_commune_code for r in resolutions]
        else:
            self.commune += [r.new_commune_code for r in resolutions]
        self.street += [r.street for r in resolutions]
        self.status += [r.status.value for r in resolutions]
        self.score += [None if r.status is empty else round(r.score) for r in resolutions]
        self.candidates += ["|".join(r.candidates) if len(r.candidates) > 1 else None for r in resolutions]

    def frame(self, names: tuple[dict[str, str], dict[str, str]]) -> pl.DataFrame:
        """``names``: province and commune names by code, as in force on the target date."""
        p = self.prefix
        province_names, commune_names = names
        df = pl.DataFrame(
            {
                "province": self.province,
                "commune": self.commune,
                "street": self.street,
                self.status_col: self.status,
                self.score_col: self.score,
                self.candidates_col: self.candidates,
            },
            schema_overrides={
                "province": pl.Utf8,
                "commune": pl.Utf8,
                "street": pl.Utf8,
                self.status_col: pl.Utf8,
                self.score_col: pl.Int16,
                self.candidates_col: pl.Utf8,
            },
        )
        df = df.with_columns(
            pl.col("province").alias(f"{p}province_code"),
            pl.col("province")
            .replace_strict(province_names, default=None, return_dtype=pl.Utf8)
            .alias(f"{p}province_name"),
            pl.col("commune").alias(f"{p}commune_code"),
            pl.col("commune")
            .replace_strict(commune_names, default=None, return_dtype=pl.Utf8)
            .alias(f"{p}commune_name"),
        )
        if self.with_address:
            street = pl.col("street").str.strip_chars(" ,")
            df = df.with_columns(
                pl.when(pl.col(f"{p}commune_name").is_not_null() & pl.col(f"{p}province_name").is_not_null())
                .then(
                    pl.concat_str(
                        [pl.when(street != "").then(street), pl.col(f"{p}commune_name"), pl.col(f"{p}province_name")],
                        separator=", ",
                        ignore_nulls=True,
                    )
                )
                .alias(f"{p}address")
            )
        return df.select(self.columns)


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
    started = time.perf_counter()
    opts = _options(options, kwargs)
    source = parse_location(input)
    to_stdout = output is not None and str(output) == "-"
    if output is None and not opts.dry_run:
        raise InputError("no output given: pass -o OUTPUT (or --dry-run)")
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
    session = _session_for(session, opts.mappings)
    if opts.as_of is None:  # the session's date, else today
        opts = replace(opts, as_of=as_of_date(session.as_of.isoformat() if session.as_of else None))
    resolver = session.resolver
    report = MigrationReport(
        input=str(source),
        output="-" if to_stdout else (str(target) if target else None),
        output_format=(Format.csv.value if to_stdout else target.format.value if target else None),
        columns={},
        columns_detected=False,
        options=opts.describe(),
        dry_run=opts.dry_run,
        version=__version__,
        mappings={"directory": str(resolver.crosswalk.directory), "digest": resolver.crosswalk.digest},
    )
    # A bad decision file is refused before any data is read.
    decisions = load_decisions(opts.decisions, resolver.crosswalk.registers) if opts.decisions else None
    rules = load_rules(opts.rules, resolver.crosswalk) if opts.rules else None  # refused before reading too
    run = partial(
        _run, source, target, to_stdout, opts, resolver, decisions, report, progress, started, plan, rules=rules
    )
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
    opts: MigrateOptions,
    resolver: Resolver,
    decisions: Decisions | None,
    report: MigrationReport,
    progress: ProgressFn | None,
    started: float,
    plan: OutputPlan,
    encoding: str | None,
    on_bad_bytes: Literal["fail", "replace"],
    rules: SplitRules | None = None,
) -> MigrationReport:
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
        cols, detected = choose_columns(dataset.columns, opts.columns, str(source))
        report.columns, report.columns_detected = cols.used(), detected
        with_address = cols.address is not None
        new_cols = output_columns(opts.prefix, with_address)
        clash = [c for c in new_cols if c in dataset.columns]
        if clash:
            raise InputError(f"{source}: the input already has column(s) {', '.join(clash)}; choose another --prefix")
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
                distinct = _distinct(dataset, key_exprs, keys)
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
        report.rows_in = int(distinct["__am_n"].sum() or 0)
        report.distinct_references = distinct.height

        table = _Resolved(opts.prefix, with_address, opts.on_split)
        statuses: Counter[str] = Counter()
        names = resolver.crosswalk.chain.names_at(as_of_date(opts.as_of))  # in force on the target date
        applied = 0

        with bulk_work():
            # Column by column: cheaper than a dict per row when building the references.
            values = {
                role: [None if v == NULL_KEY else v for v in distinct[k].to_list()]
                for role, k in zip(roles, keys, strict=True)
            }
            absent = [None] * distinct.height
            columns = [values.get(f.name, absent) for f in fields(Reference)]
            refs = [Reference(*ref) for ref in zip(*columns, strict=True)]
            counts = distinct["__am_n"].to_list()
            on_progress = (lambda done, total: progress("resolving", done, total)) if progress else None
            resolutions = resolve_all(resolver, refs, workers=opts.workers, progress=on_progress)
            if cols.commune_code is not None:
                vintage = code_vintage.detect(resolver, cols.commune_code, refs, counts, opts.codes_from)
                if vintage is not None:
                    resolutions = code_vintage.apply(resolver, vintage, refs, counts, resolutions)
                    report.code_columns = [{**vintage.to_dict(), "message": vintage.message()}]
            if rules is not None:
                # Before a row is left split, its street part is searched for the places of the rules.
                report.rules = _apply_rules(rules, resolutions, counts, str(opts.rules))
            if decisions is not None:
                for i, (ref, res) in enumerate(zip(refs, resolutions, strict=True)):
                    decided = decisions.apply(ref, res)
                    if decided is not res:
                        applied += 1
                        resolutions[i] = decided
            table.extend(resolutions)
            unresolved = [i for i, res in enumerate(resolutions) if res.status in UNRESOLVED]
            for value, n in zip(table.status, counts, strict=True):
                statuses[value] += n
            distinct_statuses = Counter(table.status)
            report.conflicts = sum(counts[i] for i in unresolved if resolutions[i].reason is Reason.CONFLICT)
            earlier = [i for i, res in enumerate(resolutions) if res.reason is Reason.EARLIER_REGISTER]
            report.through_history = sum(counts[i] for i in earlier)
            report.top_through_history = [
                {
                    "reference": {role: getattr(refs[i], role) for role in roles},
                    "rows": counts[i],
                    "status": resolutions[i].status.value,
                    "new_commune_code": resolutions[i].new_commune_code,
                    "note": resolutions[i].note,
                }
                for i in heapq.nlargest(TOP_UNRESOLVED, earlier, key=counts.__getitem__)
            ]
        report.statuses = dict(statuses.most_common())
        report.distinct_statuses = dict(distinct_statuses.most_common())
        # The references with the most rows first (ties in input order: nlargest is a stable sort).
        report.top_unresolved = [
            {
                "reference": {role: getattr(refs[i], role) for role in roles},
                "rows": counts[i],
                "status": resolutions[i].status.value,
                "candidates": list(resolutions[i].candidates),
                "note": resolutions[i].note,
            }
            for i in heapq.nlargest(TOP_UNRESOLVED, unresolved, key=counts.__getitem__)
        ]
        if decisions is not None:
            report.decisions = {"file": str(opts.decisions), "entries": len(decisions), "references_decided": applied}
            report.warnings += decisions.warnings
            if len(decisions) and not applied:
                report.warnings.append(
                    f"{opts.decisions}: none of its {len(decisions):,} decisions matches a reference of {source} "
                    "(a review file of another dataset, or other reference columns?)"
                )

        if opts.dry_run:
            report.rows_out = 0
            report.seconds = round(time.perf_counter() - started, 3)
            return report

        # The added text columns travel through the join as categoricals (a join gathers them
        # row by row, and a categorical is one integer per row), and are turned back into plain
        # text for typed formats.
        text_cols = [c for c in table.columns if c != table.score_col]
        res_frame = pl.concat([distinct.select(keys), table.frame(names)], how="horizontal").with_columns(
            pl.col(text_cols).cast(pl.Categorical)
        )
        joined = (
            dataset.frame.with_columns(key_exprs)
            .join(res_frame.lazy(), on=keys, how="left", maintain_order="left")
            .drop(keys)
        )
        if to_stdout or (target is not None and target.format not in (Format.csv, Format.tsv)):
            joined = joined.with_columns(pl.col(text_cols).cast(pl.Utf8))
        if opts.safe_csv and (to_stdout or (target is not None and target.format in (Format.csv, Format.tsv))):
            joined = neutralise(joined)
        report.rows_out = _write(joined, target, to_stdout, report.rows_in, plan, dataset, progress)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _distinct(dataset: Dataset, key_exprs: list[pl.Expr], keys: list[str]) -> pl.DataFrame:
    return dataset.frame.select(key_exprs).group_by(keys).agg(pl.len().alias("__am_n")).collect(engine="streaming")


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
        _check(rows, rows_in, "-")
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
    _check(rows, rows_in, str(target))
    return rows


def _apply_rules(rules: SplitRules, resolutions: list[Resolution], counts: list[int], path: str) -> dict[str, Any]:
    by_rule: Counter[str] = Counter()
    for i, res in enumerate(resolutions):
        resolutions[i], rule = rules.match(res)
        if rule is not None:
            by_rule[rule.cite()] += counts[i]
    return {"file": path, "rules": len(rules), "rows_decided": sum(by_rule.values()), "rows_by_rule": dict(by_rule)}


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


def _check(rows_out: int, rows_in: int, where: str) -> None:
    if rows_out != rows_in:
        raise AdminMergeError(f"{where}: {rows_out:,} rows written for {rows_in:,} read; nothing was written")
