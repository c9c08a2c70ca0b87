"""Engines run one plan: the local (polars) and DuckDB engines give the same rows, the same
added columns and the same report figures on the sample datasets."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import polars as pl
import pytest

import admin_merge as am
from admin_merge.errors import InputError
from admin_merge.matching.model import Resolution, Status
from admin_merge.plan.resolution import KEY_PREFIX, DistinctReferences, status_values
from admin_merge.plan.schema import output_columns
from tests.conftest import SAMPLE

# Sample dataset -> its key column (unique per row).
SAMPLES = {"households.csv": "ho_id", "addresses.csv": "id", "businesses.xlsx": None}
FIGURES = ("rows_in", "rows_out", "distinct_references", "statuses", "distinct_statuses", "top_unresolved", "conflicts")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def as_parquet(name: str, tmp_path: Path) -> Path:
    """A sample as Parquet, every column text (DuckDB reads no Excel)."""
    src = SAMPLE / name
    df = pl.read_excel(src, infer_schema_length=0) if src.suffix == ".xlsx" else pl.read_csv(src, infer_schema=False)
    out = tmp_path / f"{src.stem}.parquet"
    df.write_parquet(out)
    return out


def key_of(name: str, df: pl.DataFrame) -> str:
    return SAMPLES[name] or df.columns[0]


def canonical(df: pl.DataFrame, key: str) -> bytes:
    """The rows as CSV bytes, every value as text, sorted by the key."""
    return df.select(pl.all().cast(pl.Utf8)).sort(key).write_csv().encode()


@pytest.mark.parametrize("name", list(SAMPLES))
def test_duckdb_engine_equals_local_engine(name: str, tmp_path: Path) -> None:
    src = as_parquet(name, tmp_path)
    before = sha(src)
    local = am.migrate(src, tmp_path / "local.parquet")
    inside = am.migrate(src, tmp_path / "duck.parquet", engine="duckdb")
    assert sha(src) == before
    for figure in FIGURES:
        assert getattr(local, figure) == getattr(inside, figure), figure
    a, b = pl.read_parquet(tmp_path / "local.parquet"), pl.read_parquet(tmp_path / "duck.parquet")
    assert a.columns == b.columns
    assert a.height == b.height == local.rows_in
    # Same rows in the same order (DuckDB orders by each row's position in the file).
    assert a.select(pl.all().cast(pl.Utf8)).equals(b.select(pl.all().cast(pl.Utf8)))
    assert canonical(a, key_of(name, a)) == canonical(b, key_of(name, b))


def test_duckdb_engine_csv_output_is_byte_identical(tmp_path: Path) -> None:
    for name in ("households.csv", "addresses.csv"):
        am.migrate(SAMPLE / name, tmp_path / f"local-{name}")
        am.migrate(SAMPLE / name, tmp_path / f"duck-{name}", engine="duckdb")
        assert (tmp_path / f"local-{name}").read_bytes() == (tmp_path / f"duck-{name}").read_bytes()


def test_duckdb_table_to_table_keeps_order_and_source(tmp_path: Path) -> None:
    db = tmp_path / "registers.duckdb"
    households = pl.read_csv(SAMPLE / "households.csv", infer_schema=False).reverse()  # not sorted by key
    con = duckdb.connect(str(db))
    con.register("h", households)
    con.execute("CREATE TABLE households AS SELECT * FROM h")
    con.close()
    report = am.migrate(f"{db}:households", f"{db}:households_2025", engine="duckdb")
    assert report.rows_in == report.rows_out == households.height
    con = duckdb.connect(str(db), read_only=True)
    out = con.sql("SELECT * FROM households_2025").pl()
    source = con.sql("SELECT * FROM households").pl()
    con.close()
    assert source.equals(households)
    assert out["ho_id"].to_list() == households["ho_id"].to_list()
    assert out.columns == [*households.columns, *output_columns("new_", False)]
    local = am.migrate(SAMPLE / "households.csv", tmp_path / "local.csv")
    assert report.statuses == local.statuses
    with pytest.raises(InputError, match="table exists"):
        am.migrate(f"{db}:households", f"{db}:households_2025", engine="duckdb")
    with pytest.raises(InputError, match="input is never overwritten"):
        am.migrate(f"{db}:households", f"{db}:households", engine="duckdb", force=True)
    # --table names the table of a database file; the output goes to another database.
    other = tmp_path / "other.duckdb"
    am.migrate(db, f"{other}:h", engine="duckdb", table="households", commune_code_col="ma_xa")
    con = duckdb.connect(str(other), read_only=True)
    assert con.execute("SELECT count(*) FROM h").fetchone() == (households.height,)
    con.close()


def test_duckdb_engine_reads_windows_1258_and_refuses_an_unknown_engine(cli, tmp_path: Path) -> None:
    cp1258 = tmp_path / "cp.csv"
    cp1258.write_bytes("ma_xa,ten\n26734,Ph\u01b0\u1eddng\n".encode("cp1258", errors="replace"))
    local = cli("migrate", cp1258, "-o", tmp_path / "local.csv", "--format", "json").json()
    inside = cli("migrate", cp1258, "-o", tmp_path / "duck.csv", "--engine", "duckdb", "--format", "json").json()
    assert inside["encoding"] == local["encoding"] == "cp1258"
    assert (tmp_path / "duck.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()
    run = cli("migrate", SAMPLE / "households.csv", "-o", tmp_path / "o.csv", "--engine", "nosuch", code=2)
    assert "unknown engine" in run.stderr


def test_resolution_table_schema(tmp_path: Path) -> None:
    """The contract: key columns named by role, then the added columns in output order."""
    from admin_merge.engines.common import Prepared
    from admin_merge.engines.local import MigrateOptions

    prepared = Prepared("x", None, None, MigrateOptions())
    distinct = DistinctReferences.from_rows(
        ["province_code", "commune_code"], [("79", "26734", 3), ("79", " 26734 ", 1), (None, "26734.0", 1)]
    )
    table = prepared.resolve(distinct).table
    assert table.frame.columns == [
        f"{KEY_PREFIX}province_code",
        f"{KEY_PREFIX}commune_code",
        *output_columns("new_", False),
    ]
    assert table.frame[f"{KEY_PREFIX}province_code"].to_list() == ["79", "79", None]
    # Keys stay raw; normalisation happens while resolving, so all three resolve alike.
    assert table.frame["new_commune_code"].n_unique() == 1
    assert table.frame["match_status"].to_list() == ["exact"] * 3
    assert prepared.report.statuses == {"exact": 5}


def test_status_text_is_the_status_value() -> None:
    """The resolution table and the report write a status as str(status): its value, for every status."""
    written = status_values([Resolution(s) for s in Status])
    assert written == [s.value for s in Status]
    assert all(type(w) is str for w in written)
