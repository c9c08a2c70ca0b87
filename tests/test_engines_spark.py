"""The Spark engine in a local[2] session: the same rows, added columns and report figures as
the local engine, resolving on the driver and on the executors; the output policy of
``--engine spark`` (a directory replaced with --force, never the input); Delta without its jars."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

import admin_merge as am
from tests.conftest import SAMPLE

pytestmark = pytest.mark.spark

FIGURES = (
    "rows_in",
    "distinct_references",
    "statuses",
    "distinct_statuses",
    "top_unresolved",
    "conflicts",
    "through_history",
    "top_through_history",
    "rules",
)
KEYS = {"households.csv": "ho_id", "addresses.csv": "id", "businesses.xlsx": None}


def sample_frame(name: str) -> pl.DataFrame:
    src = SAMPLE / name
    if src.suffix == ".xlsx":
        return pl.read_excel(src, infer_schema_length=0)
    return pl.read_csv(src, infer_schema=False)


def canonical(df: pl.DataFrame, key: str) -> bytes:
    return df.select(pl.all().cast(pl.Utf8)).sort(key).write_csv().encode()


def assert_same_as_local(spark: Any, df: pl.DataFrame, key: str, tmp_path: Path, **kwargs: Any) -> Any:
    """Migrate ``df`` with the local engine and with Spark: the same rows, columns and figures."""
    from admin_merge.spark import migrate_with_report

    src = tmp_path / "in.parquet"
    df.write_parquet(src)
    spark_options = {k: v for k, v in kwargs.items() if k == "resolve_on"}
    options = {k: v for k, v in kwargs.items() if k != "resolve_on"}
    local = am.migrate(src, tmp_path / "local.parquet", force=True, **options)
    out, report = migrate_with_report(spark.read.parquet(str(src)), **options, **spark_options)
    for figure in FIGURES:
        assert getattr(local, figure) == getattr(report, figure), figure
    # The code vintage as detected over the whole column (the examples depend on the order of
    # the distinct references, which no engine fixes).
    assert [{**c, "examples": len(c["examples"])} for c in local.code_columns] == [
        {**c, "examples": len(c["examples"])} for c in report.code_columns
    ]
    assert (local.decisions, local.warnings) == (report.decisions, report.warnings)
    got = pl.from_arrow(out.toArrow())
    assert isinstance(got, pl.DataFrame)
    expected = pl.read_parquet(tmp_path / "local.parquet")
    assert got.columns == expected.columns
    assert dict(got.schema)[expected.columns[-2]] == pl.Int16  # match_score as in the local output
    assert canonical(got, key) == canonical(expected, key)
    return report


# Every sample resolved on the driver and on the executors (mapInArrow); a Spark job costs
# seconds in local mode, so the samples are small.
@pytest.mark.parametrize(
    ("name", "resolve_on"),
    [
        ("households.csv", "driver"),
        ("addresses.csv", "driver"),
        ("businesses.xlsx", "driver"),
        ("households.csv", "executors"),
        ("addresses.csv", "executors"),
    ],
)
def test_spark_equals_local_engine(spark: Any, name: str, resolve_on: str, tmp_path: Path) -> None:
    df = sample_frame(name)
    report = assert_same_as_local(spark, df, KEYS[name] or df.columns[0], tmp_path, resolve_on=resolve_on)
    if name == "households.csv":
        assert [c["snapshot"] for c in report.code_columns] == ["2025-06-30"]


def vintage_frame() -> pl.DataFrame:
    """Codes of Hà Nội's old communes, codes of Hồ Chí Minh City's new communes written with their
    new names (a mixed column), a code retired before 2025 (read through the history), a code
    of neither register, a missing one."""
    reg = am.load_crosswalk().registers
    history = am.load_crosswalk().chain.history
    old = [(u.code, u.name) for u in reg.old_communes.values() if u.province_code == "01"][:60]
    new = [
        (u.code, u.name)
        for u in reg.new_communes.values()
        if u.province_code == "79" and u.code in reg.old_communes and u.name != reg.old_communes[u.code].name
    ][:30]
    retired = next(
        s for s in history if s.level == "commune" and s.code not in reg.old_communes and s.change == "merged"
    )
    rows = [*old, *new, (retired.code, retired.name), (retired.code, None), ("99999", "Xã Không Có"), (None, None)]
    return pl.DataFrame(
        {
            "id": [f"{i:04d}" for i in range(len(rows))],
            "ma_xa": [code for code, _ in rows],
            "ten_xa": [name for _, name in rows],
        }
    )


@pytest.mark.parametrize("codes_from", [None, "2025-07-01"])
def test_executors_read_code_vintage_and_history_as_the_driver(
    spark: Any, codes_from: str | None, tmp_path: Path
) -> None:
    report = assert_same_as_local(
        spark,
        vintage_frame(),
        "id",
        tmp_path,
        resolve_on="executors",
        commune_code_col="ma_xa",
        commune_col="ten_xa",
        codes_from=codes_from,
    )
    column = report.code_columns[0]
    assert report.through_history >= 1 and report.top_through_history
    if codes_from is None:
        assert column["snapshot"] == "mixed" and report.statuses["already_new"] >= 20
    else:
        # Read as new codes: the old names of Hà Nội disagree with the new units of their codes.
        assert column["chosen_by"] == "--codes-from" and column["disagreeing_rows"] > 0
        assert len(column["examples"]) == 5


def test_executors_apply_split_rules_as_the_driver(spark: Any, tmp_path: Path) -> None:
    streets = ["15 Láng Hạ", "2 Nguyên Hồng", "9 Vu Ngoc Phan", "40 Láng Hạ"]  # places of the example rules
    extra = pl.DataFrame(
        {
            "id": [f"r{i}" for i in range(len(streets))],
            "ho_ten": ["Nguyễn Văn A"] * len(streets),
            "dia_chi": [f"{s}, Phường Thành Công, Quận Ba Đình, Thành phố Hà Nội" for s in streets],
        }
    )
    report = assert_same_as_local(
        spark,
        pl.concat([sample_frame("addresses.csv"), extra]),
        "id",
        tmp_path,
        resolve_on="executors",
        rules=SAMPLE / "split-rules.example.yaml",
    )
    assert report.rules is not None and report.rules["rows_decided"] == 4
    assert len(report.rules["rows_by_rule"]) == 2 and report.statuses["decided"] == 4


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
    assert "output exists; use --force to replace it" in run.stderr


def test_force_replaces_a_spark_output_directory(spark: Any, cli: Any, tmp_path: Path) -> None:
    src = tmp_path / "h.parquet"
    sample_frame("households.csv").head(500).write_parquet(src)
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-old.parquet").write_bytes(b"not the new output")
    cli("migrate", src, "-o", out, "--engine", "spark", "--force")
    assert not (out / "part-old.parquet").exists()
    assert pl.read_parquet(out / "*.parquet")["match_status"].len() == 500
    # Nothing staged is left beside the target, and the input is untouched.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.parquet", "out"]
    assert pl.read_parquet(src).height == 500


def test_force_never_replaces_the_input_directory(cli: Any, tmp_path: Path) -> None:
    """Refused before Spark starts: the input itself, a directory holding it, a directory inside it."""
    data = tmp_path / "data"
    data.mkdir()
    sample_frame("households.csv").head(50).write_parquet(data / "part-0.parquet")
    for target, says in (
        (data, "is (or holds) the input"),
        (tmp_path, "is (or holds) the input"),
        (data / "migrated", "is inside the input directory"),
    ):
        run = cli("migrate", data, "-o", target, "--engine", "spark", "--force", code=2)
        assert (says in run.stderr and "never overwritten" in run.stderr) or "inside" in run.stderr
    assert sorted(p.name for p in data.iterdir()) == ["part-0.parquet"]


def test_a_delta_table_without_the_delta_jars_is_one_clear_line(spark: Any, cli: Any, tmp_path: Path) -> None:
    table = tmp_path / "households"
    table.mkdir()
    sample_frame("households.csv").head(10).write_parquet(table / "part-0.parquet")
    (table / "_delta_log").mkdir()  # what makes a directory a Delta table
    run = cli("migrate", table, "-o", tmp_path / "out", "--engine", "spark", code=2)
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "needs the Delta Lake jars" in lines[0], run.stderr
    assert not (tmp_path / "out").exists()
