"""`migrate` on real units: formats, reference kinds, safety, reports."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import duckdb
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import admin_merge as am
from admin_merge.errors import InputError
from tests.conftest import SAMPLE

ADDED = [
    "new_province_code",
    "new_province_name",
    "new_commune_code",
    "new_commune_name",
    "match_status",
    "match_score",
    "candidates",
]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read(path: Path) -> pl.DataFrame:
    if path.suffix == ".parquet":
        return pl.read_parquet(path)
    if path.suffix == ".xlsx":
        return pl.read_excel(path, infer_schema_length=0)
    if path.suffix == ".json":
        return pl.read_json(path)
    if path.suffix == ".ndjson":
        return pl.read_ndjson(path)
    return pl.read_csv(path, infer_schema=False, separator="\t" if path.suffix == ".tsv" else ",")


def by_id(df: pl.DataFrame, key: str = "id") -> dict[str, dict[str, object]]:
    return {str(r[key]): r for r in df.iter_rows(named=True)}


CODES = pl.DataFrame(
    {
        "id": [1, 2, 3, 4, 5, 6],
        "ma_xa": [26740, 26737, 4, None, 99999, 26935],
        "note": ["Bến Nghé", "Đa Kao (split)", "Phúc Xá? no: Trúc Bạch", "empty", "bad", "retired"],
    }
)


def check_codes(out: pl.DataFrame) -> None:
    rows = by_id(out)
    assert out.columns[: len(CODES.columns)] == CODES.columns and out.columns[-7:] == ADDED
    assert [str(x) for x in out["id"]] == ["1", "2", "3", "4", "5", "6"]
    assert (rows["1"]["new_commune_code"], rows["1"]["new_commune_name"], rows["1"]["match_status"]) == (
        "26740",
        "Phường Sài Gòn",
        "exact",
    )
    assert rows["1"]["new_province_name"] == "Thành phố Hồ Chí Minh"
    assert rows["2"]["match_status"] == "split" and rows["2"]["candidates"] == "26737|26740"
    assert rows["2"]["new_commune_code"] in (None, "")
    assert rows["3"]["new_commune_code"] == "00004" and rows["3"]["match_status"] == "exact"
    assert rows["4"]["match_status"] == "empty"
    assert rows["5"]["match_status"] == "unmatched"
    assert rows["6"]["match_status"] == "fuzzy" and rows["6"]["new_commune_code"] == "26929"


@pytest.mark.parametrize("ext", ["csv", "tsv", "parquet", "json", "ndjson", "xlsx"])
def test_codes_in_every_format(tmp_path: Path, ext: str) -> None:
    src = tmp_path / f"in.{ext}"
    df = CODES if ext in ("parquet", "json", "ndjson") else CODES.with_columns(pl.col("ma_xa").cast(pl.Utf8))
    {
        "csv": lambda: df.write_csv(src),
        "tsv": lambda: df.write_csv(src, separator="\t"),
        "parquet": lambda: df.write_parquet(src),
        "json": lambda: df.write_json(src),
        "ndjson": lambda: df.write_ndjson(src),
        "xlsx": lambda: df.write_excel(src),
    }[ext]()
    before = sha(src)
    out = tmp_path / f"out.{ext}"
    report = am.migrate(src, out, commune_code_col="ma_xa")
    assert sha(src) == before
    assert report.rows_in == report.rows_out == 6
    check_codes(read(out))


def test_duckdb_table_in_and_out(tmp_path: Path) -> None:
    db = tmp_path / "registers.duckdb"
    con = duckdb.connect(str(db))
    con.register("codes", CODES)
    con.execute("CREATE TABLE households AS SELECT * FROM codes")
    con.close()
    report = am.migrate(f"{db}:households", f"{db}:households_new", commune_code_col="ma_xa")
    assert report.rows_out == 6
    con = duckdb.connect(str(db), read_only=True)
    check_codes(con.sql("SELECT * FROM households_new").pl())
    con.close()
    with pytest.raises(InputError, match="table exists"):
        am.migrate(f"{db}:households", f"{db}:households_new", commune_code_col="ma_xa")


def test_sample_households_end_to_end(cli, tmp_path: Path) -> None:
    src = SAMPLE / "households.csv"
    before = sha(src)
    out, report = tmp_path / "hh.csv", tmp_path / "report.json"
    run = cli("migrate", src, "-o", out, "--report", report)
    assert "ma_xa (commune_code)" in run.stderr  # detected columns are named
    assert sha(src) == before
    original = pl.read_csv(src, infer_schema=False)
    migrated = read(out)
    assert migrated.height == original.height == 3000
    assert migrated.select(original.columns).equals(original)  # every original value and the row order kept
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["rows_in"] == data["rows_out"] == 3000
    assert sum(data["statuses"].values()) == 3000
    assert data["mappings"]["digest"] == am.load_crosswalk().digest
    counts = migrated.group_by("match_status").len()
    assert dict(counts.iter_rows()) == data["statuses"]
    # Every split row lists exactly the successors of its old commune.
    xw = am.load_crosswalk()
    for row in migrated.filter(pl.col("match_status") == "split").iter_rows(named=True):
        code = row["ma_xa"].zfill(5)
        assert row["candidates"] == "|".join(sorted(r.new_commune_code for r in xw.successors(code)))


def test_names_type_word_and_diacritics_decide(tmp_path: Path) -> None:
    src = tmp_path / "names.csv"
    pl.DataFrame(
        {
            "id": ["1", "2", "3", "4", "5", "6"],
            "tinh": ["Tỉnh Lai Châu", "Lai Châu", "Thanh Hóa", "Thanh Hoá", "Thanh Hoa", "Lai Chau"],
            "huyen": ["Huyện Mường Tè", "Mường Tè", "Huyện Hoằng Hóa", "Hoằng Hoá", "Hoang Hoa", "Muong Te"],
            "xa": ["Thị trấn Mường Tè", "Xã Mường Tè", "Xã Hoằng Phú", "Hoằng Phụ", "Hoang Phu", "Muong Te"],
        }
    ).write_csv(src)
    am.migrate(src, tmp_path / "out.csv")
    rows = by_id(read(tmp_path / "out.csv"))
    assert rows["1"]["new_commune_code"] == "03433" and rows["1"]["match_status"] == "exact"
    assert rows["2"]["new_commune_code"] == "03445" and rows["2"]["match_status"] == "exact"
    assert rows["3"]["new_commune_code"] == "15889"
    assert rows["4"]["new_commune_code"] == "16000"
    assert rows["5"]["match_status"] == "ambiguous" and rows["5"]["candidates"] == "15889|16000"
    assert rows["6"]["match_status"] == "ambiguous" and rows["6"]["candidates"] == "03433|03445"


def test_input_column_named_like_the_join_row_number_is_kept(tmp_path: Path) -> None:
    """The join carries a row number of its own; an input column of that name keeps its values."""
    from admin_merge.engines.local import ROW_KEY

    src = tmp_path / "in.csv"
    pl.DataFrame(
        {"id": ["1", "2", "3"], ROW_KEY: ["keep", "these", "values"], "ma_xa": ["26740", "26740", None]}
    ).write_csv(src)
    am.migrate(src, tmp_path / "out.csv", commune_code_col="ma_xa")
    out = read(tmp_path / "out.csv")
    assert out.columns[:3] == ["id", ROW_KEY, "ma_xa"]
    assert out[ROW_KEY].to_list() == ["keep", "these", "values"]
    assert out["new_commune_code"].to_list() == ["26740", "26740", None]


def test_names_with_abbreviated_type_words(tmp_path: Path) -> None:
    src = tmp_path / "abbr.csv"
    pl.DataFrame(
        {
            "id": ["1", "2"],
            "province": ["TP.HCM", "Lào Cai"],
            "district": ["Q.3", "Sa Pa"],
            "ward": ["P.5", "Xã Tả Van"],
        }
    ).write_csv(src)
    am.migrate(src, tmp_path / "out.csv")
    rows = by_id(read(tmp_path / "out.csv"))
    xw = am.load_crosswalk()
    assert rows["1"]["match_status"] == "exact"
    assert rows["1"]["new_commune_code"] == xw.successors("27151")[0].new_commune_code  # Phường 5, Quận 3
    assert rows["2"]["match_status"] in ("exact", "split")


def test_business_names_xlsx_sample(tmp_path: Path) -> None:
    report = am.migrate(SAMPLE / "businesses.xlsx", tmp_path / "biz.parquet")
    assert report.rows_in == report.rows_out == 400
    out = pl.read_parquet(tmp_path / "biz.parquet")
    assert out.filter(pl.col("match_status") == "unmatched").height <= 4
    assert report.columns == {"province": "tinh", "district": "huyen", "commune": "xa"}


def test_on_split_primary_fills_primary_but_keeps_status(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    am.migrate(src, tmp_path / "out.csv", commune_code_col="ma_xa", on_split="primary")
    row = by_id(read(tmp_path / "out.csv"))["2"]
    assert (row["match_status"], row["new_commune_code"], row["new_commune_name"]) == (
        "split",
        "26737",
        "Phường Tân Định",
    )


def test_refuses_existing_output_and_input_as_output(cli, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    out = tmp_path / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    run = cli("migrate", src, "-o", out, code=2)
    assert "--force" in run.stderr and out.read_text(encoding="utf-8") == "keep me"
    run = cli("migrate", src, "-o", src, "--force", code=2)
    assert "output is the input" in run.stderr
    cli("migrate", src, "-o", out, "--force")
    assert read(out).height == 6


def test_failure_while_writing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    from admin_merge.engines import local as engine

    def broken(frame: pl.LazyFrame, path: Path, fmt: object, shown: str | None = None) -> None:
        path.write_text("half a file", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "write_lazy", broken)
    with pytest.raises(KeyboardInterrupt):
        am.migrate(src, tmp_path / "out.csv", commune_code_col="ma_xa")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"", [], "file is empty"),
        (b"id,ma_xa\n1,26740\n", ["--commune-code-col", "nope"], "column 'nope'"),
        (b"id,foo\n1,26740\n", [], "no reference column found"),
        (b"id,ma_xa\n1,\x81\x8a\x8d\n", [], "in.csv:2: not valid cp1258 (byte 0x81)"),
    ],
)
def test_bad_inputs_exit_2_with_one_line(cli, tmp_path: Path, content: bytes, args: list[str], message: str) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(content)
    run = cli("migrate", src, "-o", tmp_path / "out.csv", *args, code=2)
    assert message in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.csv").exists()


def test_unknown_extension_and_missing_file(cli, tmp_path: Path) -> None:
    assert "unknown file extension" in cli("migrate", tmp_path / "x.foo", "-o", tmp_path / "o.csv", code=2).stderr
    assert "file not found" in cli("migrate", tmp_path / "x.csv", "-o", tmp_path / "o.csv", code=2).stderr
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    assert "unknown file extension" in cli("migrate", src, "-o", tmp_path / "o.foo", code=2).stderr


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letter, then a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


AWKWARD = (
    "id,tinh,huyen,xa\n1,Thành phố Hồ Chí Minh,Quận 1,Phường Bến Nghé\n2,Tỉnh Thanh Hóa,Huyện Hoằng Hóa,Xã Hoằng Phụ\n"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8-bom", b"\xef\xbb\xbf" + AWKWARD.encode()),
        ("cp1258", to_cp1258(AWKWARD)),
        ("nfd", unicodedata.normalize("NFD", AWKWARD).encode()),
        ("new-tone-placement", AWKWARD.replace("Hóa", "Hoá").encode()),
        ("semicolon", AWKWARD.replace(",", ";").encode()),
        ("crlf", AWKWARD.replace("\n", "\r\n").encode()),
    ],
)
def test_awkward_csv_inputs(tmp_path: Path, name: str, data: bytes) -> None:
    src = tmp_path / f"{name}.csv"
    src.write_bytes(data)
    report = am.migrate(src, tmp_path / "out.csv")
    assert src.read_bytes() == data
    out = read(tmp_path / "out.csv")
    assert out["new_commune_code"].to_list() == ["26740", "16000"], name
    assert report.rows_out == 2


def test_header_only_and_ragged(tmp_path: Path, cli) -> None:
    src = tmp_path / "header.csv"
    src.write_text("id,ma_xa\n", encoding="utf-8")
    report = am.migrate(src, tmp_path / "out.csv")
    assert report.rows_in == report.rows_out == 0
    assert read(tmp_path / "out.csv").columns == ["id", "ma_xa", *ADDED]
    short = tmp_path / "short.csv"
    short.write_text("id,ma_xa,x\n1,26740\n2,26737,y\n", encoding="utf-8")
    out = read(am.migrate(short, tmp_path / "short_out.csv") and tmp_path / "short_out.csv")
    assert out.height == 2 and out["new_commune_code"][0] == "26740"
    long = tmp_path / "long.csv"
    long.write_text("id,ma_xa\n1,26740,extra\n", encoding="utf-8")
    run = cli("migrate", long, "-o", tmp_path / "long_out.csv", code=2)
    assert "long.csv:2: 3 fields where the header has 2" in run.stderr


def test_dry_run_fail_on_and_json(cli, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    run = cli("migrate", src, "--dry-run", "--format", "json", "--fail-on", "split,unmatched", code=1)
    data = run.json()
    assert data["dry_run"] and data["statuses"]["split"] == 1 and data["statuses"]["unmatched"] == 1
    assert list(tmp_path.iterdir()) == [src]
    lib = am.migrate(src, dry_run=True)
    assert {k: v for k, v in lib.to_dict().items() if k != "seconds"} == {
        k: v for k, v in data.items() if k != "seconds"
    }
    cli("migrate", src, "--dry-run", "--fail-on", "ambiguous")
    assert "unknown status" in cli("migrate", src, "--dry-run", "--fail-on", "nope", code=2).stderr


def test_stdout_output_is_csv(cli, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    run = cli("migrate", src, "-o", "-", "-q")
    lines = run.stdout.splitlines()
    assert lines[0].endswith("match_status,match_score,candidates") and len(lines) == 7


def test_prefix_allows_migrating_a_migrated_file(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    am.migrate(src, tmp_path / "once.csv", commune_code_col="ma_xa")
    with pytest.raises(Exception, match="already has column"):
        am.migrate(tmp_path / "once.csv", tmp_path / "twice.csv", commune_code_col="ma_xa")
    am.migrate(tmp_path / "once.csv", tmp_path / "twice.csv", commune_code_col="ma_xa", prefix="v2_")
    twice = read(tmp_path / "twice.csv")
    assert twice["v2_commune_code"].to_list() == twice["new_commune_code"].to_list()
    assert twice["v2_match_status"].to_list() == twice["match_status"].to_list()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(["26740", "26737", "4", "", "99999", "00001", " 26743 ", "abc", "26740.0"]), max_size=60)
)
def test_property_rows_out_equal_rows_in_in_order(tmp_path: Path, codes: list[str]) -> None:
    src = tmp_path / "p.csv"
    pl.DataFrame(
        {"n": [str(i) for i in range(len(codes))], "ma_xa": codes}, schema={"n": pl.Utf8, "ma_xa": pl.Utf8}
    ).write_csv(src)
    report = am.migrate(src, tmp_path / "p_out.csv", commune_code_col="ma_xa", force=True)
    out = read(tmp_path / "p_out.csv")
    assert report.rows_out == out.height == len(codes)
    assert out["n"].to_list() == [str(i) for i in range(len(codes))]


KILLED_AFTER_WRITING = """
import sys, time
import admin_merge as am
from admin_merge.io.output import output_plan

