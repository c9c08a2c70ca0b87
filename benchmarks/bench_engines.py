"""Benchmark the engines against a bare join of the same crosswalk on the same engine.

    python benchmarks/bench_engines.py [--rows 10000000] [--engines duckdb,postgres,spark]
                                       [--repeat 3] [--pg-url postgresql://...]

Data: ``--rows`` households with real old commune codes, generated at run time inside the
engine (DuckDB ``range``, PostgreSQL ``generate_series``; Spark reads a Parquet file DuckDB
writes), nothing committed, migrated by code (``ma_xa``). Each engine runs the whole migration
(distinct references, resolving, the join, the write) and is compared with a bare
``CREATE TABLE ... AS SELECT ... LEFT JOIN`` (DuckDB, PostgreSQL) or broadcast join (Spark) of
a precomputed table holding the same added columns. Target: at most 1.3 times the bare join.

Each engine's contenders run ``--repeat`` times, alternating (A B, then B A, ...), because the
machine is shared and drifts; every run is printed, then per contender the median seconds and
rows per second, and the ratio of the medians (engine / bare). The load average is printed
before and after. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ADDED = (
    "new_province_code",
    "new_province_name",
    "new_commune_code",
    "new_commune_name",
    "match_status",
    "match_score",
    "candidates",
)


@dataclass
class Contender:
    """One way to produce the migrated table; ``reset`` runs untimed before each run."""

    label: str
    run: Callable[[], Any]
    reset: Callable[[], Any] | None = None


@dataclass
class Bench:
    """An engine's contenders: the first is the bare join (the baseline), the last the engine."""

    engine: str
    rows: int
    contenders: list[Contender]
    warm_up: Callable[[], Any] | None = None
    close: Callable[[], Any] | None = None


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def run_bench(bench: Bench, repeat: int) -> None:
    """Run the contenders ``repeat`` times, alternating, and print the medians and the ratio."""
    print(f"{bench.engine}: {bench.rows:,} rows; {load()}", flush=True)
    try:
        if bench.warm_up is not None:
            started = time.perf_counter()
            bench.warm_up()
            print(f"  {'warm-up':44} {time.perf_counter() - started:8.2f} s", flush=True)
        seconds: dict[str, list[float]] = {c.label: [] for c in bench.contenders}
        for i in range(repeat):
            order = bench.contenders if i % 2 == 0 else bench.contenders[::-1]
            for c in order:
                if c.reset is not None:
                    c.reset()
                started = time.perf_counter()
                c.run()
                took = time.perf_counter() - started
                seconds[c.label].append(took)
                print(f"  run {i + 1}  {c.label:38} {took:8.2f} s", flush=True)
    finally:
        if bench.close is not None:
            bench.close()
    print(f"  {'median of ' + str(repeat):44} {'seconds':>8}   {'rows/s':>11}", flush=True)
    for c in bench.contenders:
        median = statistics.median(seconds[c.label])
        print(f"  {c.label:44} {median:8.2f}   {bench.rows / median:11,.0f}", flush=True)
    base = statistics.median(seconds[bench.contenders[0].label])
    engine = statistics.median(seconds[bench.contenders[-1].label])
    print(
        f"{bench.engine:10} ratio engine/bare = {engine / base:.2f} (medians; target <= 1.3); {load()}",
        flush=True,
    )


def crosswalk_frame() -> Any:
    """The added columns for every old commune code (what migrate adds), as polars."""
    import admin_merge as am
    from admin_merge.engines.common import Prepared
    from admin_merge.engines.local import MigrateOptions
    from admin_merge.plan.resolution import DistinctReferences

    codes = sorted(am.load_crosswalk().registers.old_communes)
    prepared = Prepared("bench", None, None, MigrateOptions())
    table = prepared.resolve(DistinctReferences(["commune_code"], {"commune_code": codes}, [1] * len(codes))).table
    return table.frame.rename({table.keys[0]: "code"})


