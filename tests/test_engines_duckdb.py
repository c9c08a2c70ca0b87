"""The DuckDB engine as a demanding user meets it: the local engine's output byte for byte on
awkward files (legacy encodings, titles, blank lines, Excel), row order on inputs of many row
groups, stdout, a killed run, and a memory limit far below the data's size."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import polars as pl
import pytest

import admin_merge as am
from admin_merge.errors import AdminMergeError, InputError
from tests.conftest import SAMPLE

HOSTILE = Path(__file__).parent / "hostile"
FIGURES = ("rows_in", "rows_out", "distinct_references", "statuses", "top_unresolved", "encoding", "warnings")


def generate(con: duckdb.DuckDBPyConnection, rows: int, table: str = "households") -> None:
    """``rows`` households with the sample's province and commune codes drawn at random; row i
    has ho_id HG<i>, in that order."""
    con.execute("SET enable_progress_bar = false")
    con.execute(
        "CREATE TEMP TABLE codes AS SELECT row_number() OVER () - 1 AS i, ma_tinh, ma_xa "
        f"FROM read_csv('{SAMPLE / 'households.csv'}', all_varchar = true)"
    )
    n = con.execute("SELECT count(*) FROM codes").fetchone()[0]  # type: ignore[index]
    con.execute(
        f"CREATE TABLE {table} AS SELECT 'HG' || lpad(r::VARCHAR, 9, '0') AS ho_id, "
        "'Nguyễn Văn ' || (r % 997)::VARCHAR AS chu_ho, c.ma_tinh, c.ma_xa "
        f"FROM range({rows}) t(r) JOIN codes c ON c.i = hash(r) % {n} ORDER BY r"
    )


def outcome(engine: str, src: Path, out: Path, **kwargs: object) -> tuple[str, object]:
    """('ok', (report figures, output bytes)) or ('error', message)."""
    try:
        report = am.migrate(src, out, engine=engine, **kwargs)
    except AdminMergeError as exc:
        return "error", str(exc)
    return "ok", ({f: getattr(report, f) for f in FIGURES}, out.read_bytes())


CASES = [(p.name, {}) for p in sorted(HOSTILE.glob("*.csv"))] + [
    ("title_line.csv", {"skip_rows": 1}),
    ("stray_byte.csv", {"on_bad_bytes": "replace"}),
    ("header_quotes.csv", {"safe_csv": True}),
    ("tcvn3.csv", {"encoding": "tcvn3", "safe_csv": True}),
]


@pytest.mark.parametrize(("name", "kwargs"), CASES, ids=[f"{n}-{'-'.join(k)}" for n, k in CASES])
def test_awkward_files_give_the_local_engines_output_byte_for_byte(name: str, kwargs: dict, tmp_path: Path) -> None:
    """Legacy encodings are transcoded, a title is skipped, a stray byte is named or replaced,
    exactly as by the local engine (or refused with the same line)."""
    src = tmp_path / name
    src.write_bytes((HOSTILE / name).read_bytes())
    local = outcome("local", src, tmp_path / "local.csv", **kwargs)
    inside = outcome("duckdb", src, tmp_path / "duck.csv", **kwargs)
    assert inside == local
    assert src.read_bytes() == (HOSTILE / name).read_bytes()


def test_safe_csv_neutralises_formulas_as_the_local_engine_does(tmp_path: Path) -> None:
    src = tmp_path / "formulas.csv"
    src.write_text(
        'id,ma_xa,ghi_chu\n1,26740,"=HYPERLINK(""http://x"")"\n2,-26740,@SUM(A1)\n3,26743,ok\n', encoding="utf-8"
    )
    local = outcome("local", src, tmp_path / "local.csv", safe_csv=True)
    inside = outcome("duckdb", src, tmp_path / "duck.csv", safe_csv=True)
    assert inside == local
    text = (tmp_path / "duck.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'-26740" in text


def test_excel_in_and_out(tmp_path: Path) -> None:
    src = SAMPLE / "businesses.xlsx"
    local = am.migrate(src, tmp_path / "local.xlsx")
    inside = am.migrate(src, tmp_path / "duck.xlsx", engine="duckdb")
    assert inside.statuses == local.statuses and inside.rows_out == local.rows_in
    a = pl.read_excel(tmp_path / "local.xlsx", infer_schema_length=0)
    b = pl.read_excel(tmp_path / "duck.xlsx", infer_schema_length=0)
    assert a.equals(b)
    am.migrate(src, tmp_path / "local.csv")
    am.migrate(src, tmp_path / "duck.csv", engine="duckdb")
    assert (tmp_path / "local.csv").read_bytes() == (tmp_path / "duck.csv").read_bytes()


def test_progress_reports_the_rows_written_from_duckdbs_query_progress(tmp_path: Path) -> None:
    calls: list[tuple[str, int, int | None]] = []
    am.migrate(SAMPLE / "households.csv", tmp_path / "o.parquet", engine="duckdb", progress=lambda *c: calls.append(c))
    phases = [c[0] for c in calls]
    assert phases[0] == "reading" and "resolving" in phases
    writing = [c for c in calls if c[0] == "writing"]
    assert writing[0] == ("writing", 0, 3000) and all(c[2] == 3000 and 0 <= c[1] <= 3000 for c in writing)


def test_stdout_carries_the_local_engines_csv(cli) -> None:
    local = cli("migrate", SAMPLE / "households.csv", "-o", "-")
    inside = cli("migrate", SAMPLE / "households.csv", "-o", "-", "--engine", "duckdb")
    assert inside.stdout == local.stdout and inside.stdout.count("\n") == 3001


def test_row_order_and_values_on_many_row_groups(tmp_path: Path) -> None:
    """400,000 rows (four Parquet row groups, read by two threads), two reference columns: the
    same CSV as the local engine's, byte for byte, rows in input order."""
    src = tmp_path / "h.parquet"
    con = duckdb.connect()
    con.execute("SET threads = 2")
    generate(con, 400_000)
    con.execute(f"COPY households TO '{src}' (FORMAT parquet, ROW_GROUP_SIZE 100000)")
    con.close()
    am.migrate(src, tmp_path / "local.csv", province_code_col="ma_tinh", commune_code_col="ma_xa")
    am.migrate(src, tmp_path / "duck.csv", engine="duckdb", province_code_col="ma_tinh", commune_code_col="ma_xa")
    local, duck = (tmp_path / "local.csv").read_bytes(), (tmp_path / "duck.csv").read_bytes()
    assert duck == local
    ids = pl.read_csv(tmp_path / "duck.csv", columns=["ho_id"])["ho_id"]
    assert ids.to_list() == [f"HG{i:09d}" for i in range(400_000)]


