"""Generate the shipped registers and YAML mapping files from ``../shared/reference``.

Run once (and again only to regenerate from new reference data): after that the
YAML files in ``mappings/`` are the source of truth that people edit, and
``admin-merge mappings validate`` keeps them consistent.

    python scripts/build_mappings.py [--reference ../shared/reference] [--out mappings]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference"
NATIONAL_BASIS = "202/2025/QH15"
EFFECTIVE = "2025-07-01"
DEFAULT_NOTES = {"whole": "Nhập toàn bộ", "partial": "Nhập một phần"}

# register file name in mappings/registers -> (reference file, columns kept)
REGISTER_FILES: dict[str, tuple[str, list[str]]] = {
    "old_provinces.csv": (
        "old_provinces.csv",
        [
            "province_code",
            "province_name",
            "province_type",
            "province_short_name",
            "province_name_en",
            "new_province_code",
        ],
    ),
    "old_districts.csv": (
        "old_districts.csv",
        ["province_code", "district_code", "district_name", "district_type", "district_short_name", "district_name_en"],
    ),
    "old_communes.csv": (
        "old_units.csv",
        [
            "province_code",
            "district_code",
            "commune_code",
            "commune_name",
            "commune_type",
            "commune_short_name",
            "commune_name_en",
        ],
    ),
    "new_provinces.csv": (
        "new_provinces.csv",
        ["province_code", "province_name", "province_type", "province_short_name", "province_name_en", "resolution"],
    ),
    "new_communes.csv": (
        "new_units.csv",
        [
            "province_code",
            "commune_code",
            "commune_name",
            "commune_type",
            "commune_short_name",
            "commune_name_en",
            "resolution",
        ],
    ),
    "aliases.csv": (
        "aliases.csv",
        ["register", "level", "code", "name", "alias", "kind", "source"],
    ),
    "retired_codes.csv": (
        "retired_codes_early_2025.csv",
        ["retired_code", "name", "district_code", "province_code", "successor_old_code", "successor_basis"],
    ),
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def slug(name: str) -> str:
    folded = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_name = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_name).split())


def q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def build(reference: Path, out: Path) -> None:
    registers = out / "registers"
    registers.mkdir(parents=True, exist_ok=True)
    for target, (source, columns) in REGISTER_FILES.items():
        write_csv(registers / target, read_csv(reference / source), columns)

    old_provinces = {r["province_code"]: r for r in read_csv(reference / "old_provinces.csv")}
    old_districts = {r["district_code"]: r for r in read_csv(reference / "old_districts.csv")}
    new_provinces = read_csv(reference / "new_provinces.csv")
    new_units = read_csv(reference / "new_units.csv")
    crosswalk = read_csv(reference / "commune_mapping.csv")
    district_rows = read_csv(reference / "district_mapping.csv")

    sources: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in crosswalk:
        sources[row["new_commune_code"]].append(row)
    island_districts: dict[str, list[dict[str, str]]] = defaultdict(list)
    notes: dict[str, list[str]] = defaultdict(list)
    for row in district_rows:
        if row["note"].startswith("district had no commune-level units"):
            island_districts[row["new_commune_code"]].append(row)
        elif row["note"]:
            notes[row["new_commune_code"]].append(
                f"{row['old_district_name']} ({row['old_district_code']}): {row['note']}"
            )

    units_by_province: dict[str, list[dict[str, str]]] = defaultdict(list)
    for unit in new_units:
        units_by_province[unit["province_code"]].append(unit)

    for old in out.glob("[0-9][0-9]-*.yaml"):
        old.unlink()
    for province in new_provinces:
        code = province["province_code"]
        lines = [
            "# Mapping of old administrative units to the new two-level model.",
            "# Generated by scripts/build_mappings.py from ../shared/reference (see mappings/README.md);",
            "# from then on edited by people and checked by `admin-merge mappings validate`.",
            "province:",
            f"  code: {q(code)}",
            f"  name: {q(province['province_name'])}",
            f"  type: {q(province['province_type'])}",
            f"  legal_basis: {q(NATIONAL_BASIS)}",
            f"  effective_date: {q(EFFECTIVE)}",
            "  merged_from:",
        ]
        for old_code in province["merged_from"].split(";"):
            lines.append(f"    - {{code: {q(old_code)}, name: {q(old_provinces[old_code]['province_name'])}}}")
        lines.append("communes:")
        for unit in sorted(units_by_province[code], key=lambda u: u["commune_code"]):
            new_code = unit["commune_code"]
            lines += [
                f"  - code: {q(new_code)}",
                f"    name: {q(unit['commune_name'])}",
                f"    type: {q(unit['commune_type'])}",
                f"    legal_basis: {q(unit['resolution'])}",
            ]
            for note in notes.get(new_code, []):
                lines.append(f"    note: {q(note)}")
            if island_districts.get(new_code):
                lines.append("    districts:")
                for d in island_districts[new_code]:
                    lines.append(
                        f"      - {{code: {q(d['old_district_code'])}, "
                        f"name: {q(d['old_district_name'])}, relation: whole}}"
                    )
            rows = sorted(sources.get(new_code, []), key=lambda r: r["old_commune_code"])
            lines.append("    sources:" if rows else "    sources: []")
            for r in rows:
                district = old_districts[r["old_district_code"]]["district_code"]
                parts = [
                    f"code: {q(r['old_commune_code'])}",
                    f"name: {q(r['old_commune_name'])}",
                    f"district: {q(district)}",
                    f"relation: {r['relation']}",
                ]
                if r["relation"] == "partial":
                    parts.append(f"primary: {'true' if r['is_primary'] == '1' else 'false'}")
                    if r["is_primary"] == "1":
                        parts.append(f"primary_basis: {r['primary_basis']}")
                if r["gso_note"] and r["gso_note"] != DEFAULT_NOTES[r["relation"]]:
                    parts.append(f"note: {q(r['gso_note'])}")
                lines.append("      - {" + ", ".join(parts) + "}")
        name = f"{code}-{slug(province['province_short_name'])}.yaml"
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {out.name}/{name}: {len(units_by_province[code])} communes", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=REPO / "mappings")
    args = parser.parse_args()
    build(args.reference, args.out)


if __name__ == "__main__":
    main()
