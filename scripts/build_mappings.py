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


REFORM_TITLES = {
    "2026-04-30": ("dong-nai", "Đồng Nai becomes a centrally-run city; 10 xã become phường"),
    "2026-09-01": ("quang-ninh", "Quảng Ninh becomes a centrally-run city"),
    "2026-09-20": ("bac-ninh", "Bắc Ninh becomes a centrally-run city; 12 xã become phường"),
}
TOTAL_KEYS = {"tỉnh": "tinh", "thành phố": "thanh_pho", "xã": "xa", "phường": "phuong", "đặc khu": "dac_khu"}


def _totals(provinces: dict[str, tuple[str, str]], communes: dict[str, tuple[str, str]]) -> str:
    counts = {"provinces": len(provinces), "communes": len(communes)}
    for _, kind in provinces.values():
        counts[TOTAL_KEYS[kind]] = counts.get(TOTAL_KEYS[kind], 0) + 1
    for _, kind in communes.values():
        counts[TOTAL_KEYS[kind]] = counts.get(TOTAL_KEYS[kind], 0) + 1
    order = ("provinces", "thanh_pho", "tinh", "communes", "xa", "phuong", "dac_khu")
    return "{" + ", ".join(f"{k}: {counts.get(k, 0)}" for k in order) + "}"


