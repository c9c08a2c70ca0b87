"""Names next to codes: the old units a reference was read as, and what each candidate took.

The data is language-free (codes, names, ``whole``/``partial``, primary); the HTML, the
review file and the terminal turn it into words.
"""

from __future__ import annotations

import re
from typing import Any

from admin_merge.analysis.i18n import Words
from admin_merge.matching.codes import normalize_code
from admin_merge.matching.model import Reference, Resolution
from admin_merge.registry.crosswalk import Crosswalk
from admin_merge.registry.registers import Registers

Unit = dict[str, str]
_DIGITS = re.compile(r"(\d+)")


def natural_key(text: object) -> tuple[Any, ...]:
    """Sort key reading digit runs as numbers: 1, 13, 102 (not 1, 102, 13)."""
    return tuple(int(p) if p.isdigit() else p for p in _DIGITS.split(str(text or "")))


def _unit(units: dict[str, Any], code: str | None) -> Unit | None:
    if not code:
        return None
    unit = units.get(code)
    return {"code": code, "name": unit.name if unit is not None else ""}


def old_units(ref: Reference, res: Resolution, reg: Registers) -> dict[str, Any]:
    """Old province, district and communes of a reference: as matched, else as its codes say."""
    province = res.old.province_code or normalize_code(ref.province_code, "province")
    district = res.old.district_code or normalize_code(ref.district_code, "district")
    communes = list(res.old.commune_codes)
    if not communes:
        written = normalize_code(ref.commune_code, "commune")
        communes = [written] if written else []
    if communes and communes[0] in reg.old_communes:
        first = reg.old_communes[communes[0]]
        province, district = province or first.province_code, district or first.district_code
    if district and not province and district in reg.old_districts:
        province = reg.old_districts[district].province_code
    return {
        "province": _unit(reg.old_provinces, province),
        "district": _unit(reg.old_districts, district),
        "communes": [u for u in (_unit(reg.old_communes, c) for c in communes) if u is not None],
    }


def candidates(res: Resolution, crosswalk: Crosswalk) -> list[dict[str, Any]]:
    """Each candidate with its name, what it took from the old communes in question, and
    whether it is the primary successor."""
    reg = crosswalk.registers
    old = set(res.old.commune_codes)
    described = []
    for code in res.candidates:
        took = [
            {"code": row.old_commune_code, "name": row.old_commune_name, "relation": row.relation}
            for row in crosswalk.predecessors(code)
            if row.old_commune_code in old
        ]
        unit = reg.new_communes.get(code)
        described.append(
            {"code": code, "name": unit.name if unit else "", "took": took, "primary": code == res.primary}
        )
    return described


def unit_text(unit: Unit | None) -> str:
    if not unit:
        return ""
    return f"{unit['code']} {unit['name']}".strip()


def candidate_text(candidate: dict[str, Any], t: Words) -> str:
    """``26740 — Phường Sài Gòn (một phần Phường Bến Nghé; chính)``."""
    notes = [t("whole" if x["relation"] == "whole" else "part", name=x["name"] or x["code"]) for x in candidate["took"]]
    if candidate["primary"]:
        notes.append(t("primary"))
    name = f"{candidate['code']} — {candidate['name']}" if candidate["name"] else candidate["code"]
    return f"{name} ({'; '.join(notes)})" if notes else name


def candidates_text(described: list[dict[str, Any]], t: Words) -> str:
    return "; ".join(candidate_text(c, t) for c in described)


def written_codes_text(text: str, columns: dict[str, str], reg: Registers) -> str:
    """Names for the old codes of a reference written as ``reference_sql`` joins it
    (``79 / 760 / 26737`` -> ``26737 Phường Đa Kao / 760 Quận 1 / 79 Thành phố Hồ Chí Minh``);
    "" when it has no code column."""
    order = list(dict.fromkeys(columns.values()))
    values = text.split(" / ")
    if len(values) != len(order):
        return ""
    by_column = dict(zip(order, values, strict=True))
    parts = []
    for role, level, units in (
        ("commune_code", "commune", reg.old_communes),
        ("district_code", "district", reg.old_districts),
        ("province_code", "province", reg.old_provinces),
    ):
        column = columns.get(role)
        code = normalize_code(by_column.get(column), level) if column else None
        if code:
            unit = units.get(code)
            parts.append(f"{code} {unit.name}" if unit is not None else code)
    return " / ".join(parts)
