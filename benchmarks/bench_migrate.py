"""Benchmark `migrate` against a bare DuckDB read -> join -> write of the same file.

    python benchmarks/bench_migrate.py [--rows 10000000] [--formats csv,parquet] [--keep]

Generates the data at run time (real old commune codes from the shipped register, with
household-like payload columns), then runs each contender in its own subprocess so that
peak memory (max RSS) is measured per run. Prints seconds, ratio and peak memory.
Each contender runs in the temporary directory of the data and imports the installed package
(compiled by `pip install .`, pure Python by `pip install -e .`); which one is printed first.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from installed import installed_build  # noqa: E402


def generate(directory: Path, rows: int, formats: list[str]) -> dict[str, Path]:
    import duckdb

    from admin_merge.api import load_crosswalk

    reg = load_crosswalk().registers
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    codes = sorted(reg.old_communes)
    con.execute(
        "CREATE TABLE units AS SELECT * FROM (SELECT unnest($1) AS ma_xa, unnest($2) AS ma_huyen, "
        "unnest($3) AS ma_tinh) ",
        [codes, [reg.old_communes[c].district_code for c in codes], [reg.old_communes[c].province_code for c in codes]],
    )
    con.execute("CREATE TABLE u AS SELECT row_number() OVER () - 1 AS i, * FROM units")
    n = len(codes)
    query = f"""
        SELECT 'HG' || lpad(r::VARCHAR, 9, '0') AS ho_id,
               'Nguyễn Văn ' || (r % 997)::VARCHAR AS chu_ho,
               (r % 7 + 1)::VARCHAR AS so_nhan_khau,
               u.ma_tinh, u.ma_huyen, u.ma_xa
        FROM range({rows}) t(r) JOIN u ON u.i = (hash(r) % {n})
        ORDER BY r
    """
    out = {}
    for fmt in formats:
        path = directory / f"households_{rows}.{fmt}"
        options = "(HEADER)" if fmt == "csv" else "(FORMAT parquet)"
        con.execute(f"COPY ({query}) TO '{path}' {options}")
        out[fmt] = path
    return out


def run_one(kind: str, src: Path, dst: Path) -> dict[str, float]:
    started = time.perf_counter()
    if kind == "migrate":
        import admin_merge as am
        from admin_merge.runtime.policy import default_workers, policy

        with policy(workers=default_workers(), pause_gc=True):  # as the CLI runs it
            report = am.migrate(src, dst, commune_code_col="ma_xa", force=True)
        rows = report.rows_out
    else:
        import duckdb

        # The same seven columns migrate adds, precomputed per old code: the baseline does
        # the read, the join and the write, and no resolving.
        import polars as pl

        from admin_merge.api import load_crosswalk
        from admin_merge.io.crosswalk import crosswalk_frame

        reg = load_crosswalk().registers
        xw = (
            crosswalk_frame(load_crosswalk())
            .group_by("old_commune_code")
            .agg(
                pl.col("new_province_code").first(),
                pl.col("new_commune_code").first(),
                pl.col("new_commune_code").sort().str.join("|").alias("candidates"),
                pl.len().alias("n"),
            )
            .with_columns(
                pl.col("new_province_code")
                .replace_strict({c: p.name for c, p in reg.new_provinces.items()})
                .alias("new_province_name"),
                pl.col("new_commune_code")
                .replace_strict({c: u.name for c, u in reg.new_communes.items()})
                .alias("new_commune_name"),
                pl.when(pl.col("n") > 1).then(pl.lit("split")).otherwise(pl.lit("exact")).alias("match_status"),
                pl.lit(100, pl.Int16).alias("match_score"),
            )
        )
        con = duckdb.connect()
        con.execute("SET enable_progress_bar = false")
        con.register("xw", xw)
        reader = f"read_csv('{src}', all_varchar=true)" if src.suffix == ".csv" else f"read_parquet('{src}')"
        options = "(HEADER)" if dst.suffix == ".csv" else "(FORMAT parquet)"
        con.execute(f"""COPY (SELECT s.*, x.new_province_code, x.new_province_name, x.new_commune_code,
                     x.new_commune_name, x.match_status, x.match_score, x.candidates
                     FROM {reader} s LEFT JOIN xw x ON s.ma_xa = x.old_commune_code) TO '{dst}' {options}""")
        rows = -1
    seconds = time.perf_counter() - started
    # VmHWM is this process's own peak (ru_maxrss would carry the parent's over exec).
    status = Path("/proc/self/status").read_text()
    hwm = [line for line in status.splitlines() if line.startswith("VmHWM:")]
    peak_mib = int(hwm[0].split()[1]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mib": peak_mib, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--formats", default="csv,parquet")
    parser.add_argument("--keep", action="store_true", help="keep the generated data")
    parser.add_argument("--one", nargs=3, metavar=("KIND", "SRC", "DST"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, src, dst = args.one
        print(json.dumps(run_one(kind, Path(src), Path(dst))))
        return
    print(f"timed processes import {installed_build()}")
    work = Path(tempfile.mkdtemp(prefix="bench-migrate-"))
    try:
        t = time.perf_counter()
        sources = generate(work, args.rows, args.formats.split(","))
        print(
            f"generated {args.rows:,} rows in {time.perf_counter() - t:.1f} s: "
            + ", ".join(f"{p.name} {p.stat().st_size / 2**20:.0f} MiB" for p in sources.values())
        )
        print(f"{'format':8} {'contender':8} {'seconds':>8} {'peak MiB':>9}")
        for fmt, src in sources.items():
            results = {}
            for kind in ("duckdb", "migrate"):
                dst = work / f"out_{kind}.{fmt}"
                proc = subprocess.run(
                    [sys.executable, __file__, "--one", kind, str(src), str(dst)],
                    cwd=work,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                results[kind] = json.loads(proc.stdout.strip().splitlines()[-1])
                print(f"{fmt:8} {kind:8} {results[kind]['seconds']:8.2f} {results[kind]['peak_mib']:9.0f}")
                dst.unlink(missing_ok=True)
            ratio = results["migrate"]["seconds"] / results["duckdb"]["seconds"]
            print(
                f"{fmt:8} ratio migrate/duckdb = {ratio:.2f} (target <= 1.3); "
                f"migrate peak {results['migrate']['peak_mib']:.0f} MiB (target < 2048)"
            )
    finally:
        if args.keep:
            print(f"data kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
