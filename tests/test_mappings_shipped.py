"""The shipped mappings against the reference data they were generated from."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

import admin_merge as am
from tests.conftest import MAPPINGS, reference_or_skip


def test_shipped_mappings_validate_clean_with_national_totals() -> None:
    result = am.validate(MAPPINGS)
    assert result.problems == []
    assert (result.provinces, result.new_communes, result.old_communes_covered, result.split_old_communes) == (
        34,
        3321,
        10035,
        441,
    )


def test_one_yaml_file_per_new_province_named_by_code_and_slug() -> None:
    names = sorted(p.name for p in MAPPINGS.glob("*.yaml"))
    assert len(names) == 34
    assert "79-ho-chi-minh.yaml" in names and "01-ha-noi.yaml" in names


def test_registers_match_reference_totals() -> None:
    xw = am.load_crosswalk(MAPPINGS)
    reg = xw.registers
    assert (len(reg.old_provinces), len(reg.old_districts), len(reg.old_communes)) == (63, 696, 10035)
    assert (len(reg.new_provinces), len(reg.new_communes)) == (34, 3321)
    types = [c.type for c in reg.new_communes.values()]
    assert (types.count("xã"), types.count("phường"), types.count("đặc khu")) == (2621, 687, 13)
    assert sum(p.type == "thành phố" for p in reg.new_provinces.values()) == 6


def test_crosswalk_equals_reference_commune_mapping() -> None:
    ref = reference_or_skip()
    with (ref / "commune_mapping.csv").open(encoding="utf-8") as fh:
        expected = {
            (r["old_commune_code"], r["new_commune_code"], r["relation"], r["is_primary"] == "1")
            for r in csv.DictReader(fh)
        }
    xw = am.load_crosswalk(MAPPINGS)
    got = {(r.old_commune_code, r.new_commune_code, r.relation, r.is_primary) for r in xw.rows}
    assert len(xw.rows) == 10566
    assert got == expected


def test_lookups_both_ways_sai_gon() -> None:
    xw = am.load_crosswalk(MAPPINGS)
    pred = {(r.old_commune_code, r.old_commune_name, r.relation) for r in xw.predecessors("26740")}
    assert pred == {
        ("26737", "Phường Đa Kao", "partial"),
        ("26740", "Phường Bến Nghé", "whole"),
        ("26746", "Phường Nguyễn Thái Bình", "partial"),
    }
    succ = xw.successors("26737")
    assert sorted(r.new_commune_code for r in succ) == ["26737", "26740"]
    assert [r.new_commune_code for r in succ if r.is_primary] == ["26737"]
    assert xw.district_successors("318") == ["11948"]  # Bạch Long Vĩ: island district, no communes


@pytest.mark.parametrize("ext", ["csv", "parquet", "json", "ndjson"])
def test_export_crosswalk_formats_read_back(cli, tmp_path: Path, ext: str) -> None:
    target = tmp_path / f"xw.{ext}"
    cli("mappings", "export-crosswalk", "-o", target)
    reader = {
        "csv": lambda p: pl.read_csv(p, infer_schema=False),
        "parquet": pl.read_parquet,
        "json": pl.read_json,
        "ndjson": pl.read_ndjson,
    }[ext]
    df = reader(target)
    assert df.height == 10566
    for col in (
        "old_province_code",
        "old_district_code",
        "old_commune_code",
        "old_commune_name",
        "new_province_code",
        "new_commune_code",
        "new_commune_name",
        "relation",
        "is_primary",
        "legal_basis",
    ):
        assert col in df.columns
    row = df.filter(pl.col("old_commune_code") == "00004").row(0, named=True)
    assert row["new_commune_code"] == "00004" and row["old_district_code"] == "001"
    assert not list(tmp_path.glob(".*part*")), "temporary files left behind"


def test_export_crosswalk_matches_reference_file(cli, tmp_path: Path) -> None:
    ref = reference_or_skip()
    target = tmp_path / "xw.csv"
    cli("mappings", "export-crosswalk", "-o", target)
    with target.open(encoding="utf-8") as fh:
        got = sorted((r["old_commune_code"], r["new_commune_code"], r["relation"]) for r in csv.DictReader(fh))
    with (ref / "commune_mapping.csv").open(encoding="utf-8") as fh:
        expected = sorted((r["old_commune_code"], r["new_commune_code"], r["relation"]) for r in csv.DictReader(fh))
    assert got == expected


def test_show_sai_gon_lists_the_old_wards_and_resolution(cli) -> None:
    run = cli("mappings", "show", "26740")
    for text in (
        "Phường Sài Gòn",
        "Phường Bến Nghé",
        "Phường Đa Kao",
        "Phường Nguyễn Thái Bình",
        "1685/NQ-UBTVQH15",
        "whole",
        "partial",
    ):
        assert text in run.stdout
    data = cli("mappings", "show", "26740", "--format", "json").json()
    new = next(u for u in data["units"] if u["register"] == "new")
    assert {(s["old_commune_name"], s["relation"]) for s in new["formed_from"]} == {
        ("Phường Đa Kao", "partial"),
        ("Phường Bến Nghé", "whole"),
        ("Phường Nguyễn Thái Bình", "partial"),
    }
    old = next(u for u in data["units"] if u["register"] == "old")
    assert old["name"] == "Phường Bến Nghé" and [w["new_commune_code"] for w in old["went_to"]] == ["26740"]


def test_show_province_and_district_and_unknown(cli) -> None:
    data = cli("mappings", "show", "79", "--format", "json").json()
    new = next(u for u in data["units"] if u["register"] == "new")
    assert [m["code"] for m in new["merged_from"]] == ["74", "77", "79"]
    assert cli("mappings", "show", "318", "--format", "json").json()["units"][0]["went_to"][0]["code"] == "11948"
    run = cli("mappings", "show", "99999", code=2)
    assert "neither register" in run.stderr and "Traceback" not in run.stderr


def test_stats_national_totals(cli) -> None:
    data = cli("mappings", "stats", "--format", "json").json()
    nat = data["national"]
    assert (nat["provinces"], nat["new_communes"], nat["phuong"], nat["xa"], nat["dac_khu"]) == (
        34,
        3321,
        687,
        2621,
        13,
    )
    assert (nat["old_communes"], nat["whole"], nat["partial_rows"], nat["split_old_communes"]) == (
        10035,
        9594,
        972,
        441,
    )
    assert nat["old_provinces"] == 63
    assert "Thành phố Hồ Chí Minh" in cli("mappings", "stats").stdout
