"""Analysts' loop on the sample data: report, diff, review export, decisions, HTML in a browser."""

from __future__ import annotations

import csv
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

import admin_merge as am
from admin_merge.analysis.i18n import english_words
from tests.conftest import REPO, SAMPLE

ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample households and addresses, migrated once for the module."""
    tmp = tmp_path_factory.mktemp("analysis")
    out = {"households": tmp / "households.migrated.csv", "addresses": tmp / "addresses.migrated.csv", "dir": tmp}
    am.migrate(SAMPLE / "households.csv", out["households"])
    am.migrate(SAMPLE / "addresses.csv", out["addresses"])
    return out


def fill(review: Path, target: Path, pick: str = "primary", limit: int | None = None) -> list[dict[str, str]]:
    with review.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    decided = []
    for row in rows:
        if row["status"] == "split" and (limit is None or len(decided) < limit):
            row["decision"] = row["primary"] if pick == "primary" else row["candidates"].split("|")[-1]
            decided.append(row)
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return decided


def test_diff_against_source_matches_an_independent_duckdb_query(cli, migrated: dict[str, Path]) -> None:
    run = cli("diff", SAMPLE / "households.csv", migrated["households"], "--key", "ho_id", "--format", "json", code=1)
    data = run.json()
    assert data == am.diff(SAMPLE / "households.csv", migrated["households"], key="ho_id").to_dict() | {
        "identical": False
    }
    con = duckdb.connect()
    expected = dict(
        con.execute(
            f"SELECT coalesce(new_province_code, ''), count(*) FROM read_csv('{migrated['households']}', all_varchar=true) "
            "GROUP BY 1"
        ).fetchall()
    )
    assert {p["code"]: p["rows"] for p in data["provinces"]} == expected
    assert sum(p["rows"] for p in data["provinces"]) == data["rows_after"] == data["rows_before"] == 3000
    assert data["only_before"] == data["only_after"] == 0
    hcm = next(p for p in data["provinces"] if p["code"] == "79")
    assert hcm["name"] == "Thành phố Hồ Chí Minh"
    sai_gon = next(c for c in data["communes"] if c["code"] == "26740")
    assert any("26740" in f["reference"] for f in sai_gon["from"])  # Bến Nghé's code fed Sài Gòn
    bn = am.load_crosswalk().registers.old_communes["26740"].name
    assert any(f["old"].startswith(f"26740 {bn} / 760 ") for f in sai_gon["from"])  # old codes with their names


def test_diff_exit_codes(cli, migrated: dict[str, Path], tmp_path: Path) -> None:
    cli("diff", migrated["households"], migrated["households"], code=0)
    shorter = tmp_path / "short.csv"
    pl.read_csv(migrated["households"], infer_schema=False).head(2990).write_csv(shorter)
    data = cli("diff", migrated["households"], shorter, "--key", "ho_id", "--format", "json", code=1).json()
    assert data["only_before"] == 10 and data["only_after"] == 0 and len(data["only_before_keys"]) == 10
    assert "key column 'nope'" in cli("diff", migrated["households"], shorter, "--key", "nope", code=2).stderr
    csv_out = cli("diff", SAMPLE / "households.csv", migrated["households"], "--format", "csv", code=1).stdout
    assert csv_out.splitlines()[0].startswith("new_commune_code,new_commune_name,new_province_code,rows")


def test_report_figures_and_json_parity(cli, migrated: dict[str, Path]) -> None:
    data = cli("report", migrated["households"], "--format", "json").json()
    lib = am.report(migrated["households"]).to_dict()
    assert data == lib
    assert data["rows"] == 3000 and sum(data["statuses"].values()) == 3000
    migrated_df = pl.read_csv(migrated["households"], infer_schema=False)
    assert data["statuses"]["split"] == migrated_df.filter(pl.col("match_status") == "split").height
    # One entry per split old commune, with its successors and what each took.
    splits = {s["old"]["communes"][0]["code"]: s for s in data["splits"]}
    assert len(splits) == len(data["splits"])
    assert sum(s["rows"] for s in data["splits"]) == data["statuses"]["split"]
    per_old = migrated_df.filter(pl.col("match_status") == "split").group_by(pl.col("ma_xa").str.zfill(5)).len().rows()
    assert {code: s["rows"] for code, s in splits.items()} == dict(per_old)
    xw = am.load_crosswalk()
    da_kao = splits["26737"]
    assert da_kao["old"]["communes"][0]["name"] == xw.registers.old_communes["26737"].name
    assert da_kao["old"]["district"]["name"] and da_kao["old"]["province"]["name"] == "Thành phố Hồ Chí Minh"
    assert [c["code"] for c in da_kao["candidates"]] == sorted(r.new_commune_code for r in xw.successors("26737"))
    assert sum(c["primary"] for c in da_kao["candidates"]) == 1
    assert all(t["code"] == "26737" and t["relation"] == "partial" for c in da_kao["candidates"] for t in c["took"])


def test_report_reads_the_columns_of_another_prefix(migrated: dict[str, Path], tmp_path: Path) -> None:
    """With --prefix v2_ the status columns are v2_match_status etc. (here the only ones): the
    report reads those."""
    source = tmp_path / "households.csv"
    pl.read_csv(SAMPLE / "households.csv", infer_schema=False).write_csv(source)
    prefixed = tmp_path / "prefixed.csv"
    am.migrate(source, prefixed, prefix="v2_")
    columns = pl.read_csv(prefixed, infer_schema=False)
    assert "match_status" not in columns.columns
    report = am.report(prefixed, prefix="v2_")
    assert report.rows == 3000
    assert report.statuses["split"] == columns.filter(pl.col("v2_match_status") == "split").height
    assert report.statuses == am.report(migrated["households"]).statuses


def test_review_export_lists_every_split_commune_with_all_successors(cli, migrated: dict[str, Path]) -> None:
    review = migrated["dir"] / "review.csv"
    cli("review", "export", migrated["addresses"], "-o", review, "--force", "--lang", "en")
    with review.open(encoding="utf-8") as fh:
        entries = list(csv.DictReader(fh))
    assert entries and all(e["decision"] == "" for e in entries)
    out = pl.read_csv(migrated["addresses"], infer_schema=False)
    split_rows = out.filter(pl.col("match_status") == "split")
    assert split_rows.height > 0
    by_key = {e["reference_key"]: e for e in entries}
    assert len(by_key) == len(entries)
    xw = am.load_crosswalk()
    for row in split_rows.iter_rows(named=True):
        # A split address is filed under its old commune: the same question as a code row.
        entry = by_key[f"commune_code={am.resolve(row['dia_chi']).old.commune_codes[0]}"]
        assert entry["status"] == "split" and entry["candidates"] == row["candidates"]
        old = am.resolve(row["dia_chi"]).old.commune_codes[0]
        assert entry["candidates"] == "|".join(sorted(r.new_commune_code for r in xw.successors(old)))
        for code in entry["candidates"].split("|"):
            assert code in entry["candidate_names"]
    assert (
        sum(int(e["rows"]) for e in entries)
        == out.filter(pl.col("match_status").is_in(["split", "ambiguous", "unmatched"])).height
    )


def test_decisions_change_exactly_the_decided_rows_and_diff_reports_them(cli, migrated: dict[str, Path]) -> None:
    work = migrated["dir"]
    review, filled = work / "hh_review.csv", work / "hh_review_filled.csv"
    cli("review", "export", migrated["households"], "-o", review, "--force", "--lang", "en")
    decided = fill(review, filled, limit=5)
    second = work / "households.decided.csv"
    report = am.migrate(SAMPLE / "households.csv", second, decisions=filled, force=True)
    assert report.decisions == {
        "file": str(filled),
        "entries": 5,
        "references_decided": report.decisions["references_decided"],
    }
    before = pl.read_csv(migrated["households"], infer_schema=False)
    after = pl.read_csv(second, infer_schema=False)
    changed = (
        before.with_row_index()
        .join(after.with_row_index(), on="index", suffix="_2")
        .filter(
            (pl.col("match_status") != pl.col("match_status_2"))
            | (pl.col("new_commune_code").fill_null("") != pl.col("new_commune_code_2").fill_null(""))
        )
    )
    assert set(changed["match_status_2"]) == {"decided"}
    keys = {d["reference_key"] for d in decided}
    codes = {k.split("=")[1] for k in keys}
    expected = before.filter(pl.col("match_status") == "split").filter(pl.col("ma_xa").str.zfill(5).is_in(list(codes)))
    assert sorted(changed["ho_id"]) == sorted(expected["ho_id"])
    by_code = {d["reference_key"].split("=")[1]: d["decision"] for d in decided}
    for row in changed.iter_rows(named=True):
        assert row["new_commune_code_2"] == by_code[row["ma_xa"].zfill(5)]
    data = cli("diff", migrated["households"], second, "--key", "ho_id", "--format", "json", code=1).json()
    assert data["changed"] == changed.height
    assert sorted(r["key"] for r in data["changed_rows"]) == sorted(changed["ho_id"])
    assert all(r["after_status"] == "decided" and r["before_status"] == "split" for r in data["changed_rows"])


def test_decisions_are_reused_on_another_dataset(tmp_path: Path, migrated: dict[str, Path]) -> None:
    review, filled = tmp_path / "r.csv", tmp_path / "f.csv"
    am.review_export(migrated["households"], review, lang="en")
    decided = fill(review, filled, limit=1)
    code = decided[0]["reference_key"].split("=")[1]
    other = tmp_path / "other.csv"
    pl.DataFrame({"id": ["a", "b"], "ma_xa": [code, "26743"]}).write_csv(other)
    am.migrate(other, tmp_path / "other_out.csv", decisions=filled)
    out = pl.read_csv(tmp_path / "other_out.csv", infer_schema=False)
    assert out["match_status"].to_list() == ["decided", "exact"]
    assert out["new_commune_code"][0] == decided[0]["decision"]


def test_bad_decision_is_rejected_with_its_row(cli, migrated: dict[str, Path], tmp_path: Path) -> None:
    review, filled = tmp_path / "r.csv", tmp_path / "f.csv"
    am.review_export(migrated["households"], review, lang="en")
    with review.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows[2]["decision"] = "99999"
    with filled.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    run = cli("migrate", SAMPLE / "households.csv", "-o", tmp_path / "x.csv", "--decisions", filled, code=2)
    assert "row 4" in run.stderr and "99999" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.csv").exists()


def test_review_export_xlsx_and_refuses_overwrite(cli, migrated: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "review.xlsx"
    cli("review", "export", migrated["households"], "-o", target)
    df = pl.read_excel(target, infer_schema_length=0)
    assert "quyet_dinh" in df.columns and df.height > 0  # Vietnamese headers by default
    assert set(df["trang_thai"]) <= {"bị chia tách", "chưa rõ", "không tìm thấy"}
    # The Vietnamese file is read back by migrate --decisions.
    first = df.row(0, named=True)
    filled = tmp_path / "filled.xlsx"
    df.with_columns(
        pl.when(pl.col("khoa_tham_chieu") == first["khoa_tham_chieu"])
        .then(pl.col("phuong_an_chinh"))
        .otherwise(pl.lit(""))
        .alias("quyet_dinh")
    ).write_excel(filled)
    result = am.migrate(SAMPLE / "households.csv", tmp_path / "decided.csv", decisions=filled)
    assert result.decisions is not None and result.decisions["entries"] == 1
    assert result.statuses["decided"] == int(first["so_dong"])
    assert "--force" in cli("review", "export", migrated["households"], "-o", target, code=2).stderr


def test_html_report_is_self_contained(migrated: dict[str, Path], tmp_path: Path) -> None:
    page = am.write_html(am.report(migrated["households"]), tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "no external resources"
    assert "url(" not in page and "@import" not in page
    for element in ('id="summary"', 'id="chart"', 'id="provinces"', 'id="unresolved-table"', 'id="splits-table"'):
        assert element in page
    assert "Thành phố Hồ Chí Minh" in page and "3.000" in page  # Vietnamese by default
    english = am.write_html(am.report(migrated["households"]), tmp_path / "en.html", lang="en").read_text("utf-8")
    assert "3,000" in english and 'lang="en"' in english


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _visible_text(dom: str) -> str:
    """The words a reader sees: no script, style, markup or resolver notes (marked lang="en")."""
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    dom = re.sub(r'<td class="note" lang="en">.*?</td>', " ", dom, flags=re.S)
    attributes = " ".join(re.findall(r'(?:placeholder|aria-label)="([^"]*)"', dom))
    return html.unescape(re.sub(r"<[^>]+>", " ", dom) + " " + attributes)


@pytest.mark.browser
@pytest.mark.parametrize(("kind", "lang"), [("report", "vi"), ("report", "en"), ("diff", "vi"), ("diff", "en")])
def test_html_renders_in_headless_chromium(
    cli, migrated: dict[str, Path], tmp_path: Path, kind: str, lang: str
) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("headless Chromium not installed (apt-get install chromium); .ci/run installs it")
    html_file = tmp_path / f"{kind}.html"
    if kind == "report":
        cli("report", migrated["households"], "--html", html_file, "--lang", lang)
    else:
        args = ("diff", SAMPLE / "households.csv", migrated["households"], "--key", "ho_id")
        cli(*args, "--html", html_file, "--lang", lang, code=1)
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", html_file.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert 'data-ready="1"' in dom.stdout, "the inline script ran"
    assert "<svg" in dom.stdout and 'class="bar"' in dom.stdout and "<table" in dom.stdout
    text = _visible_text(dom.stdout)
    if lang == "vi":
        assert "Tóm tắt" in text and "bị chia tách" in text and "3.000" in text
        # Whole labels and every English word of them (placeholders such as {when} aside).
        words = {w for label in english_words() for w in re.findall(r"[A-Za-z]{3,}", label)} - {"admin", "merge"}
        # File paths shown on the page are the user's, not labels (a checkout in .../lead/...).
        prose = re.sub(r"\S*/\S*", " ", text)
        left = sorted(w for w in english_words() | words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", prose))
        assert not left, f"English labels left in the Vietnamese page: {left}"
    else:
        assert "Summary" in text and "split" in text and "3,000" in text
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"{kind}-{lang}.png"
    run = subprocess.run(
        [browser, *flags, "--window-size=1280,1600", f"--screenshot={shot}", html_file.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert run.returncode == 0 and shot.stat().st_size > 10_000


def test_commands_in_their_own_process_leave_stderr_clean(migrated: dict[str, Path], tmp_path: Path) -> None:
    """The console script freezes what is left at exit (fast exit after big migrations); a run
    that loaded DuckDB must not print its bindings' leak report, and a migration writes only
    its one-line summary."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    for args in (
        ["migrate", str(SAMPLE / "addresses.csv"), "-o", str(tmp_path / "out.csv"), "--quiet"],
        ["report", str(migrated["addresses"])],
        ["diff", str(SAMPLE / "addresses.csv"), str(migrated["addresses"]), "--format", "json"],
    ):
        run = subprocess.run(
            [sys.executable, "-m", "admin_merge", *args], capture_output=True, text=True, env=env, check=False
        )
        assert run.returncode in (0, 1), run.stderr
        assert "leak" not in run.stderr and "Traceback" not in run.stderr, run.stderr
