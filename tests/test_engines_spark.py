"""The Spark engine in a local[2] session: the same rows, added columns and report figures as
the local engine, resolving on the driver and on the executors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

import admin_merge as am
from tests.conftest import SAMPLE

pytestmark = pytest.mark.spark

FIGURES = ("rows_in", "distinct_references", "statuses", "distinct_statuses", "top_unresolved", "conflicts")
KEYS = {"households.csv": "ho_id", "addresses.csv": "id", "businesses.xlsx": None}


def sample_frame(name: str) -> pl.DataFrame:
    src = SAMPLE / name
    if src.suffix == ".xlsx":
        return pl.read_excel(src, infer_schema_length=0)
    return pl.read_csv(src, infer_schema=False)


def canonical(df: pl.DataFrame, key: str) -> bytes:
    return df.select(pl.all().cast(pl.Utf8)).sort(key).write_csv().encode()


# Every sample resolved on the driver; resolving on the executors (mapInArrow) once, on the
# sample with the most distinct references (a Spark job costs seconds in local mode).
@pytest.mark.parametrize(
    ("name", "resolve_on"),
    [
        ("households.csv", "driver"),
        ("addresses.csv", "driver"),
        ("businesses.xlsx", "driver"),
        ("addresses.csv", "executors"),
    ],
)
def test_spark_equals_local_engine(spark: Any, name: str, resolve_on: str, tmp_path: Path) -> None:
    from admin_merge.spark import migrate_with_report

    df = sample_frame(name)
    src = tmp_path / "in.parquet"
    df.write_parquet(src)
    local = am.migrate(src, tmp_path / "local.parquet")
    out, report = migrate_with_report(spark.read.parquet(str(src)), resolve_on=resolve_on)
    for figure in FIGURES:
        assert getattr(local, figure) == getattr(report, figure), figure
    got = pl.from_arrow(out.toArrow())
    assert isinstance(got, pl.DataFrame)
    expected = pl.read_parquet(tmp_path / "local.parquet")
    assert got.columns == expected.columns
    assert dict(got.schema)[expected.columns[-2]] == pl.Int16  # match_score as in the local output
    key = KEYS[name] or df.columns[0]
    assert canonical(got, key) == canonical(expected, key)


def test_spark_keyword_options_and_cli(spark: Any, cli: Any, tmp_path: Path) -> None:
    from admin_merge.spark import migrate

    df = spark.createDataFrame(
        [("1", "26734", "x"), ("2", None, "y"), ("3", "26737", "z")], "id string, ma_xa string, other string"
    )
    out = migrate(df, commune_code_col="ma_xa", on_split="primary", prefix="v2_")
    rows = {r["id"]: r for r in out.collect()}
    expected = {r: am.resolve(am.Reference(commune_code=c)) for r, c in (("1", "26734"), ("3", "26737"))}
    assert rows["1"]["v2_commune_code"] == expected["1"].new_commune_code and rows["1"]["v2_match_status"] == "exact"
    assert rows["2"]["v2_match_status"] == "empty"
    # on_split="primary": the primary successor is filled in, the status stays split.
    assert rows["3"]["v2_match_status"] == "split" and rows["3"]["v2_commune_code"] == expected["3"].primary
    assert out.count() == 3
    # The CLI reads and writes Parquet through the same engine.
    src = tmp_path / "h.parquet"
    sample_frame("households.csv").write_parquet(src)
    run = cli("migrate", src, "-o", tmp_path / "out", "--engine", "spark", "--format", "json")
    assert run.json()["rows_out"] == 3000
    assert pl.read_parquet(tmp_path / "out" / "*.parquet").height == 3000
    run = cli("migrate", src, "-o", tmp_path / "out", "--engine", "spark", code=2)
    assert "exists" in run.stderr or "directory" in run.stderr
