"""What the clerk who decides reads: names next to codes, one entry per question, decisions
that carry over to other datasets, the report's per-question tables."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

import admin_merge as am
from admin_merge.analysis.i18n import Words
from admin_merge.analysis.units import natural_key
from admin_merge.matching.model import Reason
from admin_merge.text.normalize import strip_diacritics
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def addresses(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("clerk") / "addresses.migrated.csv"
    am.migrate(SAMPLE / "addresses.csv", out)
    return out


def _unit_part(address: str) -> str:
    """The sample's addresses put the street in the first segment; the rest are the units."""
    return ", ".join(strip_diacritics(s).lower().strip() for s in address.split(",")[1:])


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_numbers_and_status_words_in_both_languages() -> None:
    vi, en = Words("vi"), Words("en")
    assert vi.n(1234.5, 1) == "1.234,5" and en.n(1234.5, 1) == "1,234.5"
    assert vi.n(3_000_000) == "3.000.000" and en.percent(88.06) == "88.1 %"
    assert vi.status("split") == "bị chia tách" and vi.status("already_new") == "đã là đơn vị mới"
    assert en.status("already_new") == "already new"
    assert sorted(["102", "13", "1"], key=natural_key) == ["1", "13", "102"]


def test_review_has_one_entry_per_unit_part_not_per_address(cli, addresses: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.csv"
    cli("review", "export", addresses, "-o", review)
    entries = _read(review)
    out = pl.read_csv(addresses, infer_schema=False)
    unresolved = out.filter(pl.col("match_status").is_in(["split", "ambiguous", "unmatched"]))
    assert unresolved.height == 67
    unit_parts = {_unit_part(a) for a in unresolved["dia_chi"]}
    # Fewer entries than addresses; never more than unit parts (two spellings of one commune share one).
    assert len(entries) <= len(unit_parts) < unresolved.height
    assert sum(int(e["so_dong"]) for e in entries) == unresolved.height
    for entry in entries:
        examples = entry["vi_du"].split(" | ")
        assert 1 <= len(examples) <= 2
        assert entry["xa_cu"] and entry["huyen_cu"] and entry["tinh_cu"], entry
        # Every example is an address of this entry, and the entry's row count is that of all
        # the addresses sharing its unit part.
        parts = {_unit_part(x) for x in examples}
        sharing = unresolved.filter(pl.col("dia_chi").map_elements(_unit_part, return_dtype=pl.Utf8).is_in(parts))
        assert int(entry["so_dong"]) >= sharing.height > 0
    street_level = tmp_path / "streets.csv"
    cli("review", "export", addresses, "-o", street_level, "--street-keys")
    assert len(_read(street_level)) == unresolved["dia_chi"].n_unique()


def test_a_decision_filled_once_applies_to_other_streets_and_to_code_rows(cli, addresses: Path, tmp_path: Path) -> None:
    review, filled = tmp_path / "review.csv", tmp_path / "filled.csv"
    cli("review", "export", addresses, "-o", review)
    entries = _read(review)
    entry = next(e for e in entries if e["trang_thai"] == "bị chia tách" and int(e["so_dong"]) >= 2)
    others = [c for c in entry["phuong_an"].split("|") if c != entry["phuong_an_chinh"]]
    choice = others[0]  # not the primary, so nothing but the decision can produce it
    entry["quyet_dinh"] = choice
    _write(filled, entries)
    old_code = entry["khoa_tham_chieu"].split("=")[1]
    example = entry["vi_du"].split(" | ")[0]
    units = example.split(",", 1)[1]
    second = tmp_path / "second.csv"
    pl.DataFrame(
        {
            "id": ["a", "b", "c"],
            "dia_chi": [f"7 Đường Số 9,{units}", f"Hẻm 12 Phan Đình Phùng,{units}", "1 Lê Lợi, Phường X, Quận Y"],
        }
    ).write_csv(second)
    out = tmp_path / "second.out.csv"
    report = am.migrate(second, out, decisions=filled)
    rows = pl.read_csv(out, infer_schema=False)
    assert rows["match_status"].to_list()[:2] == ["decided", "decided"]
    assert rows["new_commune_code"].to_list()[:2] == [choice, choice]
    assert rows["match_status"][2] != "decided"
    assert report.decisions is not None and report.decisions["references_decided"] == 2
    # A code row of the same old commune asks the same question.
    codes = tmp_path / "codes.csv"
    pl.DataFrame({"id": ["x"], "ma_xa": [old_code]}).write_csv(codes)
    am.migrate(codes, tmp_path / "codes.out.csv", decisions=filled)
    coded = pl.read_csv(tmp_path / "codes.out.csv", infer_schema=False)
    assert coded["match_status"][0] == "decided" and coded["new_commune_code"][0] == choice


def test_report_names_every_code_and_has_one_table_per_question(cli, addresses: Path) -> None:
    data = cli("report", addresses, "--format", "json").json()
    reg = am.load_crosswalk().registers
    out = pl.read_csv(addresses, infer_schema=False)
    # Per new commune: the old units that fed it, rows adding up to the commune's rows.
    with_commune = out.filter(pl.col("new_commune_code").is_not_null())
    assert sum(c["rows"] for c in data["communes"]) == with_commune.height
    expected = dict(with_commune.group_by("new_commune_code").len().rows())
    assert {c["code"]: c["rows"] for c in data["communes"]} == expected
    for c in data["communes"]:
        assert c["name"] == reg.new_communes[c["code"]].name
        assert sum(f["rows"] for f in c["from"]) == c["rows"]
        for f in c["from"]:
            for old in f["communes"]:
                assert old["name"] == reg.old_communes[old["code"]].name
    keys = [(natural_key(c["province_code"]), natural_key(c["code"])) for c in data["communes"]]
    assert keys == sorted(keys)
    # Moved between provinces: pairs of old and new province whose codes differ.
    moved_rows = sum(m["rows"] for m in data["moved"])
    assert moved_rows > 0 and all(m["old_province"]["code"] != m["new_province"]["code"] for m in data["moved"])
    # Splits: one entry per old commune, every candidate named with what it took.
    assert sum(s["rows"] for s in data["splits"]) == data["statuses"]["split"]
    for s in data["splits"]:
        (old,) = s["old"]["communes"]
        assert {c["code"] for c in s["candidates"]} == {
            r.new_commune_code for r in am.load_crosswalk().successors(old["code"])
        }
        assert all(c["name"] and c["took"] for c in s["candidates"])
    text = cli("report", addresses).stdout
    first = data["splits"][0]
    assert first["old"]["communes"][0]["name"] in text and first["candidates"][0]["name"] in text


def test_unresolved_entries_say_why_in_vietnamese(cli, tmp_path: Path) -> None:
    migrated = tmp_path / "households.migrated.csv"
    am.migrate(SAMPLE / "households.csv", migrated)
    review = tmp_path / "review.csv"
    cli("review", "export", migrated, "-o", review)
    vi = Words("vi")
    reasons = {vi.reason(r.value) for r in Reason if r.value}
    assert "" not in reasons  # every reason has Vietnamese words
    unresolved = [e for e in _read(review) if e["trang_thai"] != vi.status("split")]
    assert unresolved, "the sample has unmatched codes"
    for entry in unresolved:
        assert entry["ly_do"] in reasons, entry
    report = am.report(migrated).to_dict()
    assert {u["key"] for u in report["unresolved"]} == {e["khoa_tham_chieu"] for e in unresolved}
