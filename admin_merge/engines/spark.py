"""The Spark engine: a DataFrame migrated on its cluster, returned as a DataFrame.

(a) the reference columns are grouped to their distinct values on the cluster; (b) when they
are few (``driver_max``, default 200,000) they are collected and resolved on the driver like
any other engine's; when they are many, each executor resolves its share with ``mapInArrow``
(the resolver loads the compiled crosswalk from its cache once per partition) through the same
steps as the driver (code vintage decided on the driver, split rules, decisions) and the report
figures are aggregated on the cluster; (c) the resolution table becomes a small DataFrame;
(d) it is broadcast-joined back: no shuffle of the data, every row kept, and the rows of each
partition keep their order. On a cluster, the executors read the mappings, rules and decision
files at the paths the driver was given (a shared file system), like the data.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from admin_merge.engines.common import NULL_SENTINEL, Prepared, ProgressFn, check_rows
from admin_merge.errors import InputError, option
from admin_merge.matching import vintage as code_vintage
from admin_merge.matching.model import STATUS_ORDER, UNRESOLVED, Reason
from admin_merge.plan.report import MigrationReport
from admin_merge.plan.resolution import (
    TOP_UNRESOLVED,
    DistinctReferences,
    ResolutionTable,
    ordered_roles,
)
from admin_merge.plan.schema import output_columns
from admin_merge.registry.chain import as_of_date

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

    from admin_merge.engines.local import MigrateOptions
    from admin_merge.io.output import OutputPlan
    from admin_merge.matching.session import Session
    from admin_merge.matching.vintage import CodeVintage

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
    """The migrated DataFrame (lazy: nothing runs until it is used) and the report.

    One Spark job gathers the distinct references (only the reference columns are read); with
    ``auto`` it collects at most ``driver_max + 1`` of them, and only when there are more are they
    gathered again and resolved on the executors."""
    from pyspark.sql import functions as F

    prepared = Prepared(source, None, None, opts, session)
    cols = prepared.choose(df.columns, source)
    roles = ordered_roles(list(cols.used()))
    columns = [cols.used()[r] for r in roles]
    keys = [_key_alias(i) for i in range(len(columns))]
    if progress:
        progress("reading", 0, None)
    distinct = df.select(_spark_keys(columns)).groupBy(keys).agg(F.count(F.lit(1)).alias(COUNT))
    rows: list[Any] | None = None
    if resolve_on != "executors":
        rows = (distinct if resolve_on == "driver" else distinct.limit(driver_max + 1)).collect()
        if resolve_on == "auto" and len(rows) > driver_max:
            rows = None
    if rows is not None:
        res = _resolve_on_driver(df.sparkSession, rows, keys, roles, prepared, progress)
    else:
        res = _resolve_on_executors(distinct, keys, roles, prepared)
    added = output_columns(opts.prefix, "address" in roles)
    probe = df.select("*", *_spark_keys(columns))
    joined = probe.join(F.broadcast(res.select(*keys, *added)), on=keys, how="left")
    out = joined.select(*(F.col(f"`{c}`") for c in [*df.columns, *added]))
    return out, prepared.report


def _resolve_on_driver(
    spark: SparkSession,
    collected: list[Any],
    keys: list[str],
    roles: list[str],
    prepared: Prepared,
    progress: ProgressFn | None,
) -> DataFrame:
    rows = [(*(None if v == NULL_SENTINEL else v for v in row[:-1]), row[-1]) for row in collected]
    result = prepared.resolve(DistinctReferences.from_rows(roles, rows), progress)
    prepared.report.rows_out = prepared.report.rows_in
    return spark.createDataFrame(_keyed_arrow(result.table, keys))


def _keyed_arrow(table: ResolutionTable, keys: list[str]) -> pa.Table:
    import polars as pl

    frame = table.frame.with_columns(pl.col(table.keys).fill_null(NULL_SENTINEL)).rename(
        dict(zip(table.keys, keys, strict=True))
    )
    return frame.to_arrow()


# What each executor adds to a row of the resolution table, for the report: the rows of the
# reference, its resolution's note, reason, every candidate and commune (the table holds the
# written ones), the split rule that decided it, whether a decision applied, and whether its
# code was read as new against the commune name written beside it.
TRAIL = {
    COUNT: "bigint",
    NOTE: "string",
    REASON: "string",
    "__am_candidates": "string",
    "__am_commune": "string",
    "__am_rule": "string",
    "__am_decided": "boolean",
    "__am_disagrees": "boolean",
}


def _executor_schema(added: list[str], keys: list[str], score: str) -> str:
    fields = [f"`{k}` string" for k in keys]
    fields += [f"`{c}` {'smallint' if c == score else 'string'}" for c in added]
    return ", ".join([*fields, *(f"`{name}` {kind}" for name, kind in TRAIL.items())])


def _parallelism(spark: SparkSession) -> int:
    try:
        return max(2, int(spark.sparkContext.defaultParallelism))
    except Exception:  # Spark Connect has no SparkContext
        return 8


def _detect_vintage(distinct: DataFrame, keys: list[str], roles: list[str], prepared: Prepared) -> CodeVintage | None:
    """The snapshot of the commune codes, decided on the driver from the distinct (code, commune
    name) pairs: the detection reads nothing else of a reference, and the pairs are few."""
    from pyspark.sql import functions as F

    used: list[str] = [r for r in ("commune_code", "commune") if r in roles]
    cols = prepared.columns
    if "commune_code" not in used or cols is None or cols.commune_code is None:
        return None
    pair_keys = [keys[roles.index(r)] for r in used]
    pairs = distinct.groupBy(pair_keys).agg(F.sum(COUNT).alias(COUNT)).collect()
    values = {
        role: [None if r[k] == NULL_SENTINEL else r[k] for r in pairs] for role, k in zip(used, pair_keys, strict=True)
    }
    refs = DistinctReferences(used, values, [int(r[COUNT]) for r in pairs])
    return code_vintage.detect(
        prepared.resolver, cols.commune_code, refs.references(), refs.counts, prepared.opts.codes_from
    )


def _resolve_on_executors(distinct: DataFrame, keys: list[str], roles: list[str], prepared: Prepared) -> DataFrame:
    """Each executor resolves its share of the distinct references as the driver would (code
    vintage, split rules, decisions); the figures of the report are aggregated on the cluster."""
    from pyspark.sql import functions as F

    opts = prepared.opts
    added = output_columns(opts.prefix, "address" in roles)
    score, status_col = added[-2], added[-3]
    distinct = distinct.repartition(_parallelism(distinct.sparkSession)).cache()
    vintage = _detect_vintage(distinct, keys, roles, prepared)

    def resolve_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        yield from _resolve_partition(batches, keys, roles, opts, vintage)

    # Cached: the report's figures and the join read it; the distinct references are released
    # once it is computed (by the first figures below).
    res = distinct.mapInArrow(resolve_batches, _executor_schema(added, keys, score)).cache()
    unresolved = F.col(status_col).isin([s.value for s in UNRESOLVED])
    earlier = F.col(REASON) == Reason.EARLIER_REGISTER.value

    def rows_where(cond: Any) -> Any:
        return F.sum(F.when(cond, F.col(COUNT)).otherwise(0))

    totals = res.agg(
        rows_where(unresolved & (F.col(REASON) == Reason.CONFLICT.value)).alias("conflicts"),
        rows_where(earlier).alias("history"),
        rows_where(F.col("__am_disagrees")).alias("disagrees"),
        F.sum(F.col("__am_decided").cast("int")).alias("decided"),
    ).collect()[0]
    distinct.unpersist()
    figures = res.groupBy(status_col).agg(F.sum(COUNT).alias("rows"), F.count(F.lit(1)).alias("distinct")).collect()
    report = prepared.report
    order = {s: i for i, s in enumerate(STATUS_ORDER)}
    by_rows = sorted(figures, key=lambda r: (-r["rows"], order[r[status_col]]))
    by_distinct = sorted(figures, key=lambda r: (-r["distinct"], order[r[status_col]]))
    report.statuses = {r[status_col]: int(r["rows"]) for r in by_rows}
    report.distinct_statuses = {r[status_col]: int(r["distinct"]) for r in by_distinct}
    report.rows_in = report.rows_out = sum(report.statuses.values())
    report.distinct_references = sum(report.distinct_statuses.values())
    report.conflicts = int(totals["conflicts"] or 0)
    report.through_history = int(totals["history"] or 0)

    def reference(r: Any) -> dict[str, str | None]:
        return {role: (None if r[k] == NULL_SENTINEL else r[k]) for role, k in zip(roles, keys, strict=True)}

    report.top_unresolved = [
        {
            "reference": reference(r),
            "rows": int(r[COUNT]),
            "status": r[status_col],
            "candidates": r["__am_candidates"].split("|") if r["__am_candidates"] else [],
            "note": r[NOTE],
        }
        for r in _top(res.where(unresolved), keys)
    ]
    report.top_through_history = [
        {
            "reference": reference(r),
            "rows": int(r[COUNT]),
            "status": r[status_col],
            "new_commune_code": r["__am_commune"],
            "note": r[NOTE],
        }
        for r in _top(res.where(earlier), keys)
    ]
    if vintage is not None:
        vintage.disagreeing_rows = int(totals["disagrees"] or 0)
        if vintage.disagreeing_rows:
            examples = _top(res.where(F.col("__am_disagrees")), keys, 5)
            vintage.examples = [f"{r['__am_candidates']} / {reference(r)['commune']}" for r in examples]
        report.code_columns = [{**vintage.to_dict(), "message": vintage.message()}]
    if prepared.rules is not None:
        by_rule = res.where(F.col("__am_rule").isNotNull()).groupBy("__am_rule").agg(F.sum(COUNT).alias("rows"))
        rows_by_rule = {r["__am_rule"]: int(r["rows"]) for r in by_rule.orderBy("__am_rule").collect()}
        report.rules = {
            "file": str(opts.rules),
            "rules": len(prepared.rules),
            "rows_decided": sum(rows_by_rule.values()),
            "rows_by_rule": rows_by_rule,
        }
    if prepared.decisions is not None:
        _report_decisions(prepared, int(totals["decided"] or 0))
    return res


def _report_decisions(prepared: Prepared, applied: int) -> None:
    """The decision figures and warnings, worded as ``Prepared.resolve`` words them."""
    decisions, opts, report = prepared.decisions, prepared.opts, prepared.report
    assert decisions is not None
    report.decisions = {"file": str(opts.decisions), "entries": len(decisions), "references_decided": applied}
    report.warnings += decisions.warnings
    if len(decisions) and not applied:
        report.warnings.append(
            f"{opts.decisions}: none of its {len(decisions):,} decisions matches a reference of "
            f"{prepared.source} (a review file of another dataset, or other reference columns?)"
        )


def _top(frame: DataFrame, keys: list[str], n: int = TOP_UNRESOLVED) -> list[Any]:
    """The references with the most rows first, ties by their text (a missing value as ''), as
    ``plan.resolution.fill_report`` orders them."""
    from pyspark.sql import functions as F

    text = [F.when(F.col(k) == NULL_SENTINEL, F.lit("")).otherwise(F.col(k)).asc() for k in keys]
    rows: list[Any] = frame.orderBy(F.col(COUNT).desc(), *text).limit(n).collect()
    return rows


def _resolve_partition(
    batches: Iterator[pa.RecordBatch],
    keys: list[str],
    roles: list[str],
    opts: MigrateOptions,
    vintage: CodeVintage | None,
) -> Iterator[pa.RecordBatch]:
    """On an executor: resolve one partition of distinct references, serially, through the same
    steps as ``Prepared.resolve``: the resolver, the code vintage decided on the driver, the
    split rules, then the decisions."""
    import pyarrow as pa

    from admin_merge.plan.resolution import build_table

    prepared = Prepared("partition", None, None, replace(opts, workers=1))
    resolver, rules, decisions = prepared.resolver, prepared.rules, prepared.decisions
    names = resolver.crosswalk.chain.names_at(as_of_date(prepared.opts.as_of))
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
        resolutions = [resolver.resolve(r) for r in refs]
        disagrees = [False] * len(refs)
        if vintage is not None:
            read = code_vintage.apply(resolver, replace(vintage, examples=[]), refs, counts, resolutions)
            disagrees = [
                new is not old and new.reason is Reason.CONFLICT for new, old in zip(read, resolutions, strict=True)
            ]
            resolutions = read
        cited: list[str | None] = [None] * len(refs)
        if rules is not None:
            for i, res in enumerate(resolutions):
                resolutions[i], rule = rules.match(res)
                cited[i] = rule.cite() if rule is not None else None
        decided = [False] * len(refs)
        if decisions is not None:
            for i, (ref, res) in enumerate(zip(refs, resolutions, strict=True)):
                resolutions[i] = decisions.apply(ref, res)
                decided[i] = resolutions[i] is not res
        table = build_table(distinct, resolutions, names, prefix=opts.prefix, on_split=opts.on_split)
        arrow = _keyed_arrow(table.table, keys)
        trail = {
            COUNT: pa.array(counts, pa.int64()),
            NOTE: pa.array([r.note for r in resolutions], pa.string()),
            REASON: pa.array([r.reason.value for r in resolutions], pa.string()),
            "__am_candidates": pa.array(["|".join(r.candidates) for r in resolutions], pa.string()),
            "__am_commune": pa.array([r.new_commune_code for r in resolutions], pa.string()),
            "__am_rule": pa.array(cited, pa.string()),
            "__am_decided": pa.array(decided, pa.bool_()),
            "__am_disagrees": pa.array(disagrees, pa.bool_()),
        }
        for name, column in trail.items():
            arrow = arrow.append_column(name, column)
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
    """``admin-merge migrate --engine spark``: a Parquet file or directory into a Parquet
    directory; a Delta table (a directory with ``_delta_log``) into a Delta table."""
    from admin_merge.io.output import OutputPlan

    started = time.perf_counter()
    if table is not None:
        raise InputError(
            f"{option('table')} is for the postgres engine (and DuckDB databases); Spark reads Parquet and Delta paths"
        )
    src = Path(str(input))
    if not src.exists():
        raise InputError(f"{src}: file not found")
    fmt = "delta" if (src / DELTA_LOG).is_dir() else "parquet"
    if not (src.is_dir() or src.suffix.lower() in (".parquet", ".pq")):
        raise InputError(f"{src}: the spark engine reads Parquet (a file or a directory of files) or a Delta table")
    if output is None and not opts.dry_run:
        raise InputError(
            f"no output given: pass {option('output', 'OUTPUT')} (a {fmt.capitalize()} directory) "
            f"or {option('dry_run')}"
        )
    plan = outputs if outputs is not None else OutputPlan(force=opts.force)
    plan.add_input(src)
    target = Path(str(output)) if output is not None else None
    if target is not None and not opts.dry_run:
        plan.claim_directory(target, "output")
    spark = spark_session()
    try:
        df = _read(spark, src, fmt)
        migrated, report = migrate_frame(df, opts, progress=progress, source=str(src), session=session)
        report.output = str(target) if target else None
        report.output_format = fmt if target else None
        if target is not None and not opts.dry_run:
            if progress:
                progress("writing", 0, None)
            if fmt == "delta":
                # A Delta table commits itself (a new version appears whole, the old ones are
                # kept): it is written when the run's other outputs are.
                plan.on_commit(lambda: _write_delta(migrated, target, report.rows_in), lambda: None)
            else:
                # Spark writes a directory: it is written beside the target and swapped in at commit.
                staged = plan.stage_directory(target)
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


DELTA_LOG = "_delta_log"


def _read(spark: SparkSession, src: Path, fmt: str) -> DataFrame:
    try:
        return spark.read.format(fmt).load(str(src))
    except Exception as exc:
        if fmt == "delta" and _no_delta(exc):
            raise InputError(_delta_missing(src)) from None
        raise


def _no_delta(exc: Exception) -> bool:
    text = str(exc)
    return "DATA_SOURCE_NOT_FOUND" in text or "Failed to find the data source: delta" in text


def _delta_missing(path: Path) -> str:
    return (
        f"{path}: a Delta table needs the Delta Lake jars (io.delta:delta-spark for this Spark) on Spark's "
        "classpath (spark.jars or spark.jars.packages); this Spark has none"
    )


def _write_delta(frame: DataFrame, target: Path, rows_in: int) -> None:
    writer = frame.write.format("delta").option("overwriteSchema", "true")
    try:
        writer.mode("overwrite" if target.exists() else "errorifexists").save(str(target))
    except Exception as exc:
        if _no_delta(exc):
            raise InputError(_delta_missing(target)) from None
        raise
    check_rows(frame.sparkSession.read.format("delta").load(str(target)).count(), rows_in, str(target))