with output_plan() as plan:  # the dataset is staged in the caller's plan, visible at its end
    am.migrate(sys.argv[1], sys.argv[2], commune_code_col="ma_xa", outputs=plan)
    print("written", flush=True)
    time.sleep(600)
"""


def test_killed_run_leaves_no_output(tmp_path: Path) -> None:
    """SIGKILL once the whole dataset is written but before it is made visible: the target
    never appears, and the next run writing there removes the hidden staged file."""
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    out = tmp_path / "out.csv"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_AFTER_WRITING, str(src), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "written", proc.stderr.read()  # type: ignore[union-attr]
    staged = list(tmp_path.glob(".out.csv.*"))
    assert len(staged) == 1 and staged[0].stat().st_size > 0
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists() and staged[0].exists()
    am.migrate(src, out, commune_code_col="ma_xa")
    assert out.exists() and not list(tmp_path.glob(".out.csv.*"))


def test_ctrl_c_while_workers_resolve_ends_quietly(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the process group) while forked workers resolve addresses: exit 130,
    no output, no traceback from a worker, no worker left running."""
    from admin_merge.testing.devset import generate

    src = tmp_path / "addresses.csv"
    addresses = list(dict.fromkeys(c.address for c in generate(60_000, seed=4)))[:40_000]
    pl.DataFrame({"id": range(len(addresses)), "dia_chi": addresses}).write_csv(src)
    out = tmp_path / "out.csv"
    proc = subprocess.Popen(
        [sys.executable, "-m", "admin_merge", "migrate", str(src), "-o", str(out), "--address-col", "dia_chi"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    workers: list[str] = []
    deadline = time.monotonic() + 60
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        time.sleep(0.01)
    assert workers, "no worker process was seen before the run ended"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err, err
    assert not out.exists() and not list(tmp_path.glob(".out.csv*"))
    time.sleep(0.2)
    assert all(not Path(f"/proc/{pid}").exists() for pid in workers)


def test_report_names_the_mapping_set_used(tmp_path: Path, mapping_copy: Path) -> None:
    """The report records the mapping directory given (not where its registers came from) and its digest."""
    (mapping_copy / "registers").rename(tmp_path / "elsewhere")  # the copy now uses the shipped registers
    src = tmp_path / "in.csv"
    CODES.write_csv(src)
    report = am.migrate(src, dry_run=True, commune_code_col="ma_xa", mappings=mapping_copy)
    assert report.mappings["directory"] == str(mapping_copy.resolve())
    assert report.mappings["digest"] == am.load_crosswalk().digest  # same YAML files, same identity
    assert report.statuses["split"] == 1
