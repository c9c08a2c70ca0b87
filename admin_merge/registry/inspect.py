"""Readable views of the crosswalk: one unit's history, and statistics."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from admin_merge.errors import InputError
from admin_merge.registry.chain import today as today_date
from admin_merge.registry.crosswalk import Crosswalk, CrosswalkRow
from admin_merge.registry.lineage import predecessors


def _source(row: CrosswalkRow, xw: Crosswalk) -> dict[str, Any]:
    district = xw.registers.old_districts.get(row.old_district_code)
    return {
        "old_commune_code": row.old_commune_code,
        "old_commune_name": row.old_commune_name,
        "old_district_code": row.old_district_code,
        "old_district_name": district.name if district else "",
        "old_province_code": row.old_province_code,
        "relation": row.relation,
        "is_primary": row.is_primary,
        "primary_basis": row.primary_basis,
        "note": row.note,
    }


def _new_commune(code: str, xw: Crosswalk) -> dict[str, Any]:
    reg = xw.registers
    unit = reg.new_communes[code]
    today = xw.chain.snapshot(today_date())
    province = today.provinces[unit.province_code]
    current = today.communes.get(code)
    districts = [d for d, target in xw.whole_districts.items() if target == code]
    return {
        "register": "new",
        "level": "commune",
        "code": code,
        "name": current.name if current else unit.name,
        "type": current.type if current else unit.type,
        "name_2025_07_01": unit.name,
        "as_of": today.date,
        "province_code": province.code,
        "province_name": province.name,
        "legal_basis": unit.resolution,
        "formed_from": [_source(r, xw) for r in xw.predecessors(code)],
        "formed_from_districts": [
            {"old_district_code": d, "old_district_name": reg.old_districts[d].name, "relation": "whole"}
            for d in districts
        ],
    }


def _old_commune(code: str, xw: Crosswalk) -> dict[str, Any]:
    reg = xw.registers
    unit = reg.old_communes[code]
    return {
        "register": "old",
        "level": "commune",
        "code": code,
        "name": unit.name,
        "type": unit.type,
        "district_code": unit.district_code,
        "district_name": reg.old_districts[unit.district_code].name,
        "province_code": unit.province_code,
        "province_name": reg.old_provinces[unit.province_code].name,
        "went_to": [
            {
                "new_commune_code": r.new_commune_code,
                "new_commune_name": r.new_commune_name,
                "new_province_code": r.new_province_code,
                "relation": r.relation,
                "is_primary": r.is_primary,
                "primary_basis": r.primary_basis,
                "legal_basis": r.legal_basis,
                "note": r.note,
            }
            for r in xw.successors(code)
        ],
    }


def describe(xw: Crosswalk, code: str) -> dict[str, Any]:
    """Everything known about a code, in every register where it exists."""
    code = code.strip()
    reg = xw.registers
    units: list[dict[str, Any]] = []
    if len(code) == 2 and code.isdigit():
        if code in reg.new_provinces:
            p = reg.new_provinces[code]
            merged = [o for o in reg.old_provinces.values() if o.new_code == code]
            units.append(
                {
                    "register": "new",
                    "level": "province",
                    "code": code,
                    "name": p.name,
                    "type": p.type,
                    "legal_basis": "202/2025/QH15",
                    "communes_resolution": p.resolution,
                    "merged_from": [{"code": o.code, "name": o.name} for o in merged],
                    "new_communes": sum(1 for c in reg.new_communes.values() if c.province_code == code),
                }
            )
        if code in reg.old_provinces:
            o = reg.old_provinces[code]
            units.append(
                {
                    "register": "old",
                    "level": "province",
                    "code": code,
                    "name": o.name,
                    "type": o.type,
                    "went_to": {"code": o.new_code, "name": reg.new_provinces[o.new_code].name},
                    "legal_basis": "202/2025/QH15",
                }
            )
    elif len(code) == 3 and code.isdigit():
        if code in reg.old_districts:
            d = reg.old_districts[code]
            successors = xw.district_successors(code)
            units.append(
                {
                    "register": "old",
                    "level": "district",
                    "code": code,
                    "name": d.name,
                    "type": d.type,
                    "province_code": d.province_code,
                    "province_name": reg.old_provinces[d.province_code].name,
                    "went_to": [{"code": s, "name": reg.new_communes[s].name} for s in successors],
                }
            )
    elif len(code) == 5 and code.isdigit():
        if code in reg.new_communes:
            units.append(_new_commune(code, xw))
        if code in reg.old_communes:
            units.append(_old_commune(code, xw))
    else:
        raise InputError(f"'{code}' is not a unit code (2, 3 or 5 digits)")
    history = _history_states(xw, code)
    if not units and not history:
        retired = reg.retired.get(code)
        hint = f": {retired.name} was retired before 30 June 2025" if retired else ""
        raise InputError(f"code {code} is in neither register{hint}")
    return {"code": code, "units": units, "history": history, "predecessors": predecessors(xw, code)}


def _history_states(xw: Crosswalk, code: str) -> list[dict[str, Any]]:
    """The earlier states that carried this code, with their successors of 30 June 2025."""
    level = {2: "province", 3: "district", 5: "commune"}.get(len(code), "")
    return [
        {
            "name": s.name,
            "district": s.district_name,
            "province": s.province_name,
            "valid_from": s.valid_from,
            "valid_until": s.valid_until,
            "change": s.change,
            "legal_basis": s.legal_basis,
            "successors": [{"code": x.code, "level": x.level, "relation": x.relation} for x in s.successors],
        }
        for s in xw.chain.history_by_code.get((level, code), [])
    ]


def statistics(xw: Crosswalk) -> dict[str, Any]:
    """Per new province and national totals."""
    reg = xw.registers
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for c in reg.new_communes.values():
        per[c.province_code]["new_communes"] += 1
        per[c.province_code][{"phường": "phuong", "xã": "xa", "đặc khu": "dac_khu"}.get(c.type, "other")] += 1
    for o in reg.old_provinces.values():
        per[o.new_code]["old_provinces"] += 1
    old_seen: dict[str, set[str]] = defaultdict(set)
    split_seen: dict[str, set[str]] = defaultdict(set)
    for r in xw.rows:
        per[r.new_province_code]["whole" if r.relation == "whole" else "partial_rows"] += 1
        old_seen[r.new_province_code].add(r.old_commune_code)
        if r.n_successors > 1:
            split_seen[r.new_province_code].add(r.old_commune_code)
    keys = (
        "new_communes",
        "phuong",
        "xa",
        "dac_khu",
        "old_provinces",
        "old_communes",
        "whole",
        "partial_rows",
        "split_old_communes",
    )
    provinces: list[dict[str, Any]] = []
    for code in sorted(reg.new_provinces):
        counts = per[code]
        counts["old_communes"] = len(old_seen[code])
        counts["split_old_communes"] = len(split_seen[code])
        provinces.append({"code": code, "name": reg.new_provinces[code].name, **{k: counts[k] for k in keys}})
    national = {k: sum(p[k] for p in provinces) for k in keys}
    # An old commune split across two provinces counts once nationally.
    national["old_communes"] = len({r.old_commune_code for r in xw.rows})
    national["split_old_communes"] = len({r.old_commune_code for r in xw.rows if r.n_successors > 1})
    national["provinces"] = len(provinces)
    return {"national": national, "provinces": provinces, "crosswalk_rows": len(xw.rows)}
