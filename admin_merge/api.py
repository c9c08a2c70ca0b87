"""The library API: everything the CLI does, importable from Python.

>>> import admin_merge as am
>>> xw = am.load_crosswalk()
>>> [r.new_commune_code for r in xw.successors("26737")]
['26737', '26740']

The functions here are conveniences over a default :class:`Session` per mapping directory,
which is replaced as soon as a mapping or register file of that directory changes (by content).
A program that resolves much, or wants its state explicit, holds a ``Session`` itself and
passes it (``session=``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from admin_merge.matching.model import Reference, Resolution
from admin_merge.matching.resolver import Resolver
from admin_merge.matching.session import Session, mappings_dir
from admin_merge.memo import memoize
from admin_merge.plan.schema import DEFAULT_PREFIX
from admin_merge.registry.compose import ComposedRow
from admin_merge.registry.crosswalk import Crosswalk
from admin_merge.registry.loader import load_mapping_set
from admin_merge.registry.model import MappingSet
from admin_merge.registry.validate import ValidationResult, validate_mapping_set

if TYPE_CHECKING:
    from admin_merge.analysis.diff import Diff
    from admin_merge.analysis.i18n import Lang
    from admin_merge.analysis.report import Report
    from admin_merge.analysis.review import ReviewExport
    from admin_merge.engines.common import ProgressFn
    from admin_merge.engines.local import MigrateOptions
    from admin_merge.io.output import OutputPlan
    from admin_merge.matching.rules import SplitRules
    from admin_merge.plan.columns import ReferenceColumns
    from admin_merge.plan.report import MigrationReport

DEFAULT_SESSIONS = 8  # memo size: default sessions kept (one per mapping directory and content)


def _dir(directory: str | Path | None) -> Path:
    return mappings_dir(directory)


@memoize(DEFAULT_SESSIONS)
def _holder(directory: Path) -> list[Session]:
    """A box holding the current default session of a directory."""
    return [Session(directory)]


def default_session(directory: str | Path | None = None) -> Session:
    """The session of a mapping directory (default: the shipped mappings) as its files are now:
    the same object while they stay the same, a new one once a file changes."""
    holder = _holder(_dir(directory).resolve())
    if not holder[0].is_current():
        holder[0] = Session(holder[0].directory)
    return holder[0]


def load_mappings(directory: str | Path | None = None, on_file: Callable[[Path], None] | None = None) -> MappingSet:
    """Load a mapping directory (default: the shipped national mappings)."""
    return load_mapping_set(_dir(directory), on_file=on_file)


def validate(directory: str | Path | None = None, on_file: Callable[[Path], None] | None = None) -> ValidationResult:
    """Check a mapping directory; the result lists every problem with file, line and column."""
    return validate_mapping_set(load_mappings(directory, on_file))


def load_crosswalk(directory: str | Path | None = None) -> Crosswalk:
    """The compiled crosswalk of a mapping directory that has no errors (MappingError naming
    the first one otherwise). Kept by the default session while the files stay as they are,
    and between runs in the user's cache directory (see :mod:`admin_merge.registry.cache`)."""
    return default_session(directory).crosswalk


def export_crosswalk(
    path: str | Path,
    directory: str | Path | None = None,
    *,
    force: bool = False,
    from_date: str | None = None,
    to_date: str | None = None,
) -> int:
    """Write the crosswalk to CSV, Parquet, JSON or NDJSON (by extension). Returns the row count.
    An existing file is replaced only with ``force``; a mapping file never.

    Without dates: the arrangement of 1 July 2025 as the mapping files state it. With ``from_date``
    or ``to_date``: the crosswalk composed over the chain of snapshots (see :func:`compose`).
    """
    from admin_merge.io.crosswalk import write_composed, write_crosswalk

    crosswalk = load_crosswalk(directory)
    if from_date is None and to_date is None:
        return write_crosswalk(crosswalk, Path(path), force=force, inputs=[crosswalk.directory])
    rows = compose(from_date, to_date, directory)
    return write_composed(rows, Path(path), force=force, inputs=[crosswalk.directory])


