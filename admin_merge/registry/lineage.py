"""New → old over the chain: the predecessors of a unit through every step, latest step first."""

from __future__ import annotations

from typing import Any

from admin_merge.registry.chain import REFORM_2025
from admin_merge.registry.crosswalk import Crosswalk


def _history(xw: Crosswalk, level: str, codes: list[str]) -> list[dict[str, Any]]:
    """The states of the registers before 30 June 2025 that led to ``codes`` (already followed
    forward to that register by the history data), one step per date, latest first."""
    by_date: dict[str, list[dict[str, Any]]] = {}
    bases: dict[str, set[str]] = {}
    for code in codes:
        for state in xw.chain.history_by_successor.get((level, code), []):
            relation = next(s.relation for s in state.successors if s.code == code and s.level == level)
            by_date.setdefault(state.valid_until, []).append(
                {
                    "code": state.code,
                    "name": state.name,
                    "district": f"{state.district_name} ({state.district_code})" if state.district_code else "",
                    "province": f"{state.province_name} ({state.province_code})" if state.province_code else "",
                    "change": state.change,
                    "relation": relation,
                    "to": code,
                    "valid_from": state.valid_from,
                }
            )
            if state.legal_basis:
                bases.setdefault(state.valid_until, set()).add(state.legal_basis)
    return [
        {
            "date": date,
            "step": "history",
            "legal_basis": "; ".join(sorted(bases.get(date, ()))),
            "units": sorted(by_date[date], key=lambda u: (u["to"], u["code"])),
        }
        for date in sorted(by_date, reverse=True)
    ]


def predecessors(xw: Crosswalk, code: str) -> list[dict[str, Any]]:
    """Each step that formed, renamed or re-typed the unit ``code`` (a province or commune of a
    two-level snapshot, or a unit of 30 June 2025), with the units before it; latest first."""
    chain = xw.chain
    reg = xw.registers
    level = {2: "province", 3: "district", 5: "commune"}.get(len(code), "")
    steps: list[dict[str, Any]] = []
    current = [code]
    for reform in reversed(chain.reforms):
        units = []
        nxt: list[str] = []
        for change in reform.changes:
            if change.level != level or change.code not in current:
                continue
            if change.sources:
                units += [
                    {"code": s.code, "name": s.name, "relation": s.relation, "to": change.code} for s in change.sources
                ]
                nxt += [s.code for s in change.sources]
            else:
                before = f"{change.name_before or '?'}"
                units.append({"code": change.code, "name": before, "relation": "whole", "to": change.code})
        if units:
            steps.append(
                {
                    "date": reform.effective_date,
                    "step": reform.display,
                    "legal_basis": change_bases(reform, current, level),
                    "units": units,
                }
            )
            merged_into = {u["to"] for u in units if u["code"] != u["to"]}
            current = sorted({*(c for c in current if c not in merged_into), *nxt})
    old_codes: list[str] = []
    if level == "commune":
        units = []
        bases = set()
        for c in current:
            for row in xw.predecessors(c):
                units.append(
                    {
                        "code": row.old_commune_code,
                        "name": row.old_commune_name,
                        "district": f"{reg.old_districts[row.old_district_code].name} ({row.old_district_code})"
                        if row.old_district_code in reg.old_districts
                        else row.old_district_code,
                        "relation": row.relation,
                        "to": c,
                    }
                )
                bases.add(row.legal_basis)
            for d, target in xw.whole_districts.items():
                if target == c:
                    units.append({"code": d, "name": reg.old_districts[d].name, "relation": "whole", "to": c})
        if units:
            basis = "; ".join(sorted(bases))
            steps.append({"date": REFORM_2025, "step": "2025 arrangement", "legal_basis": basis, "units": units})
        old_codes = sorted({u["code"] for u in units if len(u["code"]) == 5})
        if not units and code in reg.old_communes:
            old_codes = [code]
    elif level == "province":
        merged = [o for o in reg.old_provinces.values() if o.new_code in current]
        if merged:
            steps.append(
                {
                    "date": REFORM_2025,
                    "step": "2025 arrangement",
                    "legal_basis": "202/2025/QH15",
                    "units": [{"code": o.code, "name": o.name, "relation": "whole", "to": o.new_code} for o in merged],
                }
            )
        old_codes = sorted({o.code for o in merged} | ({code} if code in reg.old_provinces else set()))
    elif level == "district":
        old_codes = [code] if code in reg.old_districts else []
    return steps + _history(xw, level, old_codes)


def change_bases(reform: Any, codes: list[str], level: str) -> str:
    return "; ".join(
        sorted({c.legal_basis for c in reform.changes if c.level == level and c.code in codes and c.legal_basis})
    )
