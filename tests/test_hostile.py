"""A hostile user's corpus: each case with its exit code, its message, the input byte for byte
afterwards, and no partial or temporary file left behind (issue 13)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLE

HOSTILE = Path(__file__).parent / "hostile"
CSV = "id,ma_xa,ten\n1,26740,Lê Minh Thưởng\n2,26737,Trần Thị Hoà\n3,00004,Nguyễn Văn A\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(directory: Path) -> dict[str, str]:
    """Every file under ``directory`` (hidden ones too) with its content digest."""
    return {str(p.relative_to(directory)): digest(p) for p in sorted(directory.rglob("*")) if p.is_file()}


def leftovers(directory: Path) -> list[str]:
    return [p.name for p in directory.rglob("*") if ".part" in p.name or p.name.startswith(".")]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    src = tmp_path / "in.csv"
    src.write_text(CSV, encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import admin_merge as am

    out = tmp_path_factory.mktemp("hostile") / "m.csv"
    am.migrate(SAMPLE / "households.csv", out)
    return out


# --- A. data destroyed -------------------------------------------------------------------------


def test_report_onto_the_input_is_refused_even_with_force(cli, data: Path, tmp_path: Path) -> None:
    before = snapshot(tmp_path)
    run = cli("migrate", data, "-o", tmp_path / "out.csv", "--report", data, "--force", code=2)
    assert "is the input" in run.stderr and "in.csv" in run.stderr
    assert snapshot(tmp_path) == before


def test_report_onto_the_output_is_refused(cli, data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    run = cli("migrate", data, "-o", out, "--report", out, code=2)
    assert "also the" in run.stderr
    (tmp_path / "sub").mkdir()
    run = cli("migrate", data, "-o", out, "--report", tmp_path / "sub" / ".." / "out.csv", "--force", code=2)
    assert "also the" in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "sub"]


@pytest.mark.parametrize("spelling", ["link", "dotdot", "hardlink"])
def test_output_is_the_input_through_links(cli, data: Path, tmp_path: Path, spelling: str) -> None:
    (tmp_path / "sub").mkdir()
    if spelling == "link":
        target = tmp_path / "sub" / "alias.csv"
        target.symlink_to(data)
    elif spelling == "hardlink":
        target = tmp_path / "sub" / "hard.csv"
        os.link(data, target)
    else:
        target = tmp_path / "sub" / ".." / "in.csv"
    before = snapshot(tmp_path)
    for args in (["-o", target], ["-o", tmp_path / "o.csv", "--report", target]):
        run = cli("migrate", data, *args, "--force", code=2)
        assert "never overwritten" in run.stderr
    assert snapshot(tmp_path) == before


def test_html_of_report_and_diff_never_replaces_an_input(cli, migrated: Path) -> None:
    before = digest(migrated)
    assert "never overwritten" in cli("report", migrated, "--html", migrated, "--force", code=2).stderr
    source = SAMPLE / "households.csv"
    sample_before = digest(source)
    run = cli("diff", source, migrated, "--html", migrated, "--force", code=2)
    assert "never overwritten" in run.stderr
    run = cli("diff", source, migrated, "--html", source, "--force", code=2)
    assert "never overwritten" in run.stderr
    assert digest(migrated) == before and digest(source) == sample_before


def test_html_does_not_overwrite_an_existing_file_without_force(cli, migrated: Path, tmp_path: Path) -> None:
    page = tmp_path / "existing.csv"
    page.write_text("keep me\n", encoding="utf-8")
    run = cli("report", migrated, "--html", page, code=2)
    assert "--force" in run.stderr and page.read_text(encoding="utf-8") == "keep me\n"
    run = cli("diff", SAMPLE / "households.csv", migrated, "--html", page, code=2)
    assert "--force" in run.stderr and page.read_text(encoding="utf-8") == "keep me\n"
    cli("report", migrated, "--html", page, "--force")
    assert page.read_text(encoding="utf-8").lower().startswith("<!doctype html>")
    assert leftovers(tmp_path) == []


def test_export_crosswalk_needs_force(cli, tmp_path: Path) -> None:
    target = tmp_path / "households.csv"
    target.write_text("precious\n", encoding="utf-8")
    run = cli("mappings", "export-crosswalk", "-o", target, code=2)
    assert "--force" in run.stderr and target.read_text(encoding="utf-8") == "precious\n"
    cli("mappings", "export-crosswalk", "-o", target, "--force")
    assert target.read_text(encoding="utf-8").startswith("old_province_code,")


def test_export_crosswalk_never_into_a_mapping_file(cli, mapping_copy: Path) -> None:
    victim = next(mapping_copy.glob("*.yaml"))
    text = victim.read_bytes()
    as_csv = victim.with_suffix(".csv")
    victim.rename(as_csv)  # a mapping directory file with a writable extension
    try:
        run = cli("mappings", "export-crosswalk", "-m", mapping_copy, "-o", as_csv, "--force", code=2)
    finally:
        as_csv.rename(victim)
    assert "input directory" in run.stderr or "error" in run.stderr
    assert victim.read_bytes() == text


def test_review_export_never_replaces_the_migrated_file(cli, migrated: Path) -> None:
    before = digest(migrated)
    run = cli("review", "export", migrated, "-o", migrated, "--force", code=2)
    assert "never overwritten" in run.stderr and digest(migrated) == before


@contextlib.contextmanager
def tmpfs(where: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    """A small tmpfs at ``where`` (root only); skips the test when it cannot be mounted."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir()
    opts = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(where)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill_up(directory: Path) -> None:
    """Fill a file system until it refuses one more byte."""
    fd = os.open(directory / "ballast", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_disk_full_on_the_report_writes_no_dataset(cli, data: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "full", "64k") as full:
        fill_up(full)
        out = tmp_path / "out.csv"
        run = cli("migrate", data, "-o", out, "--report", full / "report.json", code=2)
        assert "report.json" in run.stderr and "no space left" in run.stderr
        assert "Error" not in run.stderr  # no exception class name
        assert not out.exists() and leftovers(tmp_path) == []
        assert [p.name for p in full.iterdir()] == ["ballast"]


def test_read_only_directory_is_one_clear_line(cli, data: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "64k", read_only=True) as ro:
        run = cli("migrate", data, "-o", ro / "out.csv", code=2)
        assert "out.csv" in run.stderr and "read-only" in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1
        run = cli("migrate", data, "-o", tmp_path / "o.csv", "--report", ro / "r.json", code=2)
        assert "r.json" in run.stderr and not (tmp_path / "o.csv").exists()


def test_disk_full_while_writing_xlsx(cli, data: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "full", "64k") as full:
        fill_up(full)
        run = cli("migrate", data, "-o", full / "out.xlsx", code=2)
        assert "out.xlsx" in run.stderr and "Traceback" not in run.stderr and "Exception" not in run.stderr
        assert [p.name for p in full.iterdir()] == ["ballast"]


def test_a_killed_runs_staged_file_is_removed_by_the_next_run(cli, data: Path, tmp_path: Path) -> None:
    dead = subprocess.run(["true"], check=True)  # a process id that no longer exists
    del dead
    proc = subprocess.Popen(["true"])
    proc.wait()
    orphan = tmp_path / f".out.csv.am-{proc.pid}-abc.part.csv"
    orphan.write_text("half", encoding="utf-8")
    cli("migrate", data, "-o", tmp_path / "out.csv")
    assert not orphan.exists() and leftovers(tmp_path) == []
