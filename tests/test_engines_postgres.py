"""The PostgreSQL engine on a real server: same rows and added columns as the local engine,
one transaction, the source untouched, no target left by a killed run, no password shown."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import polars as pl
import pytest

import admin_merge as am
from admin_merge.errors import InputError
from tests.conftest import REPO, SAMPLE

pytestmark = pytest.mark.postgres

FIGURES = ("rows_in", "rows_out", "distinct_references", "statuses", "distinct_statuses", "top_unresolved", "conflicts")
KEYS = {"households.csv": "ho_id", "addresses.csv": "id", "businesses.xlsx": None}


def sample_frame(name: str) -> pl.DataFrame:
    src = SAMPLE / name
    if src.suffix == ".xlsx":
        return pl.read_excel(src, infer_schema_length=0)
    return pl.read_csv(src, infer_schema=False)


def load_table(url: str, name: str, df: pl.DataFrame) -> None:
    """A table of text columns holding ``df`` (by COPY), replacing any table of that name."""
    import psycopg

    with psycopg.connect(url) as con:
        cols = ", ".join(f'"{c}" text' for c in df.columns)
        con.execute(f'DROP TABLE IF EXISTS "{name}"')
        con.execute(f'CREATE TABLE "{name}" ({cols})')
        with con.cursor().copy(f'COPY "{name}" FROM STDIN') as copy:
            for row in df.iter_rows():
                copy.write_row(row)


def read_table(url: str, name: str) -> pl.DataFrame:
    import psycopg

    with psycopg.connect(url) as con:
        cur = con.execute(f'SELECT * FROM "{name}"')
        names = [d.name for d in cur.description or []]
        rows = cur.fetchall()
    return pl.DataFrame([[None if v is None else str(v) for v in r] for r in rows], schema=names, orient="row")


def table_exists(url: str, name: str) -> bool:
    import psycopg

    with psycopg.connect(url) as con:
        row = con.execute("SELECT to_regclass(%s) IS NOT NULL", [name]).fetchone()
    return bool(row and row[0])


def canonical(df: pl.DataFrame, key: str) -> bytes:
    return df.select(pl.all().cast(pl.Utf8)).sort(key).write_csv().encode()


@pytest.mark.parametrize("name", list(KEYS))
def test_postgres_engine_equals_local_engine(pg_url: str, name: str, tmp_path: Path) -> None:
    df = sample_frame(name)
    source = f"src_{Path(name).stem}"
    load_table(pg_url, source, df)
    before = read_table(pg_url, source)
    parquet = tmp_path / "in.parquet"
    df.write_parquet(parquet)
    local = am.migrate(parquet, tmp_path / "local.parquet")
    inside = am.migrate(pg_url, f"{source}_2025", engine="postgres", table=source)
    for figure in FIGURES:
        assert getattr(local, figure) == getattr(inside, figure), figure
    expected = pl.read_parquet(tmp_path / "local.parquet")
    got = read_table(pg_url, f"{source}_2025")
    assert got.columns == expected.columns
    key = KEYS[name] or df.columns[0]
    assert canonical(got, key) == canonical(expected, key)
    assert read_table(pg_url, source).equals(before)  # the source is only read


def test_existing_target_refused_then_replaced_with_force(pg_url: str, cli: Any) -> None:
    load_table(pg_url, "h", sample_frame("households.csv"))
    cli("migrate", pg_url, "--engine", "postgres", "--table", "h", "-o", "h_new", "--quiet")
    run = cli("migrate", pg_url, "--engine", "postgres", "--table", "h", "-o", "h_new", code=2)
    assert "h_new: table exists; use --force" in run.stderr
    run = cli("migrate", pg_url, "--engine", "postgres", "--table", "h", "-o", "h", "--force", code=2)
    assert "input is never overwritten" in run.stderr
    cli("migrate", pg_url, "--engine", "postgres", "--table", "h", "-o", "h_new", "--force", "--prefix", "v2_", "-q")
    assert "v2_commune_code" in read_table(pg_url, "h_new").columns
    run = cli("migrate", pg_url, "--engine", "postgres", "--table", "nosuch", "-o", "x", code=2)
    assert "nosuch" in run.stderr and "cannot read" in run.stderr


def test_password_is_never_shown(pg_url: str, cli: Any) -> None:
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(pg_url)
    host = params.get("host") or "localhost"
    user = params.get("user") or os.environ.get("USER", "postgres")
    secret = "s3cret-Pa55"
    # The throwaway server trusts local connections; the password travels but is not needed.
    url = f"postgresql://{user}:{secret}@/{params['dbname']}?host={host}&port={params.get('port') or 5432}"
    load_table(pg_url, "pw", sample_frame("households.csv").head(20))
    run = cli("migrate", url, "--engine", "postgres", "--table", "pw", "-o", "pw_new", "--format", "json")
    assert secret not in run.stdout + run.stderr
    assert run.json()["input"].startswith(f"postgresql://{user}@")
    run = cli("migrate", url, "--engine", "postgres", "--table", "pw", "-o", "pw_new", code=2)
    assert secret not in run.stdout + run.stderr
    bad = url.replace(f"/{params['dbname']}?", "/no_such_database_here?")
    run = cli("migrate", bad, "--engine", "postgres", "--table", "pw", "-o", "pw_new", code=2)
    assert "cannot connect" in run.stderr and secret not in run.stderr


def test_library_refuses_missing_table_option(pg_url: str) -> None:
    with pytest.raises(InputError, match=r"table=\.\.\."):
        am.migrate(pg_url, "x", engine="postgres")


def test_killed_process_leaves_no_target_table(pg_url: str) -> None:
    """SIGKILL while the server builds the target: the transaction never commits."""
    import psycopg

    with psycopg.connect(pg_url) as con:
        con.execute("DROP TABLE IF EXISTS big")
        # Enough rows that the CREATE TABLE ... AS takes a while; few distinct references.
        con.execute(
            "CREATE TABLE big AS SELECT i AS id, repeat('x', 200) AS payload, "
            "(ARRAY['26734','26737','00004','03433','15883'])[1 + i % 5] AS ma_xa "
            "FROM generate_series(1, 1500000) AS i"
        )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "admin_merge",
            "migrate",
            pg_url,
            "--engine",
            "postgres",
            "--table",
            "big",
            "-o",
            "big_new",
            "-q",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    backend = None
    activity = (
        "SELECT pid FROM pg_stat_activity WHERE query LIKE 'CREATE TABLE \"big_new\"%%' AND state = 'active' "
        "AND backend_xid IS NOT NULL AND xact_start IS NOT NULL"
    )
    with psycopg.connect(pg_url, autocommit=True) as watch:
        # Killed while the server writes the target: inside the transaction, which holds an xid.
        while time.monotonic() < deadline and proc.poll() is None:
            row = watch.execute(activity).fetchone()
            if row:
                backend = row[0]
                break
            time.sleep(0.02)
        assert backend is not None, "the migration never reached CREATE TABLE"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL  # killed, not finished
        # The server notices the lost client, rolls back and ends the backend.
        ended = False
        while time.monotonic() < deadline:
            row = watch.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [backend]).fetchone()
            if row and not row[0]:
                ended = True
                break
            time.sleep(0.1)
        assert ended, "the killed migration's backend is still running"
        # Neither the target nor the temporary resolution table exists in any schema.
        row = watch.execute("SELECT count(*) FROM pg_class WHERE relname IN ('big_new', 'am_resolution')").fetchone()
        assert row == (0,)
        assert watch.execute("SELECT count(*) FROM big").fetchone() == (1_500_000,)  # the source untouched
    assert not table_exists(pg_url, "big_new")


def shown(text: str) -> str:
    """Output as the README shows it: spaces collapsed, durations masked."""
    return re.sub(r"\d+\.\d+ s\b", "N s", " ".join(text.split()))


def test_readme_postgres_section_runs_line_by_line(pg_url: str, tmp_path: Path) -> None:
    """The README's PostgreSQL block, each command in turn, against the test server: its exit
    code, and every output line the README shows under it (durations masked)."""
    import shutil

    from psycopg.conninfo import conninfo_to_dict

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("PostgreSQL, line by line", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    lines = block.splitlines()
    params = conninfo_to_dict(pg_url)
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    env.update({f"PG{k.upper()}": str(params[k]) for k in ("host", "port", "user") if params.get(k)})
    shutil.copytree(SAMPLE, tmp_path / "sample_data")
    database = f"am_demo_{os.getpid()}"
    commands = shown_lines = 0
    for i, line in enumerate(lines):
        if not line or line.startswith("#"):
            continue
        documented = []
        for following in lines[i + 1 :]:
            if not following.startswith("#"):
                break
            documented.append(following[1:].replace("(exit 2)", ""))
        expected = 2 if any("(exit 2)" in d for d in lines[i + 1 : i + 1 + len(documented)]) else 0
        command = line.replace("am_demo", database)
        if command.startswith("admin-merge "):
            command = f"{sys.executable} -m admin_merge {command[len('admin-merge ') :]}"
        run = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        assert run.returncode == expected, f"{line}: {run.stdout[-500:]} {run.stderr[-1000:]}"
        output = shown((run.stdout + "\n" + run.stderr).replace(database, "am_demo"))
        for text in documented:
            if shown(text).strip("-+ ") and shown(text) != "...":  # psql's rulers vary; ... elides
                assert shown(text) in output, f"{line}: {text!r} not in {output[-1500:]!r}"
                shown_lines += 1
        commands += 1
    assert commands == 7 and shown_lines >= 10