def compose(
    from_date: str | None = None, to_date: str | None = None, directory: str | Path | None = None
) -> list[ComposedRow]:
    """The crosswalk from the snapshot of ``from_date`` (default 30 June 2025) to the one in force on
    ``to_date`` (default today), composed step by step with the chain of legal bases per row."""
    from admin_merge.registry.chain import BEFORE_REFORM, today
    from admin_merge.registry.compose import compose_crosswalk

    start = check_date(from_date, "from_date") if from_date else BEFORE_REFORM
    end = check_date(to_date, "to_date") if to_date else today()
    return compose_crosswalk(load_crosswalk(directory), start, end)


def check_date(value: str, what: str = "date") -> str:
    """``value`` as an ISO date (YYYY-MM-DD), or InputError naming the option ``what``."""
    import datetime as dt

    from admin_merge.errors import InputError, option

    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"{option(what, repr(value))}: not a date YYYY-MM-DD") from None


def export_sql(
    dialect: str,
    *,
    table: str | None = None,
    column: str | None = None,
    target: str | None = None,
    prefix: str = DEFAULT_PREFIX,
    on_split: str = "flag",
    directory: str | Path | None = None,
) -> str:
    """The commune-code crosswalk as a SQL script for ``dialect`` (postgres, duckdb, spark,
    trino, bigquery, snowflake, mysql, tsql, oracle): a table with what ``migrate`` adds for
    each code, and, with ``table`` and ``column``, the query migrating that column into
    ``target``."""
    from admin_merge.engines.sql_export import export_sql as _export_sql

    return _export_sql(
        get_resolver(directory), dialect, table=table, column=column, target=target, prefix=prefix, on_split=on_split
    )


def get_resolver(directory: str | Path | None = None) -> Resolver:
    """The resolver of a mapping directory (the default session's)."""
    return default_session(directory).resolver


def resolve(
    reference: Reference | str, directory: str | Path | None = None, *, session: Session | None = None
) -> Resolution:
    """Resolve one reference; a plain string is read as a free-text address."""
    return (session or default_session(directory)).resolve(reference)


def explain(
    reference: Reference | str,
    directory: str | Path | None = None,
    *,
    session: Session | None = None,
    as_of: str | None = None,
) -> dict[str, Any]:
    """Resolve one reference and describe it with names (what `admin-merge resolve` prints),
    the names and types being those in force on ``as_of`` (default: the session's, else today)."""
    from admin_merge.matching.explain import explain as _explain
    from admin_merge.registry.chain import as_of_date

    if as_of is None and session is not None and session.as_of is not None:
        as_of = session.as_of.isoformat()
    date = as_of_date(as_of)
    ref = Reference(address=reference) if isinstance(reference, str) else reference
    session = session or default_session(directory)
    names = session.crosswalk.chain.names_at(date)
    res = session.resolve(ref)
    readings = session.resolver.addresses.readings(ref.address) if ref.address and not ref.has_columns() else ()
    return _explain(ref, res, session.registers, names, date, readings)


def migrate(
    input: str | Path,
    output: str | Path | None = None,
    options: MigrateOptions | None = None,
    *,
    engine: str = "local",
    table: str | None = None,
    session: Session | None = None,
    progress: ProgressFn | None = None,
    outputs: OutputPlan | None = None,
    **kwargs: Any,
) -> MigrationReport:
    """Migrate a dataset where it lives; returns the report.

    ``engine``: ``local`` (polars; files, ``file.duckdb:TABLE``, ``"-"`` for CSV on stdout),
    ``duckdb`` (inside DuckDB: a table or any file it reads), ``postgres`` (``input`` a
    ``postgresql://`` URL, ``table`` the source table, ``output`` the new table) or ``spark``
    (Parquet paths). Keyword shortcuts: ``commune_code_col=``, ``commune_col=``,
    ``address_col=``... and any field of :class:`MigrateOptions` (``on_split="primary"``,
    ``force=True``, ``mappings=``...). Resolves with ``session``, or the default session of the
    ``mappings`` option. ``outputs``: a caller's plan holding the run's other outputs.
    """
    from admin_merge.engines import engine as _engine
    from admin_merge.engines.local import parse_options

    opts = parse_options(options, kwargs)
    session = session or default_session(opts.mappings)
    return _engine(engine)(input, output, opts, table=table, progress=progress, outputs=outputs, session=session)


