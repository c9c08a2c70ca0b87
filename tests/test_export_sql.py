"""`mappings export-sql`: every dialect parses back; run on DuckDB and PostgreSQL, the script
gives what `migrate --commune-code-col` gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest
import sqlglot

import admin_merge as am
from admin_merge.engines.sql_export import DIALECTS, export_sql, statements
from tests.conftest import SAMPLE

AWKWARD = ["4", " 00004 ", "4.0", "", None, "abc", "999999", "00000", "0026734", "26740", "99999", "1.5"]


@pytest.fixture(scope="module")
def codes() -> pl.DataFrame:
    """The households sample's codes and awkward forms of codes, with a key."""
    households = pl.read_csv(SAMPLE / "households.csv", infer_schema=False).select("ho_id", "ma_xa")
    extra = pl.DataFrame({"ho_id": [f"X{i:03}" for i in range(len(AWKWARD))], "ma_xa": AWKWARD})
    return pl.concat([households, extra])


@pytest.fixture(scope="module")
def expected(codes: pl.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> pl.DataFrame:
    tmp = tmp_path_factory.mktemp("export-sql")
    codes.write_parquet(tmp / "codes.parquet")
    am.migrate(tmp / "codes.parquet", tmp / "out.parquet", commune_code_col="ma_xa")
    return canonical(pl.read_parquet(tmp / "out.parquet"))


def canonical(df: pl.DataFrame) -> pl.DataFrame:
    return df.select(pl.all().cast(pl.Utf8)).sort("ho_id")


def test_every_dialect_parses_back() -> None:
    parts = list(statements(am.get_resolver(), table="households", column="ma_xa", target="households_2025"))
    create, first_insert, query = parts[0][1], parts[1][1], parts[-1][1]
    first_insert.rows = first_insert.rows[:50]  # type: ignore[union-attr]
    for dialect in DIALECTS:
        for statement in (create, first_insert, query):
            text = statement.sql(dialect=dialect)
            parsed = sqlglot.parse(text, read=dialect)
            assert len(parsed) == 1 and parsed[0] is not None, (dialect, text[:200])
        assert "households_2025" in query.sql(dialect=dialect)


def test_duckdb_runs_the_script_like_migrate(
    codes: pl.DataFrame, expected: pl.DataFrame, cli: Any, tmp_path: Path
) -> None:
    out = tmp_path / "migrate.sql"
    cli("mappings", "export-sql", "--dialect", "duckdb", "--table", "households", "--column", "ma_xa", "-o", out)
    con = duckdb.connect()
    con.register("codes", codes)
    con.execute("CREATE TABLE households AS SELECT * FROM codes")
    con.execute(out.read_text(encoding="utf-8"))
    got = con.sql("SELECT * FROM households_migrated").pl()
    con.close()
    assert got.columns == expected.columns
    assert canonical(got).equals(expected)
    run = cli("mappings", "export-sql", "--dialect", "duckdb", "-o", out, code=2)
    assert "exists" in run.stderr


@pytest.mark.postgres
def test_postgres_runs_the_script_like_migrate(pg_url: str, codes: pl.DataFrame, expected: pl.DataFrame) -> None:
    import psycopg

    script = export_sql(am.get_resolver(), "postgres", table="codes_pg", column="ma_xa", target="codes_pg_2025")
    with psycopg.connect(pg_url) as con:
        con.execute("DROP TABLE IF EXISTS codes_pg, codes_pg_2025, am_commune_codes")
        con.execute("CREATE TABLE codes_pg (ho_id text, ma_xa text)")
        with con.cursor().copy("COPY codes_pg FROM STDIN") as copy:
            for row in codes.iter_rows():
                copy.write_row(row)
        con.execute(script.encode())  # many statements in one simple query
        cur = con.execute("SELECT * FROM codes_pg_2025")
        names = [d.name for d in cur.description or []]
        rows = [[None if v is None else str(v) for v in r] for r in cur.fetchall()]
    got = pl.DataFrame(rows, schema=names, orient="row")
    assert got.columns == expected.columns
    assert canonical(got).equals(expected)


def test_unknown_dialect_and_half_named_query(cli: Any) -> None:
    run = cli("mappings", "export-sql", "--dialect", "nosql", code=2)
    assert "unknown dialect" in run.stderr
    run = cli("mappings", "export-sql", "--dialect", "postgres", "--table", "t", code=2)
    assert "--table and --column go together" in run.stderr