def build_reforms(reference: Path, out: Path) -> None:
    """One YAML file per dated step after 1 July 2025, from ``register_changes.csv``.

    The changes rename or re-type units and keep their codes (Decision 19/2025/QĐ-TTg), so an
    entry names the unit, its name and type before and after, and the legal basis. ``totals``
    is the register after the step, counted here by applying the steps to ``new_units.csv``.
    """
    target = out / "reforms"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.yaml"):
        old.unlink()
    provinces = {
        r["province_code"]: (r["province_name"], r["province_type"]) for r in read_csv(reference / "new_provinces.csv")
    }
    communes = {
        r["commune_code"]: (r["commune_name"], r["commune_type"]) for r in read_csv(reference / "new_units.csv")
    }
    by_date: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_csv(reference / "register_changes.csv"):
        by_date[row["effective_date"]].append(row)
    previous = EFFECTIVE
    for date in sorted(by_date):
        rows = by_date[date]
        slug_part, title = REFORM_TITLES.get(date, ("changes", f"Register changes of {date}"))
        bases = sorted({r["legal_basis"] for r in rows}, key=lambda b: (b.count("/"), b), reverse=True)
        for r in rows:
            book = provinces if r["level"] == "province" else communes
            book[r["code"]] = (r["name_after"], r["type_after"])
        lines = [
            "# A dated step of the register: the units it renames or re-types (codes are kept).",
            "# Generated by scripts/build_mappings.py from ../shared/reference/register_changes.csv;",
            "# from then on edited by people and checked by `admin-merge mappings validate`.",
            "reform:",
            f"  effective_date: {q(date)}",
            f"  previous: {q(previous)}",
            f"  title: {q(title)}",
            "  legal_basis:",
            *(f"    - {q(b)}" for b in bases),
            f"  totals: {_totals(provinces, communes)}",
        ]
        for level, key in (("province", "provinces"), ("commune", "communes")):
            chosen = sorted((r for r in rows if r["level"] == level), key=lambda r: r["code"])
            lines.append(f"{key}:" if chosen else f"{key}: []")
            for r in chosen:
                lines += [
                    f"  - code: {q(r['code'])}",
                    f"    name: {q(r['name_after'])}",
                    f"    type: {q(r['type_after'])}",
                    f"    before: {{name: {q(r['name_before'])}, type: {q(r['type_before'])}}}",
                    f"    legal_basis: {q(r['legal_basis'])}",
                    f"    source: {q(r['source'])}",
                ]
        name = f"{date}-{slug_part}.yaml"
        (target / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {out.name}/reforms/{name}: {len(rows)} changes", file=sys.stderr)
        previous = date


HISTORY_FIELDS = ("district_code", "district_name", "province_code", "province_name")


def build_history(reference: Path, out: Path) -> None:
    """The units of the registers before 30 June 2025, one YAML file per year in which their
    state ended, from ``history/unit_history.csv``: each state with its successors in the
    register of 30 June 2025 (already followed through every later round)."""
    target = out / "history"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.yaml"):
        old.unlink()
    states: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
    for row in read_csv(reference / "history" / "unit_history.csv"):
        key = (
            row["level"],
            row["code"],
            row["name"],
            row["district_code"],
            row["province_code"],
            row["valid_from"],
            row["valid_until"],
        )
        states[key].append(row)
    by_year: dict[str, list[list[dict[str, str]]]] = defaultdict(list)
    for rows in states.values():
        by_year[rows[0]["valid_until"][:4]].append(rows)
    level_order = {"province": 0, "district": 1, "commune": 2}
    for year in sorted(by_year):
        groups = sorted(by_year[year], key=lambda g: (level_order[g[0]["level"]], g[0]["code"], g[0]["valid_until"]))
        lines = [
            f"# Units of the registers before 30 June 2025 whose state ended in {year}, each with its",
            "# successors in the register of 30 June 2025 (followed through every later round).",
            "# Generated by scripts/build_mappings.py from ../shared/reference/history/unit_history.csv",
            "# (see its README: sources, method, confidence); checked by `admin-merge mappings validate`.",
            "round:",
            f"  year: {q(year)}",
            '  successors_in: "2025-06-30"',
            "states:",
        ]
        for rows in groups:
            first = rows[0]
            parts = [f"level: {first['level']}", f"code: {q(first['code'])}", f"name: {q(first['name'])}"]
            if first["district_code"]:
                parts += [f"district: {q(first['district_code'])}", f"district_name: {q(first['district_name'])}"]
            if first["province_code"]:
                parts += [f"province: {q(first['province_code'])}", f"province_name: {q(first['province_name'])}"]
            if first["valid_from"]:
                parts.append(f"valid_from: {q(first['valid_from'])}")
            parts += [f"valid_until: {q(first['valid_until'])}", f"change: {first['change']}"]
            if first["legal_basis"]:
                parts.append(f"legal_basis: {q(first['legal_basis'])}")
            successors = []
            for r in sorted(rows, key=lambda r: r["successor_code"]):
                item = f"code: {q(r['successor_code'])}, relation: {r['relation']}"
                if r["successor_level"] != r["level"]:
                    item += f", level: {r['successor_level']}"
                successors.append("{" + item + "}")
            parts.append(f"successors: [{', '.join(successors)}]")
            if first["confidence"] != "high":
                parts.append(f"confidence: {first['confidence']}")
            lines.append("  - {" + ", ".join(parts) + "}")
        name = f"{year}.yaml"
        (target / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {out.name}/history/{name}: {len(groups)} states", file=sys.stderr)


def _fold(name: str) -> str:
    """A name compared spelling-insensitively (case, marks and their placement, đ)."""
    folded = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D").lower())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def build_unresolved(reference: Path, out: Path) -> None:
    """The retired commune codes whose successor could not be established, from
    ``history/unresolved_retired_codes.csv``, into ``history/unresolved.yaml``: each with the
    districts of 30 June 2025 its district went to and its candidates in that register.

    The candidates are the units of its district that changed at the same date (the file's
    ``changed_units_in_district``, else its ``alias_candidates``), each followed to the register
    of 30 June 2025 by the history (its state that ended that date, else its state in force
    then), else kept by its code when the register still has it; ``candidates_from: district``
    when there is none (a record naming the commune may then be any unit of its district)."""
    history = read_csv(reference / "history" / "unit_history.csv")
    old = {r["commune_code"]: r for r in read_csv(reference / "old_units.csv")}
    districts = {r["district_code"] for r in read_csv(reference / "old_districts.csv")}
    states: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in history:
        if r["level"] == "commune":
            states[r["code"]].append(r)

    def district_now(code: str) -> set[str]:
        """The districts of the register of 30 June 2025 a district code went to (followed
        through the history when the code was retired later: Huyện Đông Sơn in 2025)."""
        if code in districts:
            return {code}
        later = {r["successor_code"] for r in history if r["level"] == "district" and r["code"] == code}
        return {d for s in later if s != code for d in district_now(s)}

    def forward(code: str, name: str, date: str) -> list[tuple[str, str]]:
        """(code, unit as listed) of the register of 30 June 2025 that the unit went to."""
        ended = [r for r in states[code] if r["valid_until"] == date and _fold(r["name"]) == _fold(name)]
        living = [r for r in states[code] if (r["valid_from"] or "0") <= date < r["valid_until"]]
        for rows in (ended, sorted(living, key=lambda r: r["valid_until"])[:1]):
            found = [(r["successor_code"], f"{code} {name}") for r in rows if r["successor_code"] in old]
            if found:
                return found
        return [(code, f"{code} {name}")] if code in old else []

    rows = read_csv(reference / "history" / "unresolved_retired_codes.csv")
    lines = [
        "# Communes of the registers before 30 June 2025 whose code was retired with no successor that",
        "# could be established (no alias, no unique changed unit, no same-name unit). Each lists the",
        "# districts of 30 June 2025 its district went to and its candidates in that register: the units",
        "# of its district that changed at the same date, followed to 30 June 2025 (`from` names a unit",
        "# listed under another code or name then), or, with `candidates_from: district`, every unit of",
        "# those districts. A record naming one is flagged with the candidates, never given one of them.",
        "# Generated by scripts/build_mappings.py from ../shared/reference/history/unresolved_retired_codes.csv",
        "# (see its README: sources, method); checked by `admin-merge mappings validate`.",
        "round:",
        '  successors_in: "2025-06-30"',
        f"  unresolved: {len(rows)}",
        "unresolved:",
    ]
    for row in sorted(rows, key=lambda r: (r["code"], r["valid_until"])):
        listed = row["changed_units_in_district"] or row["alias_candidates"]
        found: dict[str, str] = {}
        for item in filter(None, listed.split(";")):
            code, name = item.split(":", 1)
            for successor, origin in forward(code, name, row["valid_until"]):
                found.setdefault(successor, origin)
        targets = sorted({t for d in row["district_successor_codes"].split(";") for t in district_now(d)})
        parts = [f"level: {row['level']}", f"code: {q(row['code'])}", f"name: {q(row['name'])}"]
        parts += [f"district: {q(row['district_code'])}", f"district_name: {q(row['district_name'])}"]
        parts += [f"province: {q(row['province_code'])}", f"province_name: {q(row['province_name'])}"]
        if row["valid_from"]:
            parts.append(f"valid_from: {q(row['valid_from'])}")
        parts.append(f"valid_until: {q(row['valid_until'])}")
        parts.append(f"districts: [{', '.join(q(d) for d in targets)}]")
        parts.append(f"candidates_from: {'changed' if found else 'district'}")
        candidates = []
        for code in sorted(found):
            item = f"code: {q(code)}, name: {q(old[code]['commune_name'])}"
            if _fold(found[code]) != _fold(f"{code} {old[code]['commune_name']}"):
                item += f", from: {q(found[code])}"
            candidates.append("{" + item + "}")
        parts.append(f"candidates: [{', '.join(candidates)}]")
        lines.append("  - {" + ", ".join(parts) + "}")
    (out / "history" / "unresolved.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out.name}/history/unresolved.yaml: {len(rows)} retired codes", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=REPO / "mappings")
    args = parser.parse_args()
    build(args.reference, args.out)
    build_reforms(args.reference, args.out)
    build_history(args.reference, args.out)
    build_unresolved(args.reference, args.out)


if __name__ == "__main__":
    main()