def households_sql(rows: int, codes_table: str, n_codes: int) -> str:
    """Households with a payload and a code drawn from ``codes_table(i, ma_xa)`` (DuckDB)."""
    return f"""
        SELECT 'HG' || lpad(r::VARCHAR, 9, '0') AS ho_id,
               'Nguyễn Văn ' || (r % 997)::VARCHAR AS chu_ho,
               (r % 7 + 1)::VARCHAR AS so_nhan_khau,
               c.ma_xa
        FROM range({rows}) t(r) JOIN {codes_table} c ON c.i = hash(r) % {n_codes}
        ORDER BY r
    """


def bench_duckdb(work: Path, rows: int, xw: Any) -> Bench:
    import duckdb

    import admin_merge as am

    db = work / "bench.duckdb"
    con = duckdb.connect(str(db))
    con.execute("SET enable_progress_bar = false")
    con.register("xw_frame", xw)
    con.execute("CREATE TABLE xw AS SELECT * FROM xw_frame")
    con.execute("CREATE TABLE codes AS SELECT row_number() OVER () - 1 AS i, code AS ma_xa FROM xw")
    con.execute(f"CREATE TABLE households AS {households_sql(rows, 'codes', xw.height)}")
    con.close()

    def bare(order: bool) -> None:
        c = duckdb.connect(str(db))
        c.execute("SET enable_progress_bar = false")
        added = ", ".join(f"x.{a}" for a in ADDED)
        suffix, name = (" ORDER BY h.rowid", "bare_ordered") if order else ("", "bare")
        c.execute(
            f"CREATE OR REPLACE TABLE {name} AS SELECT h.*, {added} FROM households h "
            f"LEFT JOIN xw x ON h.ma_xa = x.code{suffix}"
        )
        c.close()

    def engine() -> None:
        am.migrate(f"{db}:households", f"{db}:migrated", engine="duckdb", commune_code_col="ma_xa", force=True)

    def moved() -> None:
        """Rows out of input order in each result (row i of households is ho_id HG<i>)."""
        c = duckdb.connect(str(db), read_only=True)
        counts = [
            c.execute(f"SELECT count(*) FROM {t} WHERE ho_id <> 'HG' || lpad(rowid::VARCHAR, 9, '0')").fetchone()
            for t in ("bare", "bare_ordered", "migrated")
        ]
        c.close()
        bare_moved, ordered_moved, engine_moved = (n[0] if n else -1 for n in counts)
        print(
            f"  rows out of input order: bare join {bare_moved:,}, bare ORDER BY {ordered_moved:,}, "
            f"migrate {engine_moved:,}",
            flush=True,
        )

    return Bench(
        "duckdb",
        rows,
        [
            Contender("bare join (row order not kept)", lambda: bare(False)),
            Contender("bare join ORDER BY rowid (order kept)", lambda: bare(True)),
            Contender("migrate --engine duckdb (order kept)", engine),
        ],
        close=moved,
    )


def bench_postgres(url: str, rows: int, xw: Any) -> Bench:
    import psycopg

    import admin_merge as am

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP TABLE IF EXISTS households, xw, migrated, bare")
        con.execute(
            "CREATE TABLE xw (code text, new_province_code text, new_province_name text, new_commune_code text, "
            "new_commune_name text, match_status text, match_score smallint, candidates text)"
        )
        with con.cursor().copy("COPY xw FROM STDIN") as copy:
            for row in xw.select("code", *ADDED).iter_rows():
                copy.write_row(row)
        con.execute("ANALYZE xw")
        # The households are generated by the server (generate_series), not sent from Python.
        con.execute(
            "CREATE TABLE households AS SELECT 'HG' || lpad(r::text, 9, '0') AS ho_id, "
            "'Nguyễn Văn ' || (r %% 997)::text AS chu_ho, (r %% 7 + 1)::text AS so_nhan_khau, "
            "codes.ma_xa FROM generate_series(0, %s - 1) AS r "
            "JOIN (SELECT row_number() OVER (ORDER BY code) - 1 AS i, code AS ma_xa FROM xw) codes "
            "ON codes.i = (hashint4(r) & 2147483647) %% %s",
            [rows, xw.height],
        )
        con.execute("VACUUM ANALYZE households")

    def drop(name: str) -> Callable[[], None]:
        def reset() -> None:
            # The previous run's table dropped and its WAL flushed, untimed, before each run.
            with psycopg.connect(url, autocommit=True) as c:
                c.execute(f"DROP TABLE IF EXISTS {name}")
                c.execute("CHECKPOINT")

        return reset

    def bare() -> None:
        with psycopg.connect(url) as c:
            added = ", ".join(f"x.{a}" for a in ADDED)
            c.execute(f"CREATE TABLE bare AS SELECT h.*, {added} FROM households h LEFT JOIN xw x ON h.ma_xa = x.code")

    def engine() -> None:
        am.migrate(url, "migrated", engine="postgres", table="households", commune_code_col="ma_xa", force=True)

    def close() -> None:
        with psycopg.connect(url, autocommit=True) as c:
            c.execute("DROP TABLE IF EXISTS households, xw, migrated, bare")

    return Bench(
        "postgres",
        rows,
        [
            Contender("bare CREATE TABLE AS ... JOIN", bare, drop("bare")),
            Contender("migrate --engine postgres", engine, drop("migrated")),
        ],
        close=close,
    )


