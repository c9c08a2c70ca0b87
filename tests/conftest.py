"""Shared fixtures. Environment is fixed before the app is imported (see STYLE.md)."""

from __future__ import annotations

import os

os.environ["_TYPER_FORCE_DISABLE_TERMINAL"] = "1"
os.environ["COLUMNS"] = "200"
os.environ.pop("GITHUB_STEP_SUMMARY", None)
os.environ.pop("ADMIN_MERGE_MAPPINGS", None)
os.environ["ADMIN_MERGE_CACHE_DIR"] = "off"  # until the session fixture below gives it a directory
import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
MAPPINGS = REPO / "mappings"
SAMPLE = REPO / "sample_data"
# ../shared/reference beside the checkout (as in CI); $ADMIN_MERGE_REFERENCE for a worktree elsewhere.
REFERENCE = Path(os.environ.get("ADMIN_MERGE_REFERENCE") or REPO.parent / "shared" / "reference")


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The compiled-crosswalk cache of the test session lives in pytest's own temporary
    directory (removed with it), never the home and never a directory of its own in /tmp."""
    os.environ["ADMIN_MERGE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run `admin-merge ARGS` in-process through the real entry point; assert the exit code."""
    from admin_merge.cli import main

    def invoke(*args: str, code: int | None = 0, stdin: str | None = None) -> Run:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["admin-merge", *map(str, args)])
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        with pytest.raises(SystemExit) as exc:
            main()
        captured = capsys.readouterr()
        run = Run(int(exc.value.code or 0), captured.out, captured.err)
        if code is not None:
            assert run.code == code, (
                f"exit {run.code}, expected {code}\nstdout: {run.stdout[-2000:]}\nstderr: {run.stderr[-2000:]}"
            )
        return run

    return invoke


@pytest.fixture
def mapping_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped mappings."""
    target = tmp_path / "mappings"
    shutil.copytree(MAPPINGS, target)
    return target


def reference_or_skip() -> Path:
    if not (REFERENCE / "commune_mapping.csv").is_file():
        pytest.skip("../shared/reference is not beside this checkout")
    return REFERENCE


TWO_PROVINCES = ("12-lai-chau.yaml", "79-ho-chi-minh.yaml")


def write_two_province_mappings(target: Path) -> Path:
    """A small, valid mapping set: Lai Châu and Hồ Chí Minh (from the old provinces 12, 74,
    77 and 79), with the registers cut to those units. Validates in a fraction of the time of
    the national set, and has the same kinds of entries (splits, primaries, retired codes)."""
    import csv

    registers = target / "registers"
    registers.mkdir(parents=True)
    for name in TWO_PROVINCES:
        shutil.copy(MAPPINGS / name, target / name)
    new = {name[:2] for name in TWO_PROVINCES}
    with (MAPPINGS / "registers" / "old_provinces.csv").open(encoding="utf-8") as fh:
        old = {row["province_code"] for row in csv.DictReader(fh) if row["new_province_code"] in new}
    keep_province = {
        "old_provinces.csv": old,
        "old_districts.csv": old,
        "old_communes.csv": old,
        "retired_codes.csv": old,
        "new_provinces.csv": new,
        "new_communes.csv": new,
    }
    codes: dict[str, set[str]] = {"old": set(), "new": set()}
    for name, provinces in keep_province.items():
        with (MAPPINGS / "registers" / name).open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = [r for r in reader if r["province_code"] in provinces]
        register = "new" if name.startswith("new") else "old"
        for r in rows:
            codes[register].update(r.get(k, "") for k in ("province_code", "district_code", "commune_code"))
        with (registers / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=reader.fieldnames or [], lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    with (MAPPINGS / "registers" / "aliases.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for r in reader if r["code"] in codes[r["register"]]]
    with (registers / "aliases.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=reader.fieldnames or [], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return target


@pytest.fixture
def two_provinces(tmp_path: Path) -> Path:
    """A writable two-province mapping set (see :func:`write_two_province_mappings`)."""
    return write_two_province_mappings(tmp_path / "mappings")


# Engines on real servers (tests/test_engines_*.py). A developer without PostgreSQL or Spark
# gets a skip saying what is missing; CI (.ci/run sets ADMIN_MERGE_REQUIRE_ENGINES=1) fails.
def engine_missing(what: str, hint: str) -> None:
    message = f"{what} not available: {hint}"
    if os.environ.get("ADMIN_MERGE_REQUIRE_ENGINES") == "1":
        pytest.fail(f"{message} (ADMIN_MERGE_REQUIRE_ENGINES=1: CI must run these tests)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_url() -> Any:
    """A fresh database on the server of ADMIN_MERGE_PG_URL, dropped at the end of the session."""
    url = os.environ.get("ADMIN_MERGE_PG_URL")
    if not url:
        engine_missing("PostgreSQL", "set ADMIN_MERGE_PG_URL to a server where the user may CREATE DATABASE")
    try:
        import psycopg
        from psycopg.conninfo import make_conninfo
    except ImportError:
        engine_missing("PostgreSQL", "psycopg is not installed (pip install -e '.[engines]')")
    name = f"am_test_{os.getpid()}"
    try:
        admin = psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        engine_missing("PostgreSQL", f"cannot connect to ADMIN_MERGE_PG_URL: {str(exc).strip().splitlines()[0]}")
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    try:
        yield make_conninfo(url, dbname=name)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="session")
def spark() -> Any:
    """One local[2] SparkSession for the whole test session (starting one costs seconds)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        engine_missing("Spark", "pyspark is not installed (pip install -e '.[engines]')")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        engine_missing("Spark", "no Java runtime (java on PATH or JAVA_HOME)")
    # Python workers run this interpreter (the one with admin_merge and polars installed).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("admin-merge-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