def report(
    migrated: str | Path,
    *,
    prefix: str = DEFAULT_PREFIX,
    top: int = 50,
    directory: str | Path | None = None,
    progress: Callable[[str, int, int | None], None] | None = None,
    columns: ReferenceColumns | None = None,
    session: Session | None = None,
) -> Report:
    """A migrated file, one table per question: statuses per province, unresolved, split,
    moved between provinces, and per new commune the old units that fed it. ``columns``: the
    reference columns (default: from the migration report beside the file, or found by their
    usual names)."""
    from admin_merge.analysis.report import build_report

    resolver = (session or default_session(directory)).resolver
    return build_report(migrated, resolver, prefix, top, progress=progress, columns=columns)


def diff(
    before: str | Path,
    after: str | Path,
    *,
    key: str | None = None,
    prefix: str = DEFAULT_PREFIX,
    directory: str | Path | None = None,
    columns: ReferenceColumns | None = None,
    session: Session | None = None,
    progress: Callable[[str, int, int | None], None] | None = None,
) -> Diff:
    """Compare a dataset before and after migration (or two migrated versions), by key or row."""
    from admin_merge.analysis.diff import build_diff

    registers = (session or default_session(directory)).registers
    return build_diff(before, after, registers, key, prefix, columns, progress=progress)


def review_export(
    migrated: str | Path,
    output: str | Path,
    *,
    min_score: int | None = None,
    prefix: str = DEFAULT_PREFIX,
    force: bool = False,
    directory: str | Path | None = None,
    lang: str = "vi",
    street_keys: bool = False,
    progress: Callable[[str, int, int | None], None] | None = None,
    columns: ReferenceColumns | None = None,
    session: Session | None = None,
    rules: str | Path | None = None,
) -> ReviewExport:
    """Write each unresolved question once (CSV or XLSX) with an empty `decision` column: an
    address by its unit part (``street_keys=True``: each address), a split by its old commune.
    In a CSV, cells starting with = + - @ tab or CR get a leading ' (formula injection)."""
    from admin_merge.analysis.review import export_review
    from admin_merge.io.rules import load_rules as _load_rules

    resolver = (session or default_session(directory)).resolver
    return export_review(
        migrated,
        output,
        resolver,
        prefix,
        min_score,
        force,
        lang=_lang(lang),
        street_keys=street_keys,
        progress=progress,
        columns=columns,
        rules=_load_rules(rules, resolver.crosswalk) if rules is not None else None,
    )


def load_rules(path: str | Path, directory: str | Path | None = None) -> SplitRules:
    """Read and check a rules file for split communes (InputError naming file:line:column)."""
    from admin_merge.io.rules import load_rules as _load

    return _load(path, load_crosswalk(directory))


def _lang(lang: str) -> Lang:
    from admin_merge.analysis.i18n import LANGS
    from admin_merge.errors import InputError, option

    if lang not in LANGS:
        raise InputError(f"{option('lang')} must be one of {', '.join(LANGS)}, not '{lang}'")
    return lang


def write_html(
    result: Report | Diff,
    path: str | Path,
    *,
    force: bool = False,
    outputs: OutputPlan | None = None,
    lang: str = "vi",
) -> Path:
    """Render a report or a diff as one self-contained HTML file (``lang`` vi or en), written
    atomically. An existing file is replaced only with ``force``; the files the result was read
    from never. ``outputs``: a caller's plan in which ``path`` is already claimed (the file
    appears when it commits)."""
    from admin_merge.analysis.diff import Diff as _Diff
    from admin_merge.analysis.html import render_diff, render_report
    from admin_merge.io.formats import parse_location
    from admin_merge.io.output import os_error, output_plan

    words = _lang(lang)
    html = render_diff(result, words) if isinstance(result, _Diff) else render_report(result, words)
    target = Path(path)
    sources = [result.before, result.after] if isinstance(result, _Diff) else [result.path]
    with output_plan([parse_location(s).path for s in sources], force=force) as own:
        plan = outputs if outputs is not None else own
        if outputs is None:
            plan.claim(target, "HTML report")
        staged = plan.stage(target)
        try:
            staged.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise os_error(target, exc) from None
    return target
