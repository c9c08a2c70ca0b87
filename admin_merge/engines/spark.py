"""The Spark engine: a DataFrame migrated on its cluster, returned as a DataFrame.

(a) the reference columns are grouped to their distinct values on the cluster; (b) when they
are few (``driver_max``, default 200,000) they are collected and resolved on the driver like
any other engine's; when they are many, each executor resolves its share with ``mapInArrow``
(the resolver loads the compiled crosswalk from its cache once per Python worker) and the
report figures are aggregated on the cluster; (c) the resolution table becomes a small
DataFrame; (d) it is broadcast-joined back: no shuffle of the data, every row kept, and the
rows of each partition keep their order.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from admin_merge.engines.common import NULL_SENTINEL, Prepared, ProgressFn, check_rows
from admin_merge.errors import InputError, option
from admin_merge.matching.model import STATUS_ORDER, UNRESOLVED, Reason
from admin_merge.plan.report import MigrationReport
from admin_merge.plan.resolution import (
    TOP_UNRESOLVED,
    DistinctReferences,
    ResolutionTable,
    ordered_roles,
)
from admin_merge.plan.schema import output_columns

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

    from admin_merge.engines.local import MigrateOptions
    from admin_merge.io.output import OutputPlan
    from admin_merge.matching.session import Session

DRIVER_MAX = 200_000  # distinct references resolved on the driver; more go to the executors
COUNT = "__am_n"
NOTE = "__am_note"
REASON = "__am_reason"


def _key_alias(i: int) -> str:
    return f"__am_k{i}"


def _spark_keys(columns: list[str]) -> list[Any]:
    """Each reference column as text, a missing value as the sentinel (a plain equi-join)."""
    from pyspark.sql import functions as F

    return [
        F.coalesce(F.col(f"`{c}`").cast("string"), F.lit(NULL_SENTINEL)).alias(_key_alias(i))
        for i, c in enumerate(columns)
    ]


def migrate_frame(
    df: DataFrame,
    opts: MigrateOptions,
    *,
    driver_max: int = DRIVER_MAX,
    resolve_on: Literal["auto", "driver", "executors"] = "auto",
    progress: ProgressFn | None = None,
    source: str = "Spark DataFrame",
    session: Session | None = None,
) -> tuple[DataFrame, MigrationReport]:
    """The migrated DataFrame (lazy: nothing runs until it is used) and the report."""
    from pyspark.sql import functions as F

    prepared = Prepared(source, None, None, opts, session)
    cols = prepared.choose(df.columns, source)
    roles = ordered_roles(list(cols.used()))
    columns = [cols.used()[r] for r in roles]
    keys = [_key_alias(i) for i in range(len(columns))]
    if progress:
        progress("reading", 0, None)
    distinct = df.select(_spark_keys(columns)).groupBy(keys).agg(F.count(F.lit(1)).alias(COUNT)).cache()
    try:
        n_distinct = distinct.count()
        on_driver = resolve_on == "driver" or (resolve_on == "auto" and n_distinct <= driver_max)
        if on_driver:
            res = _resolve_on_driver(df.sparkSession, distinct, keys, roles, prepared, progress)
        else:
            res = _resolve_on_executors(distinct, keys, roles, prepared)
    finally:
        distinct.unpersist()
    added = output_columns(opts.prefix, "address" in roles)
    probe = df.select("*", *_spark_keys(columns))
    joined = probe.join(F.broadcast(res.select(*keys, *added)), on=keys, how="left")
    out = joined.select(*(F.col(f"`{c}`") for c in [*df.columns, *added]))
    return out, prepared.report


def _resolve_on_driver(
    spark: SparkSession,
    distinct: DataFrame,
    keys: list[str],
    roles: list[str],
    prepared: Prepared,
    progress: ProgressFn | None,
) -> DataFrame:
    rows = [(*(None if v == NULL_SENTINEL else v for v in row[:-1]), row[-1]) for row in distinct.collect()]
    result = prepared.resolve(DistinctReferences.from_rows(roles, rows), progress)
    prepared.report.rows_out = prepared.report.rows_in
    return spark.createDataFrame(_keyed_arrow(result.table, keys))


def _keyed_arrow(table: ResolutionTable, keys: list[str]) -> pa.Table:
    import polars as pl

    frame = table.frame.with_columns(pl.col(table.keys).fill_null(NULL_SENTINEL)).rename(
        dict(zip(table.keys, keys, strict=True))
    )
    return frame.to_arrow()


def _executor_schema(added: list[str], keys: list[str], score: str) -> str:
    fields = [f"`{k}` string" for k in keys]
    fields += [f"`{c}` {'smallint' if c == score else 'string'}" for c in added]
    return ", ".join([*fields, f"`{COUNT}` bigint", f"`{NOTE}` string", f"`{REASON}` string"])


def _resolve_on_executors(distinct: DataFrame, keys: list[str], roles: list[str], prepared: Prepared) -> DataFrame:
    """Each executor resolves its partitions; the figures of the report are aggregated here."""
    from pyspark.sql import functions as F

    opts = prepared.opts
    added = output_columns(opts.prefix, "address" in roles)
    score = added[-2]
    mappings = str(opts.mappings) if opts.mappings else None
    decisions = str(opts.decisions) if opts.decisions else None
    rules = str(opts.rules) if opts.rules else None
    prefix, on_split = opts.prefix, opts.on_split

    def resolve_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        yield from _resolve_partition(batches, keys, roles, mappings, decisions, rules, prefix, on_split)

    res = distinct.mapInArrow(resolve_batches, _executor_schema(added, keys, score)).cache()
    status_col = added[-3]
    figures = res.groupBy(status_col).agg(F.sum(COUNT).alias("rows"), F.count(F.lit(1)).alias("distinct")).collect()
    unresolved_values = [s.value for s in UNRESOLVED]
    conflict_rows = (
        res.where(F.col(status_col).isin(unresolved_values) & (F.col(REASON) == Reason.CONFLICT.value))
        .agg(F.sum(COUNT))
        .collect()[0][0]
    )
    unresolved = (
        res.where(F.col(status_col).isin(unresolved_values))
        .orderBy(F.col(COUNT).desc(), *(F.coalesce(F.col(k), F.lit("")).asc() for k in keys))
        .limit(TOP_UNRESOLVED)
        .collect()
    )
    report = prepared.report
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    by_rows = sorted(figures, key=lambda r: (-r["rows"], order[r[status_col]]))
    by_distinct = sorted(figures, key=lambda r: (-r["distinct"], order[r[status_col]]))
    report.statuses = {r[status_col]: int(r["rows"]) for r in by_rows}
    report.distinct_statuses = {r[status_col]: int(r["distinct"]) for r in by_distinct}
    report.rows_in = report.rows_out = sum(report.statuses.values())
    report.distinct_references = sum(report.distinct_statuses.values())
    report.conflicts = int(conflict_rows or 0)
    candidates_col = added[-1]
    report.top_unresolved = [
        {
            "reference": {role: (None if r[k] == NULL_SENTINEL else r[k]) for role, k in zip(roles, keys, strict=True)},
            "rows": int(r[COUNT]),
            "status": r[status_col],
            "candidates": r[candidates_col].split("|") if r[candidates_col] else _single(r, added),
            "note": r[NOTE],
        }
        for r in unresolved
    ]
    return res


def _single(row: Any, added: list[str]) -> list[str]:
    """A lone candidate is not written to the candidates column (only several are)."""
    commune = row[added[2]]
    return [commune] if commune else []


def _resolve_partition(
    batches: Iterator[pa.RecordBatch],
    keys: list[str],
    roles: list[str],
    mappings: str | None,
    decisions: str | None,
    rules: str | None,
    prefix: str,
    on_split: str,
) -> Iterator[pa.RecordBatch]:
    """On an executor: resolve one partition of distinct references, serially."""
    import pyarrow as pa

    from admin_merge.engines.local import MigrateOptions
    from admin_merge.plan.resolution import build_table
    from admin_merge.registry.chain import as_of_date

    opts = MigrateOptions(
        prefix=prefix,
        on_split=on_split,  # type: ignore[arg-type]
        mappings=Path(mappings) if mappings else None,
        decisions=Path(decisions) if decisions else None,
        rules=Path(rules) if rules else None,
        workers=1,
    )
    prepared = Prepared("partition", None, None, opts)
    for batch in batches:
        if batch.num_rows == 0:
            continue
        values = {
            role: [None if v == NULL_SENTINEL else v for v in batch.column(k).to_pylist()]
            for role, k in zip(roles, keys, strict=True)
        }
        counts = batch.column(COUNT).to_pylist()
        distinct = DistinctReferences(roles, values, counts)
        refs = distinct.references()
        resolver = prepared.resolver
        resolutions = [resolver.resolve(r) for r in refs]
        if prepared.rules is not None:
            resolutions = [prepared.rules.match(res)[0] for res in resolutions]
        if prepared.decisions is not None:
            resolutions = [prepared.decisions.apply(r, res) for r, res in zip(refs, resolutions, strict=True)]
        names = resolver.crosswalk.chain.names_at(as_of_date(prepared.opts.as_of))
        table = build_table(distinct, resolutions, names, prefix=prefix, on_split=on_split)
        arrow = _keyed_arrow(table.table, keys)
        arrow = arrow.append_column(COUNT, pa.array(counts, pa.int64()))
        arrow = arrow.append_column(NOTE, pa.array([r.note for r in resolutions], pa.string()))
        arrow = arrow.append_column(REASON, pa.array([r.reason.value for r in resolutions], pa.string()))
        yield from arrow.to_batches()


def spark_session() -> SparkSession:
    """The active SparkSession, or a local one (``ADMIN_MERGE_SPARK_MASTER``, default local[*])."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise InputError("the spark engine needs pyspark: pip install 'admin-merge[spark]'") from None
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    master = os.environ.get("ADMIN_MERGE_SPARK_MASTER", "local[*]")
    # Python workers of a local session run this interpreter (where admin_merge is installed).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(master)
        .appName("admin-merge")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        # A local session: a few shuffle partitions (the default 200 are 200 tasks per group-by).
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


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
    """``admin-merge migrate --engine spark``: a Parquet file or directory into a Parquet directory."""
    from admin_merge.io.output import OutputPlan

    started = time.perf_counter()
    if table is not None:
        raise InputError(
            f"{option('table')} is for the postgres engine (and DuckDB databases); Spark reads Parquet paths"
        )
    src = Path(str(input))
    if not src.exists():
        raise InputError(f"{src}: file not found")
    if not (src.is_dir() or src.suffix.lower() in (".parquet", ".pq")):
        raise InputError(f"{src}: the spark engine reads Parquet (a file or a directory of files)")
    if output is None and not opts.dry_run:
        raise InputError(
            f"no output given: pass {option('output', 'OUTPUT')} (a Parquet directory) or {option('dry_run')}"
        )
    plan = outputs if outputs is not None else OutputPlan(force=opts.force)
    plan.add_input(src)
    target = Path(str(output)) if output is not None else None
    if target is not None and not opts.dry_run:
        plan.claim(target, "output")
    spark = spark_session()
    try:
        df = spark.read.parquet(str(src))
        migrated, report = migrate_frame(df, opts, progress=progress, source=str(src), session=session)
        report.output = str(target) if target else None
        report.output_format = "parquet" if target else None
        if target is not None and not opts.dry_run:
            if progress:
                progress("writing", 0, None)
            # Spark writes a directory: it is written beside the target and renamed at commit.
            staged = Path(tempfile.mkdtemp(prefix=f".{target.name}.am-", dir=target.parent))
            plan.on_commit(lambda: _rename(staged, target), lambda: shutil.rmtree(staged, ignore_errors=True))
            migrated.write.mode("overwrite").parquet(str(staged))
            check_rows(spark.read.parquet(str(staged)).count(), report.rows_in, str(target))
            report.rows_out = report.rows_in
        else:
            report.rows_out = 0
        if outputs is None:
            plan.commit()
    except BaseException:
        if outputs is None:
            plan.abort()
        raise
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _rename(staged: Path, target: Path) -> None:
    staged.replace(target)
