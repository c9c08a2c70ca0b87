"""Benchmark the engines against a bare join of the same crosswalk on the same engine.

    python benchmarks/bench_engines.py [--rows 10000000] [--engines duckdb,postgres,spark]
                                       [--pg-url postgresql://...]

Data: ``--rows`` households with real old commune codes (generated at run time, nothing
committed), migrated by code (``ma_xa``). Each engine runs the whole migration (distinct
references, resolving, the join, the write) and is compared with a bare
``CREATE TABLE ... AS SELECT ... LEFT JOIN`` (DuckDB, PostgreSQL) or broadcast join (Spark) of
a precomputed table holding the same added columns. Target: at most 1.3 times the bare join.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
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


def timed(label: str, fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    seconds = time.perf_counter() - started
    print(f"  {label:40} {seconds:8.2f} s", flush=True)
    return seconds


def ratio(name: str, engine: float, bare: float) -> None:
    print(f"{name:10} ratio engine/bare = {engine / bare:.2f} (target <= 1.3)", flush=True)


def bench_duckdb(work: Path, rows: int, xw: Any) -> None:
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
    print(f"duckdb: {rows:,} rows in a DuckDB table", flush=True)

    def bare(order: bool) -> None:
        c = duckdb.connect(str(db))
        c.execute("SET enable_progress_bar = false")
        added = ", ".join(f"x.{a}" for a in ADDED)
        suffix = " ORDER BY h.rowid" if order else ""
        c.execute(
            f"CREATE OR REPLACE TABLE bare AS SELECT h.*, {added} FROM households h "
            f"LEFT JOIN xw x ON h.ma_xa = x.code{suffix}"
        )
        c.close()

    base = timed("bare join (row order not kept)", lambda: bare(False))
    timed("bare join ORDER BY rowid (order kept)", lambda: bare(True))
    engine = timed(
        "migrate --engine duckdb (order kept)",
        lambda: am.migrate(f"{db}:households", f"{db}:migrated", engine="duckdb", commune_code_col="ma_xa", force=True),
    )
    ratio("duckdb", engine, base)


def bench_postgres(url: str, rows: int, xw: Any) -> None:
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
        con.execute(
            "CREATE TABLE households AS SELECT 'HG' || lpad(r::text, 9, '0') AS ho_id, "
            "'Nguyễn Văn ' || (r %% 997)::text AS chu_ho, (r %% 7 + 1)::text AS so_nhan_khau, "
            "codes.ma_xa FROM generate_series(0, %s - 1) AS r "
            "JOIN (SELECT row_number() OVER (ORDER BY code) - 1 AS i, code AS ma_xa FROM xw) codes "
            "ON codes.i = (hashint4(r) & 2147483647) %% %s",
            [rows, xw.height],
        )
        con.execute("VACUUM ANALYZE households")
    print(f"postgres: {rows:,} rows in a table", flush=True)

    def bare() -> None:
        with psycopg.connect(url) as c:
            c.execute("DROP TABLE IF EXISTS bare")
            added = ", ".join(f"x.{a}" for a in ADDED)
            c.execute(f"CREATE TABLE bare AS SELECT h.*, {added} FROM households h LEFT JOIN xw x ON h.ma_xa = x.code")

    base = timed("bare CREATE TABLE AS ... JOIN", bare)
    engine = timed(
        "migrate --engine postgres",
        lambda: am.migrate(
            url, "migrated", engine="postgres", table="households", commune_code_col="ma_xa", force=True
        ),
    )
    ratio("postgres", engine, base)


def bench_spark(work: Path, rows: int, xw: Any) -> None:
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
    print(f"spark local[2]: {rows:,} rows in Parquet", flush=True)
    xw_df = spark.createDataFrame(xw.select("code", *ADDED).to_arrow())
    df = spark.read.parquet(str(path))

    def bare() -> None:
        joined = df.join(F.broadcast(xw_df), df["ma_xa"] == xw_df["code"], "left").drop("code")
        joined.write.mode("overwrite").parquet(str(work / "bare"))

    def engine() -> None:
        migrate(df, commune_code_col="ma_xa").write.mode("overwrite").parquet(str(work / "migrated"))

    timed("warm-up (JVM, first job)", lambda: df.count())
    # Each twice, alternating: the first jobs of a session are slower (JIT, caches).
    first = timed("bare broadcast join, written as Parquet", bare)
    eng1 = timed("admin_merge.spark.migrate, written as Parquet", engine)
    second = timed("bare broadcast join, again", bare)
    eng2 = timed("admin_merge.spark.migrate, again", engine)
    ratio("spark", min(eng1, eng2), min(first, second))
    spark.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--engines", default="duckdb,postgres,spark")
    parser.add_argument("--pg-url", default=os.environ.get("ADMIN_MERGE_PG_URL"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-engines-"))
    try:
        xw = crosswalk_frame()
        for name in args.engines.split(","):
            if name == "duckdb":
                bench_duckdb(work, args.rows, xw)
            elif name == "postgres":
                if not args.pg_url:
                    print("postgres: skipped (no --pg-url or ADMIN_MERGE_PG_URL)")
                    continue
                bench_postgres(args.pg_url, args.rows, xw)
            elif name == "spark":
                bench_spark(work, args.rows, xw)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