def test_a_memory_limit_far_below_the_data(tmp_path: Path) -> None:
    """1,000,000 rows (several times the limit in memory) migrated table to table with DuckDB
    allowed 16 MB; order kept."""
    db = tmp_path / "big.duckdb"
    con = duckdb.connect(str(db))
    generate(con, 1_000_000)
    con.close()
    report = am.migrate(f"{db}:households", f"{db}:out", engine="duckdb", commune_code_col="ma_xa", memory_limit="16MB")
    assert report.rows_out == 1_000_000
    con = duckdb.connect(str(db), read_only=True)
    moved = con.execute("SELECT count(*) FROM out WHERE ho_id <> 'HG' || lpad(rowid::VARCHAR, 9, '0')").fetchone()
    missing = con.execute("SELECT count(*) FROM out WHERE match_status IS NULL").fetchone()
    con.close()
    assert moved == (0,) and missing == (0,)
    with pytest.raises(InputError, match="memory_limit=lots: "):
        am.migrate(f"{db}:households", f"{db}:out2", engine="duckdb", commune_code_col="ma_xa", memory_limit="lots")


def _kill_while_writing(args: list[str], writing: callable, tmp_path: Path) -> None:  # type: ignore[valid-type]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "admin_merge", "migrate", *args, "--engine", "duckdb", "-q"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 240
    try:
        while not writing():  # type: ignore[operator]
            assert proc.poll() is None, f"the run ended before it was killed: {proc.stderr.read()!r}"  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the run never started writing"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_a_killed_run_leaves_no_table_and_no_file(tmp_path: Path) -> None:
    db = tmp_path / "big.duckdb"
    con = duckdb.connect(str(db))
    generate(con, 4_000_000)
    con.close()
    size = db.stat().st_size
    wal = Path(f"{db}.wal")

    def table_being_written() -> bool:
        return db.stat().st_size + (wal.stat().st_size if wal.exists() else 0) > size + (4 << 20)

    _kill_while_writing([f"{db}:households", "-o", f"{db}:households_2025"], table_being_written, tmp_path)
    con = duckdb.connect(str(db), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    rows = con.execute("SELECT count(*) FROM households").fetchone()
    con.close()
    assert tables == {"households"} and rows == (4_000_000,)

    out = tmp_path / "out" / "households.csv"
    out.parent.mkdir()

    def file_being_written() -> bool:
        return any(p.stat().st_size > (1 << 20) for p in out.parent.glob(".households.csv.am-*.part.csv"))

    _kill_while_writing([f"{db}:households", "-o", str(out)], file_being_written, tmp_path)
    assert not out.exists()
    # The killed run's staged file is removed by the next run writing to that directory.
    am.migrate(SAMPLE / "households.csv", out.parent / "small.csv", engine="duckdb")
    assert sorted(p.name for p in out.parent.iterdir()) == ["small.csv"]
