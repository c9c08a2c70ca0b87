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


# --- B. silently garbled ------------------------------------------------------------------------


def copy_case(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    target.write_bytes((HOSTILE / name).read_bytes())
    return target


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_stray_byte_in_utf8_names_the_line_and_garbles_nothing(cli, tmp_path: Path) -> None:
    src = copy_case("stray_byte.csv", tmp_path)
    before = digest(src)
    run = cli("migrate", src, "-o", tmp_path / "out.csv", code=2)
    assert "stray_byte.csv:4: invalid UTF-8 (byte 0x90)" in run.stderr
    assert "--on-bad-bytes replace" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.csv").exists()
    cli("migrate", src, "-o", tmp_path / "out.csv", "--on-bad-bytes", "replace", "-q")
    rows = read_csv(tmp_path / "out.csv")
    assert [r["ten"] for r in rows] == ["Lê Minh Thưởng", "Trần Thị Hoà", "Lê Minh Th\ufffdng", "Nguyễn Văn A"]
    assert digest(src) == before and leftovers(tmp_path) == []


def test_a_stray_byte_far_into_the_file(cli, tmp_path: Path) -> None:
    """Past the probed head (8 MB): found by the CSV reader, then the whole file decides."""
    line = "{},26740,Lê Minh Thưởng\n"
    body = "".join(line.format(i) for i in range(300_000)).encode()
    at = body.index(b"\n290000,") + 1
    src = tmp_path / "late.csv"
    src.write_bytes(b"id,ma_xa,ten\n" + body[:at] + body[at:].replace("Thưởng".encode(), b"Th\x90ng", 1))
    run = cli("migrate", src, "-o", tmp_path / "out.csv", code=2)
    assert "late.csv:290002: invalid UTF-8 (byte 0x90)" in run.stderr
    assert not (tmp_path / "out.csv").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize(("name", "encoding"), [("tcvn3.csv", "tcvn3"), ("vni.csv", "vni")])
def test_legacy_vietnamese_encodings_are_detected(cli, tmp_path: Path, name: str, encoding: str) -> None:
    src = copy_case(name, tmp_path)
    run = cli("migrate", src, "-o", tmp_path / "out.csv", "--format", "json")
    assert run.json()["encoding"] == encoding
    rows = read_csv(tmp_path / "out.csv")
    assert [r["xa"] for r in rows] == ["Phường Bến Nghé", "Xã Hoằng Phụ"]
    assert [r["tinh"] for r in rows] == ["Thành phố Hồ Chí Minh", "Tỉnh Thanh Hóa"]
    assert [r["new_commune_code"] for r in rows] == ["26740", "16000"]
    assert (HOSTILE / name).read_bytes() == src.read_bytes()


def test_windows_1258_is_still_read(cli, tmp_path: Path) -> None:
    from tests.test_migrate import AWKWARD, to_cp1258

    src = tmp_path / "cp.csv"
    src.write_bytes(to_cp1258(AWKWARD))
    assert cli("migrate", src, "-o", tmp_path / "o.csv", "--format", "json").json()["encoding"] == "cp1258"


def test_unknown_encoding_is_one_clear_line(cli, data: Path, tmp_path: Path) -> None:
    run = cli("migrate", data, "-o", tmp_path / "o.csv", "--encoding", "klingon", code=2)
    assert "--encoding klingon: unknown encoding; use utf-8" in run.stderr and "tcvn3" in run.stderr


def test_header_quotes_are_undone_and_prefix_with_a_quote_round_trips(cli, tmp_path: Path) -> None:
    src = copy_case("header_quotes.csv", tmp_path)
    out = tmp_path / "out.csv"
    cli("migrate", src, "-o", out, "--commune-code-col", 'ma"xa;--', "--prefix", 'x"')
    rows = read_csv(out)
    assert list(rows[0])[:3] == ["id", 'ma"xa;--', 'x"province_code']
    assert [r['x"commune_code'] for r in rows] == ["26740", ""]
    again = tmp_path / "again.csv"
    cli("migrate", out, "-o", again, "--commune-code-col", 'ma"xa;--', "--prefix", 'x"', code=2)  # columns exist
    cli("migrate", out, "-o", again, "--commune-code-col", 'ma"xa;--', "--prefix", "y_")
    assert list(read_csv(again)[0])[:3] == ["id", 'ma"xa;--', 'x"province_code']
    report = cli("report", out, "--prefix", 'x"', "--commune-code-col", 'ma"xa;--', "--format", "json").json()
    assert report["rows"] == 2 and report["statuses"] == {"exact": 1, "split": 1}


def test_blank_lines_are_not_rows(cli, tmp_path: Path) -> None:
    src = copy_case("blank_lines.csv", tmp_path)
    report = cli("migrate", src, "-o", tmp_path / "out.csv", "--format", "json").json()
    assert report["rows_in"] == report["rows_out"] == 2
    assert [r["id"] for r in read_csv(tmp_path / "out.csv")] == ["1", "2"]


def test_resolve_keeps_one_answer_per_input_line(cli) -> None:
    import json

    run = cli("resolve", "-", "--format", "json", stdin="P.Ben Nghe, Q1, HCM\n\n   \nP.5, Q.3, HCM\n")
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["exact", "empty", "empty", "exact"]


def test_title_line_gets_a_hint_and_skip_rows_reads_it(cli, tmp_path: Path) -> None:
    src = copy_case("title_line.csv", tmp_path)
    run = cli("migrate", src, "-o", tmp_path / "out.csv", code=2)
    assert "title_line.csv:1: looks like a title" in run.stderr and "--skip-rows 1" in run.stderr
    cli("migrate", src, "-o", tmp_path / "out.csv", "--skip-rows", "1")
    assert [r["new_commune_code"] for r in read_csv(tmp_path / "out.csv")] == ["26740", ""]


def test_duplicate_header_is_renamed_with_a_warning(cli, tmp_path: Path) -> None:
    src = copy_case("duplicate_header.csv", tmp_path)
    run = cli("migrate", src, "-o", tmp_path / "out.csv")
    assert "column 'ten' appears more than once; this one is read as 'ten_2'" in run.stderr
    assert list(read_csv(tmp_path / "out.csv")[0])[:4] == ["id", "ten", "ma_xa", "ten_2"]


def test_named_columns_ignore_case_and_address_keeps_detected_codes(cli, tmp_path: Path) -> None:
    src = copy_case("upper_case_columns.csv", tmp_path)
    out = tmp_path / "out.csv"
    report = cli("migrate", src, "-o", out, "--commune-code-col", "ma_xa", "--format", "json").json()
    assert report["columns"] == {"commune_code": "MA_XA"}
    report = cli("migrate", src, "-o", out, "--address-col", "dia chi", "--force", "--format", "json").json()
    assert report["columns"] == {"commune_code": "MA_XA", "address": "Dia Chi"}
    assert read_csv(out)[0]["new_commune_code"] == "26740"


def test_a_wrong_column_among_thousands_is_one_short_line(cli, tmp_path: Path) -> None:
    src = tmp_path / "wide.csv"
    src.write_text(",".join(f"col{i}" for i in range(5000)) + "\n" + ",".join("1" * 5000) + "\n", encoding="utf-8")
    run = cli("migrate", src, "-o", tmp_path / "o.csv", "--commune-code-col", "ma_xa", code=2)
    assert "5,000 columns" in run.stderr and "4,980 more" in run.stderr and len(run.stderr) < 600


def test_codes_as_excel_writes_them(cli, tmp_path: Path) -> None:
    src = copy_case("excel_codes.csv", tmp_path)
    cli("migrate", src, "-o", tmp_path / "out.csv")
    rows = read_csv(tmp_path / "out.csv")
    assert [(r["match_status"], r["new_commune_code"]) for r in rows] == [
        ("exact", "26743"),
        ("split", ""),
        ("exact", "26743"),
        ("unmatched", ""),  # 2.67E+04 could be any of 100 codes
    ]


def test_decisions_that_surprise_are_warned(cli, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,ma_xa\n1,26737\n", encoding="utf-8")
    review = tmp_path / "review.csv"
    review.write_text(
        "reference_key,candidates,decision\ncommune_code=26737,26737|26740,00004\n", encoding="utf-8"
    )  # 00004 is a ward of Hà Nội; the candidates are in Hồ Chí Minh City
    run = cli("migrate", src, "-o", tmp_path / "o.csv", "--decisions", review)
    assert "review.csv: row 2: decision 00004" in run.stderr and "another province" in run.stderr
    other = tmp_path / "other.csv"
    other.write_text("reference_key,candidates,decision\ncommune_code=00001,,00004\n", encoding="utf-8")
    run = cli("migrate", src, "-o", tmp_path / "o2.csv", "--decisions", other)
    assert "none of its 1 decisions matches" in run.stderr


# --- C. closed doors ----------------------------------------------------------------------------


def test_analysis_of_a_file_whose_columns_were_named_by_option(cli, tmp_path: Path) -> None:
    src = tmp_path / "named.csv"
    src.write_text("id,Code Xa\n1,26740\n2,26737\n3,99999\n", encoding="utf-8")
    out = tmp_path / "named.migrated.csv"
    cli("migrate", src, "-o", out, "--commune-code-col", "code xa", "--report", tmp_path / "named.report.json")
    # The column comes from the migration report beside the file ...
    report = cli("report", out, "--format", "json").json()
    assert report["reference_columns"] == {"commune_code": "Code Xa"}
    assert report["statuses"] == {"exact": 1, "split": 1, "unmatched": 1}
    cli("review", "export", out, "-o", tmp_path / "review.csv", "--lang", "en")
    assert [r["commune_code"] for r in read_csv(tmp_path / "review.csv")] == ["26737", "99999"]
    # ... or from the same options as migrate, when there is no report.
    (tmp_path / "named.report.json").unlink()
    report = cli("report", out, "--commune-code-col", "Code Xa", "--format", "json").json()
    assert report["reference_columns"] == {"commune_code": "Code Xa"}
    cli("review", "export", out, "-o", tmp_path / "review2.csv", "--commune-code-col", "Code Xa", "--lang", "en")
    assert read_csv(tmp_path / "review2.csv") == read_csv(tmp_path / "review.csv")
    run = cli("diff", src, out, "--commune-code-col", "Code Xa", "--format", "json", code=1)
    assert run.json()["rows_after"] == 3
    # Without either, the report still runs (rows stand for the references).
    assert cli("report", out, "--format", "json").json()["rows"] == 3


# --- F. formula injection -----------------------------------------------------------------------


def test_review_csv_neutralises_formulas(cli, tmp_path: Path) -> None:
    src = tmp_path / "evil.csv"
    src.write_text(
        'id,xa,huyen,tinh\n1,"=HYPERLINK(""http://x"",""y"")",-2+3,@SUM(A1)\n2,+1,Quận 1,\tTP\n', encoding="utf-8"
    )
    out = tmp_path / "m.csv"
    cli("migrate", src, "-o", out)
    assert read_csv(out)[0]["xa"] == '=HYPERLINK("http://x","y")'  # migrate keeps the data byte for byte
    cli("review", "export", out, "-o", tmp_path / "review.csv", "--lang", "en")
    rows = read_csv(tmp_path / "review.csv")
    cells = [r[c] for r in rows for c in ("commune", "district", "province") if r[c]]
    assert '\'=HYPERLINK("http://x","y")' in cells and "'-2+3" in cells and "'@SUM(A1)" in cells
    assert not any(c[0] in "=+-@\t\r" for c in cells)
    cli("migrate", src, "-o", tmp_path / "safe.csv", "--safe-csv")
    safe = read_csv(tmp_path / "safe.csv")
    assert [r["xa"] for r in safe] == ['\'=HYPERLINK("http://x","y")', "'+1"]
    assert [r["tinh"] for r in safe] == ["'@SUM(A1)", "'\tTP"]


# --- E. messages --------------------------------------------------------------------------------


def test_a_broken_mapping_file_is_reported_first_and_its_follow_on_errors_once(cli, mapping_copy: Path) -> None:
    hcm = mapping_copy / "79-ho-chi-minh.yaml"
    hcm.write_text(hcm.read_text(encoding="utf-8").replace("communes:", "communes: [", 1), encoding="utf-8")
    run = cli("mappings", "validate", mapping_copy, code=1)
    lines = run.stdout.splitlines()
    assert "AM001" in lines[0] and "79-ho-chi-minh.yaml:" in lines[0]
    assert len(lines) < 10, lines  # not hundreds of communes reported missing
    assert any("AM009" in x and "not shown" in x for x in lines)
    assert not any(":1:1: error AM5" in x or ":0:0" in x for x in lines)


def test_a_missing_province_is_reported_on_the_directory_without_a_fake_line(cli, mapping_copy: Path) -> None:
    (mapping_copy / "96-ca-mau.yaml").unlink()
    run = cli("mappings", "validate", mapping_copy, code=1)
    directory_lines = [x for x in run.stdout.splitlines() if x.startswith(f"{mapping_copy}: ")]
    assert any("AM406" in x for x in directory_lines) and any("AM501" in x for x in directory_lines)
    assert f"{mapping_copy}:1:1" not in run.stdout


def test_a_huge_mapping_file_fails_fast(cli, mapping_copy: Path) -> None:
    import time

    hcm = (mapping_copy / "79-ho-chi-minh.yaml").read_text(encoding="utf-8")
    (mapping_copy / "99-huge.yaml").write_text(hcm * 750, encoding="utf-8")  # 50 MB
    # CPU time of this process, not wall time: a loaded machine must not fail the test.
    started = time.process_time()
    run = cli("mappings", "validate", mapping_copy, "--format", "json", code=1)
    assert time.process_time() - started < 10
    problems = run.json()["problems"]
    assert problems[0]["code"] == "AM003" and "99-huge.yaml" in problems[0]["file"]
    assert "50.1 MB" in problems[0]["message"] and len(run.stdout) < 100_000


# --- D. leftovers -------------------------------------------------------------------------------


def run_cli(*args: object, tmpdir: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    import sys

    env = {**os.environ, "TMPDIR": str(tmpdir)}
    return subprocess.run(
        [sys.executable, "-m", "admin_merge", *map(str, args)], env=env, input=stdin, capture_output=True, check=False
    )


def test_transcoded_input_and_stdout_output_leave_nothing_in_tmpdir(tmp_path: Path) -> None:
    from tests.test_migrate import AWKWARD, to_cp1258

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    src = tmp_path / "cp.csv"
    src.write_bytes(to_cp1258(AWKWARD))
    done = run_cli("migrate", src, "-o", "-", "-q", tmpdir=scratch)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().count("\n") == 3
    assert [p.name for p in scratch.rglob("*") if p.is_file()] == []


def test_scratch_of_a_killed_run_is_removed_by_the_next_run(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    proc = subprocess.Popen(["true"])
    proc.wait()
    stale = scratch / f"admin-merge-{os.getuid()}" / f"run-{proc.pid}-x1"
    stale.mkdir(parents=True)
    (stale / "out.csv").write_text("32 MB of rows", encoding="utf-8")
    src = tmp_path / "in.csv"
    src.write_text(CSV, encoding="utf-8")
    assert run_cli("migrate", src, "-o", "-", "-q", tmpdir=scratch).returncode == 0
    assert not stale.exists()


# --- E. more messages ---------------------------------------------------------------------------


def test_a_named_pipe_is_not_read_as_an_empty_file(cli, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    run = cli("migrate", fifo, "-o", tmp_path / "o.csv", code=2)
    assert "not a regular file" in run.stderr and "empty" not in run.stderr


def test_duckdb_targets_with_odd_names_and_a_file_that_is_no_database(cli, data: Path, tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "out.duckdb"
    cli("migrate", data, "-o", f'{db}:weird"name')
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute('SELECT count(*) FROM "weird""name"').fetchone() == (3,)
    con.close()
    fake = tmp_path / "fake.duckdb"
    fake.write_text("not a database\n", encoding="utf-8")
    run = cli("migrate", data, "-o", f"{fake}:t", code=2)
    assert "fake.duckdb: cannot open as a DuckDB database" in run.stderr and "IOException" not in run.stderr
    assert fake.read_text(encoding="utf-8") == "not a database\n"


def test_xlsx_row_limit_names_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import admin_merge as am
    from admin_merge.errors import InputError
    from admin_merge.io.formats import xlsx

    monkeypatch.setattr(xlsx, "MAX_ROWS", 2)  # the real limit needs a million rows
    src = tmp_path / "in.csv"
    src.write_text(CSV, encoding="utf-8")
    with pytest.raises(InputError, match=r"out\.xlsx: 3 rows do not fit in an Excel sheet"):
        am.migrate(src, tmp_path / "out.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_unknown_format_is_not_read_as_excel() -> None:
    from admin_merge.errors import InputError
    from admin_merge.io.formats import handler

    with pytest.raises(InputError, match="no reader or writer"):
        handler("sqlite")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id,ma_xa\n1,26740\n2,26737,extra,more\n", "in.csv:3: 4 fields where the header has 2"),
        (b"id,ma_xa\n1,26740\r2,26737\n3,4\n", "in.csv:2: a line ends with a lone carriage return"),
        (b"id,ma_xa\r1,26740\r2,26737\r", "in.csv:1: a line ends with a lone carriage return"),
    ],
)
def test_ragged_rows_and_lone_cr_name_the_input_line(cli, tmp_path: Path, content: bytes, message: str) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(content)
    run = cli("migrate", src, "-o", tmp_path / "out.csv", code=2)
    assert message in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert "cannot write" not in run.stderr and src.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_diff_csv_neutralises_formulas(cli, tmp_path: Path) -> None:
    src = tmp_path / "evil.csv"
    src.write_text('id,dia_chi\n1,"=12 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP.HCM"\n', encoding="utf-8")
    out = tmp_path / "m.csv"
    cli("migrate", src, "-o", out)
    run = cli("diff", src, out, "--format", "csv", code=1)
    assert "\"'=12 Nguyễn Huệ" in run.stdout and ',"=12' not in run.stdout


def test_the_decision_file_is_an_input_too(cli, data: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.csv"
    review.write_text("reference_key,decision\n", encoding="utf-8")
    before = snapshot(tmp_path)
    for args in (["-o", review], ["-o", tmp_path / "o.csv", "--report", review]):
        run = cli("migrate", data, *args, "--decisions", review, "--force", code=2)
        assert "review.csv" in run.stderr and "never overwritten" in run.stderr
    assert snapshot(tmp_path) == before


def test_review_export_does_not_overwrite_without_force(cli, migrated: Path, tmp_path: Path) -> None:
    target = tmp_path / "review.csv"
    target.write_text("decided by hand\n", encoding="utf-8")
    run = cli("review", "export", migrated, "-o", target, code=2)
    assert "--force" in run.stderr and target.read_text(encoding="utf-8") == "decided by hand\n"


def test_report_of_a_file_with_a_late_bad_byte_names_the_line(cli, tmp_path: Path) -> None:
    import admin_merge as am

    src = tmp_path / "in.csv"
    src.write_text("id,ma_xa,ten\n" + "".join(f"{i},26740,Thưởng\n" for i in range(400_000)), encoding="utf-8")
    out = tmp_path / "m.csv"
    am.migrate(src, out)
    data = out.read_bytes()
    at = data.rindex("Thưởng".encode())
    out.write_bytes(data[:at] + b"Th\x90ng" + data[at + len("Thưởng".encode()) :])
    run = cli("report", out, "--format", "json", code=2)
    assert "m.csv:400001: invalid UTF-8 (byte 0x90)" in run.stderr