def bench_spark(work: Path, rows: int, xw: Any) -> Bench:
    import duckdb
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    from admin_merge.spark import migrate

    path = work / "households.parquet"
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.register("xw_frame", xw)
    con.execute("CREATE TABLE codes AS SELECT row_number() OVER () - 1 AS i, code AS ma_xa FROM xw_frame")
    con.execute(f"COPY ({households_sql(rows, 'codes', xw.height)}) TO '{path}' (FORMAT parquet)")
    con.close()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    xw_df = spark.createDataFrame(xw.select("code", *ADDED).to_arrow())
    df = spark.read.parquet(str(path))

    # Both read the same Parquet file (the same input partitions) in the same session (default
    # settings: 200 shuffle partitions, adaptive execution on) and write every column as Parquet.
    # bare: one job: read, broadcast hash join with the precomputed table, write.
    def bare() -> None:
        joined = df.join(F.broadcast(xw_df), df["ma_xa"] == xw_df["code"], "left").drop("code")
        joined.write.mode("overwrite").parquet(str(work / "bare"))

    # The distinct references alone (one job reading only ma_xa: partial aggregation, a shuffle of
    # a few thousand rows, a collect): what migrate adds to the bare join besides resolving.
    def distinct() -> None:
        df.groupBy("ma_xa").count().collect()

    # migrate: the distinct-reference job, resolving on the driver (a new session loads the
    # compiled crosswalk from its cache), the resolution table sent as Arrow and broadcast, the
    # same join and write.
    def engine() -> None:
        migrate(df, commune_code_col="ma_xa").write.mode("overwrite").parquet(str(work / "migrated"))

    print(
        f"spark: {df.rdd.getNumPartitions()} input partitions, "
        f"spark.sql.shuffle.partitions={spark.conf.get('spark.sql.shuffle.partitions')}, "
        f"adaptive={spark.conf.get('spark.sql.adaptive.enabled')}",
        flush=True,
    )
    # The first jobs of a session are slower (JVM start, JIT, caches): a warm-up job first.
    return Bench(
        "spark local[2] (Parquet)",
        rows,
        [
            Contender("bare broadcast join, written as Parquet", bare),
            Contender("(distinct references only, collected)", distinct),
            Contender("admin_merge.spark.migrate, as Parquet", engine),
        ],
        warm_up=lambda: df.count(),
        close=spark.stop,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--engines", default="duckdb,postgres,spark")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each contender, alternating (default 3)")
    parser.add_argument("--pg-url", default=os.environ.get("ADMIN_MERGE_PG_URL"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-engines-"))
    try:
        xw = crosswalk_frame()
        for name in args.engines.split(","):
            if name == "duckdb":
                bench = bench_duckdb(work, args.rows, xw)
            elif name == "postgres":
                if not args.pg_url:
                    print("postgres: skipped (no --pg-url or ADMIN_MERGE_PG_URL)")
                    continue
                bench = bench_postgres(args.pg_url, args.rows, xw)
            elif name == "spark":
                bench = bench_spark(work, args.rows, xw)
            else:
                parser.error(f"unknown engine {name!r} (duckdb, postgres, spark)")
            run_bench(bench, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
