"""`mappings export-sql`: every dialect parses back; run on DuckDB and PostgreSQL, the script
gives what `migrate --commune-code-col` gives; the dialects we cannot run here (SQL Server,
Oracle, MySQL, BigQuery, Trino, Spark, Snowflake) have the properties that make them run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import pytest
import sqlglot

import admin_merge as am
from admin_merge.engines.sql_export import DIALECTS, Insert, export_sql, render, statements
from tests.conftest import SAMPLE

AWKWARD = [
    "4",
    " 00004 ",
    "4.0",
    "",
    "   ",
    None,
    "abc",
    "999999",
    "00000",
    "0026734",
    "26740",
    "99999",
    "1.5",
    "26743.00",  # Excel number cell
    "26743.",
    "'26737",  # Excel text cell
    " ' 26737 ",
    ".0",
    "4.0.0",
    "2.6.0",
    "26 743",
    "-26743",
    "+4",
    "２６７３７",  # full-width digits are not a code
    "0x1A",
]


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


NAMES = {"table": "households", "column": "ma_xa", "target": "households_2025"}


@pytest.fixture(scope="module")
def parts() -> dict[str, list[Any]]:
    """Each dialect's statements (the codes table's rows kept as Insert objects)."""
    return {d: [statement for _, statement in statements(am.get_resolver(), d, **NAMES)] for d in DIALECTS}


def inserts(parts: list[Any]) -> list[Insert]:
    return [p for p in parts if isinstance(p, Insert)]


def script(parts: list[Any], dialect: str, rows: int | None = 50) -> list[sqlglot.exp.Expression]:
    """The statements rendered and parsed back: every one but the INSERTs, then the first
    INSERT (its first ``rows`` rows, or whole); parsing all 10,066 rows takes seconds."""
    first = inserts(parts)[0]
    sample = Insert(first.table, first.columns, first.rows[:rows] if rows else first.rows)
    texts = [render(p, dialect) for p in parts if not isinstance(p, Insert)] + [render(sample, dialect)]
    parsed = []
    for text in texts:
        statements_ = sqlglot.parse(text, read=dialect)
        assert len(statements_) == 1 and statements_[0] is not None, (dialect, text[:200])
        parsed.append(statements_[0])
    return parsed


def test_every_dialect_parses_back(parts: dict[str, list[Any]]) -> None:
    for dialect in DIALECTS:
        parsed = script(parts[dialect], dialect)
        query = parsed[-2].sql(dialect)
        assert "households_2025" in query.lower(), dialect
        assert "REGEXP" not in query.upper() and "LPAD" not in query.upper(), dialect


def test_every_dialect_inserts_every_code_once(parts: dict[str, list[Any]]) -> None:
    rows = {d: [row for i in inserts(p) for row in i.rows] for d, p in parts.items()}
    codes = [row[0] for row in rows["postgres"]]
    assert len(codes) == len(set(codes)) > 10_000
    assert all(r == rows["postgres"] for r in rows.values())
    assert all(len(i.rows) <= 1000 for i in inserts(parts["tsql"]))


def literal_rows(insert: sqlglot.exp.Expression) -> list[list[sqlglot.exp.Expression]]:
    source = insert.expression
    if isinstance(source, sqlglot.exp.Values):
        return [list(t.expressions) for t in source.expressions]
    return [list(sel.expressions) for sel in source.find_all(sqlglot.exp.Select)]  # SELECT ... FROM DUAL


def test_tsql_runs_on_sql_server(parts: dict[str, list[Any]]) -> None:
    """SQL Server: at most 1,000 rows per VALUES, Unicode text as N'...' into NVARCHAR, casts
    with a length, only functions SQL Server has (no regular expression, no LPAD)."""
    create, query, insert = script(parts["tsql"], "tsql", rows=None)
    assert isinstance(insert, sqlglot.exp.Insert) and 0 < len(literal_rows(insert)) <= 1000
    values = [v for row in literal_rows(insert) for v in row if not isinstance(v, sqlglot.exp.Null)]
    strings = [v for v in values if not (isinstance(v, sqlglot.exp.Literal) and not v.is_string)]
    assert strings and all(isinstance(v, sqlglot.exp.National) for v in strings)
    assert any(not v.this.isascii() for v in strings)  # Vietnamese names, kept as Unicode
    assert "N'Thành phố Hà Nội'" in insert.sql("tsql")
    kinds = {c.name: c.args["kind"].sql("tsql") for c in create.find_all(sqlglot.exp.ColumnDef)}
    assert kinds["new_commune_name"] == "NVARCHAR(400)" and kinds["match_score"] == "SMALLINT"
    assert query.sql("tsql", comments=False).startswith("SELECT * INTO [households_2025]")
    casts = {c.to.sql("tsql") for c in query.find_all(sqlglot.exp.Cast) if c.to.is_type("nvarchar", "varchar")}
    assert casts == {"NVARCHAR(4000)"}
    assert not list(query.find_all(sqlglot.exp.Anonymous)), "a function T-SQL may not know"
    text = render(parts["tsql"][-1], "tsql")
    for function in ("CHARINDEX(", "LEN(", "SUBSTRING(", "LTRIM(", "REPLACE("):
        assert function in text


def test_oracle_runs_on_oracle(parts: dict[str, list[Any]]) -> None:
    """Oracle: no multi-row VALUES (before 23ai), VARCHAR2 in characters, a length in every cast
    to VARCHAR2, no comparison with '' (Oracle reads '' as NULL), unquoted names upper-cased."""
    create, query, insert = script(parts["oracle"], "oracle", rows=None)
    assert not list(insert.find_all(sqlglot.exp.Values))
    selects = list(insert.find_all(sqlglot.exp.Select))
    assert 1 < len(selects) <= 100 and len(selects) == len(inserts(parts["oracle"])[0].rows)
    assert all(sel.args["from_"].name == "DUAL" for sel in selects)
    kinds = {c.name: c.args["kind"].sql("oracle") for c in create.find_all(sqlglot.exp.ColumnDef)}
    assert kinds["NEW_COMMUNE_NAME"] == "VARCHAR2(400 CHAR)" and kinds["CODE"] == "VARCHAR2(5 CHAR)"
    casts = [c.to for c in query.find_all(sqlglot.exp.Cast) if c.to.is_type("varchar")]
    assert casts and all(c.expressions for c in casts), "VARCHAR2 without a length"
    assert not [e for e in query.find_all(sqlglot.exp.EQ, sqlglot.exp.NEQ) if e.expression.sql() == "''"]
    text = render(parts["oracle"][-1], "oracle")
    assert text.startswith('CREATE TABLE "HOUSEHOLDS_2025" AS SELECT') and 'FROM "HOUSEHOLDS"' in text


def test_mysql_bigquery_trino_spark_snowflake_details(parts: dict[str, list[Any]]) -> None:
    mysql = script(parts["mysql"], "mysql")
    assert mysql[0].sql("mysql") == "SET NAMES utf8mb4"
    assert "DEFAULT CHARACTER SET=utf8mb4" in mysql[1].sql("mysql")
    for dialect in DIALECTS:
        create = render(next(p for p in parts[dialect] if isinstance(p, sqlglot.exp.Create)), dialect)
        # BigQuery wants NOT ENFORCED keys; Trino and Spark take no constraint in CREATE TABLE.
        assert ("PRIMARY KEY" in create) == (dialect not in ("bigquery", "trino", "spark")), dialect
        if dialect == "trino":
            assert "VARCHAR(" not in create and "SMALLINT" not in create  # Iceberg takes neither
    assert 'FROM "HOUSEHOLDS" AS "S"' in render(parts["snowflake"][-1], "snowflake")


def test_names_plain_folded_others_kept_and_codes_beside_the_table() -> None:
    resolver = am.get_resolver()
    oracle = export_sql(resolver, "oracle", table="sales.households", column="MaXa", target="out")
    assert 'CREATE TABLE "SALES"."AM_COMMUNE_CODES"' in oracle
    assert 'JOIN "SALES"."AM_COMMUNE_CODES"' in oracle and 'FROM "SALES"."HOUSEHOLDS"' in oracle
    assert '"S"."MAXA"' in oracle  # a plain name, folded as Oracle folds unquoted names
    bigquery = export_sql(resolver, "bigquery", table="my_dataset.households", column="ma xa")
    assert "CREATE TABLE `my_dataset`.`am_commune_codes`" in bigquery
    assert "`s`.`ma xa`" in bigquery
    postgres = export_sql(resolver, "postgres", table="households", column="order")
    assert '"s"."order"' in postgres  # a reserved word, quoted


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


def test_duckdb_runs_a_schema_table_with_a_reserved_column_name(tmp_path: Path) -> None:
    """The codes table goes beside the table; a reserved word as column name is quoted; the
    scientific form that migrate reads is 'unmatched' in SQL (documented)."""
    con = duckdb.connect()
    con.execute("CREATE SCHEMA sales")
    con.execute("""CREATE TABLE sales.households (id INTEGER, "order" VARCHAR)""")
    con.execute("INSERT INTO sales.households VALUES (1, '26734'), (2, '2.6734E+04'), (3, NULL), (4, 26740)")
    con.execute(export_sql(am.get_resolver(), "duckdb", table="sales.households", column="order", target="sales.out"))
    got = con.sql("SELECT id, new_commune_code, match_status FROM sales.out ORDER BY id").fetchall()
    assert con.execute("SELECT count(*) FROM sales.am_commune_codes").fetchall() > [(10_000,)]
    con.close()
    expected = am.resolve(am.Reference(commune_code="26734"))
    assert got[0] == (1, expected.new_commune_code, expected.status.value)
    assert got[1:3] == [(2, None, "unmatched"), (3, None, "empty")]
    assert got[3][2] == am.resolve(am.Reference(commune_code="26740")).status.value
