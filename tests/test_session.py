"""Sessions: the loaded mappings belong to the caller; the default session follows edits."""

from __future__ import annotations

from pathlib import Path

import polars as pl

import admin_merge as am
from admin_merge import Reference

DA_KAO = Reference(commune_code="26737")  # split between 26737 (primary) and 26740
PRIMARY = '{code: "26737", name: "Phường Đa Kao", district: "760", relation: partial, primary: true, primary_basis: new_unit_kept_old_code}'
SECONDARY = '{code: "26737", name: "Phường Đa Kao", district: "760", relation: partial, primary: false}'


def swap_primary(directory: Path) -> None:
    """Make 26740 the primary successor of Đa Kao (a valid edit)."""
    path = directory / "79-ho-chi-minh.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(PRIMARY) == 1 and text.count(SECONDARY) == 1
    text = text.replace(PRIMARY, "@@").replace(SECONDARY, PRIMARY).replace("@@", SECONDARY)
    path.write_text(text, encoding="utf-8")


def test_editing_a_mapping_file_between_two_calls_changes_the_answer(two_provinces: Path) -> None:
    before = am.resolve(DA_KAO, two_provinces)
    assert (before.status, before.primary) == (am.Status.SPLIT, "26737")
    swap_primary(two_provinces)
    assert am.validate(two_provinces).ok
    after = am.resolve(DA_KAO, two_provinces)
    assert (after.status, after.primary) == (am.Status.SPLIT, "26740")
    assert am.load_crosswalk(two_provinces).digest != ""


def test_an_explicit_session_keeps_what_it_loaded_until_asked(two_provinces: Path) -> None:
    session = am.Session(two_provinces, as_of="2025-06-30")
    assert session.resolve(DA_KAO).primary == "26737" and session.is_current()
    assert str(session.as_of) == "2025-06-30"
    swap_primary(two_provinces)
    assert not session.is_current()
    assert session.resolve(DA_KAO).primary == "26737"  # the state the caller holds
    assert am.Session(two_provinces).resolve(DA_KAO).primary == "26740"


def test_a_file_saved_unchanged_keeps_the_default_session(two_provinces: Path) -> None:
    first = am.default_session(two_provinces)
    first.resolve(DA_KAO)
    path = two_provinces / "12-lai-chau.yaml"
    path.write_bytes(path.read_bytes())
    assert am.default_session(two_provinces) is first


def test_migrate_resolves_with_the_session_given(two_provinces: Path, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    pl.DataFrame({"ma_xa": ["26737", "26737", "00001"]}).write_csv(src)
    session = am.Session(two_provinces)
    report = am.migrate(src, tmp_path / "out.csv", commune_code_col="ma_xa", on_split="primary", session=session)
    assert report.mappings["directory"] == str(two_provinces.resolve())
    # Phúc Xá (00001, Hà Nội) is not in the two-province set.
    assert report.statuses == {"split": 2, "unmatched": 1}
    out = pl.read_csv(tmp_path / "out.csv", infer_schema=False)
    assert out["new_commune_code"].to_list() == ["26737", "26737", None]
